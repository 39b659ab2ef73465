import { densityGradient, densityStrokeWidth } from '../../components/densityColour';
import type { Palette } from '../../state/store';

/**
 * The widget's legend: the curve, and the two cues for a song's density (colour from low
 * to high, and line width, so colour is never the only cue).
 */
export function DensityColourKey({ palette, dark }: { palette: Palette; dark: boolean }) {
  return (
    <div className="colour-scale">
      <svg className="colour-scale__key" width="28" height="12" aria-hidden="true" focusable="false">
        <line x1="2" y1="6" x2="26" y2="6" stroke="var(--curve)" strokeWidth="3" />
      </svg>
      <span>Normal curve</span>
      <span className="colour-scale__label">Each song’s line: its density</span>
      <span className="colour-scale__key-group">
        <span className="colour-scale__end">low</span>
        <span className="colour-scale__bar" style={{ background: densityGradient(palette, dark) }} aria-hidden="true" />
        <span className="colour-scale__end">high</span>
      </span>
      <svg className="colour-scale__widths" width="86" height="16" aria-hidden="true" focusable="false">
        {[0, 0.25, 0.5, 0.75, 1].map((t, i) => (
          <line
            key={t}
            x1={8 + i * 17}
            x2={8 + i * 17}
            y1={2}
            y2={14}
            stroke="currentColor"
            strokeWidth={densityStrokeWidth(t)}
          />
        ))}
      </svg>
    </div>
  );
}
