import { describe, expect, it } from "vitest";
import { tableFromArrays, tableToIPC } from "apache-arrow";
import { dataModel, decodeArrow } from "./arrowTable";
import { LazyRows, ROW_POSITION_FIELD } from "./lazyRows";
import type { Chunk, ChunkSort } from "../../store/dataframeChunks";

function rows(from: number, count: number): Uint8Array {
  return tableToIPC(tableFromArrays({ n: Float64Array.from({ length: count }, (_, i) => from + i) }), "stream");
}

interface Asked { offset: number; sort: ChunkSort | null; answer(chunk: Chunk): void; fail(e: Error): void }

function lazy(total: number, pageSize = 10) {
  const asked: Asked[] = [];
  let changes = 0;
  const model = dataModel(decodeArrow(rows(0, pageSize)));
  const source = new LazyRows("s1", total, pageSize, model, (_sourceId, offset, _limit, sort) =>
    new Promise<Chunk>((resolve, reject) => asked.push({ offset, sort, answer: resolve, fail: reject })),
  () => { changes++; });
  return { source, asked, changes: () => changes };
}

const tick = () => new Promise((r) => setTimeout(r, 0));

describe("LazyRows", () => {
  it("shows the first page at once and loads the pages on screen, four at a time", async () => {
    const { source, asked } = lazy(1000);
    expect(source.value(0, 3)).toEqual({ value: 3 });
    expect(source.value(0, 10)).toBeUndefined();
    source.want(0, 100);
    expect(asked.map((a) => a.offset)).toEqual([10, 20, 30, 40]);
    asked[0].answer({ sourceId: "s1", offset: 10, data: rows(10, 10) });
    await tick();
    expect(source.value(0, 15)).toEqual({ value: 15 });
    // A finished load makes room for the next page on screen.
    expect(asked.map((a) => a.offset)).toEqual([10, 20, 30, 40, 50]);
  });

  it("starts over when sorted and drops answers for the old order", async () => {
    const { source, asked } = lazy(1000);
    source.want(990, 1000);
    source.setSort({ column: "n", descending: true });
    expect(source.value(0, 0)).toBeUndefined();
    asked[0].answer({ sourceId: "s1", offset: 990, data: rows(990, 10) });
    await tick();
    expect(source.value(0, 995)).toBeUndefined();
    const sorted = asked.find((a) => a.sort?.descending);
    expect(sorted?.offset).toBe(990);
    sorted?.answer({ sourceId: "s1", offset: 990, data: rows(9, 10) });
    await tick();
    expect(source.value(0, 990)).toEqual({ value: 9 });
  });

  it("gives a shown row's position in the data: itself unsorted, the server's when sorted", async () => {
    const { source, asked } = lazy(1000);
    expect(source.original(7)).toBe(7);
    source.want(0, 10);
    source.setSort({ column: "n", descending: true });
    expect(source.original(3)).toBeUndefined();
    const positions = BigInt64Array.from({ length: 10 }, (_, i) => BigInt(999 - i));
    const page = tableToIPC(tableFromArrays({ n: Float64Array.from({ length: 10 }, (_, i) => 999 - i), [ROW_POSITION_FIELD]: positions }), "stream");
    asked.find((a) => a.sort)?.answer({ sourceId: "s1", offset: 0, data: page });
    await tick();
    expect(source.original(3)).toBe(996);
    expect(source.value(0, 3)).toEqual({ value: 996 });
  });

  it("keeps the server's refusal to show it", async () => {
    const { source, asked, changes } = lazy(100);
    source.want(50, 60);
    asked[0].fail(new Error("Dataframe source not found or expired."));
    await tick();
    expect(source.error).toBe("Dataframe source not found or expired.");
    expect(changes()).toBeGreaterThan(0);
  });
});
