//! st.title / st.header / st.subheader: `stHeading` > h1|h2|h3 with an anchor id,
//! a link icon on hover, an optional help icon and a coloured divider below.
import { createElement } from "react";
import type { rustlit } from "../../proto";
import { StreamlitMarkdown } from "../shared/StreamlitMarkdown";
import { HelpIcon } from "../shared/Tooltip";
import "./text.css";

/** Anchor ids like Streamlit's: lowercase words joined by '-'. */
export function headingAnchor(body: string): string {
  return body
    .toLowerCase()
    .replace(/[*_`~[\]()#]/g, "")
    .replace(/[^\p{L}\p{N}\s-]/gu, "")
    .trim()
    .replace(/\s+/g, "-");
}

const DIVIDER_COLORS: Record<string, string> = {
  blue: "#1c83e1",
  green: "#21c354",
  orange: "#ffa421",
  red: "#ff2b2b",
  violet: "#803df5",
  gray: "#a3a8b8",
  grey: "#a3a8b8",
  rainbow: "linear-gradient(to right, #ff4b4b, #ffa421, #ffe312, #21c354, #1c83e1, #803df5)",
};

export function Heading({ el }: { el: rustlit.IHeading }) {
  const tag = el.tag === "h2" || el.tag === "h3" ? el.tag : "h1";
  const body = el.body ?? "";
  const anchor = el.anchor || headingAnchor(body);
  const divider = el.divider ? (DIVIDER_COLORS[el.divider] ?? el.divider) : null;
  return (
    <div className="stHeading" data-testid="stHeading">
      <div className={`st-heading st-heading-${tag}`} data-testid="stHeadingWithActionElements">
        {createElement(
          tag,
          { id: anchor || undefined },
          <StreamlitMarkdown body={body} inline />,
          !el.hideAnchor && anchor ? (
            <span className="st-heading-actions" data-testid="stHeaderActionElements">
              <a href={`#${anchor}`} aria-label="Link to heading">
                <svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true">
                  <path
                    d="M10 14a4 4 0 0 0 5.66 0l3-3a4 4 0 0 0-5.66-5.66l-1 1M14 10a4 4 0 0 0-5.66 0l-3 3a4 4 0 0 0 5.66 5.66l1-1"
                    fill="none"
                    stroke="currentColor"
                    strokeWidth="2"
                    strokeLinecap="round"
                  />
                </svg>
              </a>
            </span>
          ) : null,
          el.help ? <HelpIcon help={el.help} /> : null,
        )}
      </div>
      {divider ? <hr className="st-heading-divider" data-testid="stHeadingDivider" style={{ background: divider }} /> : null}
    </div>
  );
}
