import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import datasetUrl from "../data/careers.json?url";
import payTableUrl from "../data/pay-bands.json?url";
import { App } from "./app/App";
import { loadCareerData } from "./app/load-career-data";
import "./styles/app.scss";

const root = document.getElementById("root");
if (root === null) throw new Error("index.html has no #root element.");

const data = await loadCareerData({ dataset: datasetUrl, payTable: payTableUrl });
createRoot(root).render(
  <StrictMode>
    <App data={data} />
  </StrictMode>,
);
