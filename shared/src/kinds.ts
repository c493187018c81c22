import type { z } from 'zod';
import { brandDayContent, promotionContent } from './campaigns/schema';
import { launchContent } from './launches/schema';
import type { ApplicationKind } from './review/schema';

/**
 * What review needs to know of each application kind, in one place: the content schema of a submitted version
 * and its row lists, diffed by key (SKUs by code). Review code reads this registry and names no kind; a new kind
 * adds one entry here (and one in the bff's and the web's registries).
 */
export interface ApplicationKindDef {
  content: z.ZodType;
  /** List field → the field that identifies a row. */
  rowLists: Record<string, string>;
}

export const APPLICATION_KIND_DEFS: Record<ApplicationKind, ApplicationKindDef> = {
  launch: { content: launchContent, rowLists: { skus: 'code' } },
  brand_day: { content: brandDayContent, rowLists: { heroSkus: 'code' } },
  promotion: { content: promotionContent, rowLists: { skus: 'code' } },
};
