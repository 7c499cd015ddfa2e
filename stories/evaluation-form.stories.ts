import '@dangjian/components/provider/define';
import '@dangjian/components/evaluation-form/define';
import type { DjEvaluationForm, DjEvaluationSubmittedEvent } from '@dangjian/components';
import { evaluationReport, type Workspace } from '@dangjian/core';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { openReviewWorkspace, reviewId } from './data/evaluation-workspace.js';

interface FormArgs {
  evaluationId: string;
  raterKind: string;
  raterId: string;
  theme: 'light' | 'dark' | 'auto' | undefined;
  lang: string | undefined;
  onSubmitted: (event: DjEvaluationSubmittedEvent) => void;
}

type Story = StoryObj<FormArgs>;

function formIn(canvasElement: HTMLElement): DjEvaluationForm {
  const form = canvasElement.querySelector('dj-evaluation-form');
  if (!form) throw new Error('the story rendered no <dj-evaluation-form>');
  return form;
}

const shadowOf = (form: DjEvaluationForm) => within(form.shadowRoot as unknown as HTMLElement);

/**
 * 康乐社区 第一党支部's 2026 民主评议 (test/fixtures/kangle-review.ts): 16 full members rated, a
 * probationary member taking part but not rated, the branch's own ballot already in with five
 * 优秀 — the most a third of 16 allows. A peer marks grades; one more 优秀 shows core's finding
 * (a finding, not a cap). "提交评价" runs `evaluation.submitRating` through the workspace.
 */
const meta: Meta<FormArgs> = {
  title: 'Components/Evaluation form 民主评议测评表',
  component: 'dj-evaluation-form',
  loaders: [async () => ({ workspace: await openReviewWorkspace() })],
  args: {
    evaluationId: reviewId,
    raterKind: 'peer',
    raterId: 'k-employed-19',
    theme: undefined,
    lang: undefined,
    onSubmitted: fn(),
  },
  argTypes: {
    raterKind: { control: 'inline-radio', options: ['self', 'peer', 'masses', 'organisation'] },
    theme: { control: 'inline-radio', options: [undefined, 'light', 'dark', 'auto'] },
    lang: { control: 'inline-radio', options: [undefined, 'zh-CN', 'en'] },
    onSubmitted: { action: 'dj-evaluation-submitted', table: { disable: true } },
  },
  render: (args, { loaded }) =>
    html`<dj-provider .workspace=${loaded['workspace'] as Workspace}>
      <dj-evaluation-form
        evaluation-id=${args.evaluationId}
        rater-kind=${args.raterKind}
        rater-id=${args.raterId}
        theme=${ifDefined(args.theme)}
        lang=${ifDefined(args.lang)}
        @dj-evaluation-submitted=${args.onSubmitted}
      ></dj-evaluation-form>
    </dj-provider>`,
};

export default meta;

/** A peer's ballot: a sixth 优秀 shows the finding; the marks are submitted as given and core finds it after. */
export const PeerPassesTheShare: Story = {
  play: async ({ canvasElement, args, loaded, step }) => {
    const form = formIn(canvasElement);
    const shadow = shadowOf(form);
    const workspace = loaded['workspace'] as Workspace;

    await step('fifteen peers listed, not the rater, not the probationary member', async () => {
      await expect(form.shadowRoot!.querySelectorAll('tr[data-subject-id]')).toHaveLength(15);
      await expect(form.shadowRoot!.querySelector('[part="finding"]')).toBeNull();
    });

    await step('one more 优秀: core’s finding shows', async () => {
      const row = form.shadowRoot!.querySelector<HTMLElement>('tr[data-subject-id="k-employed-21"]')!;
      await userEvent.click(within(row).getByRole('radio', { name: '优秀' }));
      await waitFor(() =>
        expect(form.shadowRoot!.querySelector('[part="finding"]')).toHaveTextContent('优秀 6 名，占评定等次的 16 名'),
      );
    });

    await step('submitted as given: the round now carries the finding', async () => {
      await userEvent.click(shadow.getByRole('button', { name: '提交评价' }));
      await waitFor(() => expect(args.onSubmitted).toHaveBeenCalled());
      await expect(evaluationReport(workspace.snapshot, reviewId)!.data.excellent).toEqual({
        count: 6,
        rated: 16,
        over: true,
      });
    });
  },
};

/** The branch's own ballot again: refused naming the member, nothing written. */
export const OrganisationRatesOnce: Story = {
  args: { raterKind: 'organisation', raterId: 'kb1' },
  play: async ({ canvasElement, loaded }) => {
    const form = formIn(canvasElement);
    const shadow = shadowOf(form);
    const workspace = loaded['workspace'] as Workspace;
    const revision = workspace.snapshot.revision;
    const row = form.shadowRoot!.querySelector<HTMLElement>('tr[data-subject-id="k-employed-3"]')!;
    await userEvent.click(within(row).getByRole('radio', { name: '合格' }));
    await userEvent.click(shadow.getByRole('button', { name: '提交评价' }));
    await waitFor(() => expect(shadow.getByRole('alert')).toHaveTextContent('已作为“组织评价”评价过'));
    await expect(workspace.snapshot.revision).toBe(revision);
  },
};

/** `lang="en"`, a self-rating: one row, the grades in English. */
export const EnglishSelf: Story = {
  args: { lang: 'en', raterKind: 'self', raterId: 'k-employed-1' },
  play: async ({ canvasElement }) => {
    const shadow = shadowOf(formIn(canvasElement));
    await expect(shadow.getAllByRole('radio', { name: 'excellent' })).toHaveLength(1);
    await expect(shadow.getByRole('button', { name: 'Submit ratings' })).toBeVisible();
  },
};
