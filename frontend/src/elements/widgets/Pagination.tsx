//! st.pagination (`stPagination`): previous/next arrows around the page
//! buttons pageWindow picks; with no `max_visible_pages` as many as fit.
import { useLayoutEffect, useRef, useState } from "react";
import type { rustlit } from "../../proto";
import { useHeldValue, useWidgets } from "../../app/context";
import { ElementIcon } from "../shared/Icon";
import { indexValue } from "../shared/values";
import { pageWindow, slotsForWidth } from "./pageWindow";

export function Pagination({ el }: { el: rustlit.IPagination }) {
  const w = el.widget ?? {};
  const widgets = useWidgets();
  const id = w.id ?? "";
  const pages = el.numPages ?? 1;
  const held = indexValue(useHeldValue(w)) ?? 1;
  const current = held >= 1 && held <= pages ? held : 1;
  const disabled = !!w.disabled;
  const ref = useRef<HTMLDivElement>(null);
  const [fitting, setFitting] = useState(7);
  const responsive = el.maxVisiblePages == null;

  useLayoutEffect(() => {
    const box = ref.current?.parentElement?.parentElement;
    if (!responsive || !box) return;
    const measure = () => setFitting(slotsForWidth(box.clientWidth));
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(box);
    return () => observer.disconnect();
  }, [responsive]);

  const go = (page: number) => {
    if (page !== current && page >= 1 && page <= pages) widgets.setValue(id, { intValue: page }, !el.ignoreRerun);
  };
  const slots = pageWindow(pages, current, responsive ? fitting : el.maxVisiblePages!);
  return (
    <div className="stPagination" data-testid="stPagination" ref={ref}>
      <div className="st-pagination" role="navigation" aria-label="Pagination">
        <button type="button" className="st-page-arrow" aria-label="Previous page" data-testid="stPaginationPrev"
          disabled={disabled || current <= 1} onClick={() => go(current - 1)}>
          <ElementIcon icon=":material/chevron_left:" />
        </button>
        {slots.map((page, i) =>
          page === null ? (
            <span key={`gap${i}`} className="st-page-gap" aria-hidden="true" data-testid="stPaginationEllipsis">…</span>
          ) : (
            <button key={page} type="button" className={page === current ? "st-page st-page-active" : "st-page"}
              aria-label={`Page ${page}`} aria-current={page === current ? "page" : undefined}
              data-testid={page === current ? "stPaginationPageActive" : "stPaginationPage"}
              disabled={disabled} onClick={() => go(page)}>
              {page}
            </button>
          ),
        )}
        <button type="button" className="st-page-arrow" aria-label="Next page" data-testid="stPaginationNext"
          disabled={disabled || current >= pages} onClick={() => go(current + 1)}>
          <ElementIcon icon=":material/chevron_right:" />
        </button>
      </div>
    </div>
  );
}
