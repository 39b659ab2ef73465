/** The x axis every chart of this explorable shares: a number line with its label below. */
export function xAxisProps(domain: [number, number], label: string) {
  return {
    type: 'number' as const,
    dataKey: 'x',
    domain,
    allowDataOverflow: true,
    // Every tick shown: the ticks are few and round, and Recharts measures each label in the DOM
    // (a forced layout of the whole page per label) only to decide which to drop.
    interval: 0,
    stroke: 'var(--axis)',
    tick: { fill: 'var(--text-muted)', fontSize: 12 },
    label: { value: label, position: 'insideBottom' as const, offset: -24, fill: 'var(--text)', fontSize: 13 },
  };
}

/** The y axis every chart shares: ticks on the left, the label turned along the axis. */
export function yAxisProps(label: string) {
  return {
    stroke: 'var(--axis)',
    interval: 0,
    width: 64,
    tick: { fill: 'var(--text-muted)', fontSize: 11 },
    label: {
      value: label,
      angle: -90,
      position: 'insideLeft' as const,
      offset: -4,
      style: { textAnchor: 'middle' as const },
      fill: 'var(--text)',
      fontSize: 13,
    },
  };
}
