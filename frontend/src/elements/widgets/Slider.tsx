//! st.slider (`stSlider`): one or two thumbs on a track, value labels above the
//! thumbs (`stSliderThumbValue`) and min/max below (`stSliderTickBarMin/Max`).
//! Dragging edits a local draft; release (or key-up) commits one rerun.
import { useEffect, useRef, useState } from "react";
import { rustlit } from "../../proto";
import { useWidgets, useHeldValue } from "../../app/context";
import { formatNumber } from "../shared/printf";
import { formatMicros } from "../shared/dates";
import { arrayValue } from "../shared/values";
import { plainLabel, WidgetLabel } from "../shared/WidgetLabel";
import "./slider.css";

function snap(v: number, min: number, max: number, step: number): number {
  const n = Math.round((v - min) / step);
  const snapped = min + n * step;
  // Trim float noise such as 0.30000000000000004.
  return Math.min(max, Math.max(min, Number(snapped.toFixed(10))));
}

interface SliderProps {
  el: rustlit.ISlider;
  /** select_slider: thumb positions (option indices) and their labels. */
  positions?: number[];
  label?: (v: number) => string;
  onCommit?: (values: number[]) => void;
}

export function Slider({ el, positions, label, onCommit }: SliderProps) {
  const w = el.widget ?? {};
  const widgets = useWidgets();
  const id = w.id ?? "";
  const held = arrayValue(useHeldValue(w));
  const committed = positions ?? held;
  const [draft, setDraft] = useState<number[]>(committed);
  const dragging = useRef<number | null>(null);
  const draftRef = useRef(draft);
  draftRef.current = draft;
  const track = useRef<HTMLDivElement>(null);
  const committedKey = committed.join(",");
  useEffect(() => setDraft(committedKey === "" ? [] : committedKey.split(",").map(Number)), [committedKey]);

  const min = el.min ?? 0;
  const max = el.max ?? 1;
  const isInt = el.dataType === rustlit.Slider.DataType.INT;
  const isTime = (el.dataType ?? 0) >= rustlit.Slider.DataType.DATETIME;
  const step = el.step || (isInt ? 1 : 0.01);
  const disabled = !!w.disabled;
  const fmt = (v: number) =>
    label ? label(v) : isTime ? formatMicros(v, el.format || "YYYY-MM-DD") : formatNumber(v, el.format, isInt);
  const pct = (v: number) => (max === min ? 0 : ((v - min) / (max - min)) * 100);

  const commit = (values: number[]) => {
    if (values.join(",") === committedKey) return;
    if (onCommit) onCommit(values);
    else widgets.setValue(id, { doubleArrayValue: { data: values } });
  };

  const valueAt = (clientX: number) => {
    const rect = track.current!.getBoundingClientRect();
    const frac = rect.width > 0 ? (clientX - rect.left) / rect.width : 0;
    return snap(min + Math.min(1, Math.max(0, frac)) * (max - min), min, max, step);
  };

  const moveThumb = (thumb: number, v: number) => {
    setDraft((d) => {
      const next = d.slice();
      next[thumb] = v;
      if (next.length === 2) {
        if (thumb === 0 && next[0] > next[1]) next[0] = next[1];
        if (thumb === 1 && next[1] < next[0]) next[1] = next[0];
      }
      draftRef.current = next;
      return next;
    });
  };

  const onPointerDown = (e: React.PointerEvent) => {
    if (disabled || !track.current) return;
    e.preventDefault();
    const v = valueAt(e.clientX);
    const d = draftRef.current;
    const thumb = d.length === 2 ? (Math.abs(v - d[0]) <= Math.abs(v - d[1]) && !(v > d[1]) ? 0 : 1) : 0;
    dragging.current = thumb;
    (e.currentTarget as HTMLElement).setPointerCapture?.(e.pointerId);
    moveThumb(thumb, v);
  };
  const onPointerMove = (e: React.PointerEvent) => {
    if (dragging.current === null) return;
    moveThumb(dragging.current, valueAt(e.clientX));
  };
  const onPointerUp = () => {
    if (dragging.current === null) return;
    dragging.current = null;
    commit(draftRef.current);
  };

  const onKey = (thumb: number) => (e: React.KeyboardEvent) => {
    const cur = draftRef.current[thumb];
    const moves: Record<string, number> = {
      ArrowRight: cur + step,
      ArrowUp: cur + step,
      ArrowLeft: cur - step,
      ArrowDown: cur - step,
      Home: min,
      End: max,
      PageUp: cur + step * 10,
      PageDown: cur - step * 10,
    };
    if (e.key in moves) {
      e.preventDefault();
      moveThumb(thumb, snap(moves[e.key], min, max, step));
    }
  };

  const range = draft.length === 2;
  const lo = range ? pct(draft[0]) : 0;
  const hi = pct(draft[range ? 1 : 0] ?? min);

  return (
    <div className={`stSlider${disabled ? " st-disabled" : ""}`} data-testid="stSlider">
      <WidgetLabel label={w.label ?? ""} help={w.help} visibility={w.labelVisibility} disabled={disabled} />
      <div className="st-slider">
        <div
          className="st-slider-track-area"
          onPointerDown={onPointerDown}
          onPointerMove={onPointerMove}
          onPointerUp={onPointerUp}
          onPointerCancel={onPointerUp}
        >
          <div className="st-slider-track" ref={track}>
            <div className="st-slider-fill" style={{ left: `${lo}%`, width: `${hi - lo}%` }} />
            {draft.map((v, i) => (
              <div
                key={i}
                className="st-slider-thumb"
                role="slider"
                tabIndex={disabled ? -1 : 0}
                aria-label={plainLabel(w.label ?? "")}
                aria-valuemin={min}
                aria-valuemax={max}
                aria-valuenow={v}
                aria-valuetext={fmt(v)}
                aria-disabled={disabled}
                style={{ left: `${pct(v)}%` }}
                onKeyDown={onKey(i)}
                onKeyUp={() => commit(draftRef.current)}
              >
                <div className="st-slider-thumb-value" data-testid="stSliderThumbValue">
                  {fmt(v)}
                </div>
              </div>
            ))}
          </div>
        </div>
        <div className="st-slider-ticks" data-testid="stSliderTickBar">
          <div data-testid="stSliderTickBarMin">{fmt(min)}</div>
          <div data-testid="stSliderTickBarMax">{fmt(max)}</div>
        </div>
      </div>
    </div>
  );
}
