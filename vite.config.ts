import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

// BASE_PATH lets the static build live under a sub-path of a host, e.g. /careers-map/.
const base = process.env.BASE_PATH ?? "/";

export default defineConfig({
  base,
  plugins: [react()],
  build: {
    target: "es2022",
    sourcemap: false,
    // The manifest tells the bundle budget check which files the first page loads.
    manifest: true,
    // The data files stay files (never inlined as data: URLs), so hosts can swap them and the CSP stays strict.
    assetsInlineLimit: (file) => (file.endsWith(".json") ? false : undefined),
  },
});
