import { memo, useEffect, useId, useRef } from 'react';
import { formatNumber } from '../../model/format';
import { FAMILIES, FAMILY_IDS, type FamilyId } from '../../math/families';
import { CLOSE_CALL, leaderOf } from '../../math/modelComparison';
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
  // A family is called the better explanation only when it leads by CLOSE_CALL or more.
  const leading = leaderOf(FAMILY_IDS.flatMap((f) => (fits[f] ? [[f, fits[f]!.maxLogLik] as const] : [])));
  /** What a family's best ℓ says beside the leader's: nothing where there is no other to compare with. */
  const scoreNote = (f: FamilyId, score: number) => {
    if (!leading || !Number.isFinite(leading.gap)) return '';
    if (f === leading.leader) return leading.clear ? ' (highest)' : ' (highest, but too close to call)';
    return fits[leading.leader]!.maxLogLik - score < CLOSE_CALL ? ' (too close to call)' : '';
  };
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
                    ? `best ℓ ${formatNumber(fit.maxLogLik)}${scoreNote(f, fit.maxLogLik)}`
                    : 'ℓ unbounded: no spread'
                  : 'needs every value above 0'}
              </span>
            </div>
          );
        })}
      </div>
      <p className="widget__hint">
        {FAMILIES[family].name}: for {FAMILIES[family].when}. Each family’s best ℓ is its maximum on these same data. A
        lead of {CLOSE_CALL} or more in ℓ (a likelihood ratio of about 7) favours a family; a smaller gap is too close
        to call. Either way, the data never prove a family true.
      </p>
    </fieldset>
  );
});
