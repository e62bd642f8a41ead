//! The CARTO layers and colour functions 1.67's converter knows, a chunk of
//! their own (@deck.gl/carto brings its API client and d3 scales), fetched
//! only by a deck naming one of them. Their data is a CARTO tileset from the
//! network: offline it fails to load and deck.gl draws the rest of the deck.
import {
  ClusterTileLayer, H3TileLayer, HeatmapTileLayer, PointLabelLayer, QuadbinTileLayer, RasterTileLayer, VectorTileLayer,
  colorBins, colorCategories, colorContinuous,
} from "@deck.gl/carto";

export const classes = { ClusterTileLayer, H3TileLayer, HeatmapTileLayer, PointLabelLayer, QuadbinTileLayer, RasterTileLayer, VectorTileLayer };
export const functions = { colorBins, colorCategories, colorContinuous };
