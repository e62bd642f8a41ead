//! 1.67's in-browser checks of a field (`required`, text_input's `validate`):
//! a value that fails is not sent and the field shows why; a form holding a
//! failing field is not submitted (WidgetManager.addCheck runs every check of
//! the form on submit). The checks decide what the page sends, never what
//! the server accepts.
import { useEffect, useRef, useState } from "react";
import { useWidgets } from "../../app/context";
import "./field-check.css";

/**
 * `problemOf(value)` says why a value may not be sent (null: it may); `current` is the value the
 * field holds now, which a form's submit checks. `attempt(value, send)` sends only a passing value.
 */
export function useFieldCheck<T>(id: string, enabled: boolean, problemOf: (value: T) => string | null, current: T) {
  const widgets = useWidgets();
  const [problem, setProblem] = useState<string | null>(null);
  const latest = useRef({ problemOf, current });
  useEffect(() => {
    latest.current = { problemOf, current };
  });
  // A value that passes (the user picked or typed one) takes the mark away.
  const passes = !problemOf(current);
  useEffect(() => {
    if (passes) setProblem(null);
  }, [passes]);
  useEffect(() => {
    if (!enabled) return undefined;
    return widgets.addCheck(id, () => {
      const found = latest.current.problemOf(latest.current.current);
      setProblem(found);
      return !found;
    });
  }, [widgets, id, enabled]);
  const attempt = (value: T, send: () => void) => {
    const found = problemOf(value);
    setProblem(found);
    if (!found) send();
  };
  return { problem, clear: () => setProblem(null), attempt };
}

/** The failing field's "!" at its right end; hovering it shows the reason (`stTooltipErrorContent`). */
export function InvalidMark({ reason, testId }: { reason: string; testId?: string }) {
  const [open, setOpen] = useState(false);
  return (
    <div className="st-invalid-mark" data-testid={testId}>
      <div data-testid="stTooltipErrorHoverTarget" onMouseEnter={() => setOpen(true)} onMouseLeave={() => setOpen(false)}>
        <svg viewBox="0 0 24 24" width="16" height="16" aria-hidden="true">
          <circle cx="12" cy="12" r="9" fill="none" stroke="currentColor" strokeWidth="2" />
          <path d="M12 7v6" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
          <circle cx="12" cy="16.5" r="1.1" fill="currentColor" />
        </svg>
      </div>
      {open ? (
        <div className="st-tooltip-content st-invalid-tooltip" data-testid="stTooltipErrorContent" role="tooltip">
          {reason}
        </div>
      ) : null}
    </div>
  );
}

/** The reason for screen readers, tied to the field by `aria-describedby`. */
export function InvalidReason({ id, reason }: { id: string; reason: string | null }) {
  return reason ? (
    <span id={id} role="alert" className="st-visually-hidden">
      {reason}
    </span>
  ) : null;
}
