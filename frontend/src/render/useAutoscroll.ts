//! 1.67's `autoscroll` of a fixed-height container: new content scrolls it to
//! the bottom, as a chat's newest message should be in view, unless the viewer
//! has scrolled up to read something (then it stays where they put it until
//! they scroll back down).
import { useEffect, type RefObject } from "react";
import type { TreeNode } from "../store/tree";

/** Within this many pixels of the bottom counts as "at the bottom". */
const AT_BOTTOM_SLACK_PX = 24;

export function useAutoscroll(box: RefObject<HTMLElement | null>, enabled: boolean): void {
  useEffect(() => {
    const node = box.current;
    if (!enabled || !node) return;
    let following = true;
    const onScroll = () => {
      following = node.scrollHeight - node.scrollTop - node.clientHeight <= AT_BOTTOM_SLACK_PX;
    };
    const follow = () => {
      if (following) node.scrollTop = node.scrollHeight;
    };
    follow();
    node.addEventListener("scroll", onScroll, { passive: true });
    // Text streamed into a message changes characters, a new message adds nodes.
    const observer = new MutationObserver(follow);
    observer.observe(node, { childList: true, subtree: true, characterData: true });
    return () => {
      observer.disconnect();
      node.removeEventListener("scroll", onScroll);
    };
  }, [box, enabled]);
}

/** Whether a block holds a chat message anywhere inside (1.67 then autoscrolls by default). */
export function holdsChatMessage(nodes: readonly TreeNode[]): boolean {
  return nodes.some((n) => n.kind === "block" && (!!n.block?.chatMessage || holdsChatMessage(n.children)));
}
