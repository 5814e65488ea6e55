import "@testing-library/jest-dom/vitest";
import { act, cleanup, configure } from "@testing-library/react";
import { afterEach, vi } from "vitest";
import type * as Zustand from "zustand";
import { storeResets } from "./store-resets";

// Every store the app creates is put back to its initial state after each test, as zustand's testing guide
// advises, so the app itself needs no test-only reset: the real create functions, remembering each store.
vi.mock("zustand", async (importOriginal) => {
  const actual = await importOriginal<typeof Zustand>();
  const { storeResets: resets } = await import("./store-resets");
  const remember = <S extends Zustand.StoreApi<T>, T>(store: S): S => {
    const initial = store.getInitialState();
    resets.add(() => store.setState(initial, true));
    return store;
  };
  const createUncurried = <T>(creator: Zustand.StateCreator<T>) => remember(actual.create(creator));
  const createStoreUncurried = <T>(creator: Zustand.StateCreator<T>) => remember(actual.createStore(creator));
  // Called as create(initializer) or create<T>()(initializer), as the app does.
  const create = (<T>(creator?: Zustand.StateCreator<T>) =>
    creator === undefined ? createUncurried : createUncurried(creator)) as typeof Zustand.create;
  const createStore = (<T>(creator?: Zustand.StateCreator<T>) =>
    creator === undefined
      ? createStoreUncurried
      : createStoreUncurried(creator)) as typeof Zustand.createStore;
  return { ...actual, create, createStore };
});

// jsdom lays nothing out and only complains when asked to scroll; a test that cares spies on this.
window.scrollTo = () => {};

// Lazily loaded pages can take more than the default second to arrive on a busy machine (the planner, with the
// d3 modules its timeline draws with, took over five seconds to transform and load on a shared 2-core machine).
configure({ asyncUtilTimeout: 15_000 });

afterEach(() => {
  cleanup();
  act(() => storeResets.forEach((reset) => reset()));
  localStorage.clear();
});
