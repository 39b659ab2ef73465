import { lazy, memo, Suspense, useCallback, useEffect, useMemo, useState, type MouseEvent } from 'react';
import { anchorIds, chapterEndIds, chapters, holds, type ChapterComponent, type ChapterEntry } from './manifest';
import { ChapterPlaceholder, ChapterToolsContext } from '../ui/Chapter';
import { EmbedButton } from './EmbedDialog';
import { EmbedHeader } from './EmbedHeader';
import { PrintSummary } from './PrintSummary';
import type { FrameBridge } from '../features/embed/frameBridge';
import { useFrameProgress } from './useFrameProgress';
import { DEFAULT_VIEW, fullExplorableUrl, type ViewOptions } from '../state/viewOptions';
import { useResolvedTheme } from '../state/useResolvedTheme';
import { ChapterBoundary } from '../ui/ChapterBoundary';
import { hashId, replaceHash } from '../state/urlSync';
import { ChapterNav } from './ChapterNav';
import { Settings } from './Settings';
import { landOn } from '../ui/scrollToAnchor';
import { StagingContext } from '../ui/Staged';
import { useChapterCode, type Arrival } from './useChapterCode';
import { useSkipFarParts } from '../ui/skipFarParts';
import { useDeepLink } from './useDeepLink';
import { useScrollSpy } from './useScrollSpy';
import { Glossary } from './Glossary';
import { ResumeBanner, resumeOffer } from './ResumeBanner';
import { useReadingProgress } from './useReadingProgress';

// Presenter mode is for instructors: its code arrives only when it is asked for.
const loadPresenter = () => import('./presenter/Presenter');
const Presenter = lazy(() => loadPresenter().then((m) => ({ default: m.Presenter })));

interface AppProps {
  /** Notes on URL parameters that were adjusted or ignored, shown once. */
  notes?: string[];
  view?: ViewOptions;
  /** The link to the page embedding this one, when framed. */
  bridge?: FrameBridge | null;
}

export function App({ notes = [], view = DEFAULT_VIEW, bridge = null }: AppProps) {
  const shownChapters = useMemo(
    () => (view.chapter ? chapters.filter((c) => c.id === view.chapter) : chapters),
    [view.chapter],
  );
  const shownIds = useMemo(
    () => (view.chapter ? shownChapters.flatMap((c) => [c.id, ...c.sections.map((s) => s.id)]) : anchorIds),
    [view.chapter, shownChapters],
  );
  const theme = useResolvedTheme();
  const [shownNotes, setShownNotes] = useState(notes);
  const [presenting, setPresenting] = useState(view.present);
  // Offered once, on arrival: a returning learner may pick up where they stopped.
  const [resume] = useState(() => (view.present ? null : resumeOffer(shownIds, window.location)));

  useEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);

  // Fetched alongside the chapters, which the presenter waits for.
  useEffect(() => {
    if (presenting) void loadPresenter();
  }, [presenting]);

  const arrival = useMemo((): Arrival => {
    // A frame sized to its content has no screen to come near: everything, as when presenting or resuming.
    if (view.present || resume || bridge) return 'all';
    const linked = hashId();
    if (!linked) return view.chapter ? 0 : 'top';
    const index = shownChapters.findIndex((c) => holds(c, linked));
    // An id the manifest does not list (a figure's, say) may be anywhere: every chapter.
    return index >= 0 ? index : 'all';
    // Once, on arrival: the view is read once from the URL.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  const {
    renderedCount,
    done: allRendered,
    componentOf,
    renderAll,
    renderNear,
    respondsToReader,
    stager,
  } = useChapterCode(shownChapters, arrival, hashId() || null);
  // A link lands on any of those, and on a chapter's checks or recap (an instructor's "do the
  // checks of chapter 3"), which the scroll spy does not name in the address.
  const landingIds = useMemo(() => [...shownIds, ...shownChapters.flatMap(chapterEndIds)], [shownIds, shownChapters]);
  const ready = useDeepLink(landingIds, allRendered);
  useSkipFarParts(ready && !presenting);

  const active = useScrollSpy(
    shownIds,
    useCallback((id: string) => replaceHash(id), []),
    ready && !presenting,
  );

  // In-page links scroll explicitly (iframes) and keep the query string intact.
  const onClick = (event: MouseEvent<HTMLDivElement>) => {
    const link = (event.target as HTMLElement).closest?.('a[href^="#"]');
    if (!link || event.defaultPrevented || event.metaKey || event.ctrlKey || event.shiftKey) return;
    const id = hashId(link.getAttribute('href')!);
    if (!anchorIds.includes(id)) return;
    event.preventDefault();
    // A chapter shown alone links to the others in the full explorable, in a new tab.
    if (!shownIds.includes(id)) {
      window.open(fullExplorableUrl(window.location, id), '_blank', 'noopener');
      return;
    }
    // Chapters still to render would move the target as they arrive: render them now (the
    // landing waits for the target and stays on it as they arrive).
    if (!allRendered) renderAll();
    landOn(id);
    replaceHash(id);
  };

  useFrameProgress(bridge, shownChapters, renderedCount);
  useReadingProgress(shownChapters, active, renderedCount);

  return (
    <div
      className={['app', view.embed && 'app--embed', presenting && 'app--present'].filter(Boolean).join(' ')}
      onClick={onClick}
    >
      <a className="skip-link" href={`#${shownChapters[0].id}`}>
        Skip to the {view.chapter ? 'chapter' : 'first chapter'}
      </a>
      {view.embed ? (
        <EmbedHeader chapter={view.chapter ? shownChapters[0] : null} />
      ) : presenting ? null : (
        <SiteHeader
          active={active}
          showNav={!view.chapter && !presenting}
          onPresent={() => {
            renderAll();
            setPresenting(true);
          }}
        />
      )}
      {presenting && allRendered && (
        <Suspense fallback={null}>
          <Presenter
            initial={hashId() || shownChapters[0].id}
            showNotes={view.notes}
            onExit={() => setPresenting(false)}
          />
        </Suspense>
      )}
      {resume && <ResumeBanner offer={resume} />}
      {shownNotes.length > 0 && (
        <div className="notice" role="status">
          <p>Some settings in the link were adjusted:</p>
          <ul>
            {shownNotes.map((note) => (
              <li key={note}>{note}</li>
            ))}
          </ul>
          <button type="button" className="button--quiet" onClick={() => setShownNotes([])}>
            Dismiss
          </button>
        </div>
      )}
      <StagingContext value={stager}>
        <ChapterToolsContext value={view.embed || presenting ? null : chapterTools}>
          <main className="chapters">
            <h1 className="visually-hidden">Likelihood Lab: an explorable on maximum likelihood estimation</h1>
            <PrintSummary />
            <ChapterList
              shown={shownChapters}
              componentOf={componentOf}
              renderNear={renderNear}
              respondsToReader={respondsToReader}
              nearOncePassed={arrival === 'top'}
            />
            {!view.chapter && <Glossary />}
          </main>
        </ChapterToolsContext>
      </StagingContext>
      {!view.embed && (
        <footer className="site-footer">
          <p>
            Likelihood Lab. The tempos are drawn exactly as numpy’s <code>np.random.normal</code> draws them, and every
            number on the page is computed live in your browser.
          </p>
        </footer>
      )}
    </div>
  );
}

