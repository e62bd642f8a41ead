//! The echarts family's chunk (st.echarts_chart), loaded lazily: it holds
//! Apache ECharts, which a page without an ECharts chart never downloads.
import "./echarts.css";
export { EChartsChart } from "./EChartsChart";
