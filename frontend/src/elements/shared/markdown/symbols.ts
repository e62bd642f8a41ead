//! Inline symbols of Streamlit markdown: Material icons (`:material/name:`),
//! the Streamlit logo (`:streamlit:`, drawn by logo.css) and typographic arrows (`->` → "→" and friends, only between spaces and
//! never inside links; remark leaves code and maths alone).
import type { Emphasis, Root } from "mdast";
import { findAndReplace } from "mdast-util-find-and-replace";
import { visit } from "unist-util-visit";
import "./logo.css";

// remark-directive would read `:material/x:` as a directive named "material";
// a name followed by ":" is not a directive, so `/` becomes `_` before parsing
// (as Streamlit does) and code gets its slash back afterwards.
const PARSED_PREFIX = ":material_";

export function protectMaterialIcons(source: string): string {
  return source.includes(":material/") ? source.replaceAll(":material/", PARSED_PREFIX) : source;
}

function icon(_match: string, name: string) {
  // Any phrasing node does; `data` makes it the icon's span with the name as its text.
  const node: Emphasis = {
    type: "emphasis",
    children: [],
    data: {
      hName: "span",
      hProperties: {
        className: ["st-icon", "st-icon-material"],
        role: "img",
        ariaLabel: `${name} icon`,
        translate: "no",
      },
      hChildren: [{ type: "text", value: name }],
    },
  };
  return node;
}

/** `:streamlit:`: the logo, inline at the text's size (an image with its name for screen readers). */
function logo() {
  const node: Emphasis = {
    type: "emphasis",
    children: [],
    data: { hName: "span", hProperties: { className: ["st-streamlit-logo"], role: "img", ariaLabel: "Streamlit logo" } },
  };
  return node;
}

/** remark plugin: Material Symbols icons as ligature spans (the font is bundled). */
export function remarkMaterialIcons() {
  return (tree: Root) => {
    visit(tree, ["code", "inlineCode"], (node) => {
      if ((node.type === "code" || node.type === "inlineCode") && node.value.includes(PARSED_PREFIX)) {
        node.value = node.value.replaceAll(PARSED_PREFIX, ":material/");
      }
    });
    findAndReplace(tree, [
      [/:material_(\w+):/g, icon],
      [/:streamlit:/g, logo],
    ]);
  };
}

const ARROWS: [RegExp, string][] = [
  [/(^|\s)<->(?=\s|$)/g, "$1↔"],
  [/(^|\s)->(?=\s|$)/g, "$1→"],
  [/(^|\s)<-(?=\s|$)/g, "$1←"],
  [/(^|\s)--(?=\s|$)/g, "$1—"],
  [/(^|\s)>=(?=\s|$)/g, "$1≥"],
  [/(^|\s)<=(?=\s|$)/g, "$1≤"],
  [/(^|\s)~=(?=\s|$)/g, "$1≈"],
];

/** remark plugin: `->`, `<-`, `<->`, `--`, `>=`, `<=`, `~=` standing alone become symbols. */
export function remarkTypography() {
  return (tree: Root) => {
    visit(tree, "text", (node, _index, parent) => {
      if (parent?.type === "link" || parent?.type === "linkReference") return;
      let value = node.value;
      for (const [pattern, symbol] of ARROWS) value = value.replace(pattern, symbol);
      node.value = value;
    });
  };
}
