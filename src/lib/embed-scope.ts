import { createContext, useCallback, useContext } from "react";
import { useNavigate, type NavigateOptions } from "react-router";
import { toEmbedPath, withBasePath } from "./paths";

/** Where links to full pages open from an embed: a new tab, or the host page's window. */
export type FullPageTarget = "_blank" | "_top";

export interface EmbedScope {
  /** True inside /embed views: no site chrome, and in-app links stay inside the embed where they can. */
  embedded: boolean;
  fullPageTarget: FullPageTarget;
  /** Inside an embed, the page's heading: what is embedded (the map and its families, a role, a plan). */
  heading: string | null;
}

export const EmbedScopeContext = createContext<EmbedScope>({
  embedded: false,
  fullPageTarget: "_blank",
  heading: null,
});

export function useEmbedScope(): EmbedScope {
  return useContext(EmbedScopeContext);
}

/**
 * Navigates to a full-app path, or to its embed view when inside an embed. A page with no embed view opens as
 * a full page where the embed was configured to open them.
 */
export function useAppNavigate(): (path: string, options?: NavigateOptions) => void {
  const navigate = useNavigate();
  const { embedded, fullPageTarget } = useEmbedScope();
  return useCallback(
    (path: string, options?: NavigateOptions) => {
      if (!embedded) return void navigate(path, options);
      const embedPath = toEmbedPath(path);
      if (embedPath !== null) return void navigate(embedPath, options);
      window.open(withBasePath(path), fullPageTarget, "noopener");
    },
    [navigate, embedded, fullPageTarget],
  );
}

/**
 * Turns a full-app path into the href a plain <a> needs (the SVG map's nodes): the base path in front, and
 * the embed view's path inside an embed.
 */
export function useAppHref(): (path: string) => string {
  const { embedded } = useEmbedScope();
  return useCallback(
    (path: string) => withBasePath((embedded ? toEmbedPath(path) : null) ?? path),
    [embedded],
  );
}
