/**
 * Runs `task` once the browser is idle, or after `timeout` ms at the latest (after a short wait where the
 * browser has no idle callbacks). Returns a function that cancels it if it has not run.
 * @example const cancel = whenIdle(() => prefetch(), 2000); // later: cancel()
 */
export function whenIdle(task: () => void, timeout: number): () => void {
  if (typeof requestIdleCallback === "function") {
    const handle = requestIdleCallback(task, { timeout });
    return () => cancelIdleCallback(handle);
  }
  const handle = setTimeout(task, Math.min(timeout, 500));
  return () => clearTimeout(handle);
}
