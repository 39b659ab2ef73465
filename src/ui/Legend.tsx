export interface LegendItem {
  key: string;
  label: string;
  colour: string;
  dash?: string;
  /** 'line' for curves and reference lines, 'box' for bars, 'dot' for points. */
  kind?: 'line' | 'box' | 'dot';
}

/** An HTML legend (readable by screen readers, wraps on phones) with a sample of each mark. */
export function Legend({ items }: { items: LegendItem[] }) {
  return (
    <ul className="legend">
      {items.map((item) => (
        <li key={item.key}>
          <svg width="28" height="12" aria-hidden="true" focusable="false">
            {item.kind === 'box' ? (
              <rect x="4" y="1" width="20" height="10" fill={item.colour} />
            ) : item.kind === 'dot' ? (
              <circle cx="14" cy="6" r="4" fill={item.colour} />
            ) : (
              <line x1="2" y1="6" x2="26" y2="6" stroke={item.colour} strokeWidth="3" strokeDasharray={item.dash} />
            )}
          </svg>
          {item.label}
        </li>
      ))}
    </ul>
  );
}
