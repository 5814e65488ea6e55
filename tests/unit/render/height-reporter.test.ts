import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import {
  createHeightReporter,
  EMBED_APP_NAME,
  EMBED_HEIGHT_MESSAGE,
  type EmbedHeightMessage,
} from "../../../src/render/height-reporter";

/** A stand-in for the browser: animation frames run when the test says, and resizes are announced by hand. */
class FakeBrowser {
  frames = new Map<number, FrameRequestCallback>();
  nextFrame = 1;
  observers: FakeResizeObserver[] = [];

  runFrames() {
    const due = [...this.frames.values()];
    this.frames.clear();
    for (const callback of due) callback(0);
  }
}

let browser: FakeBrowser;

class FakeResizeObserver {
  observed: Element[] = [];
  disconnected = false;
  constructor(private readonly callback: ResizeObserverCallback) {
    browser.observers.push(this);
  }
  observe(element: Element) {
    this.observed.push(element);
  }
  unobserve() {}
  disconnect() {
    this.disconnected = true;
  }
  /** The browser saw the observed element change size. */
  resize() {
    if (!this.disconnected) this.callback([], this as unknown as ResizeObserver);
  }
}

/** An element whose height the test sets; getBoundingClientRect() is all the reporter reads. */
function fakeElement(height: number) {
  const element = { height, getBoundingClientRect: () => ({ height: element.height }) };
  return element;
}

beforeEach(() => {
  browser = new FakeBrowser();
  vi.stubGlobal("ResizeObserver", FakeResizeObserver);
  vi.stubGlobal("requestAnimationFrame", (callback: FrameRequestCallback) => {
    const id = browser.nextFrame++;
    browser.frames.set(id, callback);
    return id;
  });
  vi.stubGlobal("cancelAnimationFrame", (id: number) => browser.frames.delete(id));
});
afterEach(() => {
  vi.unstubAllGlobals();
});

function start(height: number, path = "/embed/roles/counsellor") {
  const element = fakeElement(height);
  const posted: EmbedHeightMessage[] = [];
  let currentPath = path;
  const reporter = createHeightReporter({
    element: element as unknown as HTMLElement,
    post: (message) => posted.push(message),
    path: () => currentPath,
  });
  return {
    element,
    posted,
    reporter,
    observer: browser.observers.at(-1)!,
    goTo: (next: string) => (currentPath = next),
  };
}

describe("createHeightReporter", () => {
  it("posts the documented message, with the height rounded up, on the first frame", () => {
    const { posted, observer, element } = start(812.3);
    expect(observer.observed).toEqual([element]);
    expect(posted).toEqual([]);
    browser.runFrames();
    expect(posted).toEqual([
      {
        type: EMBED_HEIGHT_MESSAGE,
        app: EMBED_APP_NAME,
        version: 1,
        height: 813,
        path: "/embed/roles/counsellor",
      },
    ]);
    expect(EMBED_HEIGHT_MESSAGE).toBe("careers-map:height");
    expect(EMBED_APP_NAME).toBe("psych-careers-map");
  });

  it("posts again only when the height changes, with the path at that moment", () => {
    const { posted, observer, element, goTo } = start(500);
    browser.runFrames();
    observer.resize();
    browser.runFrames();
    element.height = 500.4; // rounds up to 501: a change
    observer.resize();
    browser.runFrames();
    element.height = 501; // still 501: no change
    observer.resize();
    browser.runFrames();
    goTo("/embed/roles/art-therapist");
    element.height = 640;
    observer.resize();
    browser.runFrames();
    expect(posted.map((m) => [m.height, m.path])).toEqual([
      [500, "/embed/roles/counsellor"],
      [501, "/embed/roles/counsellor"],
      [640, "/embed/roles/art-therapist"],
    ]);
  });

  it("posts at most once a frame, with the latest height, however many resizes come first", () => {
    const { posted, observer, element } = start(100);
    browser.runFrames();
    for (const height of [200, 300, 400]) {
      element.height = height;
      observer.resize();
    }
    expect(browser.frames.size).toBe(1);
    browser.runFrames();
    expect(posted.map((m) => m.height)).toEqual([100, 400]);
  });

  it("stops observing, and cancels a frame still to come, when destroyed", () => {
    const { posted, observer, element, reporter } = start(100);
    browser.runFrames();
    element.height = 300;
    observer.resize();
    expect(browser.frames.size).toBe(1);
    reporter.destroy();
    expect(observer.disconnected).toBe(true);
    expect(browser.frames.size).toBe(0);
    observer.resize();
    browser.runFrames();
    expect(posted.map((m) => m.height)).toEqual([100]);
  });
});
