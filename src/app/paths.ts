/**
 * The one place URLs are built. Views link with these helpers, never with hand-written strings, so a route
 * can move without a hunt through the code.
 */
export const paths = {
  home: () => "/",
} as const;
