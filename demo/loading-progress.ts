import type { Downloaded } from './download-meter.js';

/** The stages of opening the demo, in order, each with the share of the bar it fills. */
const stages = {
  engine: { text: '正在获取数据库引擎和街道数据…', from: 0, to: 70 },
  storage: { text: '正在打开本机存储…', from: 70, to: 85 },
  street: { text: '正在载入青龙街道的党组织和党员…', from: 85, to: 97 },
  rows: { text: '正在显示花名册…', from: 97, to: 100 },
} as const;

export type LoadingStage = keyof typeof stages;

const megabytes = (bytes: number): string => (bytes / 1024 / 1024).toFixed(1);

/**
 * The page's progress bar (a `<progress>`, named by its label) while the demo opens: the stage
 * is announced once in the status line; the bytes downloaded move the bar and its `aria-valuetext`
 * without being announced at each chunk.
 */
export class LoadingProgress {
  readonly #bar = document.querySelector<HTMLProgressElement>('#load-progress')!;
  readonly #bytes = document.querySelector<HTMLElement>('#load-bytes')!;
  readonly #status = document.querySelector<HTMLElement>('#status')!;
  #stage: LoadingStage = 'engine';

  enter(stage: LoadingStage): void {
    this.#stage = stage;
    this.#status.textContent = stages[stage].text;
    this.#show(stages[stage].from, stages[stage].text);
    if (stage !== 'engine') this.#bytes.textContent = '';
  }

  /** Real progress within the download stage: the share of the expected bytes received. */
  downloaded({ received, expected }: Downloaded): void {
    if (this.#stage !== 'engine' || expected === 0) return;
    const { from, to } = stages.engine;
    const text = `已下载 ${megabytes(received)} / ${megabytes(expected)} MB`;
    this.#bytes.textContent = text;
    this.#show(from + ((to - from) * received) / expected, text);
  }

  /** The first rows are on screen: the bar gives way to the portal. */
  done(): void {
    this.#bar.value = 100;
    document.querySelector<HTMLElement>('#loading')!.hidden = true;
  }

  /** Opening failed: the bar goes, the status line turns into an alert saying why. */
  failed(text: string): void {
    document.querySelector<HTMLElement>('#loading')!.hidden = true;
    this.#status.textContent = text;
    this.#status.setAttribute('role', 'alert');
  }

  #show(value: number, text: string): void {
    this.#bar.value = Math.round(value);
    this.#bar.setAttribute('aria-valuetext', `${Math.round(value)}%，${text}`);
  }
}
