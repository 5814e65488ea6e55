/**
 * Renders pages to HTML at build time (vite.config.ts, prerenderPages), with React's own server renderer: the
 * map and each role's page, so a phone shows them, and their links work, before the app's code has run. The
 * app then hydrates the HTML (main.tsx) rather than drawing it again.
 */
import { StrictMode, type ReactNode } from "react";
import { renderToString } from "react-dom/server";
import { prerender } from "react-dom/static";
import { StaticRouter } from "react-router";
import { App } from "./app/App";
import type { CareerData } from "./core/career-data";

// Which pages start from the map index, for the build's preloads: the rule the app itself follows.
export { startsFromMapIndex } from "./app/load-career-data";

function page(path: string, data: CareerData) {
  const AtPath = ({ basename, children }: { basename: string; children: ReactNode }) => (
    <StaticRouter basename={basename} location={`${basename}${path}`}>
      {children}
    </StaticRouter>
  );
  return (
    <StrictMode>
      <App data={{ ok: true, data }} Router={AtPath} />
    </StrictMode>
  );
}

/**
 * The HTML inside #root for one path of the app (without the base path), every lazily loaded part of it (the
 * role panel, the embed button) in place.
 * @example await renderPage("/roles/counsellor", data) // '<a class="nhsuk-skip-link" …'
 */
export async function renderPage(path: string, data: CareerData): Promise<string> {
  // The first rendering waits for the lazily loaded parts to load. Its HTML would move them into place with
  // inline scripts, which the Content-Security-Policy refuses; rendered again, once loaded, they are in place.
  await (await prerender(page(path, data))).prelude.cancel();
  const html = renderToString(page(path, data));
  if (/<!--\$[?!]-->|<template|<script/.test(html)) {
    throw new Error(`Rendering ${path} left a part waiting to load: the page would not be whole.`);
  }
  return html;
}
