//! A code block as 1.67 draws one for st.code, st.echo and markdown's fenced
//! code: a grey box (`stCode`), syntax-highlighted by Prism's grammars (loaded
//! on demand, shared/highlight), optional line numbers and wrapping, and a copy button.
//! st.code's `height` (pixels or "stretch") sizes the box; the code scrolls inside it.
import { useState } from "react";
import { type Segment, useHighlight } from "./highlight/useHighlight";
import "./code-block.css";

interface Props {
  text: string;
  /** Prism's name or alias for the language; none (or an unknown one) shows plain text. */
  language?: string | null;
  lineNumbers?: boolean;
  wrap?: boolean;
  /** Pixels: exactly this tall; "stretch": the room a fixed-height block leaves; unset: the content's height. */
  height?: number | "stretch";
}

/** `segments` cut at line ends, so that each line can carry its number. */
function splitLines(segments: Segment[]): Segment[][] {
  const lines: Segment[][] = [[]];
  for (const seg of segments) {
    const parts = seg.text.split("\n");
    parts.forEach((part, i) => {
      if (i > 0) lines.push([]);
      if (part) lines[lines.length - 1].push({ className: seg.className, text: part });
    });
  }
  return lines;
}

function Run({ seg }: { seg: Segment }) {
  return seg.className ? <span className={seg.className}>{seg.text}</span> : <>{seg.text}</>;
}

export function CodeBlock({ text, language, lineNumbers, wrap, height }: Props) {
  const segments = useHighlight(text, language) ?? [{ className: null, text }];
  const [copied, setCopied] = useState(false);
  const copy = () => {
    void navigator.clipboard?.writeText(text).then(() => {
      setCopied(true);
      setTimeout(() => setCopied(false), 1500);
    });
  };
  let body;
  if (lineNumbers) {
    const lines = splitLines(segments);
    body = lines.map((line, i) => (
      <span className="st-code-line" key={i}>
        <span className="st-code-lineno">{i + 1}</span>
        {line.map((seg, j) => (
          <Run seg={seg} key={j} />
        ))}
        {i < lines.length - 1 ? "\n" : ""}
      </span>
    ));
  } else {
    body = segments.map((seg, i) => <Run seg={seg} key={i} />);
  }
  return (
    <div
      className={height ? "stCode st-code-sized" : "stCode"}
      data-testid="stCode"
      style={typeof height === "number" ? { height } : undefined}
    >
      <pre className={`st-code${wrap ? " st-code-wrap" : ""}`}>
        <code className={language ? `language-${language}` : undefined}>{body}</code>
      </pre>
      <button
        type="button"
        className="st-code-copy"
        data-testid="stCodeCopyButton"
        title={copied ? "Copied" : "Copy to clipboard"}
        onClick={copy}
      >
        {copied ? (
          <svg viewBox="0 0 24 24" width="16" height="16" aria-hidden="true">
            <path d="M5 13l4 4L19 7" fill="none" stroke="currentColor" strokeWidth="2" />
          </svg>
        ) : (
          <svg viewBox="0 0 24 24" width="16" height="16" aria-hidden="true">
            <rect x="8" y="8" width="12" height="12" rx="2" fill="none" stroke="currentColor" strokeWidth="2" />
            <path d="M16 8V6a2 2 0 0 0-2-2H6a2 2 0 0 0-2 2v8a2 2 0 0 0 2 2h2" fill="none" stroke="currentColor" strokeWidth="2" />
          </svg>
        )}
      </button>
    </div>
  );
}
