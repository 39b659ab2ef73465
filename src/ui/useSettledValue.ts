import { useEffect, useState } from 'react';

/**
 * `value` once it has stayed the same for `delayMs`, and until then what was settled before
 * (`initial` at first): for what should follow a slider when the reader pauses, not at
 * every step.
 */
export function useSettledValue<T>(value: T, delayMs: number, initial: T = value): T {
  const [settled, setSettled] = useState(initial);
  useEffect(() => {
    if (Object.is(settled, value)) return;
    const timer = setTimeout(() => setSettled(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs, settled]);
  return settled;
}
