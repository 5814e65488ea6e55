import { useEffect, useId, useState } from "react";
import type { MapFilters } from "../../core/filters/map-filters";
import { PAPER_MM, PAPER_SIZES, type PaperSize } from "../../core/poster/paper";
import type { PosterReach } from "../../core/poster/poster-view";
import { useAnnouncer } from "../../lib/announcer";
import { useCareerData } from "../../lib/career-data-context";
import { paths, withBasePath } from "../../lib/paths";
import { downloadText } from "../../render/download-text";
import "./poster-download.scss";
import { makePoster } from "./poster-file";

interface PosterToPrint {
  /** The poster as a data: address (the page's content policy lets images come from data: and the site). */
  src: string;
  paper: PaperSize;
  alt: string;
}

/**
 * "Download this map": the view on screen as a poster on landscape A3 or A4, saved as an SVG file or printed
 * (the browser's print saves a vector PDF with its text intact). This, the poster's builder and the QR library
 * load only when someone opens "Download this map" (the map page loads this lazily).
 */
export function PosterDownload({
  filters,
  starts,
  reach,
}: {
  filters: MapFilters;
  starts: string[];
  /** What the chosen starts reach, once worked out; null before, or with none chosen. */
  reach: PosterReach | null;
}) {
  const { dataset, graph } = useCareerData();
  const announce = useAnnouncer((s) => s.announce);
  const [paper, setPaper] = useState<PaperSize>("A3");
  const [message, setMessage] = useState("");
  const [toPrint, setToPrint] = useState<PosterToPrint | null>(null);
  const name = useId();

  // The printed poster leaves the page once the print dialog closes.
  useEffect(() => {
    if (toPrint === null) return;
    const done = () => setToPrint(null);
    window.addEventListener("afterprint", done);
    return () => window.removeEventListener("afterprint", done);
  }, [toPrint]);

  const say = (text: string) => {
    setMessage(text);
    announce(text);
  };

  const posterOfView = () => {
    if (starts.length > 0 && reach === null) {
      say("The map is still working out what your starting points reach: try again in a moment.");
      return null;
    }
    // The QR code leads to the full map (never an embed) with this view's filters and starts.
    const url = new URL(withBasePath(paths.map({ filters, starts })), window.location.origin).href;
    return makePoster({ graph, dataset, filters, starts, reach, url, paper });
  };

  const downloadSvg = () => {
    const poster = posterOfView();
    if (poster === null) return;
    downloadText(`${poster.fileName}.svg`, "image/svg+xml", poster.svg);
    say(`Downloaded ${poster.fileName}.svg: ${poster.subtitle}, on ${paper}.`);
  };

  const printPdf = () => {
    const poster = posterOfView();
    if (poster === null) return;
    setToPrint({
      src: `data:image/svg+xml;charset=utf-8,${encodeURIComponent(poster.svg)}`,
      paper,
      alt: `${dataset.meta.name}: ${poster.subtitle}`,
    });
    say(`The poster is ready to print on ${paper}. To keep a PDF, choose “Save as PDF” as the printer.`);
  };

  return (
    <div className="map-poster">
      <h2 className="map-poster__heading">Download this map</h2>
      <p className="hint">
        A poster of the map as it is now (the whole map, the families you chose, or what your starting points
        reach), with its key, the date the data was reviewed and a QR code back to this view. The whole map
        prints small: for a wall, a family reads best.
      </p>
      <fieldset className="nhsuk-fieldset">
        <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">Paper (landscape)</legend>
        <div className="nhsuk-radios nhsuk-radios--small nhsuk-radios--inline">
          {PAPER_SIZES.map((size) => (
            <div key={size} className="nhsuk-radios__item">
              <input
                className="nhsuk-radios__input"
                id={`${name}-${size}`}
                type="radio"
                name={name}
                value={size}
                checked={paper === size}
                onChange={() => setPaper(size)}
              />
              <label className="nhsuk-label nhsuk-radios__label" htmlFor={`${name}-${size}`}>
                {size} ({PAPER_MM[size].width} × {PAPER_MM[size].height} mm)
              </label>
            </div>
          ))}
        </div>
      </fieldset>
      <div className="map-poster__buttons">
        <button type="button" className="nhsuk-button nhsuk-button--secondary" onClick={downloadSvg}>
          Download SVG
        </button>
        <button type="button" className="nhsuk-button nhsuk-button--secondary" onClick={printPdf}>
          Print or save as PDF
        </button>
      </div>
      {message === "" ? null : <p className="map-poster__message">{message}</p>}
      {toPrint === null ? null : (
        <div className={`poster-print poster-print--${toPrint.paper}`}>
          <img src={toPrint.src} alt={toPrint.alt} onLoad={() => window.print()} />
        </div>
      )}
    </div>
  );
}
