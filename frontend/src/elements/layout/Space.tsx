//! st.space: an empty `stSpace` box as tall as its size (a rem size name,
//! pixels, or "stretch"). rustlit lays every container out vertically
//! (`st.container(horizontal=True)` is not applied), so the size is a height.
import type { rustlit } from "../../proto";

export function Space({ el }: { el: rustlit.ISpace }) {
  // "stretch" fills what a fixed-height container has left; in a container
  // that grows with its content that is nothing, as in Streamlit.
  const height = el.stretch ? undefined : el.pixels ? `${el.pixels}px` : `${el.rem ?? 0.75}rem`;
  return <div className="stSpace" data-testid="stSpace" style={el.stretch ? { flex: "1 1 0" } : { height }} />;
}
