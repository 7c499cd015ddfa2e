import '@dangjian/components/provider/define';
import '@dangjian/components/rules-playground/define';
import type { DjRulesPlayground } from '@dangjian/components';
import {
  CadenceLayerSchema,
  cadenceRulesOf,
  defaultCadenceRules,
  defaultClassificationRules,
  defaultScoreScheme,
  isPartyMember,
  memberAge,
  RuleSetSchema,
} from '@dangjian/core';
import { describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { settle, useStrictCsp } from './support/strict-csp.js';
import { memberOrgs, rosterAsOf, someMembers } from './support/members.js';
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

  it('connected, a cadence layer is judged over the tenant’s orgs: a quarterly 党课 adds each ended quarter to every branch', async () => {
    const { workspace } = await openWorkspace();
    const provider = await mountProvider(workspace);
    const playground = document.createElement('dj-rules-playground');
    playground.kind = 'cadence';
    playground.asOf = rosterAsOf;
    await mount(playground, provider);
    const rule = '{ "kind": "lecture", "per": "quarterly", "min": 1, "orgKinds": ["branch"] }';
    await editRuleSet(playground, (json) => json.replace('"rules": []', `"rules": [${rule}]`));
    await userEvent.click(button(playground, 'run'));
    await playground.updateComplete;
    // No meetings on record: every branch is short of a 党课 in each quarter ended by 23 November.
    const branches = memberOrgs.filter((org) => org.kind === 'branch');
    expect(branches.length).toBeGreaterThan(1);
    const tenantPart = shadow(playground).querySelector('[part="tenant"]')!;
    expect(text(tenantPart.querySelector('p')!)).toBe(
      `按本地规定检查本单位 ${memberOrgs.length} 个党组织到 ${rosterAsOf} 为止的全年组织生活，${branches.length} 个的结果与全国规定不同`,
    );
    expect([...tenantPart.querySelectorAll('li')].map(text).sort()).toEqual(
      branches.map((org) => `${org.name}: 新增：lecture 2026-Q1、lecture 2026-Q2、lecture 2026-Q3`).sort(),
    );
  });

  it('connected, a points scheme is judged over the tenant’s members: a higher monthly cap changes who attended most', async () => {
    const eligible = someMembers.filter((member) => (member.status ?? 'active') === 'active' && isPartyMember(member));
    const keen = eligible[0]!;
    const once = eligible[1]!;
    const branch = { id: keen.relationOrgId };
    // keen attends four assemblies in March (4 × 2 = 8 points, capped at 6 a month); once attends one.
    const meetings = ['2026-03-02', '2026-03-09', '2026-03-16', '2026-03-23'].map((heldOn, index) => ({
      id: `mt${index}`,
      orgId: branch.id,
      kind: 'assembly' as const,
      heldOn,
      topic: '学习',
      attendance: [keen, ...(index === 0 ? [once] : [])].map((member) => ({
        memberId: member.id,
        mode: 'onSite' as const,
      })),
      absences: [],
      votes: [],
      decisions: [],
    }));
    const { workspace } = await openWorkspace({ orgs: memberOrgs, members: someMembers, meetings });
    const provider = await mountProvider(workspace);
    const playground = document.createElement('dj-rules-playground');
    playground.kind = 'points';
    playground.asOf = rosterAsOf;
    await mount(playground, provider);
    await editRuleSet(playground, (json) => json.replace('"max": 6', '"max": 8'));
    await userEvent.click(button(playground, 'run'));
    await playground.updateComplete;
    const tenantPart = shadow(playground).querySelector('[part="tenant"]')!;
    const items = [...tenantPart.querySelectorAll('li')].map(text);
    expect(items).toHaveLength(1);
    expect(items[0]).toContain(keen.name);
    expect(items[0]).toMatch(/6\D+8/);
  });

  it('kind="cadence": a portal layer’s quarterly 党课 fails the branches that held none, period by period', async () => {
    const playground = document.createElement('dj-rules-playground');
    playground.kind = 'cadence';
    await mount(playground);
    expect(JSON.parse(field(playground, 'rule-set').value)).toEqual({
      ruleSetId: 'meetings.cadence',
      version: 'local.1',
      rules: [],
    });
    await userEvent.click(button(playground, 'run'));
    await playground.updateComplete;
    expect(text(shadow(playground).querySelector('[part="summary"]')!)).toBe('7 / 7 个用例通过');
    // Why the May case passes: the theme day's May period, held 0 against 1.
    const may = shadow(playground).querySelector(
      '[data-case="A branch without a theme day in May is short for 2026-05"]',
    )! as HTMLDetailsElement;
    may.open = true; // a passing case opens on demand
    expect(text(may.querySelector('[data-requirement="themeDay"] [data-period="2026-05"]')!)).toBe(
      '2026-05：举行 0 次，至少 1 次 ✗ 不成立',
    );

    const rule = '{ "kind": "lecture", "per": "quarterly", "min": 1, "orgKinds": ["branch"] }';
    await editRuleSet(playground, (json) => json.replace('"rules": []', `"rules": [${rule}]`));
    await userEvent.click(button(playground, 'run'));
    await playground.updateComplete;
    expect(text(shadow(playground).querySelector('[part="summary"]')!)).toBe('4 / 7 个用例通过');
    const failing = [...shadow(playground).querySelectorAll<HTMLDetailsElement>('details[data-passed="false"]')];
    expect(failing).toHaveLength(3);
    expect(failing.every((each) => each.open)).toBe(true);
    expect(text(failing[0]!.querySelector('.difference')!)).toBe('缺而未预期：lecture 2026-Q2');
    expect(text(failing[0]!.querySelector('[data-requirement="lecture"] [data-period="2026-Q2"]')!)).toBe(
      '2026-Q2：举行 0 次，至少 1 次 ✗ 不成立',
    );
    expect(text(shadow(playground).querySelector('[part="coverage"]')!)).toBe('每项要求都至少适用于一个用例');
    expect(text(shadow(playground).querySelector('[part="changes"] li')!)).toMatch(/: 新增：lecture 2026-Q2$/);

    await userEvent.click(button(playground, 'export'));
    await playground.updateComplete;
    const link = shadow(playground).querySelector<HTMLAnchorElement>('[part="download"]')!;
    expect(link.download).toBe('meetings.cadence.json');
    const layered = cadenceRulesOf(CadenceLayerSchema.parse(await (await fetch(link.href)).json()));
    expect(layered.length).toBe(defaultCadenceRules.length + 1);
    expect(violations).toEqual([]);
  });

  it('reads the kind from a loaded points scheme; a broken case names the item and shows every ledger line', async () => {
    const playground = document.createElement('dj-rules-playground');
    playground.lang = 'en';
    playground.ruleSet = defaultScoreScheme;
    await mount(playground);
    expect(playground.getAttribute('kind')).toBeNull();
    expect(JSON.parse(field(playground, 'cases').value).ruleSetId).toBe('kit-default-points');
    await editRuleSet(playground, (json) => json.replace('"max": 6', '"max": 8'));
    await userEvent.click(button(playground, 'run'));
    await playground.updateComplete;
    expect(text(shadow(playground).querySelector('[part="summary"]')!)).toBe('8 of 9 cases pass');
    const failing = shadow(playground).querySelector<HTMLDetailsElement>('details[data-passed="false"]')!;
    expect([...failing.querySelectorAll('.difference')].map(text)).toEqual([
      'Total: expected 9, got 11',
      'base: expected 9, got 11',
      'base.orgLife: expected 6, got 8',
    ]);
    expect([...failing.querySelectorAll('[data-item]')].map(text)).toEqual([
      '2026-03-01 Attending org life: 2 → 2 points',
      '2026-03-05 Attending org life: 2 → 2 points',
      '2026-03-10 Attending org life: 2 → 2 points',
      '2026-03-15 Attending the theme day: 3 → 3 points',
      '2026-03-20 Attending org life: 2 → 2 points',
    ]);
    // A veto that held, with the fact it read, in the case of a member under discipline.
    const suspended = shadow(playground).querySelector(
      '[data-case="Under Party discipline the year counts nothing"]',
    )! as HTMLDetailsElement;
    suspended.open = true;
    expect(text(suspended.querySelector('[data-rule="veto.suspended"] [data-fact="status"]')!)).toBe(
      'compare cmp="eq" value="suspended" · read status = "suspended" ✓ holds',
    );
    expect(text(suspended.querySelector('[data-vetoed="true"]')!)).toMatch(/\(vetoed by veto\.suspended\)$/);
    expect(text(shadow(playground).querySelector('[part="changes"] li')!)).toBe(
      'Org life gives 2 points a meeting, 6 a month at most; the theme day 3: 9 under the base, 11 edited',
    );
  });

  it('kind="points": a schema error in the scheme is shown with its path', async () => {
    const playground = document.createElement('dj-rules-playground');
    playground.kind = 'points';
    await mount(playground);
    await editRuleSet(playground, (json) => json.replace('"max": 6', '"max": 1'));
    const issues = shadow(playground).querySelector('#rule-set-issues')!;
    expect(text(issues)).toMatch(/^items\.0\.capPerPeriod\.max：/);
    expect(button(playground, 'run').disabled).toBe(true);
  });
});
