import "@testing-library/jest-dom/vitest";
import { cleanup } from "@testing-library/react";
import { afterEach } from "vitest";
import { initialAppState, useAppStore } from "../../src/state/store";

afterEach(() => {
  cleanup();
  // Every test starts from the store's initial state (zustand's own advice for tests).
  useAppStore.setState(initialAppState, true);
});

afterEach(() => {
  localStorage.clear();
});
