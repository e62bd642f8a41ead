//! The charts family's chunk (st.vega_lite_chart, st.altair_chart and the
//! built-in charts), loaded lazily: it holds vega, vega-lite and vega-embed,
//! which a page without charts never downloads.
import "./charts.css";
export { VegaLiteChart } from "./VegaLiteChart";
