//! deck.gl's geo layers that pydeck decks name (H3 hexagons and clusters, trips,
//! great circles), a chunk of their own: @deck.gl/geo-layers and h3-js are
//! large, and only a deck that uses one of these layers fetches them
//! (`usesGeoLayers` in deckSpec.ts decides). Named imports only, so the
//! package's tile, terrain and MVT layers stay out of the chunk.
export { GreatCircleLayer, H3ClusterLayer, H3HexagonLayer, TripsLayer } from "@deck.gl/geo-layers";
