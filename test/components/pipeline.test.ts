import '@dangjian/components/pipeline/define';
import type { DjPipeline, DjStepRecordedEvent } from '@dangjian/components';
import {
  developmentReport,
  probationEndsOn,
  openDevelopmentProcess,
  recordDevelopmentStep,
  registerMember,
  type CommandInput,
  type Workspace,
} from '@dangjian/core';
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { happySchedule, stepInput } from '../fixtures/development-pipeline.js';
import { buildActivistAtStep6, developmentProcessId, stepActor } from './support/dues-fixture.js';
import { mount, text, usePage } from './support/tree.js';
import { openWorkspace } from './support/workspace.js';

usePage();

const processId = developmentProcessId;
const actor = stepActor;

async function activistAtStep6(): Promise<Workspace> {
  const { workspace } = await openWorkspace();
  await buildActivistAtStep6(workspace);
  return workspace;
}

const $ = (pipeline: DjPipeline, selector: string): HTMLElement | null =>
  pipeline.shadowRoot!.querySelector<HTMLElement>(selector);

async function mountPipeline(workspace: Workspace, asOf: string): Promise<DjPipeline> {
  const pipeline = document.createElement('dj-pipeline');
  pipeline.workspace = workspace;
  pipeline.processId = processId;
  pipeline.asOf = asOf;
  return mount(pipeline);
}

