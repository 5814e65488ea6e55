import { useSiteUpdated } from "./site-updated";

/**
 * A quiet word that the site changed since the last visit (a deploy the service worker picked up): a polite
 * live region that is always there, so screen readers read the words when they appear, and no focus is taken.
 */
export function UpdatedNotice() {
  const updated = useSiteUpdated((s) => s.updated);
  const dismiss = useSiteUpdated((s) => s.dismiss);
  return (
    <div className="updated-notice" role="status">
      {updated ? (
        <div className="notice updated-notice__body">
          <p>This careers map has been updated since your last visit.</p>
          <button type="button" className="link-button updated-notice__dismiss" onClick={dismiss}>
            Hide this message
          </button>
        </div>
      ) : null}
    </div>
  );
}
