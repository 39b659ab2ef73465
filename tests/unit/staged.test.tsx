import { act, render, screen, waitFor } from '@testing-library/react';
import { useContext, useEffect, type ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ChartBox } from '../../src/ui/ChartBox';
import { Section } from '../../src/ui/Section';
import { ArrivingOnItsTurnContext, BelowScreenContext, Stager, StagingContext } from '../../src/ui/Staged';

/** A section's content that notes when it has rendered. */
function Content({ id, arrived }: { id: string; arrived: string[] }) {
  useEffect(() => void arrived.push(id), [id, arrived]);
  return <p>content of {id}</p>;
}

const IDS = ['a', 'b', 'c', 'd', 'e'];

/** The sections a to e, each holding `content(id)`. */
function Sections({ stager, content }: { stager: Stager | null; content: (id: string) => ReactNode }) {
  return (
    <StagingContext value={stager}>
      <main>
        {IDS.map((id) => (
          <Section key={id} id={id} title={`Section ${id}`}>
            {content(id)}
          </Section>
        ))}
      </main>
    </StagingContext>
  );
}

function Page({ stager, arrived }: { stager: Stager | null; arrived: string[] }) {
  return <Sections stager={stager} content={(id) => <Content id={id} arrived={arrived} />} />;
}

/** Lays the page out as a browser would: each element a screen and more below the one before it. */
beforeEach(() => {
  vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(function (this: Element) {
    const top = [...document.querySelectorAll('*')].indexOf(this) * 2 * window.innerHeight;
    return { top, bottom: top + 10, left: 0, right: 100, x: 0, y: top, width: 100, height: 10 } as DOMRect;
  });
});
afterEach(() => vi.restoreAllMocks());

describe('a page reached by a link arrives part by part', () => {
  it('the linked section renders at once; the others follow one at a time, nearest first, below then above', async () => {
    const arrived: string[] = [];
    render(<Page stager={new Stager('c')} arrived={arrived} />);
    expect(arrived).toEqual(['c']);
    // Every section keeps its id and heading while its content is on its way.
    for (const id of IDS) expect(screen.getByRole('heading', { name: `Section ${id}` })).toBeTruthy();
    expect(document.querySelectorAll('.chapter-placeholder')).toHaveLength(4);
    await waitFor(() => expect(arrived).toHaveLength(IDS.length));
    expect(arrived).toEqual(['c', 'd', 'b', 'e', 'a']);
    expect(document.querySelector('.chapter-placeholder')).toBeNull();
  });

  it('everything renders at once when asked (Tab, find in page, printing)', () => {
    const arrived: string[] = [];
    const stager = new Stager('a');
    const { rerender } = render(<Page stager={stager} arrived={arrived} />);
    expect(arrived).toEqual(['a']);
    stager.releaseAll();
    rerender(<Page stager={stager} arrived={arrived} />);
    expect(arrived.toSorted()).toEqual(IDS);
  });

  it('a part that will be on the first screen after the landing renders with the linked section', () => {
    vi.restoreAllMocks();
    // Everything within a screen of the target (jsdom lays nothing out: every top is 0).
    const arrived: string[] = [];
    render(<Page stager={new Stager('b')} arrived={arrived} />);
    expect(arrived.toSorted()).toEqual(IDS);
  });

  it('once the first screen is painted, a part mounting later waits for its turn, without reading the layout', async () => {
    vi.restoreAllMocks();
    // jsdom lays nothing out: every top is 0, so every part stands within a screen of the target.
    const arrived: string[] = [];
    const stager = new Stager('b');
    render(<Page stager={stager} arrived={arrived} />);
    expect(arrived.toSorted()).toEqual(IDS);
    // Two frames and a task: the first screen is on the screen.
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 0))));
    const readsLayout = vi.spyOn(Element.prototype, 'getBoundingClientRect');
    // A chapter arriving in idle time, its parts mounting.
    render(
      <StagingContext value={stager}>
        <Section id="later" title="A section of a chapter arriving later">
          <Content id="later" arrived={arrived} />
        </Section>
      </StagingContext>,
    );
    expect(arrived).not.toContain('later');
    expect(readsLayout).not.toHaveBeenCalled();
    await waitFor(() => expect(arrived).toContain('later'));
  });

  it('without a link (no stager), every part renders at once', () => {
    const arrived: string[] = [];
    render(<Page stager={null} arrived={arrived} />);
    expect(arrived).toEqual(IDS);
  });
});

/** A section's content: its text, and a chart that notes when it is drawn. */
function Charted({ id, drawn }: { id: string; drawn: string[] }) {
  return (
    <>
      <p>text of {id}</p>
      <ChartBox>{(width) => <Drawn id={id} width={width} drawn={drawn} />}</ChartBox>
    </>
  );
}

