//! st.latex: display math typeset by KaTeX, in Streamlit's markdown container.
//! Loaded on demand (`lazy` in Markdown.tsx): a page without st.latex never
//! downloads KaTeX, its stylesheet or its fonts.
import katex from "katex";
import "katex/dist/katex.min.css";
import "./latex.css";

/** The TeX inside st.latex's `$$\n...\n$$` body. */
export function texOf(body: string): string {
  const m = /^\$\$\n?([\s\S]*?)\n?\$\$$/.exec(body.trim());
  return m ? m[1]! : body;
}

export default function Latex({ body }: { body: string }) {
  // KaTeX escapes the TeX it is given (`trust` is off), and shows a syntax
  // error in place (`katex-error`) instead of throwing, as Streamlit does.
  const html = katex.renderToString(texOf(body), { displayMode: true, throwOnError: false });
  return <div data-testid="stMarkdownContainer" className="st-markdown st-latex" dangerouslySetInnerHTML={{ __html: html }} />;
}
