//! Markdown in labels (widgets, buttons, tabs, expanders, headings): inline
//! only, as in 1.67. A label that starts like a list item, heading or quote
//! stays text, and block elements that still appear are unwrapped.

/** The label's source with block markers at line starts escaped. */
export function escapeLabelBlocks(source: string): string {
  return source
    .replace(/^(\s*)((?:[+\-*]|#+)(?=\s|$)|>)/gm, "$1\\$2")
    .replace(/^(\s*)(\d+)([.)])(?=\s|$)/gm, "$1$2\\$3");
}

export const LABEL_DISALLOWED = [
  "table", "thead", "tbody", "tr", "th", "td",
  "h1", "h2", "h3", "h4", "h5", "h6",
  "ul", "ol", "li", "input", "hr", "blockquote",
];
