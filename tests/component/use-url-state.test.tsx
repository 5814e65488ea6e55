import { act, renderHook } from "@testing-library/react";
import type { ReactNode } from "react";
import { MemoryRouter, useLocation } from "react-router";
import { describe, expect, it } from "vitest";
import { useUrlState } from "../../src/app/use-url-state";

const toPath = (tags: string[]) => (tags.length === 0 ? "/" : `/?tags=${tags.join(",")}`);

function useTags() {
  const location = useLocation();
  const rendered = new URLSearchParams(location.search).get("tags")?.split(",") ?? [];
  const update = useUrlState(rendered, toPath);
  return { rendered, update, location };
}

describe("useUrlState", () => {
  it("builds each change on the latest one asked for, even before the page has rendered it", () => {
    const wrapper = ({ children }: { children: ReactNode }) => (
      <MemoryRouter initialEntries={["/"]}>{children}</MemoryRouter>
    );
    const { result } = renderHook(() => useTags(), { wrapper });
    act(() => {
      // Two quick changes in one go: the second must not start again from the rendered (empty) list.
      result.current.update((latest) => [...latest, "a"]);
      result.current.update((latest) => [...latest, "b"]);
    });
    expect(result.current.location.search).toBe("?tags=a,b");
    expect(result.current.rendered).toEqual(["a", "b"]);
    act(() => result.current.update((latest) => latest.filter((t) => t !== "a")));
    expect(result.current.rendered).toEqual(["b"]);
  });
});
