//! Chat apps scroll like chats: while something is pinned to the bottom
//! (st.chat_input), the main area follows its content as it grows, as long as
//! the reader was at (or near) the end before it grew. Someone who scrolled
//! up to reread stays where they are until they scroll back to the end.
import { useEffect, useRef, type RefObject } from "react";

/** How close to the end (px) still counts as "at the end". */
const NEAR_END_PX = 80;

export function isNearEnd(el: { scrollTop: number; scrollHeight: number; clientHeight: number }, slack = NEAR_END_PX): boolean {
  return el.scrollHeight - el.scrollTop - el.clientHeight <= slack;
}

export function useStickToBottom(scroller: RefObject<HTMLElement | null>, content: RefObject<HTMLElement | null>, active: boolean) {
  const atEnd = useRef(true);
  useEffect(() => {
    const el = scroller.current;
    const inner = content.current;
    if (!active || !el || !inner) return;
    // Only the reader scrolling *up* unsticks: growth, scroll anchoring and
    // our own jumps to the end all move down (or clamp at the end).
    let lastTop = el.scrollTop;
    const onScroll = () => {
      if (isNearEnd(el)) atEnd.current = true;
      else if (el.scrollTop < lastTop) atEnd.current = false;
      lastTop = el.scrollTop;
    };
    const observer = new ResizeObserver(() => {
      if (atEnd.current) el.scrollTop = el.scrollHeight;
    });
    el.addEventListener("scroll", onScroll, { passive: true });
    observer.observe(inner);
    atEnd.current = isNearEnd(el);
    return () => {
      el.removeEventListener("scroll", onScroll);
      observer.disconnect();
    };
  }, [scroller, content, active]);
}
