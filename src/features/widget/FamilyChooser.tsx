import { memo, useEffect, useId, useRef } from 'react';
import { formatNumber } from '../../model/format';
import { FAMILIES, FAMILY_IDS } from '../../math/families';
import { selectSummary } from '../../model/summary';
import { useLabStore } from '../../state/store';

/**
 * The widget remounts when the family changes (its state belongs to one family), and this
 * chooser with it: a reader moving through the radios with the arrow keys keeps focus on the
 * radio they chose, in the new chooser.
 */
let refocusChosen = false;

/**
 * Which family the widget assumes, and each family's best ℓ on the same data, so the
 * learner can compare assumptions. Every family here has two parameters, so comparing
 * their maximised log-likelihoods is fair (no family gets extra freedom).
 */
export const FamilyChooser = memo(function FamilyChooser() {
  const id = useId();
  const chosen = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (!refocusChosen) return;
    refocusChosen = false;
    chosen.current?.focus({ preventScroll: true });
  }, []);
  const family = useLabStore((s) => s.family);
  const setFamily = useLabStore((s) => s.setFamily);
  const { fits } = useLabStore(selectSummary);
  const available = FAMILY_IDS.filter((f) => fits[f]);
  const best = available.reduce((top, f) => (fits[f]!.maxLogLik > fits[top]!.maxLogLik ? f : top), available[0]);
  return (
    <fieldset className="family-chooser">
      <legend>Assume a distribution</legend>
      <div className="family-chooser__options">
        {FAMILY_IDS.map((f) => {
          const fit = fits[f];
          return (
            <div key={f} className="family-chooser__option">
              <label>
                <input
                  type="radio"
                  name={`${id}-family`}
                  value={f}
                  checked={family === f}
                  ref={family === f ? chosen : undefined}
                  disabled={!fit}
                  onChange={(event) => {
                    refocusChosen = event.currentTarget === document.activeElement;
                    setFamily(f);
                  }}
                  aria-describedby={`${id}-${f}`}
                />{' '}
                {FAMILIES[f].name}
              </label>
              <span id={`${id}-${f}`} className="family-chooser__score">
                {fit
                  ? Number.isFinite(fit.maxLogLik)
                    ? `best ℓ ${formatNumber(fit.maxLogLik)}${f === best && available.length > 1 ? ' (highest)' : ''}`
                    : 'ℓ unbounded: no spread'
                  : 'needs every value above 0'}
              </span>
            </div>
          );
        })}
      </div>
      <p className="widget__hint">
        {FAMILIES[family].name}: for {FAMILIES[family].when}. Each family’s best ℓ is its maximum on these same data;
        the highest one explains them best.
      </p>
    </fieldset>
  );
});
