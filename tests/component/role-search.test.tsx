import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { renderAppAt } from "./render-app";

const search = () => screen.getByRole("combobox", { name: "Search for a role" });
// The search's own suggestions: the map page also has a "start from who you are" select whose choices are options.
const suggestions = () => {
  const list = screen.queryByRole("listbox");
  return list ? within(list).queryAllByRole("option") : [];
};

describe("role search", () => {
  it("offers a support worker's own role first when they type their job title", async () => {
    const user = userEvent.setup();
    await renderAppAt("/");
    await user.type(search(), "clinical support worker");
    expect(suggestions()[0]).toHaveTextContent("Mental health support worker (Clinical support worker)");
    await user.clear(search());
    await user.type(search(), "charge nurse");
    expect(suggestions()[0]).toHaveTextContent("Senior mental health nurse (Charge nurse)");
  });

  it("says on screen when nothing matches, with what to try instead", async () => {
    const user = userEvent.setup();
    await renderAppAt("/");
    await user.type(search(), "xyzzy");
    expect(suggestions()).toEqual([]);
    // The message is the search's live region, so screen readers hear it, and it is in the page's own text,
    // not hidden for screen readers only.
    const message = screen.getByText("No roles match “xyzzy”.");
    expect(message).toHaveAttribute("role", "status");
    expect(message).not.toHaveClass("visually-hidden");
    expect(message.closest(".visually-hidden")).toBeNull();
    expect(search()).toHaveAccessibleDescription(expect.stringContaining("Try part of a job title"));
    expect(screen.getByRole("link", { name: "see every role in a list" })).toHaveAttribute("href", "/roles");
    // Matching again takes the message away.
    await user.clear(search());
    await user.type(search(), "pwp");
    expect(screen.queryByText(/No roles match/)).toBeNull();
  });

  it("offers the closest names as buttons when nothing matches, and opens the one chosen", async () => {
    const user = userEvent.setup();
    await renderAppAt("/");
    await user.type(search(), "teacher");
    expect(screen.getByText("No roles match “teacher”.")).toBeVisible();
    const help = search().getAttribute("aria-describedby")!.split(" ").at(-1)!;
    const suggestion = within(document.getElementById(help)!).getByRole("button", {
      name: "Experience working with children and young people",
    });
    await user.click(suggestion);
    expect(
      await screen.findByRole(
        "heading",
        { level: 2, name: "Experience working with children and young people" },
        { timeout: 15_000 },
      ),
    ).toBeInTheDocument();
  });
});
