//! st.markdown / st.write(str) / st.caption / st.divider: all `stMarkdown`.
import { rustlit } from "../../proto";
import { StreamlitMarkdown } from "../shared/StreamlitMarkdown";
import { WithHelp } from "../shared/Tooltip";
import "./text.css";

export function Markdown({ el }: { el: rustlit.IMarkdown }) {
  const type = el.elementType ?? rustlit.Markdown.Type.NATIVE;
  if (type === rustlit.Markdown.Type.DIVIDER) {
    return (
      <div className="stMarkdown" data-testid="stMarkdown">
        <div data-testid="stMarkdownContainer" className="st-markdown">
          <hr />
        </div>
      </div>
    );
  }
  const caption = type === rustlit.Markdown.Type.CAPTION;
  return (
    <div className="stMarkdown" data-testid="stMarkdown">
      <WithHelp help={el.help}>
        <StreamlitMarkdown
          body={el.body ?? ""}
          allowHtml={!!el.allowHtml}
          testId={caption ? "stCaptionContainer" : "stMarkdownContainer"}
          className={caption ? "st-caption" : undefined}
        />
      </WithHelp>
    </div>
  );
}
