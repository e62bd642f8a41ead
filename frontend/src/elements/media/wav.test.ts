import { describe, expect, it } from "vitest";
import { encodeWav, level } from "./wav";

describe("wav", () => {
  it("writes a 16-bit mono PCM header and clamps samples", async () => {
    const blob = encodeWav([new Float32Array([0, 1]), new Float32Array([-1, 2])], 16000);
    expect(blob.type).toBe("audio/wav");
    const view = new DataView(await blob.arrayBuffer());
    const text = (o: number) => String.fromCharCode(...[0, 1, 2, 3].map((i) => view.getUint8(o + i)));
    expect([text(0), text(8), text(12), text(36)]).toEqual(["RIFF", "WAVE", "fmt ", "data"]);
    expect(view.getUint32(24, true)).toBe(16000);
    expect(view.getUint32(40, true)).toBe(8);
    expect([0, 1, 2, 3].map((i) => view.getInt16(44 + i * 2, true))).toEqual([0, 32767, -32768, 32767]);
  });

  it("measures loudness", () => {
    expect(level(new Float32Array([0.5, -0.5]))).toBeCloseTo(0.5);
    expect(level(new Float32Array([]))).toBe(0);
  });
});
