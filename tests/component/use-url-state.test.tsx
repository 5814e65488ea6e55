import { act, renderHook } from "@testing-library/react";
import { useMemo, type ReactNode } from "react";
import { MemoryRouter, useLocation, useNavigate } from "react-router";
import { describe, expect, it } from "vitest";
import { useUrlState } from "../../src/lib/use-url-state";

const toPath = (tags: string[]) => (tags.length === 0 ? "/" : `/?tags=${tags.join(",")}`);

function useTags() {
  const location = useLocation();
  const navigate = useNavigate();
  // As the pages do: the value read from the address keeps its identity while the address does not change.
  const rendered = useMemo(
    () => new URLSearchParams(location.search).get("tags")?.split(",") ?? [],
    [location.search],
  );
  const update = useUrlState(rendered, toPath);
  return { rendered, update, location, navigate };
}

const startingAt =
  (path: string) =>
  ({ children }: { children: ReactNode }) => <MemoryRouter initialEntries={[path]}>{children}</MemoryRouter>;

describe("useUrlState", () => {
  it("builds each change on the latest one asked for, even before the page has rendered it", () => {
    const { result } = renderHook(() => useTags(), { wrapper: startingAt("/") });
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

  it("does not navigate for a change that changes nothing, so a later link is still built on", () => {
    const { result } = renderHook(() => useTags(), { wrapper: startingAt("/?tags=a") });
    const before = result.current.location.key;
    act(() => result.current.update((latest) => latest));
    expect(result.current.location.key).toBe(before);
    // The address changes another way (a link), then a change builds on what that link showed.
    act(() => result.current.navigate("/?tags=c"));
    act(() => result.current.update((latest) => [...latest, "b"]));
    expect(result.current.location.search).toBe("?tags=c,b");
  });
});
