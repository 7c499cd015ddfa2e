import { defineCommand } from '../../kernel/command.js';
import { NotFoundError } from '../../kernel/errors.js';
import { IdSchema, IsoDateSchema } from '../../schema/common.js';
import { z } from '../../schema/zod.js';
import { phrase } from '../../i18n/define-messages.js';
import { entityMessages } from '../../kernel/messages.js';

/** The yearly assessment of an agreement: what each target achieved. */
export const assessAgreement = defineCommand({
  type: 'agreement.assess',
  input: z.object({
    agreementId: IdSchema,
    assessedOn: IsoDateSchema,
    achieved: z.array(z.object({ targetId: IdSchema, achieved: z.number().int().nonnegative() })).min(1),
  }),
  subject: (input) => ({ collection: 'agreements', id: input.agreementId }),
  run(tx, { agreementId, assessedOn, achieved }) {
    const agreement = tx.require('agreements', agreementId, 'agreementId');
    achieved.forEach(({ targetId }, index) => {
      if (!agreement.targets.some((target) => target.id === targetId)) {
        const field = `achieved.${index}.targetId`;
        throw new NotFoundError({
          ...phrase(entityMessages.notFound, { collection: 'targets', id: targetId, field }),
          field,
          subject: { collection: 'agreements', id: agreementId },
        });
      }
    });
    const assessed = tx.update('agreements', agreementId, (draft) => {
      draft.assessedOn = assessedOn;
      for (const { targetId, achieved: value } of achieved)
        draft.targets.find((target) => target.id === targetId)!.achieved = value;
    });
    tx.emit({ type: 'agreement.assessed', subject: { collection: 'agreements', id: agreementId } });
    return assessed;
  },
});
