import { createElement, lazy, useState, type ComponentType } from "react";

/** A component whose code downloads on demand, and that can be fetched ahead of being shown. */
export interface PreloadableComponent<P extends object> {
  Component: ComponentType<P>;
  /** Starts the download (once; again after a failure) and resolves when the code has arrived. */
  preload: () => Promise<void>;
}

/**
 * Like React.lazy, with a preload: once the code has arrived, the component renders at once. React.lazy
 * suspends on its first render even when its code is already here (the import's promise settles a moment
 * later), and React then holds the revealed content back for up to 300 ms after its fallback showed: a role
 * panel prefetched while the map was idle still took a third of a second to open the first time.
 * @example
 * const RolePanel = preloadableLazy(() => import("./RolePanel").then((m) => m.RolePanel));
 * void RolePanel.preload(); // when idle, or on hover
 * <RolePanel.Component id="counsellor" />
 */
export function preloadableLazy<P extends object>(
  load: () => Promise<ComponentType<P>>,
): PreloadableComponent<P> {
  let loaded: ComponentType<P> | null = null;
  let pending: Promise<ComponentType<P>> | null = null;
  const fetchCode = () => {
    pending ??= load().then(
      (component) => (loaded = component),
      (error: unknown) => {
        // A failed download is tried again next time (LoadBoundary says so, and offers a reload).
        pending = null;
        throw error;
      },
    );
    return pending;
  };
  const Lazy = lazy(() => fetchCode().then((component) => ({ default: component })));
  function Component(props: P) {
    // Chosen once per mount: a component that mounted while its code was loading is never swapped for the
    // loaded one mid-life (which would remount it, losing its state and focus).
    const [Chosen] = useState<ComponentType<P>>(() => loaded ?? Lazy);
    return createElement(Chosen, props);
  }
  return { Component, preload: () => fetchCode().then(() => undefined) };
}
