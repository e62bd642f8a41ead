//! Markdown extensions loaded on demand: maths (KaTeX) and emoji shortcodes
//! are large, so a page downloads each the first time a body needs it. Until
//! then the body shows a skeleton, as 1.67 does, rather than raw `$x$`.
import { useEffect, useState } from "react";
import type { Options } from "react-markdown";
import { trackChunk } from "../../../registry/chunks";

type PluggableList = NonNullable<Options["remarkPlugins"]>;

export interface Extension {
  remarkPlugins: PluggableList;
  rehypePlugins: PluggableList;
  /** Maths only: KaTeX's HTML for a formula. */
  renderMath?: (tex: string, display: boolean) => string;
}

type Kind = "math" | "emoji";

const loaders: Record<Kind, () => Promise<Extension>> = {
  math: () => import("./math") as Promise<Extension>,
  emoji: () => import("./emoji") as Promise<Extension>,
};

const loaded = new Map<Kind, Extension>();
const pending = new Map<Kind, Promise<Extension>>();

function load(kind: Kind): Promise<Extension> {
  let promise = pending.get(kind);
  if (!promise) {
    promise = trackChunk(loaders[kind]()).then((ext) => {
      loaded.set(kind, ext);
      return ext;
    });
    pending.set(kind, promise);
  }
  return promise;
}

/** Loads every extension now (tests render synchronously). */
export async function preloadMarkdownExtensions(): Promise<void> {
  await Promise.all((Object.keys(loaders) as Kind[]).map(load));
}

// Code spans, fenced code and escaped `$` cannot start maths.
const NOT_MATH = /(?<=^|\n) {0,3}(`{3,}|~{3,})[\s\S]*?(?:\n[ \t]*\1|$)|(`+)[^`\n]+\2|\\[\\$`]/g;
const DISPLAY_MATH = /(?<!\$)\$\$+(?!\$)[\s\S]*?\$\$/;
const INLINE_MATH = /(?<!\$)\$(?![\s$])[^$\n]*?[^\s$]\$(?!\d)/;

/** Whether remark-math would find maths in `source`. */
export function needsMath(source: string): boolean {
  if (!source.includes("$")) return false;
  const text = source.replace(NOT_MATH, "_");
  return DISPLAY_MATH.test(text) || INLINE_MATH.test(text);
}

/** Whether `source` may hold an emoji shortcode (`:name:`; icons excluded). */
export function needsEmoji(source: string): boolean {
  return /:(?!material[/_]|streamlit:)[\w+-][\w+-]*:/.test(source);
}

/**
 * The extensions `source` needs, or null while one of them is still loading.
 */
export function useMarkdownExtensions(source: string): Extension[] | null {
  const wanted: Kind[] = [];
  if (needsMath(source)) wanted.push("math");
  if (needsEmoji(source)) wanted.push("emoji");
  const missing = wanted.filter((kind) => !loaded.has(kind));
  const [, setVersion] = useState(0);
  const key = missing.join(",");
  // Start fetching during render (idempotent), so the chunk counts as in flight
  // before the page can report the run as finished.
  for (const kind of missing) void load(kind);
  useEffect(() => {
    if (!key) return;
    let live = true;
    void Promise.all(key.split(",").map((kind) => load(kind as Kind))).then(() => {
      if (live) setVersion((v) => v + 1);
    });
    return () => {
      live = false;
    };
  }, [key]);
  if (missing.length > 0) return null;
  return wanted.map((kind) => loaded.get(kind)!);
}
