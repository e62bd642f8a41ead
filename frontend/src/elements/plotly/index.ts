//! The plotly family's chunk (st.plotly_chart), loaded lazily: it holds
//! plotly.js, which a page without a plotly chart never downloads.
export { PlotlyChart } from "./PlotlyChart";
