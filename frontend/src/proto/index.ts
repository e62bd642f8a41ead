//! The generated protobuf classes, re-exported under short names. Generated code
//! lives in ./generated (built by `npm run proto` from ../proto/*.proto).
import { rustlit } from "./generated/rustlit.js";

export { rustlit };
export const {
  ForwardMsg,
  BackMsg,
  RerunScript,
  WidgetState,
  RunStatus,
  LabelVisibility,
  Alert,
  Markdown,
  Checkbox,
  Slider,
  NumberInput,
} = rustlit;

export type IElement = rustlit.IElement;
export type IBlock = rustlit.IBlock;
export type IForwardEvent = rustlit.IForwardEvent;
export type IWidgetState = rustlit.IWidgetState;
export type IWidget = rustlit.IWidget;
export type IWidgetValue = rustlit.IWidgetValue;
export type IException = rustlit.IException;
export type IUploadedFileInfo = rustlit.IUploadedFileInfo;
/** The element kinds a renderer can be registered for (the `Element.type` oneof). */
export type ElementType = NonNullable<rustlit.Element["type"]>;
/** The block kinds (the `Block.type` oneof). */
export type BlockType = NonNullable<rustlit.Block["type"]>;
