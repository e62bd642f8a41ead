//! deck.gl's tiled layers (raster or GeoJSON tiles, Mapbox vector tiles,
//! terrain meshes, 3D tiles, WMS images), a chunk of their own with the
//! loaders.gl parsers they bring, fetched only by a deck naming one of them.
//! Their tiles come from the network: offline each tile's request fails,
//! deck.gl logs it and draws the rest of the deck, as st.map's base map does.
import {
  MVTLayer, TerrainLayer, Tile3DLayer, TileLayer, _Tile2DHeader, _Tileset2D, _WMSLayer, _getURLFromTemplate,
} from "@deck.gl/geo-layers";

export const classes = { MVTLayer, TerrainLayer, Tile3DLayer, TileLayer, _Tile2DHeader, _Tileset2D, _WMSLayer, _getURLFromTemplate };
