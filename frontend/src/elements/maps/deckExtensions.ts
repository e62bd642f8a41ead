//! deck.gl's layer extensions (data filters, brushing, clipping, masks, path
//! and fill styles, terrain draping), a chunk fetched only by a deck whose
//! layers name one. 1.67 also knows the terrain extension without its
//! underscore.
import * as extensions from "@deck.gl/extensions";

export const classes = { ...extensions, TerrainExtension: extensions._TerrainExtension };
