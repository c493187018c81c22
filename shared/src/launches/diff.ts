import { type Json, type SnapshotDiff, diffSnapshots } from '../review/diff';
import type { LaunchContent } from './schema';

/** What changed between two submitted versions of a launch: fields by path, SKUs by code. */
export function diffLaunchContent(before: LaunchContent | null, after: LaunchContent): SnapshotDiff {
  return diffSnapshots(before as unknown as Record<string, Json> | null, after as unknown as Record<string, Json>, { skus: 'code' });
}
