// How the browser benchmarks print their tables: milliseconds, the
// Streamlit-to-rustlit ratio in the benchmark's own words, means.

export const fmt = (ms) => `${ms.toFixed(0)} ms`;

/** "2.1× faster" when rustlit's `rl` is below Streamlit's `st`, else "1.3× slower" (or the given words). */
export const ratio = (st, rl, [better, worse] = ['faster', 'slower']) =>
  (st >= rl ? `${(st / rl).toFixed(1)}× ${better}` : `${(rl / st).toFixed(1)}× ${worse}`);

export const mean = (xs) => xs.reduce((a, b) => a + b, 0) / xs.length;
