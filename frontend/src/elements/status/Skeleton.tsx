//! st.skeleton: a pulsing placeholder (`stSkeletonElement`, class `stSkeleton`,
//! as 1.67 names it) as tall as one input widget, or as its height: pixels, or
//! "stretch" (the room its block has).
import type { rustlit } from "../../proto";
import "./skeleton.css";

export function Skeleton({ heightConfig }: { el: rustlit.ISkeleton; heightConfig?: rustlit.IHeightConfig | null }) {
  const style = heightConfig?.pixelHeight
    ? { height: `${heightConfig.pixelHeight}px` }
    : heightConfig?.useStretch
      ? { height: "100%" }
      : undefined;
  return <div className="stSkeleton" data-testid="stSkeletonElement" aria-hidden="true" style={style} />;
}
