import "@testing-library/jest-dom/vitest";
import { cleanup, configure } from "@testing-library/react";
import { afterEach } from "vitest";
import { initialAppState, useAppStore } from "../../src/state/store";

// jsdom lays nothing out and only complains when asked to scroll; a test that cares spies on this.
window.scrollTo = () => {};

// Lazily loaded pages can take more than the default second to arrive on a busy machine.
configure({ asyncUtilTimeout: 5000 });

afterEach(() => {
  cleanup();
  // Every test starts from the store's initial state (zustand's own advice for tests).
  useAppStore.setState(initialAppState, true);
});

afterEach(() => {
  localStorage.clear();
});
