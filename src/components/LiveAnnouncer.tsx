import { useAnnouncer } from "../lib/announcer";

/** The app's one polite live region: screen readers read out whatever the store announces. */
export function LiveAnnouncer() {
  const announcement = useAnnouncer((s) => s.announcement);
  return (
    <div className="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
      <span key={announcement.id}>{announcement.text}</span>
    </div>
  );
}
