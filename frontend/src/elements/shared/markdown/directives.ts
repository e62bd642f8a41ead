//! Streamlit's text directives (`:name[label]{attributes}`, parsed by
//! remark-directive), turned into the spans 1.67 renders:
//! - colours `:red[x]`, backgrounds `:red-background[x]`, `:rainbow[x]`
//!   → `span.stMarkdownColoredText` / `span.stMarkdownColoredBackground`;
//! - badges `:blue-badge[x]` (what st.badge sends) → `span.stMarkdownBadge`;
//! - `:color[x]{foreground="#f0f" background="..."}` with any CSS colour;
//! - `:small[x]`, `:shimmer[x]`, and `:help[text]` (an inline help icon).
//! Any other directive shows as its bare name (`:unknown[x]` → ":unknown"),
//! as 1.67 does; that also keeps `a:b` in plain text as it was written.
//! Colours are the theme's (`--st-md-*` in styles/theme.css).
import type { Nodes, Parent, Root } from "mdast";
import type { TextDirective } from "mdast-util-directive";
import { visit } from "unist-util-visit";

export const MARKDOWN_COLORS = ["red", "orange", "yellow", "green", "blue", "violet", "gray", "grey", "primary"];

/** The CSS variable stem of a colour name ("grey" is "gray"). */
function tone(color: string): string {
  return color === "grey" ? "gray" : color;
}

const RAINBOW = ["red", "orange", "yellow", "green", "blue", "violet", "purple"];

function foreground(color: string): string | undefined {
  if (color === "rainbow") {
    const stops = RAINBOW.map((c) => `var(--st-md-${c})`).join(", ");
    return `color: transparent; background-clip: text; -webkit-background-clip: text; background-image: linear-gradient(to right, ${stops})`;
  }
  return MARKDOWN_COLORS.includes(color) ? `color: var(--st-md-${tone(color)})` : undefined;
}

function background(color: string): string | undefined {
  if (color === "rainbow") {
    const stops = RAINBOW.map((c) => `var(--st-md-${c}-bg)`).join(", ");
    return `background: linear-gradient(to right, ${stops})`;
  }
  return MARKDOWN_COLORS.includes(color) ? `background-color: var(--st-md-${tone(color)}-bg)` : undefined;
}

/** A value the browser accepts as a colour (one value: no `;`, no `url(...)`). */
export function isCssColor(value: string | null | undefined): value is string {
  if (!value || /[;{}<>\\]|url\(/i.test(value)) return false;
  const css = (globalThis as { CSS?: { supports?: (p: string, v: string) => boolean } }).CSS;
  if (css?.supports) return css.supports("color", value);
  return /^(#[0-9a-f]{3,8}|(rgb|rgba|hsl|hsla|oklch|oklab|lab|lch|color)\([^()]*\)|[a-z]+)$/i.test(value.trim());
}

function span(node: TextDirective, className: string | null, style: string | null): void {
  const data = (node.data ??= {});
  data.hName = "span";
  data.hProperties = {
    ...(className ? { className: [className] } : {}),
    ...(style ? { style } : {}),
  };
}

function style(node: TextDirective): boolean {
  const name = node.name;
  if (name === "small") {
    span(node, null, "font-size: var(--st-font-size-sm)");
    return true;
  }
  if (name === "shimmer") {
    span(node, "stMarkdownShimmer", null);
    return true;
  }
  if (name === "help") {
    span(node, "st-md-help", null);
    return true;
  }
  if (name === "color") {
    const fg = node.attributes?.foreground;
    const bg = node.attributes?.background;
    const styles = [isCssColor(fg) ? `color: ${fg}` : null, isCssColor(bg) ? `background-color: ${bg}` : null];
    const kind = styles[1] ? "stMarkdownColoredBackground" : "stMarkdownColoredText";
    span(node, styles.some(Boolean) ? kind : null, styles.filter(Boolean).join("; ") || null);
    return true;
  }
  const badge = /^(.+)-badge$/.exec(name);
  if (badge && MARKDOWN_COLORS.includes(badge[1]!)) {
    const color = tone(badge[1]!);
    span(node, "stMarkdownBadge", `background-color: var(--st-md-${color}-bg); color: var(--st-md-${color})`);
    return true;
  }
  const bg = /^(.+)-background$/.exec(name);
  const css = bg ? background(bg[1]!) : foreground(name);
  if (css) {
    span(node, bg ? "stMarkdownColoredBackground" : "stMarkdownColoredText", css);
    return true;
  }
  return false;
}

/** remark plugin: Streamlit's directives as styled spans. */
export function remarkStreamlitDirectives() {
  return (tree: Root) => {
    visit(tree, "textDirective", (node) => {
      style(node);
    });
  };
}

/** remark plugin, run last: directives nothing claimed become their bare name. */
export function remarkUnknownDirectives() {
  return (tree: Root) => {
    visit(tree, (node: Nodes, index, parent: Parent | undefined) => {
      if (node.type !== "textDirective" || node.data?.hName || !parent || index === undefined) return;
      parent.children[index] = { type: "text", value: `:${node.name}` };
    });
  };
}
