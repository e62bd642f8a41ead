//! The "Statistics" submenu's content, drawn as 1.67 draws it: a histogram (numbers, dates) or
//! share bars (top text values, true/false), a rule, then the metrics (`stDataFrameStatistics*`
//! test ids). The histogram is a small SVG of its own rather than 1.67's Vega-Lite chart: the
//! same 180×64 bars without axes, so the grid's chunk does not pull in Vega.
import { chartTheme } from "../charts/vegaTheme";
import { binRange, metricRows, shareBars, type ColumnStats, type MetricRow, type NumericStats, type DatetimeStats } from "./statistics";

const CHART_WIDTH = 180;
const CHART_HEIGHT = 64;
/** The bars' area inside the chart (1.67's Vega view: 2 px padding, a pixel for the bars' stroke). */
const PLOT = { x: 1, y: 3, width: 178, height: 58 };
const CORNER = 2;

const ARIA: Record<ColumnStats["type"], string> = {
  numeric: "Distribution histogram", datetime: "Distribution histogram",
  text: "Top values frequency chart", boolean: "True/false distribution chart",
};

/** A bar from (x0, y) to (x1, bottom) with its top corners rounded, as a path. */
function barPath(x0: number, x1: number, y: number, bottom: number): string {
  const r = Math.max(0, Math.min(CORNER, (x1 - x0) / 2, bottom - y));
  return `M${x0},${bottom}V${y + r}Q${x0},${y} ${x0 + r},${y}H${x1 - r}Q${x1},${y} ${x1},${y + r}V${bottom}Z`;
}

function Histogram({ stats }: { stats: NumericStats | DatetimeStats }) {
  const theme = chartTheme();
  const bins = stats.histogram;
  // One bin of equal values is drawn one unit wide around them, as 1.67 does.
  const single = bins.length === 1 && bins[0]!.start === bins[0]!.end;
  const lo = single ? bins[0]!.start - 0.5 : bins[0]!.start;
  const hi = single ? bins[0]!.end + 0.5 : bins[bins.length - 1]!.end;
  const top = Math.max(...bins.map((b) => b.count));
  const x = (v: number) => PLOT.x + ((v - lo) / (hi - lo)) * PLOT.width;
  const y = (count: number) => PLOT.y + PLOT.height - (top > 0 ? (count / top) * PLOT.height : 0);
  const bottom = PLOT.y + PLOT.height;
  return (
    <div className="st-dataframe-stats-histogram" data-testid="stDataFrameStatisticsChart" role="img" aria-label={ARIA[stats.type]}>
      <svg viewBox={`0 0 ${CHART_WIDTH} ${CHART_HEIGHT}`} width={CHART_WIDTH} height={CHART_HEIGHT}>
        {bins.map((b, i) => {
          const x0 = single ? x(b.start - 0.5) : x(b.start);
          const x1 = single ? x(b.end + 0.5) : x(b.end);
          return (
            <path key={i} d={barPath(x0, x1, y(b.count), bottom)} fill={theme.categorical[0]} stroke={theme.background} strokeWidth={1}>
              <title>{`Range: ${binRange(stats, b)}\nCount: ${b.count}`}</title>
            </path>
          );
        })}
      </svg>
    </div>
  );
}

function ShareChart({ stats }: { stats: Extract<ColumnStats, { type: "text" | "boolean" }> }) {
  const bars = shareBars(stats);
  const color = chartTheme().categorical[0];
  return (
    <div className="st-dataframe-stats-shares" data-testid="stDataFrameStatisticsChart" role="img"
      aria-label={`${ARIA[stats.type]}: ${bars.map((b) => b.title).join("; ")}`}>
      {bars.map((b) => (
        <div key={b.label} className="st-dataframe-stats-share" title={b.title}>
          <span className="st-dataframe-stats-share-label">{b.label}</span>
          <div className="st-dataframe-stats-share-track">
            <div className="st-dataframe-stats-share-fill" style={{ width: `${Math.min(100, Math.max(0, b.percent))}%`, background: color }} />
          </div>
          <span className="st-dataframe-stats-share-value">{b.valueLabel}</span>
        </div>
      ))}
    </div>
  );
}

/** The chart above the metrics, or nothing when there is nothing to draw. */
function Chart({ stats }: { stats: ColumnStats }) {
  switch (stats.type) {
    case "numeric": case "datetime": return stats.histogram.length ? <Histogram stats={stats} /> : null;
    case "text": return stats.topValues.length ? <ShareChart stats={stats} /> : null;
    case "boolean": return stats.count ? <ShareChart stats={stats} /> : null;
  }
}

function Metrics({ rows }: { rows: MetricRow[] }) {
  return (
    <dl className="st-dataframe-stats-metrics" data-testid="stDataFrameStatisticsMetrics">
      {rows.map((r) => (
        <div key={r.label} className="st-dataframe-stats-metric"><dt>{r.label}</dt><dd>{r.value}</dd></div>
      ))}
    </dl>
  );
}

/** 1.67's content: "No data" without values or missing ones; only the counts with missing ones only. */
export function StatisticsContent({ stats }: { stats: ColumnStats | null }) {
  if (!stats || (stats.count === 0 && stats.empty === 0)) return <div className="st-dataframe-stats-none">No data</div>;
  const sample = stats.isSampled ? <div className="st-dataframe-stats-sample">Based on sample</div> : null;
  if (stats.count === 0) {
    return (
      <div className="st-dataframe-stats" data-testid="stDataFrameStatisticsContent">
        <Metrics rows={metricRows(stats, true)} />{sample}
      </div>
    );
  }
  return (
    <div className="st-dataframe-stats" data-testid="stDataFrameStatisticsContent">
      <Chart stats={stats} />
      <div className="st-dataframe-stats-rule" />
      <Metrics rows={metricRows(stats)} />{sample}
    </div>
  );
}
