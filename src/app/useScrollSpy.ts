import { useEffect, useState } from 'react';

/**
 * The id of the chapter or section the reader is in: the last anchor whose top has passed
 * a line a third of the way down the viewport. Calls onChange when it changes.
 */
export function useScrollSpy(ids: string[], onChange: (id: string) => void, enabled: boolean): string | null {
  const [active, setActive] = useState<string | null>(null);
  useEffect(() => {
    if (!enabled) return;
    let frame = 0;
    let current: string | null = null;
    const measure = () => {
      frame = 0;
      const line = window.innerHeight / 3;
      let found: string | null = null;
      for (const id of ids) {
        const element = document.getElementById(id);
        if (element && element.getBoundingClientRect().top <= line) found = id;
      }
      if (found && found !== current) {
        current = found;
        setActive(found);
        onChange(found);
      }
    };
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(measure);
    };
    measure();
    window.addEventListener('scroll', schedule, { passive: true });
    window.addEventListener('resize', schedule);
    return () => {
      window.removeEventListener('scroll', schedule);
      window.removeEventListener('resize', schedule);
      cancelAnimationFrame(frame);
    };
  }, [ids, onChange, enabled]);
  return active;
}
