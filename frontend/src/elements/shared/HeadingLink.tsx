//! The anchor of a heading (st.title/header/subheader and `#` headings inside
//! markdown): an id derived from its text as Streamlit derives it, and the link
//! icon that shows on hover (`stHeaderActionElements`).
import "./heading-link.css";

/** Anchor ids like Streamlit's: lowercase words joined by '-'. */
export function headingAnchor(body: string): string {
  return body
    .toLowerCase()
    .replace(/[*_`~[\]()#]/g, "")
    .replace(/[^\p{L}\p{N}\s-]/gu, "")
    .trim()
    .replace(/\s+/g, "-");
}

export function HeadingLink({ anchor }: { anchor: string }) {
  return (
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
  );
}
