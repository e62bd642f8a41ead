//! Rows of lazy dataframes (SPEC-DATA §1.8): the grid asks this page's
//! session for a chunk over the websocket (`DataframeChunkRequest`) and the
//! answer comes back as a `DataframeChunkResponse`, without a run. Requests
//! are matched to answers by id; the grid itself drops answers for a source
//! or sort it no longer shows.
import type { rustlit } from "../proto";

type Send = (msg: rustlit.IBackMsg) => boolean;

export interface ChunkSort {
  /** The Arrow field name. */
  column: string;
  descending: boolean;
}

export interface Chunk {
  sourceId: string;
  offset: number;
  data: Uint8Array;
}

interface Waiter {
  resolve(chunk: Chunk): void;
  reject(error: Error): void;
}

export class ChunkClient {
  private nextRequest = 1;
  private waiting = new Map<number, Waiter>();
  private send: Send;

  constructor(send: Send) {
    this.send = send;
  }

  /** Rows `offset..offset+limit` of a source, in `sort`'s order when given. */
  request(sourceId: string, offset: number, limit: number, sort: ChunkSort | null): Promise<Chunk> {
    const requestId = this.nextRequest++;
    return new Promise((resolve, reject) => {
      const sent = this.send({
        dataframeChunkRequest: {
          requestId, sourceId, offset, limit,
          sort: sort ? { column: sort.column, direction: sort.descending ? 2 : 1 } : undefined,
        },
      });
      if (!sent) {
        reject(new Error("Not connected to the server."));
        return;
      }
      this.waiting.set(requestId, { resolve, reject });
    });
  }

  onResponse(response: rustlit.IDataframeChunkResponse): void {
    const id = response.requestId ?? 0;
    const waiter = this.waiting.get(id);
    if (!waiter) return;
    this.waiting.delete(id);
    if (response.error) {
      waiter.reject(new Error(response.error));
      return;
    }
    waiter.resolve({
      sourceId: response.sourceId ?? "",
      offset: Number(response.offset ?? 0),
      data: response.data ?? new Uint8Array(),
    });
  }

  /** The socket dropped: answers to pending requests will never come. */
  connectionLost(): void {
    for (const waiter of this.waiting.values()) waiter.reject(new Error("The connection to the server was lost."));
    this.waiting.clear();
  }
}
