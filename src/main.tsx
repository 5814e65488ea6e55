import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import bundledDatasetUrl from "virtual:careers-dataset-url";
import payTableUrl from "virtual:careers-pay-table-url";
import { App } from "./app/App";
import { loadCareerData } from "./app/load-career-data";
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

const data =
  choice.kind === "refused"
    ? { ok: false as const, problems: [{ file: "dataset" as const, problem: choice.problem }] }
    : await loadCareerData({ dataset: choice.url, payTable: payTableUrl });
createRoot(root).render(
  <StrictMode>
    <App data={data} otherDatasetUrl={choice.kind === "other" ? choice.url : null} />
  </StrictMode>,
);

// Offline after the first visit: the service worker starts once the page has loaded.
startServiceWorkerAfterLoad();
