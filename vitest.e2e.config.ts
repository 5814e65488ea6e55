import { defineConfig } from "vitest/config";

// Browser journeys against the built app in real Chromium. Run after `npm run build`.
export default defineConfig({
  test: {
    name: "e2e",
    include: ["tests/e2e/**/*.test.ts"],
    environment: "node",
    globalSetup: ["tests/e2e/support/global-setup.ts"],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // React Router renders each navigation in a transition, and the machines are slow and shared: give
    // expect.poll() far longer than vitest's 1 s default before it fails.
    expect: { poll: { timeout: 15_000 } },
    // One browser at a time: the machines this runs on have two cores.
    fileParallelism: false,
  },
});
