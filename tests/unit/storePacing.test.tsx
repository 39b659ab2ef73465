import { act, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { DensityPlot } from '../../src/ui/charts/DensityPlot';
import { createStorePacer, StorePacingContext, type StorePacer } from '../../src/ui/charts/storePacing';

const chart = (peak: number) => (
  <DensityPlot
    width={400}
    height={200}
    xDomain={[0, 10]}
    yMax={1}
    xLabel="Tempo"
    yLabel="Density"
    curves={[{ key: 'c', label: 'c', points: [0, 5, 10].map((x) => ({ x, y: x === 5 ? peak : 0.1 })), colour: 'red' }]}
  />
);

/** The browser's task and frame queues, run by hand. */
function queues() {
  const tasks: (() => void)[] = [];
  const frames: (() => void)[] = [];
  return {
    tasks,
    frames,
    nextTask: (then: () => void) => void tasks.push(then),
    nextFrame: (then: () => void) => void frames.push(then),
    runTask: () => act(() => tasks.shift()!()),
    runFrame: () => act(() => frames.splice(0).forEach((frame) => frame())),
  };
}

const paced = (pacer: StorePacer | null, peak = 0.8) => (
  <StorePacingContext value={pacer}>{chart(peak)}</StorePacingContext>
);
/** The chart's markup, but the ids Recharts numbers per chart. */
const markup = (container: HTMLElement) =>
  container.innerHTML.replace(/recharts\d+-/g, 'recharts-').replace(/_r_\w+_/g, '_r_');
const curve = (container: HTMLElement) => container.querySelector('path[stroke="red"]');

afterEach(() => window.dispatchEvent(new Event('afterprint')));

describe('a chart whose store is paced (one that arrives off the screen)', () => {
  it('draws without a pacer in one go, as Recharts does', () => {
    const { container } = render(paced(null));
    expect(curve(container)).not.toBeNull();
  });

  it('renders one store change per task, and ends drawn exactly as without pacing', () => {
    const whole = markup(render(paced(null)).container);
    const q = queues();
    const { container } = render(paced(createStorePacer(q.nextTask, q.nextFrame)));
    // Mounted: the chart has reported its size and axes to its store, but renders from the
    // store as it was, so nothing is drawn in the plot yet; the change waits for a task.
    expect(curve(container)).toBeNull();
    expect(q.tasks).toHaveLength(1);
    let renders = 0;
    while (q.tasks.length > 0) {
      q.runTask();
      renders++;
      expect(renders).toBeLessThan(10);
    }
    // Recharts' first draw is several renders in a row (size, then axes and layers, then the
    // layers' z-index portals): each came in a task of its own.
    expect(renders).toBeGreaterThan(1);
    expect(markup(container)).toBe(whole);
  });

  it('reads its store directly once a frame has passed with nothing to deliver', () => {
    const q = queues();
    const pacer = createStorePacer(q.nextTask, q.nextFrame)!;
    const { container, rerender } = render(paced(pacer));
    while (q.tasks.length > 0) q.runTask();
    expect(pacer.pacing).toBe(true);
    // A frame after deliveries keeps pacing (more may follow); the next, quiet one ends it.
    q.runFrame();
    expect(pacer.pacing).toBe(true);
    q.runFrame();
    expect(pacer.pacing).toBe(false);
    expect(q.frames).toHaveLength(0);
    // A slider's step now reaches the chart within the same update: no task is queued.
    const before = curve(container)!.getAttribute('d');
    act(() => rerender(paced(pacer, 0.3)));
    expect(q.tasks).toHaveLength(0);
    expect(curve(container)!.getAttribute('d')).not.toBe(before);
  });

  it('is completed at once when the page is printed, and charts drawn for the printout are not paced', () => {
    const q = queues();
    const pacer = createStorePacer(q.nextTask, q.nextFrame)!;
    const { container } = render(paced(pacer));
    expect(curve(container)).toBeNull();
    act(() => void window.dispatchEvent(new Event('beforeprint')));
    expect(curve(container)).not.toBeNull();
    expect(pacer.pacing).toBe(false);
    expect(createStorePacer(q.nextTask, q.nextFrame)).toBeNull();
    window.dispatchEvent(new Event('afterprint'));
    expect(createStorePacer(q.nextTask, q.nextFrame)).not.toBeNull();
  });
});
