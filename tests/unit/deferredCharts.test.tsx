/**
 * The charts arrive after a chapter's text (src/ui/charts/deferredCharts.tsx): each holds its
 * exact box until the chart kit is in, then draws in it. The test setup fetches the kit before
 * every test; these tests take a fresh copy of the module, whose kit arrives when they say.
 */
import { act, render, screen, waitFor } from '@testing-library/react';
import { Component, type ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';

type Deferred = typeof import('../../src/ui/charts/deferredCharts');

/**
 * A fresh copy of deferredCharts whose kit arrives when `arrive` is called, or fails to
 * arrive when `fail` is (a dropped network).
 */
async function chartsWithKitOnHold() {
  const kit = { asked: false };
  let arrive = () => {};
  let fail = () => {};
  const gate = new Promise<void>((resolve, reject) => {
    arrive = resolve;
    fail = () => reject(new Error('Failed to fetch dynamically imported module'));
  });
  // Failed before the kit was asked for, it is handled once it is.
  gate.catch(() => {});
  vi.resetModules();
  vi.doMock('../../src/ui/charts/kit', async () => {
    kit.asked = true;
    await gate;
    return vi.importActual('../../src/ui/charts/kit');
  });
  const charts: Deferred = await import('../../src/ui/charts/deferredCharts');
  return { charts, arrive, fail, kit };
}

afterEach(() => {
  vi.doUnmock('../../src/ui/charts/kit');
  vi.resetModules();
});

const plot = (charts: Deferred) => (
  <charts.DensityPlot width={400} height={220} xDomain={[0, 10]} yMax={1} xLabel="Tempo (BPM)" yLabel="Density">
    <charts.CursorLine x={5} colour="red" label="μ" />
  </charts.DensityPlot>
);

/** Renders inside an awaited act: a component that suspends is then retried when its data comes. */
async function renderSuspending(ui: ReactNode) {
  let container!: HTMLElement;
  await act(async () => {
    ({ container } = render(ui));
  });
  return container;
}

/** Idle periods on demand: jsdom has none of its own. */
function idlePeriodsOnDemand() {
  const waiting: (() => void)[] = [];
  vi.stubGlobal('requestIdleCallback', (callback: () => void) => waiting.push(callback));
  vi.stubGlobal('cancelIdleCallback', (handle: number) => (waiting[handle - 1] = () => {}));
  return {
    /** Runs the callbacks waiting for an idle period now (not those they ask for meanwhile). */
    async next() {
      await waitFor(() => expect(waiting.length).toBeGreaterThan(0));
      const due = waiting.splice(0);
      await act(async () => due.forEach((callback) => callback()));
    },
  };
}

/** Three charts mounted while the kit is on hold, then the kit's arrival. */
async function threeChartsThenTheKit() {
  const { charts, arrive } = await chartsWithKitOnHold();
  const container = await renderSuspending(
    <>
      {plot(charts)}
      {plot(charts)}
      {plot(charts)}
    </>,
  );
  await act(async () => arrive());
  return { charts, container };
}

describe('several charts waiting for the chart kit', () => {
  afterEach(() => vi.unstubAllGlobals());

  // Drawn all at once when the kit arrived, they made one task of 60–85 ms on the CI machine.
  it('draw one per idle period once it arrives, in the order they mounted', async () => {
    const idle = idlePeriodsOnDemand();
    const { container } = await threeChartsThenTheKit();
    const drawn = () => container.querySelectorAll('.recharts-wrapper').length;
    expect(drawn()).toBe(0);
    const isDrawn = (index: number) => container.children[index].matches('.recharts-wrapper');
    for (const count of [1, 2, 3]) {
      await idle.next();
      await waitFor(() => expect(drawn()).toBe(count));
      expect([0, 1, 2].map(isDrawn)).toEqual([0, 1, 2].map((index) => index < count));
    }
    expect(container.querySelector('.chapter-placeholder')).toBeNull();
  });

  it('draw at once when everything is asked for (printing, find in page)', async () => {
    idlePeriodsOnDemand();
    const { charts, container } = await threeChartsThenTheKit();
    act(() => charts.drawWaitingChartsNow());
    await waitFor(() => expect(container.querySelectorAll('.recharts-wrapper')).toHaveLength(3));
  });
});

describe('a chart before the chart kit is in', () => {
  it('holds its exact box, as a part still arriving, then draws in it once the kit arrives', async () => {
    const { charts, arrive } = await chartsWithKitOnHold();
    const container = await renderSuspending(plot(charts));
    const box = container.firstElementChild as HTMLElement;
    expect(box.classList.contains('chapter-placeholder')).toBe(true);
    expect(box.getAttribute('aria-busy')).toBe('true');
    expect([box.style.width, box.style.height]).toEqual(['400px', '220px']);
    expect(container.querySelector('svg')).toBeNull();

    arrive();
    await waitFor(() => expect(container.querySelector('.chapter-placeholder')).toBeNull());
    const wrapper = container.querySelector<HTMLElement>('.recharts-wrapper')!;
    expect([wrapper.style.width, wrapper.style.height]).toEqual(['400px', '220px']);
    // The layer inside it draws too, from the chart's scales.
    expect(container.querySelector('.cursor-line text')?.textContent).toBe('μ');
  });

  it('keeps the chart it drew once the kit arrived as it renders again (not drawn anew)', async () => {
    const { charts, arrive } = await chartsWithKitOnHold();
    const ui = (x: number) => (
      <charts.DensityPlot width={400} height={220} xDomain={[0, 10]} yMax={1} xLabel="Tempo (BPM)" yLabel="Density">
        <charts.CursorLine x={x} colour="red" />
      </charts.DensityPlot>
    );
    let view!: ReturnType<typeof render>;
    await act(async () => {
      view = render(ui(5));
    });
    arrive();
    await waitFor(() => expect(view.container.querySelector('.recharts-wrapper')).not.toBeNull());
    const drawn = view.container.querySelector('.recharts-wrapper');
    const line = () => view.container.querySelector('.cursor-line line')!.getAttribute('x1');
    const before = line();
    view.rerender(ui(6));
    expect(view.container.querySelector('.recharts-wrapper')).toBe(drawn);
    expect(line()).not.toBe(before);
  });

  it('draws as it mounts, with no box in between, once the kit is in', async () => {
    const { charts, arrive } = await chartsWithKitOnHold();
    arrive();
    await charts.loadCharts();
    const { container } = render(plot(charts));
    expect(container.querySelector('.chapter-placeholder')).toBeNull();
    expect(container.querySelector('.recharts-wrapper')).not.toBeNull();
  });

  it('asks for the kit only once the frame with the empty box has been painted (text first)', async () => {
    const { charts, kit } = await chartsWithKitOnHold();
    await renderSuspending(plot(charts));
    expect(kit.asked).toBe(false);
    await act(() => new Promise((painted) => requestAnimationFrame(() => setTimeout(painted, 0))));
    await waitFor(() => expect(kit.asked).toBe(true));
  });

  it('fetches the kit once, however many charts ask', async () => {
    const { charts } = await chartsWithKitOnHold();
    expect(charts.loadCharts()).toBe(charts.loadCharts());
  });

  it('is an error for the chapter’s boundary when the kit cannot arrive (the network dropped)', async () => {
    const { charts, fail } = await chartsWithKitOnHold();
    const caught: unknown[] = [];
    class Boundary extends Component<{ children: ReactNode }, { failed: boolean }> {
      state = { failed: false };
      static getDerivedStateFromError() {
        return { failed: true };
      }
      componentDidCatch(error: unknown) {
        caught.push(error);
      }
      render() {
        return this.state.failed ? <p>This chapter could not load.</p> : this.props.children;
      }
    }
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => {});
    await renderSuspending(<Boundary>{plot(charts)}</Boundary>);
    fail();
    expect(await screen.findByText('This chapter could not load.')).toBeTruthy();
    // (Vitest wraps a failing mock's error; the browser's own would reach the boundary as it is.)
    const error = caught[0] as Error;
    expect(String(error.cause ?? error)).toMatch(/Failed to fetch/);
    quiet.mockRestore();
  });

  it('a layer drawn outside a chart is a mistake, said plainly', async () => {
    const { charts } = await chartsWithKitOnHold();
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(() => render(<charts.CursorLine x={1} colour="red" />)).toThrow(/outside a chart/);
    quiet.mockRestore();
  });
});
