//! The kinds of tree nodes, derived from the generated code so that they can
//! never drift from proto/rustlit.proto: `ElementKind` is the union of the
//! `Element.type` oneof's case names, `BlockKind` that of `Block.type`. The
//! registries (src/registry/) are mapped types over these unions, so a new
//! oneof member without a renderer is a compile error.
import { rustlit } from "./generated/rustlit.js";
import type { IBlock, IElement } from "./index";

export type ElementKind = NonNullable<rustlit.Element["type"]>;
export type BlockKind = NonNullable<rustlit.Block["type"]>;

/**
 * The generated `type` getter of a message class. protobufjs computes it from
 * the message's own keys (the set oneof member), so it gives the same answer
 * for a decoded message and for a plain object literal (as tests build them).
 */
function oneofGetter(prototype: object): (this: object) => string | undefined {
  const get = Object.getOwnPropertyDescriptor(prototype, "type")?.get;
  if (!get) throw new Error("generated message has no `type` oneof");
  return get;
}

const elementCase = oneofGetter(rustlit.Element.prototype);
const blockCase = oneofGetter(rustlit.Block.prototype);

/** The `Element.type` case of an element, e.g. "markdown"; null if none is set. */
export function elementKind(element: IElement): ElementKind | null {
  return (elementCase.call(element) as ElementKind | undefined) ?? null;
}

/** The `Block.type` case of a block, e.g. "vertical"; null if none is set. */
export function blockKind(block: IBlock): BlockKind | null {
  return (blockCase.call(block) as BlockKind | undefined) ?? null;
}
