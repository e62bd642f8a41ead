//! The app's modal frame (`stDialog`): a backdrop that closes it on click (and
//! on Escape with `closeOnEscape`), a titled header with a close button, and
//! the body.
import { useEffect, type ReactNode } from "react";

interface Props {
  title: string;
  onClose: () => void;
  className?: string;
  closeOnEscape?: boolean;
  children: ReactNode;
}

export function Modal({ title, onClose, className, closeOnEscape, children }: Props) {
  useEffect(() => {
    if (!closeOnEscape) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === "Escape") onClose();
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [onClose, closeOnEscape]);
  return (
    <div className="st-modal-backdrop" onClick={onClose}>
      <div
        role="dialog"
        aria-modal="true"
        aria-label={title}
        className={`stDialog st-modal${className ? ` ${className}` : ""}`}
        data-testid="stDialog"
        onClick={(e) => e.stopPropagation()}
      >
        <div className="st-modal-header">
          <h2>{title}</h2>
          <button type="button" className="st-icon-button" aria-label="Close" onClick={onClose}>
            ✕
          </button>
        </div>
        {children}
      </div>
    </div>
  );
}
