import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DensityPlot } from '../../src/ui/charts/DensityPlot';

const plot = (points: { x: number; y: number }[], fill = false) =>
  render(
    <DensityPlot
      width={400}
      height={200}
      xDomain={[0, 10]}
      yMax={1}
      xLabel="x"
      yLabel="y"
      curves={[{ key: 'c', label: 'c', points, colour: 'red', fill }]}
    />,
  ).container;

const curvePaths = (container: HTMLElement) => Array.from(container.querySelectorAll('path[stroke="red"]'));

describe('a DensityPlot curve', () => {
  it('is one line through its points, inside the plot', () => {
    const container = plot([0, 2, 4, 6, 8, 10].map((x) => ({ x, y: x / 10 })));
    const [line] = curvePaths(container);
    expect(line.getAttribute('fill')).toBe('none');
    expect(line.getAttribute('d')!.match(/[ML]/g)).toHaveLength(6);
    // Cut at the plot's edges, as a Recharts line with allowDataOverflow was.
    expect(line.closest('[clip-path]')).not.toBeNull();
  });

  it('breaks where a value is not a finite number (a log of 0) instead of drawing NaN', () => {
    const container = plot([
      { x: 0, y: 0.1 },
      { x: 2, y: 0.2 },
      { x: 4, y: -Infinity },
      { x: 6, y: 0.4 },
      { x: 8, y: NaN },
      { x: 10, y: 0.5 },
    ]);
    const d = curvePaths(container)[0].getAttribute('d')!;
    expect(d).not.toMatch(/NaN|Infinity/);
    expect(d.match(/M/g)).toHaveLength(3);
  });

  it('writes a point far off the plot (ℓ of −1e300) as a number the path parser reads', () => {
    const container = plot([
      { x: 0, y: 0.5 },
      { x: 5, y: -1e300 },
      { x: 10, y: 0.5 },
    ]);
    const d = curvePaths(container)[0].getAttribute('d')!;
    expect(d).not.toMatch(/e|NaN|Infinity/);
    expect(d.match(/-?\d+(\.\d+)?/g)!.every((n) => Math.abs(Number(n)) <= 1e6)).toBe(true);
  });

  it('shaded, fills down to y = 0 under its line', () => {
    const container = plot(
      [0, 5, 10].map((x) => ({ x, y: 0.5 })),
      true,
    );
    const shade = container.querySelector('path[fill="red"]')!;
    expect(shade.getAttribute('fill-opacity')).toBe('0.18');
    expect(shade.getAttribute('d')).toMatch(/Z$/);
    expect(curvePaths(container)).toHaveLength(1);
  });
});
