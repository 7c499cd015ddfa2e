import '@dangjian/components/provider/define';
import '@dangjian/components/import-dialog/define';
import type { DjImportDialog, RowReader } from '@dangjian/components';
import type { Workspace } from '@dangjian/core';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { openQinglongWorkspace } from './data/member-workspace.js';

interface ImportArgs {
  xlsx: boolean;
  theme: 'light' | 'dark' | 'auto' | undefined;
  lang: string | undefined;
  onComplete: (event: Event) => void;
}

type Story = StoryObj<ImportArgs & { workspace?: Workspace }>;

/**
 * The portal's xlsx reader: `@dangjian/adapters/xlsx` over the file's bytes. Loaded on first use,
 * so pages that only take CSV never load exceljs (whose browser bundle needs a looser CSP).
 */
const readXlsx: RowReader = async (file) => {
  const { readXlsxRows } = await import('@dangjian/adapters/xlsx');
  return readXlsxRows(await file.arrayBuffer());
};

function dialogIn(canvasElement: HTMLElement): DjImportDialog {
  const dialog = canvasElement.querySelector('dj-import-dialog');
  if (!dialog) throw new Error('the story rendered no <dj-import-dialog>');
  return dialog;
}

const header = '编号,姓名,性别,出生日期,党员类别,组织关系所在党组织';

async function pick(dialog: DjImportDialog, csv: string): Promise<void> {
  const input = dialog.shadowRoot!.querySelector<HTMLInputElement>('input[type="file"]')!;
  await userEvent.upload(input, new File([csv], 'roster.csv', { type: 'text/csv' }));
}

/**
 * Import a 党员花名册 into 青龙街道 (connected). All or nothing: one bad row and nothing is
 * written. With `xlsx`, the page has plugged in an Excel reader.
 */
const meta: Meta<ImportArgs & { workspace?: Workspace }> = {
  title: 'Components/Import dialog 花名册导入',
  component: 'dj-import-dialog',
  loaders: [async () => ({ workspace: await openQinglongWorkspace() })],
  args: { xlsx: true, theme: undefined, lang: undefined, onComplete: fn() },
  argTypes: {
    theme: { control: 'inline-radio', options: [undefined, 'light', 'dark', 'auto'] },
    lang: { control: 'inline-radio', options: [undefined, 'zh-CN', 'en'] },
    onComplete: { action: 'dj-import-complete', table: { disable: true } },
  },
  render: (args, { loaded }) =>
    html`<dj-provider .workspace=${loaded['workspace'] as Workspace}>
      <dj-import-dialog
        .readFile=${args.xlsx ? readXlsx : undefined}
        theme=${ifDefined(args.theme)}
        lang=${ifDefined(args.lang)}
        @dj-import-complete=${args.onComplete}
      ></dj-import-dialog>
    </dj-provider>`,
};

export default meta;

/** A file with two bad rows: every problem is listed, and the workspace's revision does not move. */
export const RowErrors: Story = {
  play: async ({ canvasElement, loaded }) => {
    const dialog = dialogIn(canvasElement);
    const workspace = loaded['workspace'] as Workspace;
    const revision = workspace.revision;
    const shadow = within(dialog.shadowRoot as unknown as HTMLElement);
    await userEvent.click(shadow.getByRole('button', { name: '导入党员花名册' }));
    await pick(dialog, `${header}\nx1,周晓东,未知,1980-03-02,正式党员,u1b1\nx2,吴丽娟,女,1990-13-01,预备党员,u1b1\n`);
    await userEvent.click(shadow.getByRole('button', { name: '开始导入' }));
    const table = await shadow.findByRole('table', { name: '错误明细' });
    await expect(within(table).getAllByRole('row').length).toBeGreaterThanOrEqual(3);
    await expect(shadow.getByRole('alert')).toHaveTextContent('未导入任何数据');
    await expect(workspace.revision).toBe(revision);
  },
};

/** A valid file is imported in one command. */
export const Imported: Story = {
  play: async ({ canvasElement, args }) => {
    const dialog = dialogIn(canvasElement);
    const shadow = within(dialog.shadowRoot as unknown as HTMLElement);
    await dialog.show();
    await pick(dialog, `${header}\nx1,周晓东,男,1980-03-02,正式党员,u1b1\n`);
    await userEvent.click(shadow.getByRole('button', { name: '开始导入' }));
    await waitFor(() => expect(args.onComplete).toHaveBeenCalledOnce());
    await expect(shadow.getByText('导入成功：共 1 名党员')).toBeVisible();
  },
};
