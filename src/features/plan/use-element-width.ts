import { useLayoutEffect, useState, type RefObject } from "react";

/**
 * The width of an element in CSS pixels, kept up to date as it resizes on screen; the fallback until it is
 * measured (and where there is no layout, as in tests without a browser).
 */
export function useElementWidth(ref: RefObject<HTMLElement | null>, fallback: number): number {
  const [width, setWidth] = useState(fallback);
  useLayoutEffect(() => {
    const element = ref.current;
    if (element === null) return;
    const measure = () => {
      // A print layout is not the screen's: the chart keeps its screen width and scales to the page (CSS).
      if (window.matchMedia?.("print").matches === true) return;
      const measured = Math.floor(element.getBoundingClientRect().width);
      if (measured > 0) setWidth(measured);
    };
    measure();
    if (typeof ResizeObserver === "undefined") return;
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return width;
}