function Drawn({ id, width, drawn }: { id: string; width: number; drawn: string[] }) {
  useEffect(() => void drawn.push(id), [id, drawn]);
  return (
    <p>
      chart of {id}, {width} px
    </p>
  );
}

function ChartedPage({ stager, drawn }: { stager: Stager; drawn: string[] }) {
  return <Sections stager={stager} content={(id) => <Charted id={id} drawn={drawn} />} />;
}

describe('the charts of parts that arrive in idle time', () => {
  // Recharts draws a chart in synchronous renders that cannot be sliced: a part's charts
  // drawing with its text would make each part one long task.
  it('below the screen, each waits for its own turn, after its part, marked as still arriving', async () => {
    const drawn: string[] = [];
    const { container } = render(<ChartedPage stager={new Stager('c')} drawn={drawn} />);
    // The linked section draws its chart at once.
    expect(drawn).toEqual(['c']);
    await waitFor(() => expect(screen.getByText('text of d')).toBeTruthy());
    // Part d has arrived; its chart has not, and holds the class the landing and the tests wait on.
    expect(drawn).toEqual(['c']);
    expect(container.querySelector('#d .chart-box.chapter-placeholder')).toBeTruthy();
    await waitFor(() => expect(drawn).toHaveLength(IDS.length));
    expect(drawn.toSorted()).toEqual(IDS);
    expect(document.querySelector('.chapter-placeholder')).toBeNull();
  });

  it('asked for at once (find in page, printing), every waiting chart draws at once', async () => {
    const drawn: string[] = [];
    const stager = new Stager('c');
    render(<ChartedPage stager={stager} drawn={drawn} />);
    await waitFor(() => expect(screen.getByText('text of d')).toBeTruthy());
    act(() => stager.releaseAll());
    expect(drawn.toSorted()).toEqual(IDS);
    expect(document.querySelector('.chapter-placeholder')).toBeNull();
  });

  it('on the screen or above it, a chart draws with its part: arriving later, it would push what the reader sees', async () => {
    vi.restoreAllMocks();
    const drawn: string[] = [];
    const stager = new Stager('c');
    // Part b stands a screen above the target: it arrives in idle time, and its chart with it.
    vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(function (this: Element) {
      const top = this.closest('#b') ? -window.innerHeight : this.closest('#c') ? 0 : window.innerHeight * 1.5;
      return { top, bottom: top + 10, left: 0, right: 100, x: 0, y: top, width: 100, height: 10 } as DOMRect;
    });
    render(<ChartedPage stager={stager} drawn={drawn} />);
    await waitFor(() => expect(screen.getByText('text of b')).toBeTruthy());
    expect(screen.getByText(/chart of b/)).toBeTruthy();
  });

  it('below the screen, even just below, a chart waits for its own turn', async () => {
    vi.restoreAllMocks();
    const drawn: string[] = [];
    const stager = new Stager('c');
    // Part d starts half a screen below the bottom of the screen.
    vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(function (this: Element) {
      const top = this.closest('#c') ? 0 : window.innerHeight * 1.5;
      return { top, bottom: top + 10, left: 0, right: 100, x: 0, y: top, width: 100, height: 10 } as DOMRect;
    });
    const { container } = render(<ChartedPage stager={stager} drawn={drawn} />);
    await waitFor(() => expect(screen.getByText('text of d')).toBeTruthy());
    expect(screen.queryByText(/chart of d/)).toBeNull();
    expect(container.querySelector('#d .chart-box.chapter-placeholder')).toBeTruthy();
    await waitFor(() => expect(screen.getByText(/chart of d/)).toBeTruthy());
  });
});

/** A section's content that notes whether it arrived below the screen. */
function Distance({ id, far }: { id: string; far: Map<string, boolean> }) {
  const isFar = useContext(BelowScreenContext);
  useEffect(() => void far.set(id, isFar), [id, far, isFar]);
  return <p>text of {id}</p>;
}

function DistancePage({ stager, far }: { stager: Stager; far: Map<string, boolean> }) {
  return <Sections stager={stager} content={(id) => <Distance id={id} far={far} />} />;
}

