//! st.title / st.header / st.subheader: `stHeading` > h1|h2|h3 with an anchor id,
//! an optional icon before the text, a link icon on hover, an optional help icon
//! and a coloured divider below. `truncate` (wrap=False) keeps it to one line.
import { createElement } from "react";
import type { rustlit } from "../../proto";
import { HeadingLink, headingAnchor } from "../shared/HeadingLink";
import { ElementIcon } from "../shared/Icon";
import { StreamlitMarkdown } from "../shared/StreamlitMarkdown";
import { HelpIcon } from "../shared/Tooltip";
import { useTruncatedTitle } from "../shared/useTruncatedTitle";
import "./text.css";

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
  const truncate = !!el.truncate;
  const text = useTruncatedTitle<HTMLSpanElement>(truncate);
  return (
    <div className="stHeading" data-testid="stHeading">
      <div className={`st-heading st-heading-${tag}`} data-testid="stHeadingWithActionElements">
        {createElement(
          tag,
          { id: anchor || undefined },
          el.icon ? (
            <span className="st-heading-icon" data-testid="stHeadingIconWrapper" aria-hidden="true">
              <ElementIcon icon={el.icon} testId="stHeadingIcon" />
            </span>
          ) : null,
          <span ref={text} className={truncate ? "st-heading-text st-truncate" : "st-heading-text"} data-heading-text="">
            <StreamlitMarkdown body={body} inline />
          </span>,
          !el.hideAnchor && anchor ? <HeadingLink anchor={anchor} /> : null,
          el.help ? <HelpIcon help={el.help} /> : null,
        )}
      </div>
      {divider ? <hr className="st-heading-divider" data-testid="stHeadingDivider" style={{ background: divider }} /> : null}
    </div>
  );
}
