import { defineCommand } from '../../kernel/command.js';
import { ScoreSchemeSchema } from '../../schema/score-scheme.js';

/**
 * A portal publishes a points scheme (积分细则) version for an org's subtree, or the tenant's when
 * it names no org: validated whole (a bad item is refused naming its path, `items.2.points`) and
 * stored as data, so changing the rules never needs code. Storing a version again replaces it.
 */
export const setScoreScheme = defineCommand({
  type: 'points.setScheme',
  input: ScoreSchemeSchema,
  subject: (input) => ({ collection: 'scoreSchemes', id: input.id }),
  run(tx, scheme) {
    if (scheme.orgId !== undefined) tx.require('orgs', scheme.orgId, 'orgId');
    const stored = tx.get('scoreSchemes', scheme.id)
      ? // The new version replaces the old whole (immer takes a returned value as the next state).
        tx.update('scoreSchemes', scheme.id, () => scheme)
      : tx.insert('scoreSchemes', scheme);
    tx.emit({
      type: 'points.schemeSet',
      subject: { collection: 'scoreSchemes', id: scheme.id },
      data: { schemeId: scheme.id, version: scheme.version, validFrom: scheme.validFrom },
    });
    return stored;
  },
});
