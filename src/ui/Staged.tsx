import {
  createContext,
  Fragment,
  startTransition,
  useContext,
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import { afterNextPaint } from './afterNextPaint';
import { whenIdle } from './whenIdle';

/** A part of the page still waiting to render: where it stands, and what renders it. */
interface WaitingPart {
  element: HTMLElement;
  /**
   * `onItsTurn`: released on its turn, in idle time (false when everything is asked for at
   * once); `belowScreen`: and it stood below what the reader sees.
   */
  release: (onItsTurn: boolean, belowScreen: boolean) => void;
}

/**
 * The order in which the parts of a page reached by a link arrive: the part the link names
 * at once, every other part one at a time in idle time, nearest to the target first
 * (alternately the next one below it and the next one above it). One part's render at a
 * time, each in a transition: no long task blocks the reader while the page fills in.
 *
 * The chapters' first renders take their turns in the same queue (`takeTurn`), so that
 * everything arriving comes one thing per frame: the next waits for the idle time after the
 * frame that draws the last. A part above the target inside its chapter and a chapter above
 * it arriving in the same frame made Chromium count the whole screen as shifted (0.92),
 * though the browser's scroll anchoring kept the target still: the target's chapter had
 * moved up on the screen.
 */
export class Stager {
  private readonly waiting = new Set<WaitingPart>();
  /** Other things waiting for a turn of their own (chapters' first renders), in the order asked. */
  private readonly turns: (() => void)[] = [];
  private everything = false;
  /** Cancels the next turn, scheduled but not started. */
  private pending: (() => void) | null = null;
  /** The part released or the turn taken that has not arrived yet: the next waits for it. */
  private inFlight: WaitingPart | (() => void) | null = null;
  private belowNext = true;
  private turnNext = true;
  private watchingFirstScreen = false;
  private firstScreenPainted = false;

  /** `target`: the id the link names (a chapter or a section). */
  constructor(readonly target: string) {}

  /** Whether a part renders as it mounts: the linked section, or any part once everything is wanted. */
  rendersAtOnce(sectionId: string | undefined): boolean {
    return this.everything || sectionId === this.target;
  }

  /**
   * Whether a part stands on the screen the reader will see once landed: within a window's
   * height below the target's top. (Read as the linked chapter renders, before the landing.)
   * Once that screen has been painted, the question is settled: a part mounting afterwards (in
   * a chapter arriving in idle time) waits for its turn like the others, without the layout of
   * the whole arriving chapter that reading its place would force in the commit that brings it
   * (10–13 ms per chapter on this machine, four times that on a slow phone).
   */
  onFirstScreen(element: HTMLElement): boolean {
    if (this.firstScreenPainted) return false;
    if (!this.watchingFirstScreen) {
      this.watchingFirstScreen = true;
      afterNextPaint(() => (this.firstScreenPainted = true));
    }
    const target = document.getElementById(this.target);
    if (!target) return false;
    const below = element.getBoundingClientRect().top - target.getBoundingClientRect().top;
    return below >= 0 && below < window.innerHeight;
  }

  /**
   * Queues a part; returns what takes it off the queue (it unmounted, or it has rendered after
   * its release: the next may then come).
   */
  wait(element: HTMLElement, release: WaitingPart['release']): () => void {
    const part = { element, release };
    this.waiting.add(part);
    this.schedule();
    return () => {
      this.waiting.delete(part);
      if (this.inFlight === part) this.arrived();
    };
  }

  /**
   * Queues something else that arrives in turn with the parts (a chapter's first render):
   * `take` runs in idle time when its turn comes, and its owner calls `turnArrived` once it
   * has rendered. Returns what takes it off the queue, if it has not run yet.
   */
  takeTurn(take: () => void): () => void {
    const turn = () => take();
    this.turns.push(turn);
    this.schedule();
    return () => {
      const index = this.turns.indexOf(turn);
      if (index >= 0) this.turns.splice(index, 1);
    };
  }

  /** The turn taken last has rendered. */
  turnArrived(): void {
    if (typeof this.inFlight === 'function') this.arrived();
  }

  /** Renders every waiting part now (Tab, find in page, printing, following a link). */
  releaseAll(): void {
    this.everything = true;
    this.pending?.();
    this.pending = null;
    this.inFlight = null;
    this.turns.length = 0;
    for (const part of this.waiting) part.release(false, false);
    this.waiting.clear();
  }

  /** What was released last has rendered: the next comes once the frame that draws it is over. */
  private arrived(): void {
    this.inFlight = null;
    this.schedule({ afterFrame: true });
  }

  /**
   * Schedules the next turn in idle time, unless one is on its way. `afterFrame`: in the idle
   * time after the next frame (asked for from that frame's animation callback, it cannot come
   * before the frame is drawn).
   */
  private schedule({ afterFrame = false } = {}): void {
    if (this.pending || this.inFlight || (this.waiting.size === 0 && this.turns.length === 0)) return;
    let cancel = () => {};
    const inIdleTime = () => {
      cancel = whenIdle(() => {
        this.pending = null;
        this.takeNextTurn();
      });
    };
    if (afterFrame) {
      const frame = requestAnimationFrame(inIdleTime);
      cancel = () => cancelAnimationFrame(frame);
    } else inIdleTime();
    this.pending = () => cancel();
  }

  private takeNextTurn(): void {
    // Everything left meanwhile (the page unmounted).
    if (this.waiting.size === 0 && this.turns.length === 0) return;
    // Alternately a turn and a part, when both wait.
    const turn = this.turnNext || this.waiting.size === 0 ? this.turns.shift() : undefined;
    this.turnNext = !this.turnNext;
    if (turn) {
      this.inFlight = turn;
      turn();
      return;
    }
    const part = this.nearest();
    if (!part) return;
    this.waiting.delete(part);
    // Read after a frame, the layout is clean: this costs no layout of its own.
    const below = isBelowScreen(part.element);
    this.inFlight = part;
    startTransition(() => part.release(true, below));
  }

  /** The waiting part nearest the target in the document, alternately below and above it. */
  private nearest(): WaitingPart | undefined {
    const target = document.getElementById(this.target);
    const inOrder = [...this.waiting].sort((a, b) =>
      a.element.compareDocumentPosition(b.element) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1,
    );
    const isBelow = (part: WaitingPart) =>
      !target || (target.compareDocumentPosition(part.element) & Node.DOCUMENT_POSITION_PRECEDING) === 0;
    const below = inOrder.filter(isBelow);
    const above = inOrder.filter((part) => !isBelow(part));
    const pickBelow = this.belowNext;
    this.belowNext = !this.belowNext;
    return pickBelow ? (below[0] ?? above.at(-1)) : (above.at(-1) ?? below[0]);
  }
}

/** The page's stager when it was reached by a link to a chapter or section; null renders everything at once. */
export const StagingContext = createContext<Stager | null>(null);

/**
 * Whether an element's top is below the screen. (Not above: a part above arriving in several
 * steps moves what shows of it under the navigation, a layout shift.)
 */
function isBelowScreen(element: Element): boolean {
  return element.getBoundingClientRect().top > window.innerHeight;
}

/**
 * True inside a part that arrived on its turn, in idle time, below what the reader sees: its
 * charts then wait for turns of their own (ui/useElementWidth), so that no part arrives in one
 * long task. False on the screen (a chart arriving later would push what they see), above it,
 * and when everything was asked for at once (printing lays out the charts as it renders them).
 */
export const BelowScreenContext = createContext(false);

/**
 * `now` is true while a part released on its turn in idle time renders for the first time:
 * the charts drawn in that render then wait for turns of their own in empty boxes of their
 * exact size (ui/charts/deferredCharts), so that the part arrives in several short tasks and
 * nothing moves as they draw. False for what the reader brings in later, and when everything
 * was asked for at once (printing lays out the charts as it renders them).
 */
export const ArrivingOnItsTurnContext = createContext({ now: false });

interface StagedProps {
  /** The section this part fills: it renders at once when the link names it. */
  sectionId?: string;
  /**
   * A part smaller than a screen (a step of a derivation): its placeholder holds a few lines'
   * room, not a screen's, so that it only grows as it arrives. A part shrinking above a link's
   * target, in a frame in which the browser's scroll anchoring also moves the page, is
   * counted by Chromium as the whole screen shifting (0.92), though the target stays still.
   */
  small?: boolean;
  children: ReactNode;
}

/**
 * A part of a chapter (a section's content, a figure) that may render after the rest of the
 * page when the reader arrives by a link (see Stager). Until then it holds a little room and
 * carries the class every part still arriving carries (`chapter-placeholder`: the landing
 * and the tests wait for none to be left).
 */
export function Staged({ sectionId, small = false, children }: StagedProps) {
  const stager = useContext(StagingContext);
  // Where the part stands: still waiting, or rendered on or above the screen, or below it.
  const [arrival, setArrival] = useState<'waiting' | 'near' | 'below'>(() =>
    !stager || stager.rendersAtOnce(sectionId) ? 'near' : 'waiting',
  );
  const released = arrival !== 'waiting';
  const placeholder = useRef<HTMLDivElement>(null);
  const [arrivingOnItsTurn] = useState(() => ({ now: false }));

  // A part that will be on the first screen after the landing renders before that screen is
  // painted: arriving later, it would push what follows it on screen (a layout shift).
  useLayoutEffect(() => {
    if (!released && stager && placeholder.current && stager.onFirstScreen(placeholder.current)) setArrival('near');
    // Once, as it mounts: the first screen is decided on arrival.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // Queued until released. The cleanup, once the part has rendered released (or unmounted),
  // takes it off the queue, which lets the next part come.
  useEffect(() => {
    if (released || !stager || !placeholder.current) return;
    return stager.wait(placeholder.current, (onItsTurn, below) => {
      arrivingOnItsTurn.now = onItsTurn;
      setArrival(below ? 'below' : 'near');
    });
  }, [released, stager, arrivingOnItsTurn]);

  useEffect(() => {
    if (!released) return;
    // Not at once: its charts mount in the render that follows their boxes' width (read in a
    // layout effect), after this effect has run.
    const frame = requestAnimationFrame(() => (arrivingOnItsTurn.now = false));
    return () => cancelAnimationFrame(frame);
  }, [released, arrivingOnItsTurn]);

  // Keyed apart, so that React never turns the placeholder's element into the content's first
  // element (to the browser, that element would then have moved).
  if (released)
    return (
      <Fragment key="content">
        <ArrivingOnItsTurnContext value={arrivingOnItsTurn}>
          <BelowScreenContext value={arrival === 'below'}>{children}</BelowScreenContext>
        </ArrivingOnItsTurnContext>
      </Fragment>
    );
  return (
    <div
      key="placeholder"
      ref={placeholder}
      className={`chapter-placeholder part-placeholder${small ? ' part-placeholder--small' : ''}`}
      aria-busy="true"
    >
      <p className="chapter-placeholder__note">Loading…</p>
    </div>
  );
}
