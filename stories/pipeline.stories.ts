import '@dangjian/components/provider/define';
import '@dangjian/components/pipeline/define';
import type { DjPipeline } from '@dangjian/components';
import type { Workspace } from '@dangjian/core';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { developmentProcessId, openDuesWorkspace } from './data/dues-workspace.js';

interface PipelineArgs {
  processId: string;
  asOf: string;
  theme: 'light' | 'dark' | 'auto' | undefined;
  lang: string | undefined;
}

type Story = StoryObj<PipelineArgs>;

function pipelineIn(canvasElement: HTMLElement): DjPipeline {
  const pipeline = canvasElement.querySelector('dj-pipeline');
  if (!pipeline) throw new Error('the story rendered no <dj-pipeline>');
  return pipeline;
}

/**
 * 陈思远's 发展党员 process, an activist since 2024-06-03 and assessed once: the five stages on a
 * timeline, the next step (确定发展对象) with its earliest date and rule, overdue steps flagged.
 * Recording a step runs `development.recordStep`.
 */
const meta: Meta<PipelineArgs> = {
  title: 'Components/Pipeline 发展党员',
  component: 'dj-pipeline',
  loaders: [async () => ({ workspace: await openDuesWorkspace() })],
  args: { processId: developmentProcessId, asOf: '2025-03-01', theme: undefined, lang: undefined },
  argTypes: {
    theme: { control: 'inline-radio', options: [undefined, 'light', 'dark', 'auto'] },
    lang: { control: 'inline-radio', options: [undefined, 'zh-CN', 'en'] },
  },
  render: (args, { loaded }) =>
    html`<dj-provider .workspace=${loaded['workspace'] as Workspace}>
      <dj-pipeline
        process-id=${args.processId}
        as-of=${args.asOf}
        theme=${ifDefined(args.theme)}
        lang=${ifDefined(args.lang)}
      ></dj-pipeline>
    </dj-provider>`,
};

export default meta;

/** Too early: a year as activist has not passed; core refuses, naming the earliest date. */
export const TooEarly: Story = {
  play: async ({ canvasElement, step }) => {
    const pipeline = pipelineIn(canvasElement);
    const shadow = within(pipeline.shadowRoot as unknown as HTMLElement);
    await waitFor(() => expect(shadow.getByText('最早可于 2025-06-03 进行')).toBeVisible());

    await step('try to list as candidate on 2025-03-01', async () => {
      await userEvent.type(shadow.getByLabelText('经办人'), '王秀英');
      await userEvent.type(shadow.getByLabelText('公示开始日期'), '2025-02-17');
      await userEvent.click(shadow.getByRole('button', { name: '记录' }));
      await expect(await shadow.findByRole('alert')).toHaveTextContent('2025-06-03');
    });
  },
};

/** Mid-2025 the half-yearly assessment is overdue: flagged on its step from core's findings. */
export const Overdue: Story = {
  args: { asOf: '2025-07-01' },
  play: async ({ canvasElement }) => {
    const pipeline = pipelineIn(canvasElement);
    await waitFor(() => expect(pipeline.shadowRoot!.querySelector('li[data-step="6"][data-overdue]')).not.toBeNull());
    await expect(pipeline.shadowRoot!.querySelector('[part="overdue"]')).toHaveTextContent('已逾期');
  },
};
