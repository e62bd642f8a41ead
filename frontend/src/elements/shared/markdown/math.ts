//! Maths in markdown (`$x$`, `$$...$$`): remark-math finds it, KaTeX (the
//! same copy st.latex uses) renders it; a chunk of its own that only pages
//! showing maths download (see extensions.ts). A TeX error shows in place
//! (`katex-error`) instead of breaking the body, as in Streamlit.
import katex from "katex";
import remarkMath from "remark-math";
import "katex/dist/katex.min.css";

export const remarkPlugins = [remarkMath];
export const rehypePlugins = [];

/** KaTeX's HTML for `tex`; KaTeX escapes its input and refuses \href and friends (trust is off). */
export function renderMath(tex: string, display: boolean): string {
  return katex.renderToString(tex, { displayMode: display, throwOnError: false });
}
