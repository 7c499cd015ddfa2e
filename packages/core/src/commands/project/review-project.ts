import { defineCommand } from '../../kernel/command.js';
import { IdSchema, IsoDateSchema } from '../../schema/common.js';
import { ProjectSchema } from '../../schema/project.js';
import { z } from '../../schema/zod.js';

/** 以责评绩: the year-end review of a Party-building project. */
export const reviewProject = defineCommand({
  type: 'project.review',
  input: z.object({ projectId: IdSchema, reviewedOn: IsoDateSchema, rating: ProjectSchema.shape.rating.unwrap() }),
  subject: (input) => ({ collection: 'projects', id: input.projectId }),
  run(tx, { projectId, reviewedOn, rating }) {
    tx.require('projects', projectId, 'projectId');
    const project = tx.update('projects', projectId, (draft) => {
      draft.reviewedOn = reviewedOn;
      draft.rating = rating;
    });
    tx.emit({ type: 'project.reviewed', subject: { collection: 'projects', id: projectId }, data: { rating } });
    return project;
  },
});
