//! The maps family's chunk (st.map, st.pydeck_chart), loaded lazily: it holds
//! deck.gl and maplibre-gl, which a page without a map never downloads.
export { DeckGlJsonChart } from "./DeckGlJsonChart";
