import { StrictMode } from "react";
import { createRoot, hydrateRoot } from "react-dom/client";
import bundledDatasetUrl from "virtual:careers-dataset-url";
import builtDataHashes from "virtual:careers-data-hashes";
import payTableUrl from "virtual:careers-pay-table-url";
import mapIndexUrl from "virtual:careers-map-index-url";
import { App, type AppData } from "./app/App";
import {
  loadCareerData,
  loadMapIndex,
  loadWholeAfterMapIndex,
  startsFromMapIndex,
} from "./app/load-career-data";
import { startServiceWorkerAfterLoad } from "./app/start-service-worker-after-load";
import { chooseDataset } from "./core/dataset/dataset-source";
import { parseSharedSettings } from "./core/url/shared-settings";
import { basePath, keepInEveryLink } from "./lib/paths";
import "./styles/base.scss";

const root = document.getElementById("root");
if (root === null) throw new Error("index.html has no #root element.");

const location = new URL(window.location.href);
const settings = parseSharedSettings(location.searchParams);
const choice = chooseDataset(
  settings.data,
  location,
  bundledDatasetUrl,
  __CAREERS_DATA_ALLOW_LIST__,
  basePath,
);
// Another dataset, and an embed's link setting, stay in every link so shared links and reloads keep them.
keepInEveryLink({ data: choice.kind === "other" ? choice.param : null, links: settings.links });
// HTML rendered at build time shows the build's own data: while another dataset loads, it would offer roles and
// links that are not the ones asked for, so it gives way to a loading line at once.
if (choice.kind !== "bundled" && root.dataset.prerendered !== undefined) {
  const loading = document.createElement("p");
  loading.className = "page";
  loading.setAttribute("role", "status");
  loading.textContent = "Loading the careers data…";
  root.replaceChildren(loading);
  delete root.dataset.prerendered;
}

// The page's path inside the site, which decides the data it starts with.
const here = location.pathname.slice(basePath.length) || "/";

/** The map alone, from the build's data, starts from the map index (a sixth of the dataset); the rest follows. */
async function loadMapIndexFirst(): Promise<LoadedAppData | null> {
  if (choice.kind !== "bundled" || builtDataHashes === null || !startsFromMapIndex(here)) return null;
  const hashes = builtDataHashes;
  const map = await loadMapIndex({ mapIndex: mapIndexUrl, payTable: payTableUrl }, hashes);
  if (map === null) return null;
  const loadWhole = () => loadWholeAfterMapIndex({ dataset: choice.url, payTable: payTableUrl }, hashes);
  return { data: { ok: true, map, loadWhole }, fromBuild: true };
}

interface LoadedAppData {
  data: AppData;
  fromBuild: boolean;
}

const loaded: LoadedAppData =
  choice.kind === "refused"
    ? {
        data: { ok: false as const, problems: [{ file: "dataset" as const, problem: choice.problem }] },
        fromBuild: false,
      }
    : ((await loadMapIndexFirst()) ??
      (await loadCareerData(
        { dataset: choice.url, payTable: payTableUrl },
        // Only the bundled dataset can be the build's own.
        choice.kind === "bundled" ? builtDataHashes : null,
      ).then(({ result, fromBuild }) => ({ data: result, fromBuild }))));

const app = (
  <StrictMode>
    <App data={loaded.data} otherDatasetUrl={choice.kind === "other" ? choice.url : null} />
  </StrictMode>
);
// The build rendered this page to HTML (data-prerendered names its path) with its own data and no settings in
// the address: the app takes the HTML over as it is. Anything else (another page a host answered with this
// one, filters in the address, other data) is drawn afresh.
if (loaded.fromBuild && root.dataset.prerendered === here && location.search === "") hydrateRoot(root, app);
else {
  root.replaceChildren();
  delete root.dataset.prerendered;
  createRoot(root).render(app);
}

// Offline after the first visit: the service worker starts once the page has loaded.
startServiceWorkerAfterLoad();
