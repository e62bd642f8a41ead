//! st.space: an empty `stSpace` box as large as its size (a rem size name,
//! pixels, or "stretch") along its container's direction: a height in a
//! vertical block, a width in a row.
import { useContext } from "react";
import type { rustlit } from "../../proto";
import { InRow } from "../../render/flex";

export function Space({ el }: { el: rustlit.ISpace }) {
  const inRow = useContext(InRow);
  // "stretch" takes the room its block has left (blocks.css grows its element
  // container); in a block that grows with its content that is nothing, as in Streamlit.
  const size = el.stretch ? undefined : el.pixels ? `${el.pixels}px` : `${el.rem ?? 0.75}rem`;
  const style = el.stretch ? undefined : inRow ? { width: size } : { height: size };
  return <div className={el.stretch ? "stSpace st-stretch" : "stSpace"} data-testid="stSpace" style={style} />;
}
