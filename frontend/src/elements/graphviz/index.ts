//! The graphviz family's chunk (st.graphviz_chart), loaded lazily: it holds
//! Graphviz compiled to WebAssembly (@hpcc-js/wasm-graphviz, the layout engine
//! 1.67's d3-graphviz runs), which a page without a graph never downloads.
import "./graphviz.css";
export { GraphVizChart } from "./GraphVizChart";
