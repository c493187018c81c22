import { type Json, type SnapshotDiff, diffSnapshots } from '../review/diff';
import type { ProgrammeContent } from './schema';

/** What changed between two versions of a programme, field by field (`tiers.T2.coupon.value`). */
export function diffProgrammeContent(before: ProgrammeContent | null, after: ProgrammeContent): SnapshotDiff {
  return diffSnapshots(before as unknown as Record<string, Json> | null, after as unknown as Record<string, Json>);
}
