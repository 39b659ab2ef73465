/** The x axis every chart of this explorable shares: a number line with its label below. */
export function xAxisProps(domain: [number, number], label: string) {
  return {
    type: 'number' as const,
    dataKey: 'x',
    domain,
    allowDataOverflow: true,
    stroke: 'var(--axis)',
    tick: { fill: 'var(--text-muted)', fontSize: 12 },
    label: { value: label, position: 'insideBottom' as const, offset: -24, fill: 'var(--text)', fontSize: 13 },
  };
}
