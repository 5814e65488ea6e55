import { useId, useRef, useState, useSyncExternalStore } from "react";
import { useLocation } from "react-router";
import { toEmbedPath, withBasePath } from "../../lib/paths";
import { sharedSettingsToParams, type LinkTarget } from "../../core/url/shared-settings";
import { EMBED_APP_NAME, EMBED_HEIGHT_MESSAGE } from "../../render/height-reporter";
import { useMapData } from "../../lib/career-data-context";
import { frameOnlyCode, resizingCode } from "../../core/embed/embed-code";
import { embedHeading, embedViewOf, FIXED_EMBED_HEIGHT } from "../../core/embed/embed-view";
import "./embed-code.scss";

const noSubscription = () => () => undefined;
const currentOrigin = () => window.location.origin;

/**
 * The code a web team pastes into its page to embed the current view: an iframe with a few lines that let it
 * grow to its content, or the iframe alone at a fixed height for sites that strip scripts. Its title says what
 * it shows. A native modal dialog, so focus stays in it and Escape closes it.
 */
export function EmbedCodeDialog() {
  const { dataset, graph } = useMapData();
  const location = useLocation();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const headingId = useId();
  const [target, setTarget] = useState<LinkTarget>("new-tab");
  const [kind, setKind] = useState<"resizing" | "frame-only">("resizing");
  const [status, setStatus] = useState("");
  const embedPath = toEmbedPath(`${location.pathname}${location.search}`);
  // The site's address is the browser's to say: a page rendered at build time has no code until it hydrates.
  const origin = useSyncExternalStore(noSubscription, currentOrigin, () => null);
  if (embedPath === null) return null;

  const view = embedViewOf(location.pathname) ?? "map";
  let code = "";
  if (origin !== null) {
    const src = new URL(`${origin}${withBasePath(embedPath)}`);
    for (const [name, value] of sharedSettingsToParams({ data: null, links: target }))
      src.searchParams.set(name, value);
    const options = {
      src: src.toString(),
      title: embedHeading(graph, dataset, location.pathname, new URLSearchParams(location.search)),
      height: FIXED_EMBED_HEIGHT[view],
      origin,
      message: { type: EMBED_HEIGHT_MESSAGE, app: EMBED_APP_NAME },
    };
    code = kind === "resizing" ? resizingCode(options) : frameOnlyCode(options);
  }

  const open = () => {
    setStatus("");
    const dialog = dialogRef.current;
    if (dialog === null) return;
    if (typeof dialog.showModal === "function") dialog.showModal();
    else dialog.setAttribute("open", "");
  };
  const close = () => {
    const dialog = dialogRef.current;
    if (dialog === null) return;
    if (typeof dialog.close === "function") dialog.close();
    else dialog.removeAttribute("open");
  };
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(code);
      setStatus("Code copied.");
    } catch {
      setStatus("Copying is blocked here: select the code and copy it.");
    }
  };

  return (
    <>
      <button type="button" className="link-button embed-code__open" onClick={open}>
        Embed this view
      </button>
      <dialog ref={dialogRef} className="embed-code" aria-labelledby={headingId}>
        <h2 id={headingId}>Embed this view</h2>
        <p>
          Paste this into your page. The view keeps its filters, role or plan. Several can share a page: each
          frame keeps its own height.
        </p>
        <fieldset className="nhsuk-fieldset">
          <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">Code</legend>
          <div className="embed-code__options embed-code__options--stacked">
            <label>
              <input
                type="radio"
                name="embed-kind"
                checked={kind === "resizing"}
                onChange={() => setKind("resizing")}
              />{" "}
              A frame that grows to fit (with a short script)
            </label>
            <label>
              <input
                type="radio"
                name="embed-kind"
                checked={kind === "frame-only"}
                onChange={() => setKind("frame-only")}
              />{" "}
              The frame alone, {FIXED_EMBED_HEIGHT[view]} pixels tall, for sites that remove scripts
            </label>
          </div>
        </fieldset>
        <fieldset className="nhsuk-fieldset">
          <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">
            Links to the full careers map open
          </legend>
          <div className="embed-code__options">
            <label>
              <input
                type="radio"
                name="embed-target"
                checked={target === "new-tab"}
                onChange={() => setTarget("new-tab")}
              />{" "}
              in a new tab
            </label>
            <label>
              <input
                type="radio"
                name="embed-target"
                checked={target === "top"}
                onChange={() => setTarget("top")}
              />{" "}
              in the same window
            </label>
          </div>
        </fieldset>
        <label className="nhsuk-label" htmlFor={`${headingId}-code`}>
          Embed code
        </label>
        <textarea id={`${headingId}-code`} className="embed-code__text" readOnly value={code} rows={12} />
        <div className="button-row">
          <button type="button" className="nhsuk-button" onClick={() => void copy()}>
            Copy code
          </button>
          <button type="button" className="nhsuk-button nhsuk-button--secondary" onClick={close}>
            Close
          </button>
        </div>
        <p role="status">{status}</p>
      </dialog>
    </>
  );
}
