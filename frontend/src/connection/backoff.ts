//! Reconnect delays: 500 ms doubling up to 60 s, each with ±20 % jitter.
export const BACKOFF_START_MS = 500;
export const BACKOFF_MAX_MS = 60_000;

export function backoffDelay(attempt: number, random: () => number = Math.random): number {
  const base = Math.min(BACKOFF_MAX_MS, BACKOFF_START_MS * 2 ** Math.max(0, attempt));
  const jitter = 1 + (random() * 2 - 1) * 0.2;
  return Math.round(base * jitter);
}
