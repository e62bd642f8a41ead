//! deck.gl's mesh layers (a mesh or a glTF scene per object), a chunk fetched
//! only by a deck naming one of them.
import { ScenegraphLayer, SimpleMeshLayer } from "@deck.gl/mesh-layers";

export const classes = { ScenegraphLayer, SimpleMeshLayer };
