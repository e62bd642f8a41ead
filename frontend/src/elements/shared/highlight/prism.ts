//! The syntax highlighter, a chunk of its own that a page fetches only when it
//! shows code in a language: Prism's grammars through refractor (the grammars
//! 1.67's react-syntax-highlighter runs), the common languages first and every
//! other one in a second chunk fetched for a language outside that set.
//! Tokens come back as plain data, never as HTML, so the code can only ever be text.
import { refractor } from "refractor";
import type { Element, Root, RootContent } from "hast";
import { ALL_LANGUAGES } from "./languageNames";
import "./tokens.css";

/** A run of code text and the token classes over it (`token keyword`), or none for plain text. */
export interface Segment {
  className: string | null;
  text: string;
}

let allLanguages: Promise<void> | null = null;

/** Whether `language` (a name or an alias, as Prism spells it) has a grammar loaded. */
export function knows(language: string): boolean {
  // `languages` also holds Prism's helper functions (`extend`, `DFS`): only objects are grammars.
  return Object.hasOwn(refractor.languages, language) && typeof refractor.languages[language] === "object";
}

/** Whether Prism has a grammar for `language` once every grammar is loaded. */
export function exists(language: string): boolean {
  return ALL_LANGUAGES.has(language);
}

/** Registers every grammar Prism has (its own chunk). */
export function loadAllLanguages(): Promise<void> {
  allLanguages ??= import("./prismLanguages").then(() => undefined);
  return allLanguages;
}

/**
 * `code` cut into segments by `language`'s grammar. Nested tokens are flattened, each run
 * carrying the classes of every token around it, as 1.67's highlighter emits them: so a
 * run inside `string-interpolation` > `interpolation` > `punctuation` gets all three.
 */
export function tokenize(code: string, language: string): Segment[] {
  const out: Segment[] = [];
  const walk = (nodes: RootContent[], classes: string[]) => {
    for (const node of nodes) {
      if (node.type === "text") {
        out.push({ className: classes.length ? classes.join(" ") : null, text: node.value });
      } else if (node.type === "element") {
        walk(node.children, [...classes, ...classNames(node)]);
      }
    }
  };
  const root: Root = refractor.highlight(code, language);
  walk(root.children, []);
  return out;
}

function classNames(node: Element): string[] {
  const value: unknown = node.properties.className;
  return Array.isArray(value) ? value.map(String) : typeof value === "string" ? value.split(" ") : [];
}
