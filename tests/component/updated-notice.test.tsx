import { act, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { useSiteUpdated } from "../../src/app/site-updated";
import { renderAppAt } from "./render-app";

describe("the notice that the site was updated", () => {
  it("is a polite status on every page, empty until the site was updated, and can be hidden", async () => {
    const user = userEvent.setup();
    await renderAppAt("/roles");
    const status = document.querySelector(".updated-notice");
    expect(status).toHaveAttribute("role", "status");
    expect(status).toBeEmptyDOMElement();

    act(() => useSiteUpdated.getState().showUpdated());
    expect(status).toHaveTextContent("This careers map has been updated since your last visit.");
    // Quiet: it takes no focus from where the person is.
    expect(status).not.toContainElement(document.activeElement as HTMLElement | null);

    await user.click(screen.getByRole("button", { name: "Hide this message" }));
    expect(status).toBeEmptyDOMElement();
  });
});
