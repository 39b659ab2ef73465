import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { chapters } from '../manifest';
import { hashId, replaceHash } from '../../state/urlSync';
import { TALKING_POINTS } from './talkingPoints';

/** A slide: a chapter's opening (the whole chapter if it has no sections) or one section. */
export interface Slide {
  id: string;
  chapter: string;
  title: string;
}

export const SLIDES: Slide[] = chapters.flatMap((c, i) => [
  { id: c.id, chapter: c.id, title: `${i + 1}. ${c.title}` },
  ...c.sections.map((s) => ({ id: s.id, chapter: c.id, title: s.title })),
]);

/** The channel the speaker-notes window listens on (same origin only). */
export const NOTES_CHANNEL = 'likelihood-lab:presenter';

function openChannel(): BroadcastChannel | null {
  try {
    return typeof BroadcastChannel === 'function' ? new BroadcastChannel(NOTES_CHANNEL) : null;
  } catch {
    return null; // Opaque origins (some sandboxes) may refuse channels.
  }
}

/**
 * CSS that shows only the current slide: generated from manifest ids (never from reader
 * text), so the page stays one document and every widget keeps its state between slides.
 */
export function slideCss(slide: Slide): string {
  const chapter = chapters.find((c) => c.id === slide.chapter)!;
  const rules = [`.app--present .chapter:not(#${slide.chapter}) { display: none; }`];
  if (slide.id === slide.chapter) {
    if (chapter.sections.length) rules.push(`.app--present #${slide.chapter} > .section { display: none; }`);
  } else {
    rules.push(`.app--present #${slide.chapter} > :not(.chapter__heading):not(#${slide.id}) { display: none; }`);
  }
  return rules.join('\n');
}

/** Keys belong to the control that has focus (sliders use the arrows), not to the deck. */
function isTyping(target: EventTarget | null): boolean {
  const element = target as HTMLElement | null;
  return !!element?.closest?.('input, select, textarea, [contenteditable="true"], dialog, [role="slider"], .surface');
}

export function SpeakerNotes({ slide }: { slide: Slide }) {
  const notes = TALKING_POINTS[slide.id];
  return (
    <aside className="speaker-notes" aria-label="Speaker notes">
      <p className="speaker-notes__stage">
        {notes?.stage ?? 'Notes'} · {slide.title}
      </p>
      <ul>
        {notes?.points.map((point) => (
          <li key={point}>{point}</li>
        ))}
      </ul>
    </aside>
  );
}

/** Where the bar stays at the top (wider windows), slides are scaled to fit under it. */
const FIT_QUERY = '(min-width: 64.01rem)';

/**
 * Scales the slide down, where it is taller than the room under the bar, so that a slide
 * never scrolls: a transform, which leaves its layout (and so the width of its charts) as it
 * is, and follows the slide's height as its content changes.
 */
function useSlideFit(slideId: string) {
  useLayoutEffect(() => {
    const slide = document.querySelector<HTMLElement>('.app--present > .chapters');
    if (!slide || typeof ResizeObserver !== 'function') return;
    const fit = () => {
      const bar = document.querySelector<HTMLElement>('.presenter-bar');
      const height = slide.offsetHeight;
      const room = window.innerHeight - (bar?.offsetHeight ?? 0);
      const scale = window.matchMedia(FIT_QUERY).matches ? Math.min(1, room / Math.max(1, height)) : 1;
      slide.style.setProperty('--slide-scale', scale.toFixed(4));
      slide.style.setProperty('--slide-height', `${height}px`);
    };
    fit();
    const observer = new ResizeObserver(fit);
    observer.observe(slide);
    window.addEventListener('resize', fit);
    return () => {
      observer.disconnect();
      window.removeEventListener('resize', fit);
      slide.style.removeProperty('--slide-scale');
      slide.style.removeProperty('--slide-height');
    };
  }, [slideId]);
}

interface PresenterProps {
  initial: string | null;
  showNotes: boolean;
  onExit: () => void;
}

/**
 * Presenter mode: one slide at a time in large type. ←/→ or PageUp/PageDown move, `f` goes
 * fullscreen (or fills the window where fullscreen is refused), `s` opens the speaker notes
 * in a second window that follows this one; `?notes=1` shows them under the slide.
 */
