import '@dangjian/components/provider/define';
import '@dangjian/components/rules-playground/define';
import type { DjRulesPlayground } from '@dangjian/components';
import { defaultClassificationRules, isPartyMember, memberAge, RuleSetSchema } from '@dangjian/core';
import { describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { settle, useStrictCsp } from './support/strict-csp.js';
import { rosterAsOf, someMembers } from './support/members.js';
import { mount, text, usePage } from './support/tree.js';
import { mountProvider, openWorkspace } from './support/workspace.js';

usePage();
// A portal's strict CSP: the playground sets no inline style, and its export is a Blob URL.
const violations = useStrictCsp();

const shadow = (playground: DjRulesPlayground): ShadowRoot => playground.shadowRoot!;
const field = (playground: DjRulesPlayground, id: string): HTMLTextAreaElement =>
  shadow(playground).querySelector(`#${id}`)!;
const button = (playground: DjRulesPlayground, part: string): HTMLButtonElement =>
  shadow(playground).querySelector(`[part="${part}"]`)!;

async function editRuleSet(playground: DjRulesPlayground, change: (text: string) => string): Promise<void> {
  const textarea = field(playground, 'rule-set');
  textarea.value = change(textarea.value);
  textarea.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await playground.updateComplete;
}

describe('<dj-rules-playground>', () => {
  it('runs the shipped cases, then shows a broken one with the condition that failed and the fact it read', async () => {
    const playground = await mount(document.createElement('dj-rules-playground'));
    expect(JSON.parse(field(playground, 'rule-set').value)).toEqual(defaultClassificationRules);

    await userEvent.click(button(playground, 'run'));
    await playground.updateComplete;
    expect(text(shadow(playground).querySelector('[part="summary"]')!)).toBe('12 / 12 个用例通过');

    // A portal's local rule: 老党员 from 61. The member of 60 no longer is one.
    await editRuleSet(playground, (json) => json.replace('"min": 60', '"min": 61'));
    await userEvent.click(button(playground, 'run'));
    await playground.updateComplete;
    expect(text(shadow(playground).querySelector('[part="summary"]')!)).toBe('11 / 12 个用例通过');
    const failing = [...shadow(playground).querySelectorAll<HTMLDetailsElement>('details[data-passed="false"]')];
    expect(failing.map((each) => each.dataset['case'])).toEqual(['A retired member of 60 is retired and senior']);
    expect(failing[0]!.open).toBe(true);
    const senior = failing[0]!.querySelector('[data-rule="category.senior"]')!;
    expect(text(senior.querySelector('[data-fact="age"]')!)).toBe('range min=61 · 读取 age = 60 ✗ 不成立');
    // Why the rules that did fire fired: the same detail, passing.
    expect(text(failing[0]!.querySelector('[data-rule="category.retired"] [data-fact="employment"]')!)).toBe(
      'compare cmp="eq" value="retired" · 读取 employment = "retired" ✓ 成立',
    );
    expect(text(shadow(playground).querySelector('[part="changes"] li')!)).toBe(
      'A retired member of 60 is retired and senior: 去掉：senior',
    );

    // The failing case as a reader sees it: the rule that did not fire, the condition, the age it read.
    senior.scrollIntoView();
    await page.elementLocator(senior).screenshot({ path: '../.artifacts/rules-playground/broken-case.png' });
    await page.elementLocator(field(playground, 'rule-set')).screenshot({
      path: '../.artifacts/rules-playground/rule-set-editor.png',
    });
    await settle();
    expect(violations).toEqual([]);
  });

  it('shows a schema error under the field with its path, and disables running until it is mended', async () => {
    const playground = await mount(document.createElement('dj-rules-playground'));
    await editRuleSet(playground, (json) => json.replace('"op": "range"', '"op": "between"'));
    const textarea = field(playground, 'rule-set');
    expect(textarea.getAttribute('aria-invalid')).toBe('true');
    const issues = shadow(playground).querySelector(`#${textarea.getAttribute('aria-describedby')}`)!;
    expect(text(issues)).toMatch(/^rules\.11\.when\.op：/);
    expect(button(playground, 'run').disabled).toBe(true);
    expect(button(playground, 'export').disabled).toBe(true);
  });

  it('lists a rule no case fires, in English', async () => {
    const playground = document.createElement('dj-rules-playground');
    playground.lang = 'en';
    await mount(playground);
    const cases = JSON.parse(field(playground, 'cases').value) as { cases: { expect: { yields: string[] } }[] };
    cases.cases = cases.cases.filter((each) => !each.expect.yields.includes('student'));
    const textarea = field(playground, 'cases');
    textarea.value = JSON.stringify(cases);
    textarea.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await playground.updateComplete;
    await userEvent.click(button(playground, 'run'));
    await playground.updateComplete;
    expect(text(shadow(playground).querySelector('[part="coverage"]')!)).toBe('Rules no case fires: category.student');
  });

  it('exports the edited set as a JSON file the kit loads', async () => {
    const playground = await mount(document.createElement('dj-rules-playground'));
    await editRuleSet(playground, (json) => json.replace('"version": "2026.1"', '"version": "2026.1+local.1"'));
    await userEvent.click(button(playground, 'export'));
    await playground.updateComplete;
    const link = shadow(playground).querySelector<HTMLAnchorElement>('[part="download"]')!;
    expect(link.download).toBe('classification.json');
    expect(link.href).toMatch(/^blob:/);
    const exported = RuleSetSchema.parse(await (await fetch(link.href)).json());
    expect(exported).toEqual({ ...defaultClassificationRules, version: '2026.1+local.1' });
  });

  it('connected, runs the edited set over the tenant’s own members and names those whose outcome changed', async () => {
    const { workspace } = await openWorkspace();
    const provider = await mountProvider(workspace);
    const playground = document.createElement('dj-rules-playground');
    playground.asOf = rosterAsOf;
    await mount(playground, provider);
    // 老党员 from 70: members of 60 to 69 lose it (oracle: their ages by hand, not the diff).
    await editRuleSet(playground, (json) => json.replace('"min": 60', '"min": 70'));
    await userEvent.click(button(playground, 'run'));
    await playground.updateComplete;
    const sixties = someMembers.filter((member) => {
      const age = memberAge(member, rosterAsOf);
      return (
        (member.status ?? 'active') === 'active' && isPartyMember(member) && age !== undefined && age >= 60 && age < 70
      );
    });
    expect(sixties.length).toBeGreaterThan(0);
    const judged = someMembers.filter((member) => (member.status ?? 'active') === 'active' && isPartyMember(member));
    const tenantPart = shadow(playground).querySelector('[part="tenant"]')!;
    expect(text(tenantPart.querySelector('p')!)).toBe(
      `${rosterAsOf} 按本地规则判断本社区 ${judged.length} 名党员，${sixties.length} 人的结果与基础规则不同`,
    );
    expect([...tenantPart.querySelectorAll('li')].map(text)).toEqual(
      sixties.map((member) => `${member.name}: 去掉：senior`),
    );
  });
});
