import { useSettledValue } from './useSettledValue';

/** How long a value must rest before it is read out: a slider drag is announced once, at its end. */
const ANNOUNCE_DELAY_MS = 700;

/**
 * A polite live region for results that change as the reader moves a control. It speaks
 * `text` once the text has stopped changing, so a screen reader is not flooded mid-drag.
 */
export function LiveAnnouncement({ text }: { text: string }) {
  const spoken = useSettledValue(text, ANNOUNCE_DELAY_MS, '');
  return (
    <div className="visually-hidden" aria-live="polite" aria-atomic="true">
      {spoken}
    </div>
  );
}
