//! deck.gl's geo layers drawn from cell ids or paths (H3 hexagons and clusters,
//! S2, geohash, quadkey and A5 cells, trips, great circles), a chunk of their
//! own: @deck.gl/geo-layers and h3-js are large, and only a deck naming one of
//! these layers fetches them (`chunksFor` in deckSpec.ts decides). Named imports
//! only, so the tile layers (tileLayers.ts) stay out of this chunk.
import {
  A5Layer, GeohashLayer, GreatCircleLayer, H3ClusterLayer, H3HexagonLayer, QuadkeyLayer, S2Layer, TripsLayer, _GeoCellLayer,
} from "@deck.gl/geo-layers";

export const classes = {
  A5Layer, GeohashLayer, GreatCircleLayer, H3ClusterLayer, H3HexagonLayer, QuadkeyLayer, S2Layer, TripsLayer, _GeoCellLayer,
};
