//! Highlighted code for React: the code shows as plain text at once, and
//! highlighted once the highlighter chunk (prism.ts) is in. A language Prism
//! does not know stays plain, as in 1.67.
import { useEffect, useMemo, useState } from "react";
import { trackChunk } from "../../../registry/chunks";
import type * as Prism from "./prism";

export type { Segment } from "./prism";

type Highlighter = typeof Prism;

// Names that mean "no language": not worth fetching the grammars to find that out.
const PLAIN = new Set(["", "text", "plain", "plaintext", "txt", "none"]);

let loading: Promise<Highlighter> | null = null;
let loaded: Highlighter | null = null;

function load(): Promise<Highlighter> {
  loading ??= trackChunk(import("./prism")).then((m) => (loaded = m));
  return loading;
}

/** Loads what `language` needs; resolves to whether Prism has a grammar for it. */
async function prepare(language: string): Promise<boolean> {
  const prism = await load();
  if (prism.knows(language)) return true;
  if (!prism.exists(language)) return false;
  await trackChunk(prism.loadAllLanguages());
  return prism.knows(language);
}

/** `code`'s segments in `language`, or null while the highlighter loads or when it has no such grammar. */
export function useHighlight(code: string, language: string | null | undefined): Prism.Segment[] | null {
  const lang = language && !PLAIN.has(language) ? language : null;
  const [, setReady] = useState(0);
  const known = lang !== null && loaded !== null && loaded.knows(lang);
  useEffect(() => {
    if (lang === null || known) return;
    let live = true;
    prepare(lang).then(
      (ok) => {
        if (live && ok) setReady((n) => n + 1);
      },
      // Without the chunk (a failed fetch) the code stays plain text.
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [lang, known]);
  return useMemo(() => (known && loaded ? loaded.tokenize(code, lang!) : null), [code, lang, known]);
}
