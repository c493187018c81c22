import type { ApplicationKind, KindDetails } from '@console/shared';
import { type ComponentType, lazy } from 'react';
import { BrandDayDateCell, PromotionFestivalCell } from './campaigns/queue-cells';
import { LaunchDateCell } from './launches/queue-cells';

/**
 * The web's registry of application kinds: what the review panel shows of each. Review reads it and names no
 * kind; a new kind adds an entry here (its schema and row lists are in shared's registry, its hooks in the bff's).
 * Sections load with the panel that needs them.
 */
export interface KindView {
  /** Fields a reviewer may comment on, as the kind's form names them. */
  commentFields: readonly string[];
  /** The review panel's content section: the application's own fields and whatever the reviewer needs beside them. */
  ReviewSection: ComponentType<{ id: string }>;
  /** The kind's cells in the review queue's kind columns (`QUEUE_COLUMNS`), from the queue item's `details`. */
  queueCells: Partial<Record<QueueColumnKey, ComponentType<{ details: KindDetails }>>>;
}

/**
 * The queue's columns that kinds fill; a row of a kind without a cell in one shows a dash. One column for what the
 * application is for (a date, a festival) keeps the queue within a 1440 px screen with its waiting time visible.
 */
export const QUEUE_COLUMNS = [{ key: 'subject', titleKey: 'review.fields.subject', width: 150 }] as const;
export type QueueColumnKey = (typeof QUEUE_COLUMNS)[number]['key'];

export const KIND_VIEWS: Record<ApplicationKind, KindView> = {
  launch: {
    commentFields: ['title', 'season', 'launchDate', 'story', 'channels', 'earlyAccess', 'skus'],
    ReviewSection: lazy(() => import('./launches/review-section')),
    queueCells: { subject: LaunchDateCell },
  },
  brand_day: {
    commentFields: ['date', 'theme', 'proposal', 'gmvTarget', 'discountDepth', 'resources', 'heroSkus'],
    ReviewSection: lazy(() => import('./campaigns/review-section')),
    queueCells: { subject: BrandDayDateCell },
  },
  promotion: {
    commentFields: ['title', 'mode', 'phases', 'global', 'targetMarkets', 'skus'],
    ReviewSection: lazy(() => import('./campaigns/review-section')),
    queueCells: { subject: PromotionFestivalCell },
  },
};
