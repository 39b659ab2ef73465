import { startTransition, useEffect, useState } from 'react';

/**
 * How long a slider rests before the figures that follow it at rest catch up: longer than
 * the gap between two steps of a held arrow key or a drag (15–50 ms), short enough to read as
 * the same moment once the hand stops.
 */
export const SETTLE_MS = 150;

/**
 * `value` once it has stayed the same for `delayMs`, and until then what was settled before
 * (`initial` at first): for what should follow a slider when the reader pauses, not at
 * every step. Heavy secondary figures (a histogram, a typeset formula) follow this way
 * rather than in a deferred render: a deferred render of 20–30 ms after every step keeps
 * the main thread busy through the next steps, which then miss their frames. The catch-up
 * render is a transition, so a step that comes during it interrupts it.
 */
export function useSettledValue<T>(value: T, delayMs: number = SETTLE_MS, initial: T = value): T {
  const [settled, setSettled] = useState(initial);
  useEffect(() => {
    if (Object.is(settled, value)) return;
    const timer = setTimeout(() => startTransition(() => setSettled(value)), delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs, settled]);
  return settled;
}
