import { describe, expect, it } from "vitest";
import { rustlit } from "../../proto";
import { filterOptions, fuzzyScore, hasLettersInOrder } from "./optionFilter";

const Mode = rustlit.SelectFilterMode;
const opts = (...labels: string[]) => labels.map((label) => ({ label }));
const labels = (xs: { label: string }[]) => xs.map((x) => x.label);

describe("option filter", () => {
  it("fuzzy keeps options with the letters in order, best first", () => {
    const options = opts("Banana", "Blueberry", "apple", "Pineapple", "Apricot", "Grape fruit");
    expect(labels(filterOptions(options, "ap", Mode.FUZZY))).toEqual(["apple", "Apricot", "Pineapple", "Grape fruit"]);
    expect(labels(filterOptions(options, "gf", Mode.FUZZY))).toEqual(["Grape fruit"]);
    expect(labels(filterOptions(options, "ba", Mode.FUZZY))).toEqual(["Banana"]);
  });

  it("scores consecutive letters and word starts above scattered ones", () => {
    expect(fuzzyScore("app", "apple")).toBeGreaterThan(fuzzyScore("app", "a pile of paper"));
    expect(fuzzyScore("fb", "foo bar")).toBeGreaterThan(fuzzyScore("fb", "fabric"));
    expect(fuzzyScore("ab", "AB")).toBe(Infinity);
    expect(hasLettersInOrder("ace", "abcde")).toBe(true);
    expect(hasLettersInOrder("eca", "abcde")).toBe(false);
  });

  it("ties keep the options' order", () => {
    expect(labels(filterOptions(opts("xa", "ya", "za"), "a", Mode.FUZZY))).toEqual(["xa", "ya", "za"]);
  });

  it("contains, prefix and no filter", () => {
    const options = opts("North", "south", "Southeast", "east");
    expect(labels(filterOptions(options, "SOUTH", Mode.CONTAINS))).toEqual(["south", "Southeast"]);
    expect(labels(filterOptions(options, "east", Mode.CONTAINS))).toEqual(["Southeast", "east"]);
    expect(labels(filterOptions(options, "east", Mode.PREFIX))).toEqual(["east"]);
    expect(labels(filterOptions(options, "zzz", Mode.NO_FILTER))).toEqual(["North", "south", "Southeast", "east"]);
    expect(labels(filterOptions(options, "", Mode.FUZZY))).toEqual(["North", "south", "Southeast", "east"]);
  });
});
