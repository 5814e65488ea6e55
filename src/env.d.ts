/// <reference types="vite/client" />

/** The dataset and pay table the build bundles (CAREERS_DATA and CAREERS_PAY_TABLE at build time). */
declare module "virtual:careers-dataset-url" {
  const url: string;
  export default url;
}
/** The bundled dataset's map index (src/core/dataset/map-index.ts), written by the build; the dataset itself in development. */
declare module "virtual:careers-map-index-url" {
  const url: string;
  export default url;
}
declare module "virtual:careers-pay-table-url" {
  const url: string;
  export default url;
}

/**
 * The fingerprints of the dataset, map index and pay table files the build validated and wrote out (null in
 * development, where the files are validated as they load).
 */
declare module "virtual:careers-data-hashes" {
  // The shape of BuiltDataHashes (src/core/built-career-data.ts).
  const hashes: { dataset: string; mapIndex: string; payTable: string } | null;
  export default hashes;
}

/** Origins, besides the app's own, that `?data=` may load from (CAREERS_DATA_ALLOW_LIST at build time). */
declare const __CAREERS_DATA_ALLOW_LIST__: string[];

/** Whether this build keeps the site working offline with a service worker (SERVICE_WORKER at build time). */
declare const __SERVICE_WORKER__: "on" | "off";
