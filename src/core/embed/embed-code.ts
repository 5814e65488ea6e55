/**
 * The code a web team pastes to embed a view: a frame alone, at a fixed height, for content systems that strip
 * scripts; or the frame with a few lines that size it to its content. Any number of these can share a page:
 * the script sizes each marked frame by the messages that frame sends, and runs once however often it is
 * pasted.
 */

/** Text made safe inside a double-quoted HTML attribute. */
export function escapeAttribute(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** A string made safe inside a double-quoted JavaScript string in a script element. */
function scriptString(text: string): string {
  return JSON.stringify(text).replace(/</g, "\\u003c");
}

export interface EmbedCodeOptions {
  /** The embed's full address. */
  src: string;
  /** What the frame shows, for screen readers (the iframe's title). */
  title: string;
  /** The frame's height before the first message, or for good without the script. */
  height: number;
  /** The map's own origin: the only one whose messages the script trusts. */
  origin: string;
  /** The height message's fixed type and app name (src/render/height-reporter.ts). */
  message: { type: string; app: string };
}

/** The marker the sizing script finds its frames by. */
export const EMBED_FRAME_ATTRIBUTE = "data-careers-map";

/**
 * A frame alone, at a fixed height: it scrolls inside for anything taller.
 * @example frameOnlyCode({ src, title: "Counsellor", height: 1000, … })
 * // '<iframe src="…" title="Counsellor" width="100%" height="1000" style="border: 0" loading="lazy"></iframe>'
 */
export function frameOnlyCode({ src, title, height }: EmbedCodeOptions): string {
  return `<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(title)}" width="100%" height="${height}" style="border: 0" loading="lazy"></iframe>`;
}

/**
 * The frame, marked for the sizing script, and the script: it trusts only messages from the map's origin,
 * sent by one of the marked frames, of the map's type, with a positive height, and sizes that frame alone.
 */
export function resizingCode(options: EmbedCodeOptions): string {
  const { src, title, height, origin, message } = options;
  return [
    `<iframe ${EMBED_FRAME_ATTRIBUTE} src="${escapeAttribute(src)}" title="${escapeAttribute(title)}" width="100%" height="${height}" style="border: 0" loading="lazy"></iframe>`,
    `<script>`,
    `  // Sizes each careers map frame on this page to fit its content. Only messages from the map's own`,
    `  // address, sent by that frame, are used. Pasting this more than once adds nothing.`,
    `  (function () {`,
    `    if (window.careersMapFrames) return;`,
    `    window.careersMapFrames = true;`,
    `    window.addEventListener("message", function (event) {`,
    `      var data = event.data;`,
    `      if (event.origin !== ${scriptString(origin)}) return;`,
    `      if (!data || data.type !== ${scriptString(message.type)} || data.app !== ${scriptString(message.app)}) return;`,
    `      if (typeof data.height !== "number" || !(data.height > 0)) return;`,
    `      var frames = document.querySelectorAll("iframe[${EMBED_FRAME_ATTRIBUTE}]");`,
    `      for (var i = 0; i < frames.length; i++) {`,
    `        if (frames[i].contentWindow === event.source) frames[i].style.height = Math.ceil(data.height) + "px";`,
    `      }`,
    `    });`,
    `  })();`,
    `</script>`,
  ].join("\n");
}
