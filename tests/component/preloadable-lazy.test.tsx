import { act, render, screen } from "@testing-library/react";
import { Suspense } from "react";
import { describe, expect, it, vi } from "vitest";
import { preloadableLazy } from "../../src/lib/preloadable-lazy";

function Greeting({ name }: { name: string }) {
  return <h2>Hello, {name}</h2>;
}

/** A download that finishes when the test says so. */
function controlledDownload() {
  let finish: () => void = () => undefined;
  let fail: (error: Error) => void = () => undefined;
  const load = vi.fn(
    () =>
      new Promise<typeof Greeting>((resolve, reject) => {
        finish = () => resolve(Greeting);
        fail = reject;
      }),
  );
  return { load, finish: () => finish(), fail: (error: Error) => fail(error) };
}

const inSuspense = (element: React.ReactNode) => (
  <Suspense fallback={<p role="status">Loading…</p>}>{element}</Suspense>
);

describe("preloadableLazy", () => {
  it("shows the fallback while the code downloads, then the component", async () => {
    const download = controlledDownload();
    const { Component } = preloadableLazy(download.load);
    render(inSuspense(<Component name="Ada" />));
    expect(screen.getByRole("status")).toHaveTextContent("Loading…");
    await act(async () => download.finish());
    expect(await screen.findByRole("heading", { name: "Hello, Ada" })).toBeInTheDocument();
  });

  it("renders at once, with no fallback, once preloaded, and downloads the code only once", async () => {
    const download = controlledDownload();
    const { Component, preload } = preloadableLazy(download.load);
    const preloaded = preload();
    void preload();
    download.finish();
    await preloaded;
    render(inSuspense(<Component name="Ada" />));
    // In the same render: no fallback first, so nothing waits for React to reveal it.
    expect(screen.getByRole("heading", { name: "Hello, Ada" })).toBeInTheDocument();
    expect(screen.queryByRole("status")).toBeNull();
    expect(download.load).toHaveBeenCalledTimes(1);
  });

  it("tries the download again after a failed preload", async () => {
    const first = controlledDownload();
    const second = controlledDownload();
    const load = vi.fn().mockImplementationOnce(first.load).mockImplementationOnce(second.load);
    const { Component, preload } = preloadableLazy<{ name: string }>(load);
    const failed = preload();
    first.fail(new Error("offline"));
    await expect(failed).rejects.toThrow("offline");
    const retried = preload();
    second.finish();
    await retried;
    render(inSuspense(<Component name="Ada" />));
    expect(screen.getByRole("heading", { name: "Hello, Ada" })).toBeInTheDocument();
    expect(load).toHaveBeenCalledTimes(2);
  });
});
