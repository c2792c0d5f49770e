"use client";

import { useCallback, useEffect, useRef, useState } from "react";

const MARGIN = 600;

/**
 * Loads the next page while a sentinel at the end of the list is on screen (or nearly). It keeps
 * loading while the sentinel stays visible, so a filtered page that found few matches doesn't leave
 * the list stuck; it stops when `canLoad` turns false (last page, loading, or an error to retry).
 */
export function useInfiniteScroll({
  canLoad,
  load,
  pageCount,
}: {
  canLoad: boolean;
  load: () => void;
  pageCount: number;
}) {
  const [isVisible, setIsVisible] = useState(false);
  const observer = useRef<IntersectionObserver | null>(null);
  const node = useRef<HTMLDivElement | null>(null);

  const sentinelRef = useCallback((element: HTMLDivElement | null) => {
    observer.current?.disconnect();
    observer.current = null;
    node.current = element;
    if (!element) {
      setIsVisible(false);
      return;
    }
    observer.current = new IntersectionObserver(([entry]) => setIsVisible(entry?.isIntersecting ?? false), {
      rootMargin: `0px 0px ${MARGIN}px 0px`,
    });
    observer.current.observe(element);
  }, []);

  useEffect(() => () => observer.current?.disconnect(), []);

  useEffect(() => {
    // The observer reports a moved sentinel a frame late; measure now so one scroll loads one page.
    const top = node.current?.getBoundingClientRect().top;
    if (isVisible && canLoad && top !== undefined && top < window.innerHeight + MARGIN) load();
    // pageCount: after each page arrives, check again whether the sentinel is still in view.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [isVisible, canLoad, pageCount]);

  return sentinelRef;
}
