//! Streamlit's badge directive in markdown: `:blue-badge[label]` shows `label`
//! (itself markdown) in a small coloured pill (`span.stMarkdownBadge`); st.badge
//! sends exactly this. As in 1.67, brackets inside the label nest or are
//! escaped (`\[`), a badge inside code stays literal, an unknown colour
//! shows only the directive's name (`:pink-badge`), and a directive without a
//! complete label is an empty badge.
//!
//! Two steps, because a label's markdown (`**bold**`, `` `code` ``) must be
//! parsed with the rest: `markBadges` replaces each directive's delimiters in
//! the source by private-use characters, which pass through the markdown
//! parser as text; the remark plugin `remarkBadges` then wraps the nodes
//! between an opening and a closing mark into a badge node, and puts the
//! original text back where the marks ended up in code.
import type { Nodes, Parent, PhrasingContent, Root } from "mdast";

export const BADGE_COLORS = ["red", "orange", "yellow", "blue", "green", "violet", "gray", "grey", "primary"];

const OPEN = "\uE000"; // OPEN color COLOR_END label CLOSE, or OPEN color BARE
const COLOR_END = "\uE001";
const CLOSE = "\uE002";
const BARE = "\uE003"; // a directive without a label
const DIRECTIVE = /:(\w+)-badge(\[)?/g;
const MARKED = new RegExp(`${OPEN}(\\w+)([${COLOR_END}${BARE}])|${CLOSE}`, "g");
const MATERIAL = /^:material\/([a-z0-9_]+):/;

/** The index just past the `]` closing a label that starts at `start`, or -1. */
function labelEnd(body: string, start: number): number {
  let depth = 1;
  for (let i = start; i < body.length; i++) {
    const c = body[i];
    if (c === "\\") i++;
    else if (c === "[") depth++;
    else if (c === "]" && --depth === 0) return i + 1;
    else if (c === "\n" && body[i + 1] === "\n") return -1; // a label ends with its paragraph
  }
  return -1;
}

/** The source with each complete directive's delimiters replaced by marks. */
export function markBadges(body: string): string {
  if (!body.includes("-badge")) return body;
  let out = "";
  let from = 0;
  for (const m of body.matchAll(DIRECTIVE)) {
    if (m.index < from) continue; // inside the label of a badge already marked
    const labelStart = m.index + m[0].length;
    const end = m[2] ? labelEnd(body, labelStart) : -1;
    // Without a complete label the directive stands alone (an empty badge, as
    // in 1.67) and what follows it is text.
    if (end < 0) {
      out += body.slice(from, m.index) + OPEN + m[1] + BARE;
      from = m.index + m[0].length - (m[2] ? 1 : 0);
      continue;
    }
    out += body.slice(from, m.index) + OPEN + m[1] + COLOR_END + markBadges(body.slice(labelStart, end - 1)) + CLOSE;
    from = end;
  }
  return out + body.slice(from);
}

/** Marks back to the directive's own text (for code, where nothing is rendered). */
function unmark(text: string): string {
  return text.replace(MARKED, (_mark, color?: string, end?: string) =>
    !color ? "]" : end === BARE ? `:${color}-badge` : `:${color}-badge[`,
  );
}

function badgeNode(color: string, children: PhrasingContent[]): PhrasingContent {
  if (!BADGE_COLORS.includes(color)) return { type: "text", value: `:${color}-badge` };
  const first = children[0];
  const icon = first?.type === "text" ? MATERIAL.exec(first.value) : null;
  if (icon && first?.type === "text") {
    first.value = first.value.slice(icon[0].length);
    // rustlit ships no Material Symbols font: the icon keeps its room, empty.
    children.unshift({
      type: "text",
      value: "",
      data: {
        hName: "span",
        hProperties: { className: ["st-icon", "st-icon-material"], role: "img", ariaLabel: `${icon[1]} icon` },
        hChildren: [],
      },
    });
  }
  const cssColor = color === "grey" ? "gray" : color;
  return {
    type: "emphasis", // any phrasing parent: `data` makes it a span
    children,
    data: { hName: "span", hProperties: { className: ["stMarkdownBadge", `st-badge-${cssColor}`] } },
  };
}

/** Splits text nodes at the marks: "a", {open: "blue"}, "b", {close: true}. */
type Token = PhrasingContent | { open: string } | { close: true } | { bare: string };

function tokens(children: PhrasingContent[]): Token[] {
  const out: Token[] = [];
  for (const child of children) {
    if (child.type !== "text" || !/[\uE000\uE002]/.test(child.value)) {
      out.push(child);
      continue;
    }
    let last = 0;
    for (const m of child.value.matchAll(MARKED)) {
      if (m.index > last) out.push({ type: "text", value: child.value.slice(last, m.index) });
      out.push(!m[1] ? { close: true } : m[2] === BARE ? { bare: m[1] } : { open: m[1] });
      last = m.index + m[0].length;
    }
    if (last < child.value.length) out.push({ type: "text", value: child.value.slice(last) });
  }
  return out;
}

/** Rebuilds a parent's children with badges; unmatched marks become their text again. */
function wrap(children: PhrasingContent[]): PhrasingContent[] {
  const stack: { color: string; children: PhrasingContent[] }[] = [{ color: "", children: [] }];
  for (const token of tokens(children)) {
    if ("bare" in token) stack[stack.length - 1]!.children.push(badgeNode(token.bare, []));
    else if ("open" in token) stack.push({ color: token.open, children: [] });
    else if ("close" in token && stack.length > 1) {
      const done = stack.pop()!;
      stack[stack.length - 1]!.children.push(badgeNode(done.color, done.children));
    } else if ("close" in token) stack[0]!.children.push({ type: "text", value: "]" });
    else stack[stack.length - 1]!.children.push(token as PhrasingContent);
  }
  // Opened but not closed in this parent (the label crossed other markup).
  while (stack.length > 1) {
    const open = stack.pop()!;
    stack[stack.length - 1]!.children.push({ type: "text", value: `:${open.color}-badge[` }, ...open.children);
  }
  return stack[0]!.children;
}

function visit(node: Nodes): void {
  if (node.type === "code" || node.type === "inlineCode" || node.type === "html") {
    node.value = unmark(node.value);
    return;
  }
  if (!("children" in node)) return;
  const parent = node as Parent;
  parent.children.forEach((child) => visit(child as Nodes));
  if (parent.children.some((c) => c.type === "text" && /[\uE000\uE002]/.test(c.value))) {
    parent.children = wrap(parent.children as PhrasingContent[]);
  }
}

/** The remark plugin: badges from the marks `markBadges` left in the source. */
export function remarkBadges() {
  return (tree: Root) => visit(tree);
}
