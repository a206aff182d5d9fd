/**
 * Renders many elements in slices, so a page with hundreds of them (a directory of services)
 * stays responsive: renders run one after another until a slice of SLICE_MS is used up, then
 * the rest wait, in order, for a task of their own, and the browser handles taps, keys (quick
 * exit's Shift ×3) and paints in between. One element, or a few, render at once as before: a
 * slice is only used up when many renders queue in the same task.
 *
 * Yields through a MessageChannel rather than a timer: timers are throttled in background tabs
 * and clamped when nested, a message is not.
 *
 * Loaded on demand (see ShgElement.scheduleUpdate): only once more than a few elements render in
 * one task, so the script-tag embed carries it as a chunk that a directory of panels loads.
 */

/** How long renders may run back to back before the page gets a turn. */
export const SLICE_MS = 40;

let sliceEndsAt = -Infinity;
/** Whether a task boundary has passed since the current slice began (then a new one may begin at once). */
let sliceTaskEnded = true;

function afterThisTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(undefined);
  });
}

/** Whether a render may run now: inside the current slice, or a new slice begins. */
function mayRenderNow(): boolean {
  const now = performance.now();
  if (now < sliceEndsAt) return true;
  if (!sliceTaskEnded) return false;
  sliceEndsAt = now + SLICE_MS;
  sliceTaskEnded = false;
  void afterThisTask().then(() => (sliceTaskEnded = true));
  return true;
}

interface Waiting {
  readonly render: () => void;
  readonly done: () => void;
  readonly failed: (error: unknown) => void;
}

const queue: Waiting[] = [];
let draining = false;

/** Runs the queued renders in order, each checking the clock first, yielding a task whenever a slice is used up. */
async function drain(): Promise<void> {
  draining = true;
  while (queue.length > 0) {
    if (!mayRenderNow()) {
      await afterThisTask();
      sliceTaskEnded = true;
      continue;
    }
    const next = queue.shift()!;
    try {
      next.render();
      next.done();
    } catch (error) {
      next.failed(error);
    }
  }
  draining = false;
}

/** Whether a render may run at once: nothing is waiting ahead of it and the slice lasts. */
export function renderNow(): boolean {
  return queue.length === 0 && mayRenderNow();
}

/** Runs `render` in its turn, behind those already waiting; resolves once it has run. */
export function renderInTurn(render: () => void): Promise<void> {
  return new Promise((done, failed) => {
    queue.push({ render, done, failed });
    if (!draining) void drain();
  });
}
