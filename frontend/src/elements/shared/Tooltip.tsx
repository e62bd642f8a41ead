//! The help "?" icon: `stTooltipIcon` > `stTooltipHoverTarget`, showing
//! `stTooltipContent` (markdown) while hovered or focused. With children, the
//! children are the hover target instead of the icon (st.badge's help).
import { useState } from "react";
import { StreamlitMarkdown } from "./StreamlitMarkdown";
import "./shared.css";

/** `inline` builds it from spans, for help inside a paragraph (markdown's `:help[...]`). */
export function HelpIcon({ help, children, inline }: { help: string; children?: React.ReactNode; inline?: boolean }) {
  const [open, setOpen] = useState(false);
  const Box = inline ? "span" : "div";
  return (
    <Box className={`st-tooltip-icon${inline ? " st-tooltip-inline" : ""}`} data-testid="stTooltipIcon">
      <Box
        className="st-tooltip-target"
        data-testid="stTooltipHoverTarget"
        tabIndex={0}
        aria-label="Help"
        onMouseEnter={() => setOpen(true)}
        onMouseLeave={() => setOpen(false)}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
      >
        {children ?? (
          <svg viewBox="0 0 24 24" width="16" height="16" aria-hidden="true">
            <circle cx="12" cy="12" r="9.5" fill="none" stroke="currentColor" strokeWidth="1.5" />
            <path
              d="M9.6 9.4a2.5 2.5 0 0 1 4.8.9c0 1.7-2.4 2.1-2.4 3.6"
              fill="none"
              stroke="currentColor"
              strokeWidth="1.5"
              strokeLinecap="round"
            />
            <circle cx="12" cy="16.9" r="0.9" fill="currentColor" />
          </svg>
        )}
      </Box>
      {open && (
        <Box className="st-tooltip-content" data-testid="stTooltipContent" role="tooltip">
          <StreamlitMarkdown body={help} />
        </Box>
      )}
    </Box>
  );
}

/** Wraps a non-widget element that has `help`: content with the icon beside it. */
export function WithHelp({ help, children }: { help?: string | null; children: React.ReactNode }) {
  if (!help) return <>{children}</>;
  return (
    <div className="st-with-help">
      {children}
      <HelpIcon help={help} />
    </div>
  );
}
