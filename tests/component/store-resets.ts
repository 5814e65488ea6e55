/** How to put every zustand store the app made back as it started; setup.ts runs them after each test. */
export const storeResets = new Set<() => void>();