async function fill(pipeline: DjPipeline, id: string, value: string): Promise<void> {
  const input = $(pipeline, `#${id}`) as HTMLInputElement;
  // Date inputs take their value directly; a reader's date picker gives the same.
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

describe('<dj-pipeline>', () => {
  it('lays out the five stages with recorded dates and the next step with its earliest date and rule from core', async () => {
    const workspace = await activistAtStep6();
    const pipeline = await mountPipeline(workspace, '2025-03-01');
    const status = developmentReport(workspace.snapshot, '2025-03-01').data.processes.find(
      (each) => each.processId === processId,
    )!;
    expect(status.next!.step).toBe(7);
    expect(text($(pipeline, '[part="title"]')!)).toBe('陈思远 的发展进程');
    const stages = [...pipeline.shadowRoot!.querySelectorAll<HTMLElement>('.stage')];
    expect(stages.map((stage) => stage.dataset['stage'])).toEqual([
      'applicant',
      'activist',
      'candidate',
      'probationary',
      'full',
    ]);
    expect(pipeline.shadowRoot!.querySelectorAll('.steps > li')).toHaveLength(25);
    expect($(pipeline, 'li[data-step="3"]')!.dataset['state']).toBe('done');
    expect(text($(pipeline, 'li[data-step="3"] .date')!)).toBe(`${happySchedule[2]!.on} 完成`);
    expect($(pipeline, 'li[data-step="7"]')!.dataset['state']).toBe('next');
    expect($(pipeline, 'li[data-step="7"]')!.getAttribute('aria-current')).toBe('step');
    expect($(pipeline, 'li[data-step="8"]')!.dataset['state']).toBe('pending');

    const next = $(pipeline, '[part="next"]')!;
    expect(next.querySelector<HTMLElement>('[data-earliest]')!.dataset['earliest']).toBe(status.next!.earliest);
    // A year as activist from step 3 (2024-06-03).
    expect(status.next!.earliest).toBe('2025-06-03');
    expect(next.querySelector<HTMLElement>('.because')!.dataset['rule']).toBe(status.next!.earliestRule!.id);
    expect(text(next.querySelector('.because')!)).toContain(status.next!.earliestRule!.article!);
    expect($(pipeline, '[part="overdue"]')).toBeNull();
  });

  it('flags a step overdue from core findings', async () => {
    const workspace = await activistAtStep6();
    const asOf = '2025-07-01';
    const overdue = developmentReport(workspace.snapshot, asOf).findings.filter(
      (found) => found.subject.id === processId && found.code === 'development.stepOverdue',
    );
    expect(overdue.map((found) => found.facts?.['step'])).toEqual([6]);
    const pipeline = await mountPipeline(workspace, asOf);
    const step6 = $(pipeline, 'li[data-step="6"]')!;
    expect(step6.hasAttribute('data-overdue')).toBe(true);
    expect(step6.querySelector('.finding')!.textContent!.trim()).toBe(overdue[0]!.text['zh-CN']);
    expect(pipeline.shadowRoot!.querySelectorAll('[part="overdue"]')).toHaveLength(1);
  });

  it('refuses a step before its earliest date, naming the date and article, and writes nothing', async () => {
    const workspace = await activistAtStep6();
    const pipeline = await mountPipeline(workspace, '2025-03-01');
    const recorded: DjStepRecordedEvent[] = [];
    pipeline.addEventListener('dj-step-recorded', (event) => recorded.push(event));
    const revision = workspace.revision;
    const before = workspace.snapshot.developmentProcesses.get(processId);
    await fill(pipeline, 'noticeFrom', '2025-02-17');
    await userEvent.type($(pipeline, '#actor')!, '王秀英');
    $(pipeline, '[part="record"] button[type="submit"]')!.click();
    await expect.poll(() => $(pipeline, '[part="error"]')).not.toBeNull();
    const alert = text($(pipeline, '[part="error"]')!);
    expect(alert).toMatch(/^未能记录：/);
    expect(alert).toContain('2025-06-03');
    expect(alert).toContain('2025-03-01');
    const article = developmentReport(workspace.snapshot, '2025-03-01').data.processes.find(
      (each) => each.processId === processId,
    )!.next!.earliestRule!.article!;
    expect(alert).toContain(article);
    expect(workspace.revision).toBe(revision);
    expect(workspace.snapshot.developmentProcesses.get(processId)).toBe(before);
    expect(recorded).toEqual([]);
  });

  it('records the next step on its earliest allowed day and reads it back', async () => {
    const workspace = await activistAtStep6();
    const pipeline = await mountPipeline(workspace, '2025-06-16');
    const recorded: DjStepRecordedEvent[] = [];
    pipeline.addEventListener('dj-step-recorded', (event) => recorded.push(event));
    await fill(pipeline, 'noticeFrom', '2025-06-03');
    await userEvent.type($(pipeline, '#actor')!, '王秀英');
    $(pipeline, '[part="record"] button[type="submit"]')!.click();
    await expect.poll(() => recorded.length).toBe(1);
    expect(recorded[0]!.detail).toMatchObject({ processId, step: 7, on: '2025-06-16', revision: workspace.revision });
    const process = workspace.snapshot.developmentProcesses.get(processId)!;
    expect(process.steps.at(-1)).toMatchObject({ step: 7, on: '2025-06-16', notice: { from: '2025-06-03' }, actor });
    expect(workspace.snapshot.members.get('a1')!.stage).toBe('candidate');
    await pipeline.updateComplete;
    expect($(pipeline, 'li[data-step="7"]')!.dataset['state']).toBe('done');
    expect($(pipeline, 'li[data-step="8"]')!.dataset['state']).toBe('next');
  });

  it('a probationary member: shows when probation ends (core probationEndsOn) and the conversion step next', async () => {
    const workspace = await activistAtStep6();
    for (let n = 7; n <= 21; n += 1) {
      const result = await workspace.run(recordDevelopmentStep, { ...stepInput(processId, n), actor } as CommandInput<
        typeof recordDevelopmentStep
      >);
      if (!result.ok) throw result.error;
    }
    const process = workspace.snapshot.developmentProcesses.get(processId)!;
    const ends = probationEndsOn(process)!;
    // A year from the branch assembly (step 15, 2025-08-05).
    expect(ends).toBe('2026-08-05');
    const pipeline = await mountPipeline(workspace, '2026-03-02');
    expect(text($(pipeline, '.probation')!)).toBe(`预备期至 ${ends} 届满`);
    expect($(pipeline, '[part="next"]')!.dataset['step']).toBe('22');
    expect($(pipeline, '[part="next"] [data-earliest]')!.dataset['earliest']).toBe(ends);
    expect($(pipeline, 'li[data-step="15"]')!.closest<HTMLElement>('.stage')!.dataset['stage']).toBe('candidate');
  });

  it("lists core's other findings: a talk held after its month is noted as late", async () => {
    const { workspace } = await openWorkspace();
    const runs = [
      workspace.run(registerMember, {
        id: 'a2',
        name: '林晓雨',
        gender: 'female',
        birthDate: '1999-01-01',
        stage: 'applicant',
        relationOrgId: 'lj-b1',
      }),
      workspace.run(openDevelopmentProcess, {
        id: 'dp-a2',
        memberId: 'a2',
        orgId: 'lj-b1',
        appliedOn: '2024-03-04',
        actor,
      }),
      workspace.run(recordDevelopmentStep, { processId: 'dp-a2', step: 2, on: '2024-05-06', actor }),
    ];
    for (const result of await Promise.all(runs)) if (!result.ok) throw result.error;
    const late = developmentReport(workspace.snapshot, '2024-05-10').findings.filter(
      (found) => found.subject.id === 'dp-a2',
    );
    expect(late.map((found) => found.code)).toEqual(['development.stepLate']);
    const pipeline = document.createElement('dj-pipeline');
    pipeline.workspace = workspace;
    pipeline.processId = 'dp-a2';
    pipeline.asOf = '2024-05-10';
    await mount(pipeline);
    const listed = [...pipeline.shadowRoot!.querySelectorAll<HTMLElement>('[part="findings"] li')];
    expect(listed.map((item) => item.textContent!.trim())).toEqual([late[0]!.text['zh-CN']]);
    expect(listed[0]!.dataset['severity']).toBe('info');
  });
});
