import { useId, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { GLOSSARY } from './content';

/**
 * A key term with its definition on focus or tap (not on hover alone): a button that shows
 * the definition beside it, tied to it with aria-describedby for screen readers. Escape or
 * moving on hides it; the glossary at the end lists every term.
 */
export function Term({
  id,
  children,
  after,
}: {
  id: string;
  children: ReactNode;
  /**
   * Punctuation that follows the word. Kept on the word's line: the button is an atomic box,
   * so the line could otherwise break between it and a colon.
   */
  after?: string;
}) {
  const tipId = useId();
  const [open, setOpen] = useState(false);
  const tip = useRef<HTMLSpanElement>(null);
  // The definition hangs from the word's left edge; near the right of a narrow screen it moves
  // left to stay on screen (no sideways scrolling, nothing cut off).
  useLayoutEffect(() => {
    const box = tip.current;
    if (!open || !box) return;
    box.style.left = '';
    const margin = 8;
    const { left, right } = box.getBoundingClientRect();
    const shift = Math.min(right - (document.documentElement.clientWidth - margin), left - margin);
    if (shift > 0) box.style.left = `${-shift}px`;
  }, [open]);
  const entry = GLOSSARY.find((g) => g.id === id);
  if (!entry)
    return (
      <>
        <strong>{children}</strong>
        {after}
      </>
    );
  return (
    <span className={after ? 'term term--joined' : 'term'}>
      <button
        type="button"
        className="term__word"
        aria-expanded={open}
        aria-describedby={tipId}
        onClick={() => setOpen((o) => !o)}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={(event) => {
          if (event.key === 'Escape') setOpen(false);
        }}
      >
        {children}
      </button>
      {after}
      <span ref={tip} id={tipId} role="tooltip" className="term__definition" hidden={!open}>
        {entry.definition}
      </span>
    </span>
  );
}
