import { useEffect } from "react";

/**
 * Marks the page as taken over by the app (html[data-app-started]): from then on its buttons, filters and search
 * work, not only its links. The browser tests wait for it. Each page renders it beside its main content, inside
 * that content's own loading boundary (a role's panel, a lazily loaded page), because React takes over HTML
 * rendered at build time one boundary at a time: marked once from the top, the page said it had started before
 * its map, its buttons or its role's panel had been taken over.
 */
export function MarkStarted() {
  useEffect(() => {
    document.documentElement.dataset.appStarted = "";
  }, []);
  return null;
}
