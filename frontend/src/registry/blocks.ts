//! The block registry: one renderer per `Block.type` case. A mapped type over
//! `BlockKind` (the generated oneof's case names), so a block kind added to
//! the proto without a renderer here fails `tsc`. Blocks are the page's
//! skeleton and small: all of them are in the initial bundle.
import type { ComponentType } from "react";
import type { BlockKind } from "../proto/kinds";
import type { BlockNode } from "../store/tree";
import { Columns } from "../elements/layout/Columns";
import { Expander } from "../elements/layout/Expander";
import { Form } from "../elements/layout/Form";
import { Tabs } from "../elements/layout/Tabs";
import { LooseBlock, Transparent, Vertical } from "../elements/layout/Vertical";
import { ChatMessage } from "../elements/chat/ChatMessage";
import { Dialog } from "../elements/layout/Dialog";
import { Popover } from "../elements/layout/Popover";
import { Grid } from "../elements/layout/Grid";

export const BLOCKS: { readonly [K in BlockKind]: ComponentType<{ node: BlockNode }> } = {
  vertical: Vertical,
  horizontal: Columns,
  // A column renders inside its row (Columns); one found elsewhere is a plain vertical block.
  column: LooseBlock,
  expandable: Expander,
  form: Form,
  chatMessage: ChatMessage,
  tabContainer: Tabs,
  // Likewise a tab renders inside its tab container (Tabs).
  tab: LooseBlock,
  // Layout-transparent: its children render as the parent's own.
  transparent: Transparent,
  dialog: Dialog,
  popover: Popover,
  grid: Grid,
  // A cell renders inside its grid (Grid); one found elsewhere is a plain vertical block.
  gridCell: LooseBlock,
};
