//! Outline icons for st.feedback, drawn as inline SVG so they look the same on
//! every machine (emoji depend on the system's fonts and are missing on many
//! Linux desktops). Thumbs, five faces from sad to happy, and a star.
const STROKE = { fill: "none", stroke: "currentColor", strokeWidth: 1.6, strokeLinecap: "round", strokeLinejoin: "round" } as const;

const THUMB = "M7.5 10.5 11 3.8c1.3-.6 2.6.3 2.4 1.8L12.8 9.5H19c1.2 0 2 1.1 1.7 2.3l-1.6 6.6c-.2.9-1 1.6-1.9 1.6H7.5Z M3.5 10.5h4v9.5h-4Z";

function starPoints(): string {
  const points: string[] = [];
  for (let i = 0; i < 10; i++) {
    const r = i % 2 === 0 ? 9 : 4;
    const a = (Math.PI / 5) * i - Math.PI / 2;
    points.push(`${(12 + r * Math.cos(a)).toFixed(2)},${(12.6 + r * Math.sin(a)).toFixed(2)}`);
  }
  return points.join(" ");
}
const STAR = starPoints();

/** `kind`: "up" | "down" | "star" | "face0".."face4"; `filled` marks the chosen one. */
export function FeedbackIcon({ kind, filled }: { kind: string; filled: boolean }) {
  let body;
  if (kind === "up" || kind === "down") {
    body = <path d={THUMB} {...STROKE} transform={kind === "down" ? "rotate(180 12 12)" : undefined} />;
  } else if (kind === "star") {
    body = <polygon points={STAR} {...STROKE} fill={filled ? "currentColor" : "none"} />;
  } else {
    // Faces: the mouth bends from a frown (0) to a wide smile (4).
    const mood = Number(kind.slice(4)) - 2;
    const mouth = `M8 ${15.5 - mood * 0.4} Q12 ${15.5 + mood * 1.6} 16 ${15.5 - mood * 0.4}`;
    body = (
      <>
        <circle cx="12" cy="12" r="9" {...STROKE} />
        <circle cx="9" cy="9.8" r="1" fill="currentColor" />
        <circle cx="15" cy="9.8" r="1" fill="currentColor" />
        <path d={mouth} {...STROKE} />
      </>
    );
  }
  return (
    <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" className="st-feedback-icon">
      {body}
    </svg>
  );
}
