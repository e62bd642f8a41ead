//! Streamlit's component protocol v1 (SPEC §9.4) for one iframe: messages are
//! accepted only when they come from that iframe's own window *and* from the
//! component's origin; renders are posted to that origin only, never "*".
//! The bridge turns protocol messages into calls on its `handlers`; it never
//! touches the widget manager or the websocket itself.
import type { rustlit } from "../proto";
import type { ComponentTheme } from "./theme";

export interface BridgeHandlers {
  onReady(apiVersion: unknown): void;
  onValue(value: ComponentValue): void;
  onHeight(height: number): void;
}

export type ComponentValue =
  | { jsonValue: string }
  | { bytesValue: Uint8Array }
  | { arrowValue: { data: Uint8Array; index: Uint8Array; columns: Uint8Array } };

interface Message {
  isStreamlitMessage?: unknown;
  type?: unknown;
  apiVersion?: unknown;
  value?: unknown;
  dataType?: unknown;
  height?: unknown;
}

function bytesOf(v: unknown): Uint8Array {
  if (v instanceof Uint8Array) return v;
  if (v instanceof ArrayBuffer) return new Uint8Array(v);
  return new Uint8Array();
}

/** A `streamlit:setComponentValue` payload as a widget value; null to ignore. */
export function valueOf(msg: Message): ComponentValue | null {
  if (msg.value === undefined) return null;
  if (msg.dataType === "bytes") return { bytesValue: bytesOf(msg.value) };
  if (msg.dataType === "dataframe") {
    const df = (msg.value ?? {}) as { data?: unknown; index?: unknown; columns?: unknown };
    return { arrowValue: { data: bytesOf(df.data), index: bytesOf(df.index), columns: bytesOf(df.columns) } };
  }
  const text = JSON.stringify(msg.value);
  return text === undefined ? null : { jsonValue: text };
}

/** The `args` and `dfs` of a render message, from the element. */
export function renderArgs(el: rustlit.IComponentInstance): { args: Record<string, unknown>; dfs: unknown[] } {
  let args: Record<string, unknown> = {};
  try {
    const parsed: unknown = JSON.parse(el.jsonArgs || "{}");
    if (parsed && typeof parsed === "object" && !Array.isArray(parsed)) args = parsed as Record<string, unknown>;
  } catch {
    args = {};
  }
  const dfs: unknown[] = [];
  for (const special of el.specialArgs ?? []) {
    const key = special.key ?? "";
    if (special.bytes) {
      args[key] = special.bytes;
    } else if (special.arrowDataframe) {
      const t = special.arrowDataframe.data ?? {};
      dfs.push({
        key,
        value: {
          data: { data: t.data, index: t.index, columns: t.columns, styler: undefined },
          height: special.arrowDataframe.height || undefined,
          width: special.arrowDataframe.width || undefined,
        },
      });
    }
  }
  return { args, dfs };
}

/** The frame height before the component sets one: a numeric `height` arg
 *  (many components take `height=` and never call setFrameHeight), else none. */
export function initialHeight(args: Record<string, unknown>): number | undefined {
  const h = args.height;
  const n = typeof h === "number" ? h : typeof h === "string" && h.trim() !== "" ? Number(h) : NaN;
  return Number.isFinite(n) ? n : undefined;
}

export class ComponentBridge {
  private ready = false;

  constructor(
    private frame: () => HTMLIFrameElement | null,
    private origin: string,
    private handlers: BridgeHandlers,
  ) {}

  /** The window `message` listener; install with addEventListener. */
  onMessage = (event: MessageEvent): void => {
    const frame = this.frame();
    if (!frame || event.source !== frame.contentWindow || event.origin !== this.origin) return;
    const msg = event.data as Message | null;
    if (!msg || typeof msg !== "object" || !msg.isStreamlitMessage) return;
    switch (msg.type) {
      case "streamlit:componentReady":
        this.ready = true;
        this.handlers.onReady(msg.apiVersion);
        return;
      case "streamlit:setComponentValue": {
        if (!this.ready) return;
        const value = valueOf(msg);
        if (value) this.handlers.onValue(value);
        return;
      }
      case "streamlit:setFrameHeight":
        if (this.ready && typeof msg.height === "number" && Number.isFinite(msg.height)) {
          this.handlers.onHeight(msg.height);
        }
        return;
      default:
        return;
    }
  };

  isReady(): boolean {
    return this.ready;
  }

  /** Posts `streamlit:render` to the component's origin only. */
  render(args: Record<string, unknown>, dfs: unknown[], disabled: boolean, theme: ComponentTheme): void {
    const win = this.frame()?.contentWindow;
    if (!win || !this.ready) return;
    win.postMessage({ type: "streamlit:render", args, dfs, disabled, theme }, this.origin);
  }
}
