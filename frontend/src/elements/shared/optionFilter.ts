//! How typing filters a selectbox's or multiselect's options (1.67's `filter_mode`).
//!
//! "fuzzy", the default, keeps the options holding the typed letters in order
//! (anywhere, any case) and lists the best matches first, scored as the fzy
//! matcher scores them: a run of consecutive letters, a match at the start of
//! a word (after a space, "-", "_", "/" or ".") or at a camelCase hump beats a
//! scattered match, and every skipped letter costs a little. Options that
//! score the same keep their order. "contains" and "prefix" keep the options
//! holding, or starting with, the typed text in any case, in their order.
import { rustlit } from "../../proto";

const Mode = rustlit.SelectFilterMode;

const SCORE_MIN = -Infinity;
const SCORE_MAX = Infinity;
const GAP_LEADING = -0.005;
const GAP_TRAILING = -0.005;
const GAP_INNER = -0.01;
const MATCH_CONSECUTIVE = 1;
const MATCH_AFTER_SLASH = 0.9;
const MATCH_AFTER_WORD_BREAK = 0.8;
const MATCH_CAPITAL = 0.7;
const MATCH_AFTER_DOT = 0.6;
/** Longer options are matched but not scored (they sort last), as in 1.67. */
const MAX_SCORED_LENGTH = 1024;

/** Whether `typed`'s letters all appear in `option`, in order (any case). */
export function hasLettersInOrder(typed: string, option: string): boolean {
  const needle = typed.toLowerCase();
  const haystack = option.toLowerCase();
  let from = 0;
  for (const letter of needle) {
    const at = haystack.indexOf(letter, from);
    if (at < 0) return false;
    from = at + letter.length;
  }
  return true;
}

/** The bonus of matching the letter at each position of `option`, from the letter before it. */
function positionBonuses(option: string): number[] {
  const bonuses = new Array<number>(option.length);
  let before = "/"; // the start of the text counts as a path's start
  for (let i = 0; i < option.length; i++) {
    const letter = option[i];
    if (before === "/") bonuses[i] = MATCH_AFTER_SLASH;
    else if (before === "-" || before === "_" || before === " ") bonuses[i] = MATCH_AFTER_WORD_BREAK;
    else if (before === ".") bonuses[i] = MATCH_AFTER_DOT;
    else if (before.toLowerCase() === before && letter.toUpperCase() === letter) bonuses[i] = MATCH_CAPITAL;
    else bonuses[i] = 0;
    before = letter;
  }
  return bonuses;
}

/**
 * How well `typed` matches `option` (higher is better), for an option that holds its letters in
 * order. Best[i][j]: the best score of typed[..i] within option[..j]; Ending[i][j]: the best
 * score with typed[i] matched exactly at option[j] (what a consecutive match extends).
 */
export function fuzzyScore(typed: string, option: string): number {
  const n = typed.length;
  const m = option.length;
  if (n === 0 || m === 0) return SCORE_MIN;
  if (n === m) return SCORE_MAX; // letters in order and as many: the same text, up to case
  if (m > MAX_SCORED_LENGTH) return SCORE_MIN;
  const needle = typed.toLowerCase();
  const haystack = option.toLowerCase();
  const bonus = positionBonuses(option);
  let bestPrev = new Array<number>(m).fill(SCORE_MIN);
  let endingPrev = new Array<number>(m).fill(SCORE_MIN);
  for (let i = 0; i < n; i++) {
    const best = new Array<number>(m);
    const ending = new Array<number>(m);
    const gap = i === n - 1 ? GAP_TRAILING : GAP_INNER;
    let running = SCORE_MIN;
    for (let j = 0; j < m; j++) {
      if (needle[i] === haystack[j]) {
        let score = SCORE_MIN;
        if (i === 0) score = j * GAP_LEADING + bonus[j];
        else if (j > 0) score = Math.max(bestPrev[j - 1] + bonus[j], endingPrev[j - 1] + MATCH_CONSECUTIVE);
        ending[j] = score;
        running = Math.max(score, running + gap);
      } else {
        ending[j] = SCORE_MIN;
        running += gap;
      }
      best[j] = running;
    }
    bestPrev = best;
    endingPrev = ending;
  }
  return bestPrev[m - 1];
}

/** The options to list for `typed` under `mode`, in the order to list them. */
export function filterOptions<T extends { label: string }>(
  options: readonly T[],
  typed: string,
  mode: rustlit.SelectFilterMode | null | undefined,
): T[] {
  if (!typed || mode === Mode.NO_FILTER) return [...options];
  const lower = typed.toLowerCase();
  if (mode === Mode.CONTAINS) return options.filter((o) => o.label.toLowerCase().includes(lower));
  if (mode === Mode.PREFIX) return options.filter((o) => o.label.toLowerCase().startsWith(lower));
  return options
    .filter((o) => hasLettersInOrder(typed, o.label))
    .map((o, order) => ({ o, order, score: fuzzyScore(typed, o.label) }))
    .sort((a, b) => (a.score === b.score ? a.order - b.order : b.score > a.score ? 1 : -1))
    .map((x) => x.o);
}
