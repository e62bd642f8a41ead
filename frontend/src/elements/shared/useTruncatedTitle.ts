//! `wrap=False` on text elements: one line cut with an ellipsis, and, as in
//! 1.67, the whole text as the line's tooltip. The tooltip is the rendered
//! text (markdown already turned into words), kept in step with the DOM since
//! markdown extensions may render a moment after the first paint.
import { useLayoutEffect, useRef } from "react";

export function useTruncatedTitle<T extends HTMLElement>(enabled: boolean) {
  const ref = useRef<T>(null);
  useLayoutEffect(() => {
    const node = ref.current;
    if (!node) return;
    if (!enabled) {
      node.removeAttribute("title");
      return;
    }
    const update = () => {
      const text = (node.textContent ?? "").trim();
      if (node.title !== text) node.title = text;
    };
    update();
    const observer = new MutationObserver(update);
    observer.observe(node, { subtree: true, childList: true, characterData: true });
    return () => observer.disconnect();
  }, [enabled]);
  return ref;
}
