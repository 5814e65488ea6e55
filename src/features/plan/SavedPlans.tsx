import { AppLink } from "../../components/AppLink";
import { paths } from "../../lib/paths";
import { formatIsoDate } from "../../core/text/format-date";
import { useAnnouncer } from "../../lib/announcer";
import { useSavedPlans } from "./saved-plans-store";

/** Plans kept on this device, newest first, each with a link to reopen it and a button to delete it. */
export function SavedPlans() {
  const savedPlans = useSavedPlans((s) => s.savedPlans);
  const deleteSavedPlan = useSavedPlans((s) => s.deleteSavedPlan);
  const announce = useAnnouncer((s) => s.announce);
  return (
    <section className="saved-plans" aria-labelledby="saved-plans-heading">
      <h2 id="saved-plans-heading">Plans saved on this device</h2>
      {savedPlans.length === 0 ? (
        <p>None yet. Saved plans stay in this browser only: nothing is sent anywhere.</p>
      ) : (
        <ul className="saved-plans__list">
          {savedPlans.map((saved) => (
            <li key={saved.id}>
              <AppLink to={paths.plan(saved.plan)}>{saved.title}</AppLink>{" "}
              <span className="hint">saved {formatIsoDate(saved.savedAt.slice(0, 10))}</span>{" "}
              <button
                type="button"
                className="link-button"
                onClick={() => {
                  deleteSavedPlan(saved.id);
                  announce(`Deleted the saved plan ${saved.title}.`);
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
