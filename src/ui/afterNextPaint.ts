/**
 * Runs `then` once the frame now being drawn is on the screen. A task queued from that frame's
 * animation callback would run after its paint on the main thread but before the compositor
 * has shown it, so work started there (a download, a render) would compete with the very
 * frame it means to follow (and a largest-contentful-paint measure would count it in). The
 * next frame's animation callback comes once the frame has been presented. Returns a cancel
 * function.
 */
export function afterNextPaint(then: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let frame = requestAnimationFrame(() => {
    frame = requestAnimationFrame(() => {
      timer = setTimeout(then, 0);
    });
  });
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}
