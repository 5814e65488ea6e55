/**
 * Tells the page hosting an embed how tall the embed's content is, so the host can size its iframe. Posts
 * only when the height changes, at most once a frame. It only sends: the app never acts on messages it
 * receives, so a host (or anything else) cannot reconfigure it; configuration comes from the URL alone.
 */

/** The message's fixed type and the app's name, documented in docs/embedding.md. */
export const EMBED_HEIGHT_MESSAGE = "careers-map:height";
export const EMBED_APP_NAME = "psych-careers-map";

export interface EmbedHeightMessage {
  type: typeof EMBED_HEIGHT_MESSAGE;
  app: typeof EMBED_APP_NAME;
  version: 1;
  /** The content's height in CSS pixels. */
  height: number;
  /** The embed's current path, so a host with several embeds can tell them apart. */
  path: string;
}

export interface HeightReporter {
  destroy(): void;
}

/**
 * @example const reporter = createHeightReporter({ element: document.body, post: (m) => parent.postMessage(m, "*") });
 */
export function createHeightReporter({
  element,
  post,
  path,
}: {
  element: HTMLElement;
  post: (message: EmbedHeightMessage) => void;
  path: () => string;
}): HeightReporter {
  let lastHeight = -1;
  let frame = 0;
  const report = () => {
    frame = 0;
    const height = Math.ceil(element.getBoundingClientRect().height);
    if (height === lastHeight) return;
    lastHeight = height;
    post({ type: EMBED_HEIGHT_MESSAGE, app: EMBED_APP_NAME, version: 1, height, path: path() });
  };
  const schedule = () => {
    if (frame === 0) frame = requestAnimationFrame(report);
  };
  const observer = new ResizeObserver(schedule);
  observer.observe(element);
  schedule();
  return {
    destroy() {
      observer.disconnect();
      if (frame !== 0) cancelAnimationFrame(frame);
    },
  };
}
