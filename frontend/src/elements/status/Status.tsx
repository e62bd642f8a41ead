//! Status elements: st.progress (`stProgress`), st.spinner (`stSpinner`),
//! st.toast (`stToast`, in the event root) and st.metric (`stMetric`).
import { useEffect, useRef, useState } from "react";
import { rustlit } from "../../proto";
import { ElementIcon } from "../shared/Icon";
import { StreamlitMarkdown } from "../shared/StreamlitMarkdown";
import { formatMetricText } from "../shared/numberFormat";
import { HelpIcon } from "../shared/Tooltip";
import { SPARK_HEIGHT, sparkShape, type SparkKind } from "./sparkline";
import "./status.css";

export function Progress({ el }: { el: rustlit.IProgress }) {
  const value = Math.min(100, Math.max(0, el.value ?? 0));
  return (
    <div className="stProgress" data-testid="stProgress">
      {el.text ? <StreamlitMarkdown body={el.text} /> : null}
      <div role="progressbar" aria-label="progress" aria-valuenow={value} aria-valuemin={0} aria-valuemax={100} aria-valuetext={`${value}%`}>
        <div className="st-progress-track" data-testid="stProgressBarTrack">
          <div className="st-progress-bar" style={{ width: `${value}%` }} />
        </div>
      </div>
    </div>
  );
}

/** Seconds since the spinner appeared, as "1.2 seconds" (st.spinner(show_time=True)). */
function useElapsed(active: boolean): string {
  const [start] = useState(() => Date.now());
  const [now, setNow] = useState(start);
  useEffect(() => {
    if (!active) return;
    const timer = setInterval(() => setNow(Date.now()), 100);
    return () => clearInterval(timer);
  }, [active]);
  return `${((now - start) / 1000).toFixed(1)} seconds`;
}

export function Spinner({ el }: { el: rustlit.ISpinner }) {
  const elapsed = useElapsed(!!el.showTime);
  return (
    <div className={el.cache ? "stSpinner stCacheSpinner" : "stSpinner"} data-testid="stSpinner">
      <span className="st-spinner-icon" data-testid="stSpinnerIcon" aria-hidden="true" />
      <div role="status" className="st-spinner-text">
        <StreamlitMarkdown body={el.text ?? ""} inline />
        {el.showTime ? <span className="st-spinner-time"> ({elapsed})</span> : null}
      </div>
    </div>
  );
}

export function Toast({ el }: { el: rustlit.IToast }) {
  const [open, setOpen] = useState(true);
  const duration = el.durationMs ?? 4000;
  useEffect(() => {
    if (!open || duration === 0) return;
    const timer = setTimeout(() => setOpen(false), duration);
    return () => clearTimeout(timer);
  }, [open, duration]);
  if (!open) return null;
  return (
    <div className="stToast st-toast" data-testid="stToast" role="alertdialog" aria-modal="false">
      {el.icon ? (
        <span data-testid="stToastDynamicIcon" aria-hidden="true">
          <ElementIcon icon={el.icon} />
        </span>
      ) : null}
      <div className="st-toast-text" data-testid="stToastText">
        <StreamlitMarkdown body={el.body ?? ""} />
      </div>
      <button type="button" className="st-icon-button" aria-label="Close" onClick={() => setOpen(false)}>
        ✕
      </button>
    </div>
  );
}

const COLORS: Record<number, string> = {
  [rustlit.Metric.Color.GRAY]: "gray",
  [rustlit.Metric.Color.RED]: "red",
  [rustlit.Metric.Color.GREEN]: "green",
  [rustlit.Metric.Color.ORANGE]: "orange",
  [rustlit.Metric.Color.YELLOW]: "yellow",
  [rustlit.Metric.Color.BLUE]: "blue",
  [rustlit.Metric.Color.VIOLET]: "violet",
  [rustlit.Metric.Color.PRIMARY]: "primary",
};

