import { Component, type ErrorInfo, type ReactNode, createRef } from "react";

/** Where the one automatic reload after a failed download is remembered, per page address. */
const RELOADED_KEY = "careers-map:reloaded-for";

/**
 * Whether an error is a page or panel's code failing to download: the network is down, or the site was updated
 * since this tab opened and the old file is gone. Browsers word it differently.
 */
export function isChunkLoadError(error: unknown): boolean {
  const message = error instanceof Error ? `${error.name} ${error.message}` : String(error);
  return /dynamically imported module|Importing a module script failed|error loading dynamically imported module|ChunkLoadError|Loading chunk [\w-]+ failed|Unable to preload CSS/i.test(
    message,
  );
}

/**
 * Reloads the page once when its code failed to download, which a deploy since the tab opened explains: the
 * new page has the new files. Returns false when it already tried for this address, so a real outage shows
 * its message instead of reloading for ever.
 */
function reloadOnce(): boolean {
  try {
    const here = window.location.href;
    if (sessionStorage.getItem(RELOADED_KEY) === here) return false;
    sessionStorage.setItem(RELOADED_KEY, here);
  } catch {
    // Storage can be off or full: then never reload by ourselves, and say what happened.
    return false;
  }
  window.location.reload();
  return true;
}

interface LoadBoundaryProps {
  /** What failed, in words for the message: "this page", "this role's details". */
  what: string;
  children: ReactNode;
}

interface LoadBoundaryState {
  failed: boolean;
  offline: boolean;
}

/**
 * Catches a lazily loaded page or panel that fails, so the rest of the app stays and the person is told what
 * happened, with a way to try again; focus moves to the message, not to the top of a blank page. A download
 * that failed because the site was updated reloads the page by itself, once.
 */
export class LoadBoundary extends Component<LoadBoundaryProps, LoadBoundaryState> {
  override state: LoadBoundaryState = { failed: false, offline: false };
  private readonly heading = createRef<HTMLHeadingElement>();

  static getDerivedStateFromError(): Partial<LoadBoundaryState> {
    return { failed: true, offline: typeof navigator !== "undefined" && navigator.onLine === false };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    if (isChunkLoadError(error) && !this.state.offline && reloadOnce()) return;
    console.error(`${this.props.what} could not be shown`, error, info.componentStack);
  }

  override componentDidUpdate(_: LoadBoundaryProps, previous: LoadBoundaryState): void {
    if (this.state.failed && !previous.failed) this.heading.current?.focus();
  }

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    return (
      <div className="notice load-failed" role="alert">
        <h2 ref={this.heading} tabIndex={-1}>
          {`Sorry, ${this.props.what} could not be loaded`}
        </h2>
        <p>
          {this.state.offline
            ? "You seem to be offline. Connect to the internet, then reload the page."
            : "The connection may have dropped, or the site may have been updated since you opened it. Reloading the page usually fixes it."}{" "}
          Nothing you chose is lost: it is in the page’s address.
        </p>
        <button type="button" className="nhsuk-button" onClick={() => window.location.reload()}>
          Reload the page
        </button>
      </div>
    );
  }
}
