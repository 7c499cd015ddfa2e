import '@dangjian/components/provider/define';
import '@dangjian/components/evaluation-form/define';
import type { DjEvaluationForm, DjEvaluationSubmittedEvent } from '@dangjian/components';
import { evaluationReport, type Workspace } from '@dangjian/core';
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { kangleReview, reviewAt, reviewId } from '../fixtures/kangle-review.js';
import { settle, useStrictCsp } from './support/strict-csp.js';
import { mount, text, usePage } from './support/tree.js';
import { provideSnapshot } from './support/workspace.js';

usePage();
// The form under a portal's strict CSP (no inline styles), as every element is.
const violations = useStrictCsp();

async function mountForm(
  raterKind: string,
  raterId: string,
  lang?: string,
): Promise<{ form: DjEvaluationForm; workspace: Workspace }> {
  const { workspace, provider } = await provideSnapshot(kangleReview(), reviewAt);
  const form = document.createElement('dj-evaluation-form');
  form.evaluationId = reviewId;
  form.raterKind = raterKind;
  form.raterId = raterId;
  if (lang) form.setAttribute('lang', lang);
  await mount(form, provider);
  return { form, workspace };
}

const root = (form: DjEvaluationForm): ShadowRoot => form.shadowRoot!;
const rows = (form: DjEvaluationForm): string[] =>
  [...root(form).querySelectorAll<HTMLElement>('tr[data-subject-id]')].map((row) => row.dataset['subjectId']!);

async function grade(form: DjEvaluationForm, subjectId: string, rating: string): Promise<void> {
  const row = root(form).querySelector<HTMLElement>(`tr[data-subject-id="${subjectId}"]`)!;
  await userEvent.click(row.querySelector<HTMLInputElement>(`input[value="${rating}"]`)!);
  await form.updateComplete;
}

async function submit(form: DjEvaluationForm): Promise<void> {
  await userEvent.click(root(form).querySelector<HTMLButtonElement>('button[type="submit"]')!);
  await expect.poll(() => root(form).querySelector('[role="alert"], [part="done"]')).not.toBeNull();
}

describe('<dj-evaluation-form>', () => {
  it('lists the rated peers, not the rater and not the probationary member', async () => {
    const { form, workspace } = await mountForm('peer', 'k-employed-19');
    const round = workspace.snapshot.evaluations.get(reviewId)!;
    const expected = round.participants.filter((p) => p.rated && p.id !== 'k-employed-19').map((p) => p.id);
    expect(rows(form)).toEqual(expected);
    expect(rows(form)).toHaveLength(15);
    expect(rows(form)).not.toContain('k-probationary-1');
    expect(text(root(form).querySelector('.note')!)).toBe('参加评议但不评定等次的 1 人（如预备党员）不在表中');
    expect(text(root(form).querySelector('.rater')!)).toContain('互评，权重 40%');
    await settle();
    expect(violations).toEqual([]);
  });

  it("shows core's finding when one more 优秀 would pass a third, submits the marks as given, and core finds it after", async () => {
    const submitted: DjEvaluationSubmittedEvent[] = [];
    const { form, workspace } = await mountForm('peer', 'k-employed-19');
    form.addEventListener('dj-evaluation-submitted', (event) => submitted.push(event));
    expect(root(form).querySelector('[part="finding"]')).toBeNull();
    await grade(form, 'k-employed-21', 'excellent');
    expect(text(root(form).querySelector('[part="finding"]')!)).toContain(
      '提交后：优秀 6 名，占评定等次的 16 名，超过 1/3',
    );
    await grade(form, 'k-employed-23', 'qualified');
    expect(text(root(form).querySelector('.tally')!)).toBe('已评 2 / 15 人');
    await submit(form);
    expect(text(root(form).querySelector('[part="done"]')!)).toBe('已提交对 2 人的评价');
    const ballot = workspace.snapshot.evaluationBallots.get(`${reviewId}.peer.k-employed-19`)!;
    expect(ballot.marks).toEqual([
      { subjectId: 'k-employed-21', grade: 'excellent' },
      { subjectId: 'k-employed-23', grade: 'qualified' },
    ]);
    expect(ballot.memberId).toBe('k-employed-19');
    expect(submitted.map((event) => event.ballotId)).toEqual([ballot.id]);
    // Nothing was capped: the round's report now carries the finding the form showed.
    const report = evaluationReport(workspace.snapshot, reviewId)!;
    expect(report.data.excellent).toEqual({ count: 6, rated: 16, over: true });
    expect(report.findings.map((f) => f.rule.id)).toContain('evaluation.excellentShare');
  });

  it('shows a refusal naming the subject, and writes nothing', async () => {
    const { form, workspace } = await mountForm('organisation', 'kb1');
    const revision = workspace.snapshot.revision;
    // The branch already rated everyone: a second organisation mark of the same member is refused.
    await grade(form, 'k-employed-3', 'qualified');
    await submit(form);
    const alert = text(root(form).querySelector('[role="alert"]')!);
    const name = workspace.snapshot.members.get('k-employed-3')!.name;
    const branch = workspace.snapshot.orgs.get('kb1')!.name;
    expect(alert).toBe(`未提交。${name}：“${branch}”已作为“组织评价”评价过“${name}”`);
    expect(root(form).querySelector('tr[data-subject-id="k-employed-3"]')!.classList.contains('invalid')).toBe(true);
    expect(workspace.snapshot.revision).toBe(revision);
    expect(root(form).activeElement?.getAttribute('role')).toBe('alert');
  });

  it('speaks English', async () => {
    const { form } = await mountForm('self', 'k-employed-1', 'en');
    expect(rows(form)).toEqual(['k-employed-1']);
    expect(text(root(form).querySelector('h3')!)).toBe('Democratic review of members ballot (2026)');
    expect(root(form).querySelector('tr label')!.textContent!.trim()).toBe('excellent');
  });
});
