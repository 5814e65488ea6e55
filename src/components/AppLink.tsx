import type { ReactNode } from "react";
import { Link, useHref } from "react-router";
import { useEmbedScope } from "../lib/embed-scope";
import { toEmbedPath } from "../lib/paths";

interface AppLinkProps {
  /** A full-app path from `paths`. */
  to: string;
  children: ReactNode;
  className?: string;
}

/**
 * A link inside the app. In an embed it stays in the embed when the page has an embed view, and otherwise opens
 * the full page as the embed was configured (a new tab, or the host's window), saying so to screen readers.
 */
export function AppLink({ to, children, className }: AppLinkProps) {
  const { embedded, fullPageTarget } = useEmbedScope();
  const fullHref = useHref(to);
  const embedPath = embedded ? toEmbedPath(to) : null;
  if (!embedded) {
    return (
      <Link to={to} className={className}>
        {children}
      </Link>
    );
  }
  if (embedPath !== null) {
    return (
      <Link to={embedPath} className={className}>
        {children}
      </Link>
    );
  }
  return (
    <a href={fullHref} target={fullPageTarget} rel="noopener" className={className}>
      {children}
      {fullPageTarget === "_blank" ? <span className="visually-hidden"> (opens in a new tab)</span> : null}
    </a>
  );
}
