import { useCallback, useEffect, useRef } from "react";
import type { NavigateOptions } from "react-router";
import { useAppNavigate } from "./embed-scope";

/**
 * State kept in the address, changed by navigating. Navigation renders later (in a transition), so a second
 * change made before that render must build on the first, not on the value the page last rendered. This keeps
 * the latest value asked for, and lets changes be written as updates of it.
 * @example
 * const update = useUrlState(params, (next) => paths.plan(next));
 * update((prev) => ({ ...prev, to: "counsellor" }));
 */
export function useUrlState<T>(
  rendered: T,
  toPath: (value: T) => string,
): (change: (latest: T) => T, options?: NavigateOptions) => void {
  const navigate = useAppNavigate();
  const latest = useRef(rendered);
  const pendingPath = useRef<string | null>(null);
  const renderedPath = toPath(rendered);

  // Once the page has rendered what was asked for (or the address changed some other way: back, forward, a
  // link), what it rendered is the latest again.
  useEffect(() => {
    if (pendingPath.current === null || pendingPath.current === renderedPath) {
      pendingPath.current = null;
      latest.current = rendered;
    }
  }, [rendered, renderedPath]);
  // Back or forward abandons a change still waiting to render.
  useEffect(() => {
    const abandon = () => {
      pendingPath.current = null;
    };
    window.addEventListener("popstate", abandon);
    return () => window.removeEventListener("popstate", abandon);
  }, []);

  return useCallback(
    (change: (latest: T) => T, options?: NavigateOptions) => {
      const before = toPath(latest.current);
      const next = change(latest.current);
      latest.current = next;
      const nextPath = toPath(next);
      // A change that changes nothing (Escape with nothing open, choosing the chosen card) must not navigate:
      // it would add a history entry, and, as the page would not render anything new, leave a change
      // pending that a later link would never settle.
      if (nextPath === before) return;
      pendingPath.current = nextPath;
      navigate(nextPath, options);
    },
    [navigate, toPath],
  );
}
