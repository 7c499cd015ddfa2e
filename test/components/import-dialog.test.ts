import '@dangjian/components/import-dialog/define';
import type { DjImportCompleteEvent, DjImportDialog } from '@dangjian/components';
import { ValidationError, parseCsv, phrase, rosterColumns, rosterMessages } from '@dangjian/core';
import { describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { templateCsv } from '../../packages/components/src/import-dialog/template.js';
import { gbk } from '../fixtures/gbk.js';
import { mount, text, usePage } from './support/tree.js';
import { openWorkspace } from './support/workspace.js';

usePage();

const $ = (dialog: DjImportDialog, selector: string): HTMLElement =>
  dialog.shadowRoot!.querySelector<HTMLElement>(selector)!;

const header = '编号,姓名,性别,出生日期,党员类别,组织关系所在党组织';
const validCsv = `\uFEFF${header}\r\nn1,周晓东,男,1980/3/2,正式党员,lj-b1\r\nn2,吴丽娟,女,1990-07-15,预备党员,qly\r\n`;
const invalidCsv = `${header}\nn1,周晓东,未知,1980-03-02,正式党员,lj-b1\nn2,,女,1990-07-15,预备党员,nowhere\n`;

async function choose(dialog: DjImportDialog, file: File): Promise<void> {
  const input = $(dialog, 'input[type="file"]') as HTMLInputElement;
  const transfer = new DataTransfer();
  transfer.items.add(file);
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await dialog.updateComplete;
}

async function mountDialog(setup: (dialog: DjImportDialog) => void = () => {}) {
  const { workspace } = await openWorkspace();
  const dialog = document.createElement('dj-import-dialog');
  dialog.workspace = workspace;
  setup(dialog);
  await mount(dialog);
  return { dialog, workspace };
}

describe('<dj-import-dialog>', () => {
  it('opens from its button as a modal dialog, and Escape closes it back to the button', async () => {
    const { dialog } = await mountDialog();
    $(dialog, '[part="open"]').focus();
    await userEvent.keyboard('{Enter}');
    const native = $(dialog, 'dialog') as HTMLDialogElement;
    await expect.poll(() => native.open).toBe(true);
    expect(native.matches(':modal')).toBe(true);
    expect(native.getAttribute('aria-labelledby')).toBe('title');
    await userEvent.keyboard('{Escape}');
    await expect.poll(() => native.open).toBe(false);
    expect(dialog.shadowRoot!.activeElement).toBe($(dialog, '[part="open"]'));
  });

  it('rings the template <summary> in the kit’s focus style, not the browser’s', async () => {
    const { dialog } = await mountDialog();
    await dialog.show();
    const summary = $(dialog, 'summary');
    // Tab until the summary has focus: a keyboard focus, so :focus-visible holds.
    for (let tab = 0; tab < 10 && dialog.shadowRoot!.activeElement !== summary; tab++)
      await userEvent.keyboard('{Tab}');
    expect(dialog.shadowRoot!.activeElement).toBe(summary);
    const style = getComputedStyle(summary);
    // The browser's own ring is `auto`; the kit's is a solid 2px line in --dj-color-focus.
    expect([style.outlineStyle, style.outlineWidth]).toEqual(['solid', '2px']);
    const probe = document.createElement('span');
    probe.style.color = getComputedStyle(dialog).getPropertyValue('--_dj-color-focus');
    document.body.append(probe);
    expect(style.outlineColor).toBe(getComputedStyle(probe).color);
    probe.remove();
  });

  it('imports a valid CSV in one command and sums it up', async () => {
    const { dialog, workspace } = await mountDialog();
    const done: DjImportCompleteEvent[] = [];
    dialog.addEventListener('dj-import-complete', (event) => done.push(event));
    await dialog.show();
    const revision = workspace.revision;
    await choose(dialog, new File([validCsv], 'roster.csv', { type: 'text/csv' }));
    $(dialog, '[part="import"]').click();
    await expect.poll(() => done.length).toBe(1);
    expect(done[0]!.detail).toEqual({ imported: 2, revision: revision + 1 });
    expect(workspace.snapshot.members.get('n1')).toMatchObject({ name: '周晓东', birthDate: '1980-03-02' });
    await dialog.updateComplete;
    expect(text($(dialog, '[part="summary"]'))).toBe('导入成功：共 2 名党员');
  });

  it('imports a GBK CSV (Excel\'s plain "CSV" on zh-CN Windows) with its Chinese intact', async () => {
    const { dialog, workspace } = await mountDialog();
    const done: DjImportCompleteEvent[] = [];
    dialog.addEventListener('dj-import-complete', (event) => done.push(event));
    await dialog.show();
    const bytes = gbk(validCsv.slice(1));
    await choose(dialog, new File([bytes], 'roster.csv', { type: 'text/csv' }));
    $(dialog, '[part="import"]').click();
    await expect.poll(() => done.length).toBe(1);
    expect(workspace.snapshot.members.get('n2')).toMatchObject({ name: '吴丽娟' });
  });

  it('lists every problem by row and column, and writes nothing (the revision does not move)', async () => {
    const { dialog, workspace } = await mountDialog();
    await dialog.show();
    const revision = workspace.revision;
    const members = workspace.snapshot.members;
    await choose(dialog, new File([invalidCsv], 'roster.csv', { type: 'text/csv' }));
    $(dialog, '[part="import"]').click();
    await expect.poll(() => dialog.shadowRoot!.querySelector('[part="issues"]')).not.toBeNull();
    const rows = [...dialog.shadowRoot!.querySelectorAll('[part="issues"] tbody tr')].map((row) =>
      [...row.querySelectorAll('td')].map((cell) => text(cell)),
    );
    // Both bad rows are reported, each where the spreadsheet shows it (row 1 is the header).
    expect(rows.map((row) => row.slice(0, 3))).toContainEqual(['2', 'C', '性别']);
    expect(rows.some((row) => row[0] === '3')).toBe(true);
    expect(rows.every((row) => row[3]!.length > 0)).toBe(true);
    expect(text($(dialog, '[part="summary"]'))).toBe(
      `文件中有 ${rows.length} 处错误，未导入任何数据。请修改后重新导入。`,
    );
    expect(workspace.revision).toBe(revision);
    expect(workspace.snapshot.members).toBe(members);
    expect((await workspace.reload()).revision).toBe(revision);

    dialog.setAttribute('lang', 'en');
    await expect.poll(() => text($(dialog, '[part="summary"]'))).toMatch(/nothing was imported/);
    expect(text(dialog.shadowRoot!.querySelector('[part="issues"] tbody td:last-child')!)).toMatch(/[A-Za-z]/);
  });

  it('reads .xlsx only through the page’s reader, and refuses it without one', async () => {
    const { dialog, workspace } = await mountDialog();
    await dialog.show();
    await choose(dialog, new File(['PK'], 'roster.xlsx'));
    $(dialog, '[part="import"]').click();
    await expect.poll(() => text($(dialog, '[part="summary"]'))).toMatch(/未配置 Excel 读取/);

    const reader = vi.fn(async () => parseCsv(validCsv));
    dialog.readFile = reader;
    await dialog.updateComplete;
    expect($(dialog, 'input[type="file"]').getAttribute('accept')).toContain('.xlsx');
    $(dialog, '[part="import"]').click();
    await expect.poll(() => text($(dialog, '[part="summary"]'))).toBe('导入成功：共 2 名党员');
    expect(reader).toHaveBeenCalledOnce();
    expect(workspace.snapshot.members.has('n2')).toBe(true);
  });

  it('shows a reader’s typed refusal in the page language, not its English message', async () => {
    const { dialog } = await mountDialog((dialog) => {
      dialog.readFile = async () => {
        throw new ValidationError(phrase(rosterMessages.xlsxUnreadable));
      };
    });
    await dialog.show();
    await choose(dialog, new File(['PK'], 'roster.xlsx'));
    $(dialog, '[part="import"]').click();
    await expect.poll(() => text($(dialog, '[part="summary"]'))).toMatch(/无法读取该 \.xlsx 文件：文件不完整/);
    expect(text($(dialog, '[part="summary"]'))).not.toContain('cannot be read');
  });

  it('offers the template as CSV with every column', async () => {
    const csv = templateCsv('zh-CN');
    expect(parseCsv(csv)).toEqual([rosterColumns.map((column) => column.header['zh-CN'])]);
    const { dialog } = await mountDialog();
    const clicks: string[] = [];
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicks.push(this.download);
    });
    await dialog.show();
    $(dialog, '[part="template"]').click();
    click.mockRestore();
    expect(clicks).toEqual(['党员花名册模板.csv']);
  });
});
