import { screen } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { renderAppAt } from "./render-app";

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

/** A ResizeObserver that never fires: jsdom has none, and the first report comes from the first frame. */
class QuietResizeObserver {
  observe() {}
  unobserve() {}
  disconnect() {}
}

describe("an embed's height reports", () => {
  it("are not sent when the embed is the top-level page", async () => {
    vi.stubGlobal("ResizeObserver", QuietResizeObserver);
    const post = vi.spyOn(window, "postMessage");
    await renderAppAt("/embed/roles/counsellor");
    await screen.findByRole("heading", { level: 2, name: "Counsellor" });
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(post).not.toHaveBeenCalled();
  });

  it("are sent to the parent window, to any origin, when the embed is in a frame", async () => {
    vi.stubGlobal("ResizeObserver", QuietResizeObserver);
    const parentPost = vi.fn();
    vi.spyOn(window, "parent", "get").mockReturnValue({ postMessage: parentPost } as unknown as Window);
    await renderAppAt("/embed/roles/counsellor");
    await screen.findByRole("heading", { level: 2, name: "Counsellor" });
    await vi.waitFor(() => expect(parentPost).toHaveBeenCalledTimes(1));
    expect(parentPost).toHaveBeenCalledWith(
      {
        type: "careers-map:height",
        app: "psych-careers-map",
        version: 1,
        height: expect.any(Number) as number,
        path: "/embed/roles/counsellor",
      },
      "*",
    );
  });
});
