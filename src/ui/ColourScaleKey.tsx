import { memo } from 'react';
import { densityGradient, densityStrokeWidth } from './densityColour';
import type { Palette } from '../model/readerState';

interface ColourScaleKeyProps {
  palette: Palette;
  dark: boolean;
  /** What the solid line is, e.g. "Normal curve"; leave out when another legend names it. */
  curveLabel?: string;
  /** What the colour and width encode, e.g. "Each song’s line: its density". */
  scaleLabel: string;
}

/**
 * The legend of a chart coloured by density: its curve, and the two cues for each song
 * (colour from low to high, and line width, so colour is never the only cue).
 */
export const ColourScaleKey = memo(function ColourScaleKey({
  palette,
  dark,
  curveLabel,
  scaleLabel,
}: ColourScaleKeyProps) {
  return (
    <div className="colour-scale">
      {curveLabel && (
        <>
          <svg className="colour-scale__key" width="28" height="12" aria-hidden="true" focusable="false">
            <line x1="2" y1="6" x2="26" y2="6" stroke="var(--curve)" strokeWidth="3" />
          </svg>
          <span>{curveLabel}</span>
        </>
      )}
      <span className="colour-scale__label">{scaleLabel}</span>
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
});
