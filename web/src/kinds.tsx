import type { ApplicationKind } from '@console/shared';
import { type ComponentType, lazy } from 'react';

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
}

export const KIND_VIEWS: Record<ApplicationKind, KindView> = {
  launch: {
    commentFields: ['title', 'season', 'launchDate', 'story', 'channels', 'earlyAccess', 'skus'],
    ReviewSection: lazy(() => import('./launches/review-section')),
  },
  brand_day: {
    commentFields: ['date', 'theme', 'proposal', 'gmvTarget', 'discountDepth', 'resources', 'heroSkus'],
    ReviewSection: lazy(() => import('./campaigns/review-section')),
  },
  promotion: {
    commentFields: ['title', 'mode', 'phases', 'global', 'targetMarkets', 'skus'],
    ReviewSection: lazy(() => import('./campaigns/review-section')),
  },
};
