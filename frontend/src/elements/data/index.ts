//! The data family's chunk (st.dataframe, st.table), loaded lazily: it holds
//! glide-data-grid and apache-arrow, which the initial bundle must not.
import "@glideapps/glide-data-grid/dist/index.css";
import "./data.css";
export { DataEditor, Dataframe } from "./Dataframe";
export { Table } from "./Table";
