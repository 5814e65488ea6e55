import react from "@vitejs/plugin-react";
import { defineConfig } from "vitest/config";

export default defineConfig({
  plugins: [react()],
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["tests/unit/**/*.test.ts"],
          environment: "node",
          // The CLI tests start Node with tsx for each run; on a slow shared machine that can take seconds.
          testTimeout: 20_000,
        },
      },
      {
        extends: true,
        test: {
          name: "component",
          include: ["tests/component/**/*.test.tsx"],
          environment: "jsdom",
          setupFiles: ["tests/component/setup.ts"],
          // Pages render the whole map and load lazily; on a busy shared machine that can pass 5 seconds.
          testTimeout: 20_000,
        },
      },
    ],
  },
});
