//! Charts take turns to draw, one at a time, with a painted frame between two
//! turns. Why: a chart library's drawing (vega's parse and dataflow, plotly's
//! layout) runs as one promise chain that never yields to the browser, so a
//! page that mounts 20 charts in one commit drew them all in a few tasks of
//! seconds each, and keystrokes waited behind them (issue #15: "a page with 20
//! charts renders without blocking input"). Between two turns the browser
//! handles pending input and paints. Turns are granted in the order they are
//! asked for, which is the page's order (the charts a user sees first draw
//! first).

/** A turn to draw: wait for `ready`, draw, then call `done` (also to give up a turn not yet had). */
export interface Turn {
  readonly ready: Promise<void>;
  done(): void;
}

// A chart whose drawing never settles (a stalled plotly promise, say) does not hold the others.
const MAX_TURN_MS = 2000;
// A hidden page gets no animation frames: the next turn then starts after this delay instead.
const FRAME_FALLBACK_MS = 100;

interface Entry {
  start: () => void;
  finished: boolean;
  timer?: ReturnType<typeof setTimeout>;
}

const waiting: Entry[] = [];
let active: Entry | null = null;
let scheduled = false;

/** Runs `run` once after the next painted frame (or after the fallback delay). */
function afterFrame(run: () => void): void {
  let ran = false;
  const once = () => {
    if (ran) return;
    ran = true;
    clearTimeout(fallback);
    run();
  };
  const fallback = setTimeout(once, FRAME_FALLBACK_MS);
  // The callback runs before the frame is painted; the task it posts runs after it.
  if (typeof requestAnimationFrame === "function") requestAnimationFrame(() => setTimeout(once, 0));
}

function grantNext(): void {
  if (active || scheduled || waiting.length === 0) return;
  scheduled = true;
  afterFrame(() => {
    scheduled = false;
    // Turns given up while this frame was awaited are no longer in `waiting`.
    const entry = waiting.shift();
    if (!entry) return;
    active = entry;
    entry.timer = setTimeout(() => finish(entry), MAX_TURN_MS);
    entry.start();
  });
}

function finish(entry: Entry): void {
  if (entry.finished) return;
  entry.finished = true;
  clearTimeout(entry.timer);
  const index = waiting.indexOf(entry);
  if (index >= 0) waiting.splice(index, 1);
  if (active === entry) active = null;
  grantNext();
}

/** Asks for a turn to draw; `ready` resolves when it is this chart's turn. */
export function takeTurn(): Turn {
  let start: () => void = () => {};
  const ready = new Promise<void>((resolve) => {
    start = resolve;
  });
  const entry: Entry = { start: () => start(), finished: false };
  waiting.push(entry);
  grantNext();
  return { ready, done: () => finish(entry) };
}
