import { afterEach, beforeEach, describe, expect, test, vi } from "vitest";
import { takeTurn } from "./chartTurns";

// The node test environment has no requestAnimationFrame: turns start after the fallback delay,
// driven here by fake timers (no real time is measured).
describe("chart turns", () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  const started = (turns: { ready: Promise<void> }[]) => {
    const flags = turns.map(() => false);
    turns.forEach((t, i) => void t.ready.then(() => { flags[i] = true; }));
    return flags;
  };

  test("one chart draws at a time, in the order the turns were asked for", async () => {
    const turns = [takeTurn(), takeTurn(), takeTurn()];
    const flags = started(turns);
    await vi.advanceTimersByTimeAsync(150);
    expect(flags).toEqual([true, false, false]);
    await vi.advanceTimersByTimeAsync(500);
    expect(flags).toEqual([true, false, false]);
    turns[0].done();
    await vi.advanceTimersByTimeAsync(150);
    expect(flags).toEqual([true, true, false]);
    turns[1].done();
    await vi.advanceTimersByTimeAsync(150);
    expect(flags).toEqual([true, true, true]);
    turns[2].done();
  });

  test("a turn given up before it starts is skipped, and done twice counts once", async () => {
    const turns = [takeTurn(), takeTurn(), takeTurn()];
    const flags = started(turns);
    turns[1].done();
    await vi.advanceTimersByTimeAsync(150);
    turns[0].done();
    turns[0].done();
    await vi.advanceTimersByTimeAsync(150);
    expect(flags).toEqual([true, false, true]);
    turns[2].done();
  });

  test("a chart that never finishes drawing gives up its turn after a while", async () => {
    const turns = [takeTurn(), takeTurn()];
    const flags = started(turns);
    await vi.advanceTimersByTimeAsync(150);
    expect(flags).toEqual([true, false]);
    await vi.advanceTimersByTimeAsync(2200);
    expect(flags).toEqual([true, true]);
    turns[1].done();
  });
});