describe('where a part arrives, on or below the screen', () => {
  it('parts arriving in idle time below the screen are told so; the linked one and those above are not', async () => {
    const far = new Map<string, boolean>();
    // a and b stand three screens above the window; the rest two screens below the element before each.
    vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(function (this: Element) {
      const top = this.closest('#a, #b')
        ? -3 * window.innerHeight
        : [...document.querySelectorAll('*')].indexOf(this) * 2 * window.innerHeight;
      return { top, bottom: top + 10, left: 0, right: 100, x: 0, y: top, width: 100, height: 10 } as DOMRect;
    });
    render(<DistancePage stager={new Stager('c')} far={far} />);
    await waitFor(() => expect(far.size).toBe(IDS.length));
    expect(Object.fromEntries(far)).toEqual({ a: false, b: false, c: false, d: true, e: true });
  });

  it('every part asked for at once (find in page, printing) is not', async () => {
    const far = new Map<string, boolean>();
    const stager = new Stager('a');
    render(<DistancePage stager={stager} far={far} />);
    act(() => stager.releaseAll());
    await waitFor(() => expect(far.size).toBe(IDS.length));
    expect([...far.values()].every((isFar) => !isFar)).toBe(true);
  });
});

/** A section's content that notes whether it rendered first as a part arriving on its turn. */
function Arriving({ id, seen }: { id: string; seen: Map<string, boolean> }) {
  const arriving = useContext(ArrivingOnItsTurnContext);
  // Read in the render, as a chart deciding whether to wait for a turn of its own does.
  if (!seen.has(id)) seen.set(id, arriving.now);
  return <p>text of {id}</p>;
}

describe('the charts of a part arriving on its turn take turns of their own', () => {
  // A part's charts drawn with its text made each part one long task (up to 85 ms on the
  // CI machine); in boxes of their exact size, drawn one per idle period, nothing moves.
  it('a part released on its turn renders first as arriving; the linked one does not', async () => {
    const seen = new Map<string, boolean>();
    render(<Sections stager={new Stager('c')} content={(id) => <Arriving id={id} seen={seen} />} />);
    await waitFor(() => expect(seen.size).toBe(IDS.length));
    expect(Object.fromEntries(seen)).toEqual({ a: true, b: true, c: false, d: true, e: true });
  });

  it('parts asked for at once (find in page, printing) do not: printing lays out their charts as it renders them', async () => {
    const seen = new Map<string, boolean>();
    const stager = new Stager('a');
    render(<Sections stager={stager} content={(id) => <Arriving id={id} seen={seen} />} />);
    act(() => stager.releaseAll());
    await waitFor(() => expect(seen.size).toBe(IDS.length));
    expect([...seen.values()].every((arriving) => !arriving)).toBe(true);
  });

  it('what renders in a part after its first frame (the reader opening something) is not arriving', async () => {
    const context: { now: boolean }[] = [];
    function Keep({ id }: { id: string }) {
      const arriving = useContext(ArrivingOnItsTurnContext);
      if (id === 'd') context.push(arriving);
      return <p>text of {id}</p>;
    }
    render(<Sections stager={new Stager('c')} content={(id) => <Keep id={id} />} />);
    await waitFor(() => expect(screen.getByText('text of d')).toBeTruthy());
    expect(context[0].now).toBe(true);
    await waitFor(() => expect(context[0].now).toBe(false));
  });
});

describe('one thing arriving at a time', () => {
  // A chapter above the target and a part above it inside its chapter arriving in the same
  // frame made Chromium count the whole screen as shifted (0.92).
  it('a chapter taking its turn and a part come one after the other, the next only once the last has arrived', async () => {
    vi.restoreAllMocks();
    document.body.innerHTML = '<p id="target"></p><p id="below"></p><p id="further"></p>';
    const stager = new Stager('target');
    const log: string[] = [];
    stager.takeTurn(() => log.push('chapter'));
    const leave = stager.wait(document.getElementById('below')!, () => log.push('part below'));
    stager.wait(document.getElementById('further')!, () => log.push('part further'));
    await waitFor(() => expect(log).toEqual(['chapter']));
    // The chapter has not rendered yet: nothing else comes, however idle the page.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(log).toEqual(['chapter']);
    stager.turnArrived();
    await waitFor(() => expect(log).toEqual(['chapter', 'part below']));
    // The part released has rendered (it leaves the queue): the next comes.
    leave();
    await waitFor(() => expect(log).toEqual(['chapter', 'part below', 'part further']));
    document.body.innerHTML = '';
  });

  it('a turn given up before it comes is never taken', async () => {
    vi.restoreAllMocks();
    document.body.innerHTML = '<p id="target"></p><p id="below"></p>';
    const stager = new Stager('target');
    const log: string[] = [];
    const giveUp = stager.takeTurn(() => log.push('chapter'));
    giveUp();
    stager.wait(document.getElementById('below')!, () => log.push('part'));
    await waitFor(() => expect(log).toEqual(['part']));
    document.body.innerHTML = '';
  });
});
