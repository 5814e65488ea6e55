import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import bundledDatasetUrl from "virtual:careers-dataset-url";
import payTableUrl from "virtual:careers-pay-table-url";
import { App } from "./app/App";
import { chooseDataset } from "./core/dataset/dataset-source";
import { loadCareerData } from "./app/load-career-data";
import { keepInEveryLink } from "./lib/paths";
import "./styles/app.scss";

const root = document.getElementById("root");
if (root === null) throw new Error("index.html has no #root element.");

const choice = chooseDataset(new URL(window.location.href), bundledDatasetUrl, __CAREERS_DATA_ALLOW_LIST__);
// Another dataset, and an embed's link setting, stay in every link so shared links and reloads keep them.
const params = new URLSearchParams(window.location.search);
keepInEveryLink([
  ...(choice.kind === "other" ? ([["data", choice.param]] as [string, string][]) : []),
  ...(params.get("links") === "top" ? ([["links", "top"]] as [string, string][]) : []),
]);

const data =
  choice.kind === "refused"
    ? { ok: false as const, problems: [{ file: "dataset" as const, problem: choice.problem }] }
    : await loadCareerData({ dataset: choice.url, payTable: payTableUrl });
createRoot(root).render(
  <StrictMode>
    <App data={data} />
  </StrictMode>,
);
