//! Markdown as Streamlit renders it: GitHub-flavoured, raw HTML only when the
//! script allowed it, links open in a new tab. Used by st.markdown and by every
//! label, so `inline` unwraps the single paragraph. Badges (`:blue-badge[x]`)
//! work everywhere, as in Streamlit (see badges.ts).
import ReactMarkdown, { type Components } from "react-markdown";
import rehypeRaw from "rehype-raw";
import remarkGfm from "remark-gfm";
import { markBadges, remarkBadges } from "./badges";
import "./badges.css";

interface Props {
  body: string;
  allowHtml?: boolean;
  /** Render inline content (labels): paragraphs become plain spans. */
  inline?: boolean;
  testId?: "stMarkdownContainer" | "stCaptionContainer";
  className?: string;
}

const remarkPlugins = [remarkGfm, remarkBadges];
const rehypeWithHtml = [rehypeRaw];

const blockComponents: Components = {
  a: ({ node: _node, ...props }) => <a {...props} target="_blank" rel="noopener noreferrer" />,
  pre: ({ node: _node, ...props }) => <pre data-testid="stMarkdownPre" {...props} />,
};

const inlineComponents: Components = {
  ...blockComponents,
  p: ({ node: _node, ...props }) => <span {...props} />,
};

export function StreamlitMarkdown({ body, allowHtml, inline, testId = "stMarkdownContainer", className }: Props) {
  return (
    <div data-testid={testId} className={["st-markdown", inline ? "st-markdown-inline" : "", className ?? ""].join(" ").trim()}>
      <ReactMarkdown
        remarkPlugins={remarkPlugins}
        rehypePlugins={allowHtml ? rehypeWithHtml : undefined}
        skipHtml={!allowHtml}
        components={inline ? inlineComponents : blockComponents}
      >
        {markBadges(body)}
      </ReactMarkdown>
    </div>
  );
}
