import { FAMILIES, type FamilyId } from '../../math/families';
import { selectSummary } from '../../model/summary';
import { useWidgetParams } from './useWidgetParams';
import { useLabStore } from '../../state/store';
import { Tex } from '../../ui/Tex';
import { SETTLE_MS, useSettledValue } from '../../ui/useSettledValue';
import { FAMILY_LOG_LIKELIHOOD_TEX, familyLogLikelihoodTex } from './widgetMath';

/**
 * How long the sliders must rest before the formula is typeset again. Typesetting it (a few
 * hundred KaTeX elements, then their layout) costs more than the rest of a slider step, and
 * numbers changing thirty times a second cannot be read anyway: the lines and ℓ follow every
 * step, the formula the moment the reader pauses.
 */
export const FORMULA_SETTLE_MS = SETTLE_MS;

/** The log-likelihood in symbols, then with the reader's numbers in it. */
export function WidgetFormula({ family }: { family: FamilyId }) {
  const { n, familyStats } = useLabStore(selectSummary);
  const [a, b] = useWidgetParams();
  // Building the TeX string is cheap; only the settled one is typeset (Tex is memoised on it).
  const live = familyLogLikelihoodTex(family, n, a, b, FAMILIES[family].terms(familyStats, a, b));
  const tex = useSettledValue(live, FORMULA_SETTLE_MS);
  const settling = tex !== live;
  return (
    <div className="widget__formula" aria-busy={settling}>
      <p className="widget__formula-title">The formula, with your numbers in it</p>
      <Tex block label="The log-likelihood in symbols">
        {FAMILY_LOG_LIKELIHOOD_TEX[family]}
      </Tex>
      <Tex block label="The log-likelihood with your numbers">
        {tex}
      </Tex>
    </div>
  );
}
