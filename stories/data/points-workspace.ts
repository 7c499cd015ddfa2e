import type { Workspace } from '@dangjian/core';
import { openPointsWorkspace, pointsAsOf } from '../../test/components/support/points-fixture.js';

export { pointsAsOf };

/**
 * 龙锦社区's 2026 points, built by core's commands (two theme days in March, a group meeting, an
 * award by hand), scored by the kit's default scheme. Fresh per call, so one story's changes do not
 * leak into the next.
 */
export function openPointsDemo(): Promise<Workspace> {
  return openPointsWorkspace();
}
