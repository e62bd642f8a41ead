//! st.markdown / st.write(str) / st.caption / st.divider / st.badge / st.latex:
//! all `stMarkdown`. st.latex's renderer (KaTeX) is loaded only when one is shown.
import { lazy, Suspense } from "react";
import remend from "remend";
import { rustlit } from "../../proto";
import { StreamlitMarkdown } from "../shared/StreamlitMarkdown";
import { HelpIcon, WithHelp } from "../shared/Tooltip";
import { useTruncatedTitle } from "../shared/useTruncatedTitle";
import "./text.css";

const Latex = lazy(() => import("./Latex"));

/** A body that is one badge and nothing else (st.badge): its help is the badge's own tooltip. */
const LONE_BADGE = /^:\w+-badge\[((?:\\.|[^\]\\])*)\]$/;

export function Markdown({ el }: { el: rustlit.IMarkdown }) {
  const type = el.elementType ?? rustlit.Markdown.Type.NATIVE;
  const truncate = !!el.truncate;
  const line = useTruncatedTitle<HTMLDivElement>(truncate);
  if (type === rustlit.Markdown.Type.DIVIDER) {
    return (
      <div className="stMarkdown" data-testid="stMarkdown">
        <div data-testid="stMarkdownContainer" className="st-markdown">
          <hr />
        </div>
      </div>
    );
  }
  if (type === rustlit.Markdown.Type.LATEX) {
    const latex = (
      <Suspense fallback={null}>
        <Latex body={el.body ?? ""} />
      </Suspense>
    );
    // The help icon sits right after the centred formula, not at the page's edge.
    return (
      <div className="stMarkdown" data-testid="stMarkdown">
        {el.help ? (
          <div className="st-latex-help">
            {latex}
            <HelpIcon help={el.help} />
          </div>
        ) : (
          latex
        )}
      </div>
    );
  }
  const caption = type === rustlit.Markdown.Type.CAPTION;
  // st.write_stream mid-stream: close what the text opened so far (`**bol` shows bold), as 1.67 does.
  const body = el.unterminatedParsing && !el.allowHtml ? remend(el.body ?? "") : (el.body ?? "");
  const rendered = (
    <StreamlitMarkdown
      body={body}
      allowHtml={!!el.allowHtml}
      anchors={!el.hideAnchors}
      testId={caption ? "stCaptionContainer" : "stMarkdownContainer"}
      className={[caption ? "st-caption" : "", truncate ? "stMarkdownEllipsis" : ""].join(" ").trim() || undefined}
    />
  );
  // wrap=False: one line, the whole text as its tooltip (useTruncatedTitle).
  const markdown = truncate ? (
    <div ref={line} className="st-truncate">
      {rendered}
    </div>
  ) : (
    rendered
  );
  if (el.help && type === rustlit.Markdown.Type.NATIVE && LONE_BADGE.test(body.trim())) {
    return (
      <div className="stMarkdown" data-testid="stMarkdown">
        <HelpIcon help={el.help}>{markdown}</HelpIcon>
      </div>
    );
  }
  return (
    <div className="stMarkdown" data-testid="stMarkdown">
      <WithHelp help={el.help}>{markdown}</WithHelp>
    </div>
  );
}
