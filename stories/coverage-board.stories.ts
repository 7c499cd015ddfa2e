import '@dangjian/components/provider/define';
import '@dangjian/components/coverage-board/define';
import type { DjCoverageBoard, DjUnitSelectEvent } from '@dangjian/components';
import { newSectorKinds, registerUnit, type Workspace } from '@dangjian/core';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { openRegionalWorkspace } from './data/fixture-workspace.js';

interface BoardArgs {
  kinds: string | undefined;
  formations: string | undefined;
  theme: 'light' | 'dark' | 'auto' | undefined;
  lang: string | undefined;
  onSelect: (event: DjUnitSelectEvent) => void;
}

type Story = StoryObj<BoardArgs & { workspace?: Workspace }>;

function boardIn(canvasElement: HTMLElement): DjCoverageBoard {
  const board = canvasElement.querySelector('dj-coverage-board');
  if (!board) throw new Error('the story rendered no <dj-coverage-board>');
  return board;
}

const shadowOf = (board: DjCoverageBoard) => within(board.shadowRoot as unknown as HTMLElement);
const newSector = newSectorKinds.join(' ');

/**
 * The regional street of the 区域化党建 handbook (test/fixtures/tenants/regional-street.ts),
 * connected through a `<dj-provider>`: 28 non-public firms — 6 with their own branch (单建),
 * 3 in one joint branch (联建), 19 with a dispatched instructor (派建) — and 15 resident units.
 */
const meta: Meta<BoardArgs & { workspace?: Workspace }> = {
  title: 'Components/Coverage board 覆盖情况',
  component: 'dj-coverage-board',
  loaders: [async () => ({ workspace: await openRegionalWorkspace() })],
  args: { kinds: newSector, formations: undefined, theme: undefined, lang: undefined, onSelect: fn() },
  argTypes: {
    kinds: { control: 'inline-radio', options: [undefined, newSector, 'agency institution stateOwned'] },
    formations: {
      control: 'select',
      options: [undefined, 'standalone', 'joint', 'attached', 'instructor', 'none', 'standalone joint attached'],
    },
    theme: { control: 'inline-radio', options: [undefined, 'light', 'dark', 'auto'] },
    lang: { control: 'inline-radio', options: [undefined, 'zh-CN', 'en'] },
    onSelect: { action: 'dj-unit-select', table: { disable: true } },
  },
  render: (args, { loaded }) =>
    html`<dj-provider .workspace=${loaded['workspace'] as Workspace}>
      <dj-coverage-board
        kinds=${ifDefined(args.kinds)}
        formations=${ifDefined(args.formations)}
        theme=${ifDefined(args.theme)}
        lang=${ifDefined(args.lang)}
        @dj-unit-select=${args.onSelect}
      ></dj-coverage-board>
    </dj-provider>`,
};

export default meta;

/**
 * The 两新组织 only (`kinds="privateEnterprise socialOrganisation"`): no blank spots, 19 with work
 * coverage, 9 with organisation coverage — the scenario's figures. Toggle 派建 to see those 19.
 */
export const NewSectorFirms: Story = {
  play: async ({ canvasElement, args, step }) => {
    const board = boardIn(canvasElement);
    const shadow = shadowOf(board);

    await step('blank spots first, then work, then organisation coverage', async () => {
      const headings = shadow.getAllByRole('heading');
      await expect(headings.map((heading) => heading.textContent?.replace(/\s+/g, ' ').trim())).toEqual([
        '空白点 0',
        '工作覆盖 19',
        '组织覆盖 9',
      ]);
      await expect(shadow.getByText('没有空白点：每个单位都已实现组织覆盖或工作覆盖')).toBeVisible();
    });

    await step('the 派建 toggle keeps the 19 firms with an instructor', async () => {
      const instructor = shadow.getByRole('button', { name: '派建 19' });
      await userEvent.click(instructor);
      await expect(instructor).toHaveAttribute('aria-pressed', 'true');
      await waitFor(() => expect(shadow.getAllByRole('option')).toHaveLength(19));
    });

    await step('arrow keys walk the list, Enter selects', async () => {
      const [first] = shadow.getAllByRole('option');
      first!.focus();
      await userEvent.keyboard('{ArrowDown}{Enter}');
      await waitFor(() => expect(args.onSelect).toHaveBeenCalledWith(expect.objectContaining({ unitId: 'firm11' })));
      await expect(shadow.getByRole('option', { selected: true })).toHaveTextContent('非公企业11');
    });
  },
};

/**
 * Every unit: the 15 resident units (机关, 事业单位, 国有企业) have no org and no instructor
 * recorded, so they are blank spots (空白点) — listed first, each with the engine's reason.
 */
export const AllUnits: Story = {
  args: { kinds: undefined },
  play: async ({ canvasElement }) => {
    const shadow = shadowOf(boardIn(canvasElement));
    const [blank] = shadow.getAllByRole('listbox');
    await expect(blank).toHaveAccessibleName('空白点 15');
    await expect(within(blank!).getAllByRole('option')[0]).toHaveTextContent(
      '空白点：既没有党组织，也没有选派党建指导员',
    );
  },
};

/** A unit registered through the workspace without coverage shows up at once as a blank spot. */
export const NewBlankSpot: Story = {
  play: async ({ canvasElement, loaded }) => {
    const workspace = loaded['workspace'] as Workspace;
    const shadow = shadowOf(boardIn(canvasElement));
    const result = await workspace.run(registerUnit, {
      id: 'firm29',
      name: '新开业科技公司',
      kind: 'privateEnterprise',
      communityOrgId: 'community',
    });
    await expect(result.ok).toBe(true);
    await waitFor(() => expect(shadow.getByRole('listbox', { name: '空白点 1' })).toBeVisible());
    await expect(shadow.getByRole('option', { name: /新开业科技公司/ })).toBeVisible();
  },
};

/** `lang="en"`: labels and the engine's reasons in English. */
export const English: Story = {
  args: { lang: 'en' },
  play: async ({ canvasElement }) => {
    const shadow = shadowOf(boardIn(canvasElement));
    await expect(shadow.getByRole('group', { name: 'Filter by formation' })).toBeVisible();
    await expect(shadow.getAllByRole('option')[0]).toHaveTextContent('A Party-building instructor');
  },
};

/** `theme="dark"`. */
export const Dark: Story = {
  args: { theme: 'dark' },
  parameters: { backgrounds: { value: '#1c1c21' } },
};
