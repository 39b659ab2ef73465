/** Runs `then` when the browser is idle (Safari has no requestIdleCallback: soon after, then). Returns a cancel function. */
export function whenIdle(then: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(then, { timeout: 2000 });
    return () => cancelIdleCallback(handle);
  }
  const timer = setTimeout(then, 50);
  return () => clearTimeout(timer);
}