function Arrow({ direction }: { direction: rustlit.Metric.Direction }) {
  if (direction === rustlit.Metric.Direction.NONE) return null;
  const up = direction === rustlit.Metric.Direction.UP;
  return (
    <svg viewBox="0 0 24 24" width="16" height="16" fill="currentColor" aria-hidden="true" data-testid={up ? "stMetricDeltaIcon-Up" : "stMetricDeltaIcon-Down"}>
      <path d={up ? "M4 12l1.41 1.41L11 7.83V20h2V7.83l5.58 5.59L20 12l-8-8-8 8z" : "M20 12l-1.41-1.41L13 16.17V4h-2v12.17l-5.58-5.59L4 12l8 8 8-8z"} />
    </svg>
  );
}

export function Metric({ el, heightConfig }: { el: rustlit.IMetric; heightConfig?: rustlit.IHeightConfig | null }) {
  const vis = el.labelVisibility === 2 ? "collapsed" : el.labelVisibility === 1 ? "hidden" : "visible";
  const color = COLORS[el.color ?? 0] ?? "gray";
  return (
    <div
      className={`stMetric${el.border ? " st-bordered" : ""}`}
      data-testid="stMetric"
      style={heightConfig?.pixelHeight ? { height: heightConfig.pixelHeight } : undefined}
    >
      <label className={`st-metric-label st-widget-label-${vis}`} data-testid="stMetricLabel">
        <ElementIcon icon={el.icon} />
        <StreamlitMarkdown body={el.label ?? ""} inline />
        {el.help ? <HelpIcon help={el.help} /> : null}
      </label>
      <div className="st-metric-value" data-testid="stMetricValue">
        <StreamlitMarkdown body={formatMetricText(el.body ?? "", el.format)} inline />
      </div>
      {el.delta ? (
        <div className={`st-metric-delta st-metric-${color}`} data-testid="stMetricDelta">
          <Arrow direction={el.direction ?? rustlit.Metric.Direction.NONE} />
          <StreamlitMarkdown body={formatMetricText(el.delta, el.format)} inline />
          {el.deltaDescription ? <span className="st-metric-delta-description">{el.deltaDescription}</span> : null}
        </div>
      ) : null}
      {el.chartData && el.chartData.length > 0 ? (
        <MetricChart values={el.chartData} kind={SPARK_KINDS[el.chartType ?? 0] ?? "line"} color={color} />
      ) : null}
    </div>
  );
}

const SPARK_KINDS: Record<number, SparkKind> = {
  [rustlit.Metric.ChartType.LINE]: "line",
  [rustlit.Metric.ChartType.BAR]: "bar",
  [rustlit.Metric.ChartType.AREA]: "area",
};

/** The sparkline under a metric's value, in the delta's colour, as wide as the metric. */
function MetricChart({ values, kind, color }: { values: number[]; kind: SparkKind; color: string }) {
  const ref = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(0);
  useEffect(() => {
    const node = ref.current;
    if (!node) return;
    setWidth(Math.floor(node.getBoundingClientRect().width));
    if (typeof ResizeObserver === "undefined") return;
    const observer = new ResizeObserver(([entry]) => setWidth(Math.floor(entry.contentRect.width)));
    observer.observe(node);
    return () => observer.disconnect();
  }, []);
  const shape = sparkShape(values, kind, width);
  return (
    <div ref={ref} className={`st-metric-chart st-metric-chart-${color}`} data-testid="stMetricChart">
      {width > 0 ? (
        <svg width={width} height={SPARK_HEIGHT} viewBox={`0 0 ${width} ${SPARK_HEIGHT}`} role="img" aria-label={`${kind} chart`}>
          {shape.area ? <path className="st-metric-chart-fill" d={shape.area} /> : null}
          {shape.bars?.map((b, i) => (
            <rect key={i} className="st-metric-chart-bar" x={b.x} y={b.y} width={b.width} height={b.height} rx={Math.min(b.width / 2, b.height / 2)} />
          ))}
          {shape.line ? <path className="st-metric-chart-line" d={shape.line} /> : null}
        </svg>
      ) : null}
    </div>
  );
}
