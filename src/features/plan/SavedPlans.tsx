import { AppLink } from "../../components/AppLink";
import { paths } from "../../lib/paths";
import { formatIsoDate } from "../../core/text/format-date";
import { useAnnouncer } from "../../lib/announcer";
import { useSavedPlans } from "./saved-plans-store";

/** Plans kept on this device, newest first, each with a link to reopen it and a button to delete it. */
export function SavedPlans() {
  const savedPlans = useSavedPlans((s) => s.savedPlans);
  const deleteSavedPlan = useSavedPlans((s) => s.deleteSavedPlan);
  const place = useSavedPlans((s) => s.place);
  const writtenByNewerVersion = useSavedPlans((s) => s.writtenByNewerVersion);
  const announce = useAnnouncer((s) => s.announce);
  return (
    <section className="saved-plans" aria-labelledby="saved-plans-heading">
      <h2 id="saved-plans-heading">Plans saved on this device</h2>
      {place === "this-visit" ? (
        <p className="notice">
          This browser is not letting the site keep anything (a private window, or its settings), so plans
          saved now are kept only until you close it. Copy a plan’s link to keep it.
        </p>
      ) : null}
      {writtenByNewerVersion ? (
        <p className="notice">
          These plans were saved by a newer version of this careers map. This version shows them but will not
          change them: reload the page to get the newer version.
        </p>
      ) : null}
      {savedPlans.length === 0 ? (
        <p>None yet. Saved plans stay in this browser only: nothing is sent anywhere.</p>
      ) : (
        <ul className="saved-plans__list">
          {savedPlans.map((saved) => (
            <li key={saved.id}>
              <AppLink to={paths.plan(saved.plan)}>{saved.title}</AppLink>{" "}
              <span className="hint">saved on {formatIsoDate(saved.savedAt.slice(0, 10))}</span>{" "}
              <button
                type="button"
                className="link-button"
                disabled={writtenByNewerVersion}
                onClick={() => {
                  const outcome = deleteSavedPlan(saved.id);
                  announce(
                    outcome.kind === "deleted"
                      ? `Deleted the saved plan ${saved.title}.`
                      : `Could not delete the saved plan ${saved.title}: ${
                          outcome.kind === "newer-version"
                            ? "a newer version of this careers map saved it"
                            : "this browser’s storage for the site would not change"
                        }.`,
                  );
                }}
              >
                Delete <span className="visually-hidden">{saved.title}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