export function Presenter({ initial, showNotes, onExit }: PresenterProps) {
  const [index, setIndex] = useState(() =>
    Math.max(
      0,
      SLIDES.findIndex((s) => s.id === initial),
    ),
  );
  const [notesOpen, setNotesOpen] = useState(showNotes);
  const [filled, setFilled] = useState(false);
  const [message, setMessage] = useState('');
  // The channel to the notes window belongs to an effect: a remount (StrictMode runs every
  // effect twice in development) opens a fresh one instead of posting to the one its cleanup closed.
  const channel = useRef<BroadcastChannel | null>(null);
  const shownId = useRef<string | null>(null);
  const slide = SLIDES[index];

  useSlideFit(slide.id);

  const go = (step: number) => setIndex((i) => Math.min(SLIDES.length - 1, Math.max(0, i + step)));

  const fullscreen = async () => {
    if (document.fullscreenElement) {
      await document.exitFullscreen().catch(() => undefined);
      return;
    }
    try {
      if (!document.documentElement.requestFullscreen) throw new Error('unsupported');
      await document.documentElement.requestFullscreen();
      setMessage('');
    } catch {
      setFilled((f) => !f);
      setMessage('Fullscreen is not allowed here, so the slides fill the window instead. Press f again to undo.');
    }
  };

  const openNotesWindow = () => {
    const url = new URL(window.location.href);
    url.search = '?speaker-notes=1';
    url.hash = slide.id;
    let notesWindow: Window | null;
    try {
      notesWindow = window.open(url.href, 'likelihood-lab-notes', 'popup,width=560,height=640');
    } catch {
      notesWindow = null; // Sandboxed frames without allow-popups throw rather than return null.
    }
    if (!notesWindow || !channel.current) {
      setNotesOpen(true);
      setMessage('A notes window could not open here, so the notes are shown under the slide.');
    }
  };

  useEffect(() => {
    const opened = openChannel();
    channel.current = opened;
    // A notes window that opens later asks where the deck is.
    opened?.addEventListener('message', (event: MessageEvent) => {
      if (event.data?.type === 'where' && shownId.current) opened.postMessage({ type: 'slide', id: shownId.current });
    });
    return () => {
      channel.current = null;
      opened?.close();
    };
  }, []);

  useEffect(() => {
    shownId.current = slide.id;
    document.getElementById(slide.id)?.scrollIntoView({ block: 'start' });
    window.scrollTo({ top: 0 });
    replaceHash(slide.id);
    channel.current?.postMessage({ type: 'slide', id: slide.id });
  }, [slide.id]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey || isTyping(event.target)) return;
      if (event.key === 'ArrowRight' || event.key === 'PageDown') go(1);
      else if (event.key === 'ArrowLeft' || event.key === 'PageUp') go(-1);
      else if (event.key === 'f') void fullscreen();
      else if (event.key === 's') openNotesWindow();
      else if (event.key === 'Escape' && filled) setFilled(false);
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  useEffect(() => {
    document.documentElement.classList.toggle('presenter-filled', filled);
    return () => document.documentElement.classList.remove('presenter-filled');
  }, [filled]);

  return (
    <>
      <style>{slideCss(slide)}</style>
      <div className="presenter-bar" role="toolbar" aria-label="Presenter controls">
        <button type="button" onClick={() => go(-1)} disabled={index === 0}>
          ← Previous
        </button>
        <p className="presenter-bar__where" aria-live="polite">
          Slide {index + 1} of {SLIDES.length}: {slide.title}
        </p>
        <button type="button" onClick={() => go(1)} disabled={index === SLIDES.length - 1}>
          Next →
        </button>
        <button type="button" className="button--quiet" onClick={() => void fullscreen()}>
          Fullscreen (f)
        </button>
        <button
          type="button"
          className="button--quiet"
          onClick={() => setNotesOpen((o) => !o)}
          aria-pressed={notesOpen}
        >
          Notes
        </button>
        <button type="button" className="button--quiet" onClick={openNotesWindow}>
          Notes window (s)
        </button>
        <button type="button" className="button--quiet" onClick={onExit}>
          Exit presenter
        </button>
      </div>
      {message && (
        <p className="notice" role="status">
          {message}
        </p>
      )}
      {notesOpen && <SpeakerNotes slide={slide} />}
    </>
  );
}

/** The second window opened with `s`: the notes of whichever slide the deck shows. */
export function NotesWindow() {
  const [id, setId] = useState(() => hashId());
  useEffect(() => {
    const channel = openChannel();
    if (!channel) return;
    channel.onmessage = (event: MessageEvent) => {
      const next = event.data?.type === 'slide' ? event.data.id : null;
      if (typeof next === 'string' && SLIDES.some((s) => s.id === next)) setId(next);
    };
    channel.postMessage({ type: 'where' });
    return () => channel.close();
  }, []);
  const slide = SLIDES.find((s) => s.id === id) ?? SLIDES[0];
  return (
    <main className="notes-window">
      <h1>Speaker notes</h1>
      <SpeakerNotes slide={slide} />
      <p className="widget__hint">This window follows the presentation. Keep it on your own screen.</p>
    </main>
  );
}
