import { RuleOverridesSchema, layerRules, type RuleOverrides } from '../../rules/rule-set.js';
import { validate } from '../../kernel/validate.js';
import { compileClassifier, defaultClassificationRules, type Classifier } from './classifier.js';

export * from './classifier.js';

/**
 * A classifier over the default rules, or those rules with a portal's overrides on top (its own
 * age for `senior`, an extra category). Overrides are validated; a bad one is a ValidationError
 * naming the field. Rules compile once here; classifying is then cheap.
 */
export function createClassifier(overrides?: RuleOverrides): Classifier {
  if (!overrides) return compileClassifier(defaultClassificationRules);
  const parsed = validate(RuleOverridesSchema, overrides, { prefix: ['overrides'] });
  if (!parsed.ok) throw parsed.error;
  return compileClassifier(layerRules(defaultClassificationRules, parsed.value));
}
