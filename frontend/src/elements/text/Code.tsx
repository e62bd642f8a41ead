//! st.code / st.echo: a grey code block (`stCode`) with a copy button, optional
//! line numbers and wrapping. Syntax highlighting is not done yet (plain text).
import { useState } from "react";
import type { rustlit } from "../../proto";
import "./code.css";

export function Code({ el }: { el: rustlit.ICode }) {
  const text = el.codeText ?? "";
  const [copied, setCopied] = useState(false);
  const lines = text.split("\n");
  const copy = () => {
    void navigator.clipboard?.writeText(text).then(() => {
      setCopied(true);
      setTimeout(() => setCopied(false), 1500);
    });
  };
  return (
    <div className="stCode" data-testid="stCode">
      <pre className={`st-code${el.wrapLines ? " st-code-wrap" : ""}`}>
        <code className={el.language ? `language-${el.language}` : undefined}>
          {el.showLineNumbers
            ? lines.map((line, i) => (
                <span className="st-code-line" key={i}>
                  <span className="st-code-lineno">{i + 1}</span>
                  {line}
                  {i < lines.length - 1 ? "\n" : ""}
                </span>
              ))
            : text}
        </code>
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
