// Timings read inside the page, where the frames are: the Node side only collects them.

/** Resolves after the frame that is being prepared now has been painted. */
function afterNextPaint(): Promise<number> {
  return new Promise((resolve) =>
    requestAnimationFrame(() => {
      // A message posted from a frame callback is handled after that frame's style, layout and paint.
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve(performance.now());
      channel.port2.postMessage(undefined);
    }),
  );
}

/**
 * When the first row (`rowSelector` in `host`'s shadow root) has been painted, as
 * `performance.now()`. Call right after connecting `host`: its shadow root exists from then, its
 * rows come with a later update.
 */
export function firstRowPainted(host: Element, rowSelector: string): Promise<number> {
  const root = host.shadowRoot;
  if (!root) throw new Error(`<${host.localName}> has no shadow root: connect it first`);
  if (root.querySelector(rowSelector)) return afterNextPaint();
  return new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      if (!root.querySelector(rowSelector)) return;
      observer.disconnect();
      void afterNextPaint().then(resolve);
    });
    observer.observe(root, { childList: true, subtree: true });
  });
}

/** Long tasks (over 50 ms) the page ran while `run` ran, as their durations. */
export async function longTasksDuring<T>(run: () => Promise<T>): Promise<{ result: T; longTasks: number[] }> {
  const longTasks: number[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longTasks.push(entry.duration);
  });
  observer.observe({ type: 'longtask', buffered: false });
  try {
    const result = await run();
    // Entries are delivered in a later task: let them arrive.
    await new Promise((resolve) => setTimeout(resolve, 0));
    for (const entry of observer.takeRecords()) longTasks.push(entry.duration);
    return { result, longTasks };
  } finally {
    observer.disconnect();
  }
}

/**
 * Scrolls `box` down by `step` rows every frame until `rows` rows have gone by, and returns the
 * time between consecutive frames (requestAnimationFrame timestamps): a frame that took more than
 * one display refresh shows as a longer gap.
 */
export function scrollFrames(box: HTMLElement, rowHeight: number, rows: number, step: number): Promise<number[]> {
  const gaps: number[] = [];
  let scrolled = 0;
  let last: number | undefined;
  return new Promise((resolve) => {
    const frame = (now: number): void => {
      if (last !== undefined) gaps.push(now - last);
      last = now;
      if (scrolled >= rows) {
        resolve(gaps);
        return;
      }
      box.scrollTop += step * rowHeight;
      scrolled += step;
      requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  });
}
