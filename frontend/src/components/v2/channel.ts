//! The page's side of the conversation with a components v2 frame
//! (src/components/v2_bootstrap.js is the other side). Messages count only
//! when they come from that frame's own window *and* from the component's
//! origin; the page posts to that origin only. Values arrive as JSON text
//! (the frame stringifies them, as 1.67 stores them), so nothing but strings
//! and numbers crosses from the frame.
export const TAG = "rustlitV2";

export type FrameMessage =
  | { type: "ready" }
  | { type: "state"; name: string; json: string | undefined }
  | { type: "trigger"; name: string; json: string | undefined }
  | { type: "size"; height: number; width: number }
  | { type: "error"; message: string; stack: string };

/** Frame heights and widths are bounded, so a runaway component cannot grow the page forever. */
const MAX_SIZE = 100_000;

function size(value: unknown): number | null {
  return typeof value === "number" && Number.isFinite(value) ? Math.max(0, Math.min(MAX_SIZE, Math.ceil(value))) : null;
}

/** The message `event` carries if it is one from `frame` on `origin`; null for anything else. */
export function frameMessage(event: MessageEvent, frame: Window | null | undefined, origin: string): FrameMessage | null {
  if (!frame || event.source !== frame || event.origin !== origin) return null;
  const data = event.data as Record<string, unknown> | null;
  if (!data || typeof data !== "object" || data[TAG] !== true) return null;
  const json = typeof data.json === "string" ? data.json : undefined;
  switch (data.type) {
    case "ready":
      return { type: "ready" };
    case "state":
    case "trigger":
      return typeof data.name === "string" ? { type: data.type, name: data.name, json } : null;
    case "size": {
      const height = size(data.height);
      return height === null ? null : { type: "size", height, width: size(data.width) ?? 0 };
    }
    case "error":
      return {
        type: "error",
        message: typeof data.message === "string" ? data.message : "",
        stack: typeof data.stack === "string" ? data.stack : "",
      };
    default:
      return null;
  }
}

function parse(json: string | undefined): unknown {
  if (json === undefined) return undefined;
  try {
    return JSON.parse(json) as unknown;
  } catch {
    return undefined;
  }
}

/**
 * The component's state after `setStateValue(name, value)`: the JSON object of
 * all its state values (1.67 merges into what the widget holds; a value that
 * is not an object starts afresh; an undefined value drops the key).
 */
export function mergeState(current: string | null | undefined, name: string, json: string | undefined): string {
  let state: Record<string, unknown> = {};
  const parsed = current ? parse(current) : undefined;
  if (parsed && typeof parsed === "object" && !Array.isArray(parsed)) state = { ...(parsed as Record<string, unknown>) };
  const value = parse(json);
  if (value === undefined) delete state[name];
  else state[name] = value;
  return JSON.stringify(state);
}

/** One trigger payload as 1.67 sends it in the `__events` widget's JSON list. */
export function triggerEvent(name: string, json: string | undefined): { event: string; value?: unknown } {
  const value = parse(json);
  // As JSON.stringify leaves it in 1.67: no "value" for an undefined one.
  return value === undefined ? { event: name } : { event: name, value };
}

/** 1.67's error box: the name in bold, the message, then the stack's frames as code. */
export function errorBody(message: string, stack: string): string {
  const frames = stack
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line.startsWith("at "));
  const text = `**BidiComponent Error:** ${message}`;
  if (frames.length === 0) return text;
  const fence = "`".repeat(Math.max(3, ...frames.map((f) => (f.match(/`+/g) ?? []).reduce((n, r) => Math.max(n, r.length + 1), 0))));
  return `${text}\n\n${fence}\n${frames.join("\n")}\n${fence}`;
}
