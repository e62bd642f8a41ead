//! The app's modal frame (`stDialog`): a backdrop that closes it on click (and
//! on Escape with `closeOnEscape`), a titled header with a close button, and
//! the body.
import { useEffect, type CSSProperties, type ReactNode } from "react";

interface Props {
  title: string;
  onClose: () => void;
  className?: string;
  closeOnEscape?: boolean;
  /** false: no close button, and neither a click outside nor Escape closes it (st.dialog(dismissible=False)). */
  dismissible?: boolean;
  /** Shown before the title (an emoji or a :material/...: icon). */
  icon?: ReactNode;
  style?: CSSProperties;
  children: ReactNode;
}

export function Modal({ title, onClose, className, closeOnEscape, dismissible = true, icon, style, children }: Props) {
  useEffect(() => {
    if (!closeOnEscape || !dismissible) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === "Escape") onClose();
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [onClose, closeOnEscape, dismissible]);
  return (
    <div className="st-modal-backdrop" onClick={dismissible ? onClose : undefined}>
      <div
        role="dialog"
        aria-modal="true"
        aria-label={title}
        className={`stDialog st-modal${className ? ` ${className}` : ""}`}
        data-testid="stDialog"
        style={style}
        onClick={(e) => e.stopPropagation()}
      >
        <div className="st-modal-header">
          <h2>
            {icon}
            {title}
          </h2>
          {dismissible && (
            <button type="button" className="st-icon-button" aria-label="Close" onClick={onClose}>
              ✕
            </button>
          )}
        </div>
        {children}
      </div>
    </div>
  );
}
