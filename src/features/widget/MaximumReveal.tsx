import { useEffect, useRef } from 'react';
import { Tex } from '../../ui/Tex';
import { formatCount, formatNumber } from '../../model/format';
import { FAMILIES, type FamilyId } from '../../math/families';
import { selectSummary, TRUE_MU, TRUE_SIGMA } from '../../model/summary';
import { CLOSE_CALL } from '../../math/modelComparison';
import { normalLogLikelihoodFromStats } from '../../math/likelihood';
import { selectDataWords } from '../../model/dataWords';
import { useLabStore } from '../../state/store';
import { MAXIMUM_GUESS, parseGuess } from './MaximumGuess';
import { FAMILY_MLE_TEX } from './widgetMath';
import { useProgressStore } from '../../state/progress';

/** After "Jump to the maximum": what the estimates are, and where their formulas come from. */
export function MaximumReveal({ family }: { family: FamilyId }) {
  const summary = useLabStore(selectSummary);
  const words = useLabStore(selectDataWords);
  const guess = parseGuess(useProgressStore((s) => s.predictions[MAXIMUM_GUESS]));
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // In the sticky widget the reveal may sit below the fold of its own scroll box.
    ref.current?.scrollIntoView({ block: 'nearest' });
  }, []);
  const { n, normal, decimals } = summary;
  const fit = summary.fits[family]!;
  const model = FAMILIES[family];
  const [aInfo, bInfo] = model.parameters;
  // Parameters on the log scale get the decimals of their own slider step, not the data's.
  const places = (step: number) => Math.max(0, -Math.round(Math.log10(step))) + 1;
  const shown = (x: number, inDataUnits: boolean) =>
    inDataUnits ? words.withUnit(formatNumber(x, decimals + 1)) : formatNumber(x, places(fit.steps[0]) + 1);

  if (family !== 'normal')
    return (
      <div className="reveal" role="status" ref={ref}>
        <p>
          <strong>
            The top of the hill: {aInfo.symbol}̂ = {shown(fit.mle[0], aInfo.inDataUnits)} and {bInfo.symbol}̂ ={' '}
            {shown(fit.mle[1], bInfo.inDataUnits)}, where ℓ = {formatNumber(fit.maxLogLik)}.
          </strong>
        </p>
        <p>Setting both slopes of this ℓ to zero gives closed forms again:</p>
        <Tex block label={`The ${model.name} maximum-likelihood estimates`}>
          {FAMILY_MLE_TEX[family]}
        </Tex>
        <p>
          {family === 'laplace'
            ? 'The Laplace’s best centre is the median, not the mean: the sum of absolute distances is smallest at the middle value, however far the extremes lie. That is why it shrugs off outliers.'
            : `The log-normal is a Normal for the logs of the data: its estimates are the mean and the n-divisor standard deviation of log x. e^μ̂ = ${words.withUnit(formatNumber(Math.exp(fit.mle[0]), decimals))} is the curve’s median.`}{' '}
          Compare its ℓ with the Normal’s ({formatNumber(summary.normalMaxLogLik)}) in the chooser above: on the same
          data, a maximum higher by {CLOSE_CALL} or more favours its assumption; a smaller gap is too close to call.
        </p>
      </div>
    );

  return (
    <div className="reveal" role="status" ref={ref}>
      <p>
        <strong>
          The top of the hill: μ̂ = {words.withUnit(formatNumber(normal.mu))} and σ̂ ={' '}
          {words.withUnit(formatNumber(normal.sigma))}, where ℓ = {formatNumber(summary.normalMaxLogLik)}.
        </strong>
      </p>
      {guess && (
        <p>
          Your prediction was centre {formatNumber(guess[0], 2)} and spread {formatNumber(guess[1], 2)}: off by{' '}
          {formatNumber(Math.abs(guess[0] - normal.mu), 2)} and {formatNumber(Math.abs(guess[1] - normal.sigma), 2)}
          {words.unit && ` ${words.unit}`}.
        </p>
      )}
      {!words.custom && (
        <p data-testid="truth">
          These songs were drawn from a Normal with μ = {TRUE_MU} and σ = {TRUE_SIGMA} BPM: the truth, which a real
          songwriter never gets to see. The estimates miss it by {formatNumber(Math.abs(normal.mu - TRUE_MU))} and{' '}
          {formatNumber(Math.abs(normal.sigma - TRUE_SIGMA))} BPM; that is what a sample of {formatCount(n)} gives, and
          another sample would miss differently. On these songs the truth scores ℓ(
          {TRUE_MU}, {TRUE_SIGMA}) = {formatNumber(normalLogLikelihoodFromStats(summary.stats, TRUE_MU, TRUE_SIGMA))},
          below the maximum: the maximum is the best explanation of these {formatCount(n)} songs, not the truth itself.
        </p>
      )}
      <p>
        μ̂ is exactly the <strong>sample mean</strong>, x̄ = Σxᵢ / n = {formatNumber(normal.mu * n, 1)} / {formatCount(n)}
        . σ̂ is exactly the <strong>standard deviation with n in the denominator</strong>, √(Σ(xᵢ − x̄)² / n).
      </p>
      <p>
        Not n − 1, as the “sample standard deviation” you may know does (spreadsheet STDEV, pandas’ <code>.std()</code>,
        numpy’s <code>np.std(x, ddof=1)</code>): maximum likelihood divides by n, like numpy’s default{' '}
        <code>np.std(x)</code>. Which of the two is right is a question of its own, taken up in{' '}
        <a href="#bias">Dividing by n</a>.
      </p>
      <p>
        Why exactly these formulas? At the top of a hill the ground is flat: both slopes of ℓ are zero there. Setting
        them to zero and solving gives x̄ and this σ̂ for any data, not just these {words.items}.
      </p>
    </div>
  );
}