const chapterTools = (chapterId: string) => <EmbedButton chapter={chapterId} />;

/**
 * The chapters themselves. Memoised: the header re-renders as the reader scrolls (the
 * navigation marks the current section), and that must not re-render every chapter, which
 * at 100,000 points would cost hundreds of milliseconds per section passed.
 */
interface ChapterListProps {
  shown: readonly ChapterEntry[];
  /** A chapter's component, or null while it holds its place. */
  componentOf: (index: number) => ChapterComponent | null;
  renderNear: (index: number) => void;
  respondsToReader: (index: number) => boolean;
  /** From the top, a chapter the reader has scrolled past renders too (nothing else would render it). */
  nearOncePassed: boolean;
}

const ChapterList = memo(function ChapterList({
  shown,
  componentOf,
  renderNear,
  respondsToReader,
  nearOncePassed,
}: ChapterListProps) {
  // Each chapter in its own error boundary: one that fails leaves the others working.
  return shown.map((entry, index) => {
    const { id, title } = entry;
    const number = chapters.findIndex((c) => c.id === id) + 1;
    const Component = componentOf(index);
    return (
      <ChapterBoundary key={id} id={id} title={title}>
        {Component ? (
          <RenderedChapter Component={Component} number={number} />
        ) : (
          <ChapterPlaceholder
            id={id}
            number={number}
            title={title}
            onNear={respondsToReader(index) ? () => renderNear(index) : undefined}
            nearOncePassed={nearOncePassed}
          />
        )}
      </ChapterBoundary>
    );
  });
});

/**
 * A chapter on the page. Memoised: as the other chapters arrive, the list renders again, and
 * that must not render every chapter already there again.
 */
const RenderedChapter = memo(function RenderedChapter({
  Component,
  number,
}: {
  Component: ChapterComponent;
  number: number;
}) {
  return <Component number={number} />;
});

/** The full page's header: the title, the settings and, over every chapter, the navigation. */
interface SiteHeaderProps {
  active: string | null;
  showNav: boolean;
  onPresent: () => void;
}

function SiteHeader({ active, showNav, onPresent }: SiteHeaderProps) {
  return (
    <>
      <header className="site-header">
        <div className="site-header__inner">
          <p className="site-title">
            Likelihood Lab
            <span className="site-title__tagline">Maximum likelihood estimation, one slider at a time</span>
          </p>
          <div className="site-header__tools">
            <button type="button" className="button--quiet" onClick={onPresent}>
              Present
            </button>
            <Settings />
          </div>
        </div>
      </header>
      {showNav && <ChapterNav active={active} />}
    </>
  );
}
