//! st.balloons (`stBalloons`) and st.snow (`stSnow`): a one-off animation
//! over the page, played when the element arrives (each call carries a new
//! nonce, so a rerun that celebrates again plays again), then gone. Balloons
//! are drawn here (an SVG, no emoji font needed), snowflakes are the ❄ glyph;
//! nothing to click, nothing left in the layout.
import { type ReactNode, useEffect, useMemo, useState } from "react";
import "./celebration.css";

interface Props {
  nonce: string;
  testId: "stBalloons" | "stSnow";
  glyph: (index: number) => ReactNode;
  count: number;
  /** Longest delay plus duration, in ms: when the overlay goes. */
  lifetimeMs: number;
}

function Particles({ nonce, testId, glyph, count, lifetimeMs }: Props) {
  const [done, setDone] = useState(false);
  useEffect(() => {
    setDone(false);
    const timer = setTimeout(() => setDone(true), lifetimeMs);
    return () => clearTimeout(timer);
  }, [nonce, lifetimeMs]);
  // Positions and delays are drawn once per nonce.
  const particles = useMemo(
    () =>
      Array.from({ length: count }, (_, i) => ({
        key: `${nonce}-${i}`,
        left: `${Math.random() * 90 + 5}vw`,
        delay: `${Math.random() * (lifetimeMs / 3)}ms`,
        size: `${2 + Math.random() * 2}rem`,
      })),
    [nonce, count, lifetimeMs],
  );
  if (done) return null;
  return (
    <div className={`${testId} st-celebration`} data-testid={testId} aria-hidden="true">
      {particles.map((p) => (
        <span key={p.key} className="st-particle" style={{ left: p.left, animationDelay: p.delay, fontSize: p.size }}>
          {glyph(Number(p.key.split("-").pop()))}
        </span>
      ))}
    </div>
  );
}

const BALLOON_COLORS = ["#ff4b4b", "#ffa421", "#ffe312", "#21c354", "#1c83e1", "#803df5"];

function balloon(index: number) {
  const color = BALLOON_COLORS[index % BALLOON_COLORS.length];
  return (
    <svg viewBox="0 0 40 100" width="1.6em" height="4em">
      <path d="M20 52 q-3 20 2 46" fill="none" stroke="#8a8a8a" strokeWidth="1" />
      <ellipse cx="20" cy="24" rx="17" ry="22" fill={color} />
      <path d="M17 46 h6 l-3 6 z" fill={color} />
      <ellipse cx="13" cy="15" rx="4" ry="7" fill="#fff" opacity="0.35" />
    </svg>
  );
}

const snowflake = () => "❄";

export function Balloons({ el }: { el: { nonce?: number | Long | null } }) {
  return <Particles nonce={String(el.nonce ?? 0)} testId="stBalloons" glyph={balloon} count={30} lifetimeMs={2000} />;
}

export function Snow({ el }: { el: { nonce?: number | Long | null } }) {
  return <Particles nonce={String(el.nonce ?? 0)} testId="stSnow" glyph={snowflake} count={60} lifetimeMs={6000} />;
}

type Long = { toString(): string };
