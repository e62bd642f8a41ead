//! The rows of a lazy dataframe (SPEC-DATA §1.8): pages of `pageSize` rows
//! fetched from the server as the grid shows them, in the order of the
//! server-side sort. The element carries page 0 of the unsorted rows; a sort
//! starts over with none. At most four pages load at once, those of the rows
//! on screen first; an answer for a sort no longer shown is dropped, and so
//! is every answer once the grid moved to another source.
import { dataModel, decodeArrow, type DataModel } from "./arrowTable";
import type { Chunk, ChunkSort } from "../../store/dataframeChunks";

export type FetchChunk = (sourceId: string, offset: number, limit: number, sort: ChunkSort | null) => Promise<Chunk>;

/** The server's column of original row positions in a sorted page (python lazy_sources.py). */
export const ROW_POSITION_FIELD = "__rustlit_row_position__";

const MAX_LOADING = 4;
/** Pages kept; beyond that the ones furthest from the rows on screen go. */
const MAX_PAGES = 200;

export class LazyRows {
  readonly sourceId: string;
  readonly rows: number;
  readonly pageSize: number;
  private readonly initial: DataModel;
  private readonly fetch: FetchChunk;
  private readonly changed: () => void;
  private pages = new Map<number, DataModel>();
  private loading = new Set<number>();
  private sort: ChunkSort | null = null;
  /** Bumped by each sort change and by `dispose`: answers of an older one are dropped. */
  private generation = 0;
  private wanted: [number, number] = [0, 0];
  /** The server's last refusal, shown under the grid. */
  error: string | null = null;

  constructor(sourceId: string, rows: number, pageSize: number, initial: DataModel, fetch: FetchChunk, changed: () => void) {
    this.sourceId = sourceId;
    this.rows = rows;
    this.pageSize = Math.max(1, pageSize);
    this.initial = initial;
    this.fetch = fetch;
    this.changed = changed;
    if (initial.rows > 0) this.pages.set(0, initial);
  }

  /** A column's raw value in a shown row, or `undefined` while its page loads. */
  value(position: number, row: number): { value: unknown } | undefined {
    const page = this.pages.get(Math.floor(row / this.pageSize));
    if (!page) return undefined;
    const column = page.columns[position];
    return { value: column?.value(row % this.pageSize) ?? null };
  }

  /**
   * A shown row's position in the unsorted data (what a button click reports), or `undefined`
   * while its page loads. A sorted page carries the positions in its last column
   * (`ROW_POSITION_FIELD`, added by the server); unsorted, the row is its own position.
   */
  original(row: number): number | undefined {
    if (!this.sort) return row;
    const page = this.pages.get(Math.floor(row / this.pageSize));
    if (!page) return undefined;
    const positions = page.columns.filter((c) => c.field === ROW_POSITION_FIELD).pop();
    const value = positions?.value(row % this.pageSize);
    return typeof value === "number" || typeof value === "bigint" ? Number(value) : undefined;
  }

  setSort(sort: ChunkSort | null): void {
    if (JSON.stringify(sort) === JSON.stringify(this.sort)) return;
    this.sort = sort;
    this.generation++;
    this.pages.clear();
    this.loading.clear();
    this.error = null;
    if (!sort && this.initial.rows > 0) this.pages.set(0, this.initial);
    this.pump();
    this.changed();
  }

  /** The rows on screen are `first..last` (exclusive): load their pages. */
  want(first: number, last: number): void {
    this.wanted = [Math.max(0, first), Math.min(this.rows, Math.max(first, last))];
    this.pump();
  }

  dispose(): void {
    this.generation++;
  }

  private pump(): void {
    const [first, last] = this.wanted;
    if (last <= first) return;
    const from = Math.floor(first / this.pageSize);
    const to = Math.floor((last - 1) / this.pageSize);
    for (let page = from; page <= to && this.loading.size < MAX_LOADING; page++) {
      if (this.pages.has(page) || this.loading.has(page)) continue;
      this.load(page);
    }
  }

  private load(page: number): void {
    const generation = this.generation;
    this.loading.add(page);
    this.fetch(this.sourceId, page * this.pageSize, this.pageSize, this.sort).then(
      (chunk) => {
        if (generation !== this.generation || chunk.sourceId !== this.sourceId) return;
        this.loading.delete(page);
        this.pages.set(page, dataModel(decodeArrow(chunk.data)));
        this.evict();
        this.changed();
        this.pump();
      },
      (error: unknown) => {
        if (generation !== this.generation) return;
        this.loading.delete(page);
        this.error = error instanceof Error ? error.message : String(error);
        this.changed();
      },
    );
  }

  private evict(): void {
    if (this.pages.size <= MAX_PAGES) return;
    const centre = Math.floor((this.wanted[0] + this.wanted[1]) / 2 / this.pageSize);
    const far = [...this.pages.keys()].sort((a, b) => Math.abs(b - centre) - Math.abs(a - centre));
    for (const page of far.slice(0, this.pages.size - MAX_PAGES)) this.pages.delete(page);
  }
}
