import '@dangjian/components/provider/define';
import '@dangjian/components/attendance-sheet/define';
import type { DjAttendanceSheet, DjMeetingRecordedEvent } from '@dangjian/components';
import { meetingKinds, type MeetingKind, type Workspace } from '@dangjian/core';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { openKangleWorkspace } from './data/meeting-workspace.js';

interface SheetArgs {
  orgId: string;
  kind: MeetingKind;
  heldOn: string;
  noReview: boolean;
  theme: 'light' | 'dark' | 'auto' | undefined;
  lang: string | undefined;
  onRecorded: (event: DjMeetingRecordedEvent) => void;
}

type Story = StoryObj<SheetArgs & { workspace?: Workspace }>;

function sheetIn(canvasElement: HTMLElement): DjAttendanceSheet {
  const sheet = canvasElement.querySelector('dj-attendance-sheet');
  if (!sheet) throw new Error('the story rendered no <dj-attendance-sheet>');
  return sheet;
}

const shadowOf = (sheet: DjAttendanceSheet) => within(sheet.shadowRoot as unknown as HTMLElement);

/**
 * 康乐社区's 第一党支部 (test/fixtures): 16 full members. Mark each present (on site, home
 * delivery, online), late, excused with a reason, or absent; an assembly shows its quorum as
 * you mark. "保存会议记录" runs `meeting.record` through the workspace; a refusal names its field.
 */
const meta: Meta<SheetArgs & { workspace?: Workspace }> = {
  title: 'Components/Attendance sheet 会议签到',
  component: 'dj-attendance-sheet',
  loaders: [async () => ({ workspace: await openKangleWorkspace() })],
  args: {
    orgId: 'kb1',
    kind: 'assembly',
    heldOn: '2026-11-20',
    noReview: false,
    theme: undefined,
    lang: undefined,
    onRecorded: fn(),
  },
  argTypes: {
    kind: { control: 'select', options: [...meetingKinds] },
    theme: { control: 'inline-radio', options: [undefined, 'light', 'dark', 'auto'] },
    lang: { control: 'inline-radio', options: [undefined, 'zh-CN', 'en'] },
    onRecorded: { action: 'dj-meeting-recorded', table: { disable: true } },
  },
  render: (args, { loaded }) =>
    html`<dj-provider .workspace=${loaded['workspace'] as Workspace}>
      <dj-attendance-sheet
        org-id=${args.orgId}
        kind=${args.kind}
        held-on=${args.heldOn}
        ?no-review=${args.noReview}
        theme=${ifDefined(args.theme)}
        lang=${ifDefined(args.lang)}
        @dj-meeting-recorded=${args.onRecorded}
      ></dj-attendance-sheet>
    </dj-provider>`,
};

export default meta;

/** An assembly: the quorum falls as members are marked absent; a vote without it is refused, nothing written. */
export const AssemblyQuorum: Story = {
  play: async ({ canvasElement, loaded, step }) => {
    const sheet = sheetIn(canvasElement);
    const shadow = shadowOf(sheet);
    const workspace = loaded['workspace'] as Workspace;
    const meetings = workspace.snapshot.meetings.size;

    await step('all sixteen present: the quorum is met', async () => {
      await expect(sheet.shadowRoot!.querySelector('[part="quorum"]')).toHaveTextContent('实到 16 人');
      await expect(sheet.shadowRoot!.querySelector('[part="quorum"]')).toHaveTextContent('已达到法定人数');
    });

    await step('nine absent: not met', async () => {
      for (const radio of shadow.getAllByRole('radio', { name: '缺席' }).slice(0, 9)) await userEvent.click(radio);
      await waitFor(() =>
        expect(sheet.shadowRoot!.querySelector('[part="quorum"]')).toHaveTextContent('未达到法定人数'),
      );
    });

    await step('a vote is refused naming the roll, and nothing is written', async () => {
      await userEvent.type(shadow.getByLabelText('主题'), '通过年度计划');
      await userEvent.click(shadow.getByRole('button', { name: '添加表决事项' }));
      await userEvent.type(shadow.getByLabelText('表决事项 1'), '年度工作计划');
      await userEvent.click(shadow.getByRole('button', { name: '保存会议记录' }));
      await waitFor(() => expect(shadow.getByRole('alert')).toHaveTextContent('未保存。出席情况：'));
      await expect(workspace.snapshot.meetings.size).toBe(meetings);
    });
  },
};

/** A theme day: an excused absence needs its reason; with it the meeting is recorded and can be submitted. */
export const ExcusedNeedsReason: Story = {
  args: { kind: 'themeDay' },
  play: async ({ canvasElement, args, loaded }) => {
    const sheet = sheetIn(canvasElement);
    const shadow = shadowOf(sheet);
    const workspace = loaded['workspace'] as Workspace;
    await userEvent.type(shadow.getByLabelText('主题'), '走访困难党员');
    const [excused] = shadow.getAllByRole('radio', { name: '请假' });
    await userEvent.click(excused!);
    await userEvent.click(shadow.getByRole('button', { name: '保存会议记录' }));
    await waitFor(() => expect(shadow.getByRole('alert')).toHaveTextContent('的请假事由：请假须注明原因'));

    const reason = sheet.shadowRoot!.querySelector<HTMLInputElement>('input[aria-invalid="true"]')!;
    await userEvent.type(reason, '外出务工');
    await userEvent.click(shadow.getByRole('button', { name: '保存会议记录' }));
    await waitFor(() => expect(args.onRecorded).toHaveBeenCalled());
    await expect(workspace.snapshot.meetings.get('kb1.themeDay.2026-11-20')?.absences).toEqual([
      expect.objectContaining({ excused: true, reason: '外出务工' }),
    ]);
    await userEvent.click(shadow.getByRole('button', { name: '报上级党组织审核' }));
    await waitFor(() =>
      expect(workspace.snapshot.meetings.get('kb1.themeDay.2026-11-20')?.review?.state).toBe('submitted'),
    );
  },
};

/** `lang="en"`, a 党课: the lecturer's fields and the roll in English. */
export const EnglishLecture: Story = {
  args: { lang: 'en', kind: 'lecture' },
  play: async ({ canvasElement }) => {
    const shadow = shadowOf(sheetIn(canvasElement));
    await expect(shadow.getByLabelText('Lecturer’s name')).toBeVisible();
    await expect(shadow.getAllByRole('radio', { name: 'Present' })).toHaveLength(16);
    await expect(shadow.getAllByRole('combobox', { name: /^Mode for / })[0]).toHaveValue('onSite');
  },
};
