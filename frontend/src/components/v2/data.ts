//! What a components v2 component receives as `data`, as 1.67 hands it: JSON
//! parsed; bytes as a Uint8Array; a dataframe as its Arrow IPC bytes (a
//! Uint8Array, as 1.67 passes `arrow_data`); mixed data as its JSON with each
//! first-level dataframe reference replaced. 1.67 decodes those into Arrow
//! tables in the page; rustlit hands the IPC bytes (Uint8Array) instead, so
//! the frame needs no Arrow library of ours.
//!
//! Media URLs: a component's frame is another origin, and the app's media
//! routes answer only the app's origin. So strings in the data that are this
//! app's media URLs (`media/<id>.<ext>`, as the media store names them,
//! relative to the app's base path, or the same as an absolute path or URL)
//! are fetched by the page and handed to the frame as Blobs, which turns them
//! into blob: URLs of its own origin.
import type { rustlit } from "../../proto";

export const ARROW_REF = "__streamlit_arrow_ref__";

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return !!value && typeof value === "object" && !Array.isArray(value) && !(value instanceof Uint8Array);
}

function arrowRef(value: unknown): string | null {
  if (!isPlainObject(value)) return null;
  const ref = value[ARROW_REF];
  return typeof ref === "string" ? ref : null;
}

/** `json` with its first-level dataframe references replaced by their bytes (null when missing). */
export function resolveMixed(json: string, blobs: Map<string, Uint8Array>): unknown {
  const parsed: unknown = JSON.parse(json);
  const top = arrowRef(parsed);
  if (top !== null) return blobs.get(top) ?? null;
  if (!isPlainObject(parsed)) return parsed;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(parsed)) {
    const ref = arrowRef(value);
    out[key] = ref === null ? value : (blobs.get(ref) ?? null);
  }
  return out;
}

/** The element's data as the component gets it; undefined data is null, as in 1.67. */
export function componentData(el: rustlit.IBidiComponent): unknown {
  try {
    if (el.json != null) return el.json === "" ? null : (JSON.parse(el.json) as unknown);
    if (el.bytes != null) return el.bytes;
    if (el.arrow != null) return el.arrow.data ?? null;
    if (el.mixed != null) {
      const blobs = new Map<string, Uint8Array>();
      for (const blob of el.mixed.arrowBlobs ?? []) {
        if (blob.ref && blob.data) blobs.set(blob.ref, blob.data);
      }
      return el.mixed.json ? resolveMixed(el.mixed.json, blobs) : null;
    }
  } catch {
    return null;
  }
  return null;
}

const MEDIA_FILE = /^media\/[A-Za-z0-9_-]+(\.[A-Za-z0-9]+)?$/;

/**
 * The URL the page fetches for `text` if it names one of this app's media
 * files; null for anything else. `base` is the app's base URL
 * (`origin + base path`, ending in "/").
 */
export function mediaFetchUrl(text: string, base: string): string | null {
  if (text.length > 2048) return null;
  if (MEDIA_FILE.test(text)) return new URL(text, base).href;
  let url: URL;
  let root: URL;
  try {
    url = new URL(text, base);
    root = new URL(base);
  } catch {
    return null;
  }
  // Only an absolute path or a full URL of the app itself counts.
  if (!(text.startsWith("/") || text.startsWith(root.origin))) return null;
  if (url.origin !== root.origin || !url.pathname.startsWith(root.pathname)) return null;
  const rest = url.pathname.slice(root.pathname.length);
  return MEDIA_FILE.test(rest) && !url.search && !url.hash ? url.href : null;
}

/** Every string in `value` (at any depth) naming a media file, with the URL to fetch it at. */
export function mediaStrings(value: unknown, base: string, found = new Map<string, string>()): Map<string, string> {
  if (typeof value === "string") {
    const url = mediaFetchUrl(value, base);
    if (url) found.set(value, url);
  } else if (Array.isArray(value)) {
    for (const item of value) mediaStrings(item, base, found);
  } else if (isPlainObject(value)) {
    for (const item of Object.values(value)) mediaStrings(item, base, found);
  }
  return found;
}
