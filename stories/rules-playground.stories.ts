import '@dangjian/components/provider/define';
import '@dangjian/components/rules-playground/define';
import type { DjRulesPlayground } from '@dangjian/components';
import {
  classificationRuleCases,
  defaultClassificationRules,
  duesRuleCases,
  officialDuesSchedule,
  type RuleCases,
  type RuleSet,
  type Workspace,
} from '@dangjian/core';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { demoNow, openDemoWorkspace } from './data/demo-workspace.js';

interface PlaygroundArgs {
  ruleSet: RuleSet | undefined;
  cases: RuleCases | undefined;
  lang: string | undefined;
}

type Story = StoryObj<PlaygroundArgs>;

function playgroundIn(canvasElement: HTMLElement): DjRulesPlayground {
  const playground = canvasElement.querySelector('dj-rules-playground');
  if (!playground) throw new Error('the story rendered no <dj-rules-playground>');
  return playground;
}

/** Replaces a textarea's text the way typing would end, without typing 10 000 characters one by one. */
function edit(textarea: HTMLTextAreaElement, change: (text: string) => string): void {
  textarea.value = change(textarea.value);
  textarea.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

/**
 * 规则试验台: a portal edits a rule set and its cases as JSON, runs them, and sees for every case
 * why each rule fired or not (each condition with the fact it read), which rules no case fires,
 * and which outcomes its edits change against the national base. Everything shown is core's
 * `explainRuleSet`, `runRuleCases`, `ruleCoverage` and `diffAgainstBase`.
 */
const meta: Meta<PlaygroundArgs> = {
  title: 'Components/Rules playground 规则试验台',
  component: 'dj-rules-playground',
  args: { ruleSet: undefined, cases: undefined, lang: undefined },
  argTypes: { lang: { control: 'inline-radio', options: [undefined, 'zh-CN', 'en'] } },
  render: (args) =>
    html`<dj-rules-playground
      .ruleSet=${args.ruleSet ?? defaultClassificationRules}
      .cases=${args.cases ?? classificationRuleCases}
      lang=${ifDefined(args.lang)}
    ></dj-rules-playground>`,
};

export default meta;

/** The kit's classification rules and the cases shipped beside them: every case passes, every rule is covered. */
export const ClassificationCases: Story = {
  play: async ({ canvasElement }) => {
    const playground = playgroundIn(canvasElement);
    const shadow = within(playground.shadowRoot as unknown as HTMLElement);
    await userEvent.click(shadow.getByRole('button', { name: '运行用例' }));
    await waitFor(() => expect(shadow.getByRole('status')).toHaveTextContent('12 / 12 个用例通过'));
    await expect(shadow.getByText('每条规则都至少被一个用例命中')).toBeVisible();
    await expect(shadow.getByText('本地规则未改变任何用例的结果')).toBeVisible();
  },
};

/**
 * A portal raises the age of 老党员 to 61: the case of a member of 60 now fails, and the page
 * shows the condition that failed with the age it read, and the outcome changed against the base.
 */
export const BreakACase: Story = {
  play: async ({ canvasElement, step }) => {
    const playground = playgroundIn(canvasElement);
    const root = playground.shadowRoot!;
    const shadow = within(root as unknown as HTMLElement);
    const ruleSetField = shadow.getByLabelText('规则集（JSON）') as HTMLTextAreaElement;

    await step('a typo is a schema error with its path', async () => {
      edit(ruleSetField, (text) => text.replace('"min": 60', '"min": "sixty"'));
      await waitFor(() => expect(shadow.getByRole('alert')).toHaveTextContent('rules.11.when'));
      await expect(shadow.getByRole('button', { name: '运行用例' })).toBeDisabled();
    });

    await step('61 is valid, and breaks the case of a member of 60', async () => {
      edit(ruleSetField, (text) => text.replace('"min": "sixty"', '"min": 61'));
      await userEvent.click(shadow.getByRole('button', { name: '运行用例' }));
      await waitFor(() => expect(shadow.getByRole('status')).toHaveTextContent('11 / 12 个用例通过'));
      const failing = root.querySelector('details[data-passed="false"]')!;
      await expect(failing).toHaveTextContent('A retired member of 60 is retired and senior');
      await expect(failing).toHaveTextContent('应得未得：senior');
      const senior = failing.querySelector('[data-rule="category.senior"]')!;
      await expect(senior).toHaveTextContent('未命中');
      await expect(senior.querySelector('[data-fact="age"]')).toHaveTextContent(
        'range min=61 · 读取 age = 60 ✗ 不成立',
      );
      await expect(root.querySelector('[part="changes"]')).toHaveTextContent(
        'A retired member of 60 is retired and senior: 去掉：senior',
      );
    });
  },
};

/** The dues bands of 第二条 as a first-hit set, with their band-edge cases; in English. */
export const DuesBands: Story = {
  args: { ruleSet: officialDuesSchedule.rates.inService.ruleSet, cases: duesRuleCases[0], lang: 'en' },
  play: async ({ canvasElement }) => {
    const playground = playgroundIn(canvasElement);
    const shadow = within(playground.shadowRoot as unknown as HTMLElement);
    await userEvent.click(shadow.getByRole('button', { name: 'Run the cases' }));
    await waitFor(() => expect(shadow.getByRole('status')).toHaveTextContent('6 of 6 cases pass'));
    await expect(shadow.getByText('Every rule fires in at least one case')).toBeVisible();
  },
};

/**
 * Inside a `<dj-provider>` over the 青龙街道 demo: a run also judges the tenant's own Party members
 * by the base and by the edit (老党员 from 65), and names those whose outcome changes.
 */
export const DemoTenant: Story = {
  loaders: [async () => ({ workspace: await openDemoWorkspace() })],
  render: (args, { loaded }) =>
    html`<dj-provider .workspace=${loaded['workspace'] as Workspace}>
      <dj-rules-playground as-of=${demoNow.slice(0, 10)} lang=${ifDefined(args.lang)}></dj-rules-playground>
    </dj-provider>`,
  play: async ({ canvasElement }) => {
    const playground = playgroundIn(canvasElement);
    const root = playground.shadowRoot!;
    const shadow = within(root as unknown as HTMLElement);
    edit(shadow.getByLabelText('规则集（JSON）') as HTMLTextAreaElement, (text) =>
      text.replace('"min": 60', '"min": 65'),
    );
    await userEvent.click(shadow.getByRole('button', { name: '运行用例' }));
    await waitFor(() =>
      expect(root.querySelector('[part="tenant"]')).toHaveTextContent('2026-11-23 按本地规则判断本社区'),
    );
    await expect(root.querySelectorAll('[part="tenant"] li').length).toBeGreaterThan(0);
    await expect(root.querySelector('[part="tenant"] li')).toHaveTextContent('去掉：senior');
  },
};

/**
 * `kind="cadence"`: a portal's layer over the national meeting cadence, with the cases shipped
 * beside it. The portal adds a quarterly 党课 for every branch: the branches that held none in the
 * second quarter now fail, each period shown with what was held against the minimum.
 */
export const MeetingCadence: Story = {
  render: (args) => html`<dj-rules-playground kind="cadence" lang=${ifDefined(args.lang)}></dj-rules-playground>`,
  play: async ({ canvasElement, step }) => {
    const playground = playgroundIn(canvasElement);
    const root = playground.shadowRoot!;
    const shadow = within(root as unknown as HTMLElement);
    const layerField = shadow.getByLabelText('规则集（JSON）') as HTMLTextAreaElement;

    await step('the national cadence passes every shipped case', async () => {
      await userEvent.click(shadow.getByRole('button', { name: '运行用例' }));
      await waitFor(() => expect(shadow.getByRole('status')).toHaveTextContent('7 / 7 个用例通过'));
      await expect(shadow.getByText('每项要求都至少适用于一个用例')).toBeVisible();
    });

    await step('a misspelt meeting kind is a schema error with its path', async () => {
      edit(layerField, (text) =>
        text.replace(
          '"rules": []',
          '"rules": [{ "kind": "lectures", "per": "quarterly", "min": 1, "orgKinds": ["branch"] }]',
        ),
      );
      await waitFor(() => expect(shadow.getByRole('alert')).toHaveTextContent('rules.0.kind'));
    });

    await step('a quarterly 党课 breaks the cases of branches that held none', async () => {
      edit(layerField, (text) => text.replace('"lectures"', '"lecture"'));
      await userEvent.click(shadow.getByRole('button', { name: '运行用例' }));
      await waitFor(() => expect(shadow.getByRole('status')).toHaveTextContent('4 / 7 个用例通过'));
      const failing = root.querySelector('details[data-passed="false"]')!;
      await expect(failing).toHaveTextContent('缺而未预期：lecture 2026-Q2');
      await expect(failing.querySelector('[data-requirement="lecture"] [data-period="2026-Q2"]')).toHaveTextContent(
        '2026-Q2：举行 0 次，至少 1 次 ✗ 不成立',
      );
      await expect(root.querySelector('[part="changes"]')).toHaveTextContent('新增：lecture 2026-Q2');
    });
  },
};

/**
 * `kind="points"`: the kit's example points scheme and its cases, in English. Raising the monthly
 * cap of org life from 6 to 8 breaks the case that relied on it: the item is named with the
 * points expected and given, every ledger line is shown, and the total changes against the base.
 */
export const PointsScheme: Story = {
  render: () => html`<dj-rules-playground kind="points" lang="en"></dj-rules-playground>`,
  play: async ({ canvasElement, step }) => {
    const playground = playgroundIn(canvasElement);
    const root = playground.shadowRoot!;
    const shadow = within(root as unknown as HTMLElement);

    await step('the example scheme passes every shipped case; a capped line says why', async () => {
      await userEvent.click(shadow.getByRole('button', { name: 'Run the cases' }));
      await waitFor(() => expect(shadow.getByRole('status')).toHaveTextContent('9 of 9 cases pass'));
      await expect(root.querySelector('[data-capped="true"]')).toHaveTextContent(
        '2026-03-20 Attending org life: 2 → 0 points (over the cap of 6 for 2026-03)',
      );
    });

    await step('a cap of 8 breaks the org-life case, naming the item', async () => {
      edit(shadow.getByLabelText('Rule set (JSON)') as HTMLTextAreaElement, (text) =>
        text.replace('"max": 6', '"max": 8'),
      );
      await userEvent.click(shadow.getByRole('button', { name: 'Run the cases' }));
      await waitFor(() => expect(shadow.getByRole('status')).toHaveTextContent('8 of 9 cases pass'));
      const failing = root.querySelector('details[data-passed="false"]')!;
      await expect(failing.querySelector('[data-mismatch="base.orgLife"]')).toHaveTextContent(
        'base.orgLife: expected 6, got 8',
      );
      await expect(root.querySelector('[part="changes"] li')).toHaveTextContent('9 under the base, 11 edited');
    });
  },
};
