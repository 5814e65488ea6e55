/**
 * Copies this page's address to the clipboard and returns what to tell the reader: that it was copied and what
 * anyone who opens it will see, or, where the browser blocks copying, the address to copy by hand.
 * @example await copyPageAddress("this plan") // "Link copied. Anyone who opens it sees this plan."
 */
export async function copyPageAddress(whatItShows: string): Promise<string> {
  const address = window.location.href;
  try {
    await navigator.clipboard.writeText(address);
    return `Link copied. Anyone who opens it sees ${whatItShows}.`;
  } catch {
    return `Copying is blocked here: copy this address instead: ${address}`;
  }
}
