/**
 * Runs `then` once the frame now being drawn has been painted (a task queued from the
 * frame's animation callback runs after its paint). Returns a cancel function.
 */
export function afterNextPaint(then: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(then, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}
