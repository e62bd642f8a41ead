import { describe, expect, it } from "vitest";
import { fittingTracks } from "./Grid";

describe("fittingTracks", () => {
  it("fits as many tracks of the minimum width as the gaps allow, up to the declared count", () => {
    expect(fittingTracks(704, 200, 16, 3)).toBe(3);
    expect(fittingTracks(704, 200, 16, 4)).toBe(3); // st.grid(4) shows three columns centred
    expect(fittingTracks(704, 200, 64, 4)).toBe(2); // a large gap leaves room for two
    expect(fittingTracks(468, 200, 16, 3)).toBe(2);
  });

  it("keeps one track when even one is narrower than the minimum", () => {
    expect(fittingTracks(150, 200, 16, 3)).toBe(1);
    expect(fittingTracks(0, 200, 16, 24)).toBe(1);
  });
});
