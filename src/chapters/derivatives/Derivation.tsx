import { memo, useId, useState, type ReactNode } from 'react';
import { ScrollBox } from '../../ui/ScrollBox';
import { Section } from '../../ui/Section';
import { Staged } from '../../ui/Staged';
import { Prediction } from '../../features/learning/Prediction';
import { Tex } from '../../ui/Tex';
import { inlineTex } from '../../ui/builtFormulas';
import { formatCount, formatNumber } from '../../model/format';
import { normalScore, sumOfDeviations } from '../../math/derivatives';
import { normalTerms, sumOfSquaredDeviations } from '../../math/likelihood';
import { selectDataWords, type DataWords } from '../../model/dataWords';
import { selectSummary, type DatasetSummary } from '../../model/summary';
import { useLabStore } from '../../state/store';
import { useSectionParams } from '../../features/params/useSectionParams';
import { useSettledValue } from '../../ui/useSettledValue';

interface Step {
  title: string;
  tex: string[];
  /** A table of rules the step uses: [name, TeX]. */
  rules?: [string, string][];
  /** What the step says; a function where it speaks of the data ("songs", "values"). */
  say: string | ((words: DataWords) => string);
  /** The step evaluated on the reader's data, where that helps. */
  live?: (summary: DatasetSummary, mu: number, sigma: number, words: DataWords) => ReactNode;
}

/** The derivation of μ̂ and σ̂, one idea per step. Every TeX string here is tested to parse. */
export const STEPS: Step[] = [
  {
    title: 'The bell curve',
    tex: [
      String.raw`f(x_i \mid \mu, \sigma) = \frac{1}{\sigma\sqrt{2\pi}} \exp\!\left(-\frac{(x_i-\mu)^2}{2\sigma^2}\right)`,
    ],
    say: 'The fraction in front only rescales the curve so that its area is 1; the exponential gives it the bell shape.',
  },
  {
    title: 'The likelihood is a product',
    tex: [String.raw`L(\mu, \sigma) = \prod_{i=1}^{n} f(x_i \mid \mu, \sigma)`],
    say: (words) =>
      `The ${words.items} are independent, so the joint density of all of them is the product of the single densities. The big Π means: multiply all n terms.`,
  },
  {
    title: 'Take the log',
    tex: [String.raw`\ell(\mu, \sigma) = \log L(\mu, \sigma) = \sum_{i=1}^{n} \log f(x_i \mid \mu, \sigma)`],
    rules: [
      ['Log of a product', inlineTex`\log(ab) = \log a + \log b`],
      ['Log of an exponential', inlineTex`\log(e^{x}) = x`],
      ['Log of a reciprocal', inlineTex`\log(1/a) = -\log a`],
      ['Log of a square root', inlineTex`\log\sqrt{a} = \tfrac{1}{2}\log a`],
    ],
    say: 'Four rules of logarithms do all the work: the log of a product is a sum, the log undoes the exponential, a reciprocal turns into a minus sign, a square root into a half.',
  },
  {
    title: 'The log-likelihood',
    tex: [
      String.raw`\ell(\mu,\sigma) = -n\log\sigma - \frac{n}{2}\log(2\pi) - \frac{1}{2\sigma^2}\sum_{i=1}^{n}(x_i-\mu)^2`,
    ],
    say: 'Each of the n terms contributes −log σ − ½ log(2π) minus its own squared distance. The first two do not depend on i, so summing them just multiplies by n.',
    live: (summary, mu, sigma) => {
      const terms = normalTerms(summary.n, sumOfSquaredDeviations(summary.stats, mu), sigma);
      return (
        <>
          With your numbers: ℓ = {formatNumber(terms.spread)} {formatNumber(terms.constant)} −{' '}
          {formatNumber(terms.misfitSum)} / {formatNumber(terms.misfitScale)}.
        </>
      );
    },
  },
  {
    title: 'Differentiate in μ',
    tex: [
      String.raw`\frac{\partial \ell}{\partial \mu} = \underbrace{0}_{-n\log\sigma} \;-\; \underbrace{0}_{\frac{n}{2}\log 2\pi} \;-\; \frac{1}{2\sigma^2}\sum_{i=1}^{n}\frac{d}{d\mu}(x_i-\mu)^2`,
      String.raw`\frac{d}{d\mu}(x_i-\mu)^2 = 2(x_i-\mu)\cdot(-1) = -2(x_i-\mu)`,
      String.raw`\frac{\partial \ell}{\partial \mu} = -\frac{1}{2\sigma^2}\cdot(-2)\sum_{i=1}^{n}(x_i-\mu) = \frac{1}{\sigma^2}\sum_{i=1}^{n}(x_i-\mu)`,
    ],
    say: 'The first two terms contain no μ: their derivative is zero. In the third, the chain rule: the outer function squares, the inner one is xᵢ − μ, whose derivative is −1. Then −½ times −2 is +1: the minus signs cancel.',
    live: (summary, mu, sigma) => (
      <>
        At your μ = {formatNumber(mu, 2)}: Σ(xᵢ − μ) = {formatNumber(sumOfDeviations(summary.stats, mu))}, so ∂ℓ/∂μ ={' '}
        {formatNumber(normalScore(summary.stats, mu, sigma).dMu, 4)}.
      </>
    ),
  },
  {
    title: 'Set it to zero: μ̂ is the mean',
    tex: [
      String.raw`\sum_{i=1}^{n}(x_i-\mu) = 0 \;\Rightarrow\; \sum_{i=1}^{n} x_i = n\mu \;\Rightarrow\; \boxed{\hat\mu = \bar{x} = \frac{1}{n}\sum_{i=1}^{n} x_i}`,
    ],
    say: 'The slope is zero exactly when the deviations above and below μ cancel out, which is where μ is the average of the data: the sample mean, the number your slider found.',
    live: (summary, _mu, _sigma, words) => (
      <>
        For your {formatCount(summary.n)} {words.items}: x̄ = {words.withUnit(formatNumber(summary.normal.mu, 4))}, and
        Σ(xᵢ − x̄) = {formatNumber(Math.abs(sumOfDeviations(summary.stats, summary.normal.mu)), 4)}.
      </>
    ),
  },
  {
    title: 'Differentiate in σ',
    tex: [
      String.raw`\frac{d}{d\sigma}\big(-n\log\sigma\big) = -\frac{n}{\sigma} \qquad \frac{d}{d\sigma}\,\sigma^{-2} = -2\sigma^{-3}`,
      String.raw`\frac{\partial \ell}{\partial \sigma} = -\frac{n}{\sigma} + \frac{1}{\sigma^{3}}\sum_{i=1}^{n}(x_i-\mu)^2`,
    ],
    say: 'The derivative of log σ is 1/σ. The middle term has no σ. In the last, 1/σ² is σ⁻², and the power rule turns it into −2σ⁻³; with the −½ in front, the sign becomes plus.',
    live: (summary, mu, sigma) => (
      <>
        At your μ = {formatNumber(mu, 2)} and σ = {formatNumber(sigma, 2)}: ∂ℓ/∂σ ={' '}
        {formatNumber(normalScore(summary.stats, mu, sigma).dSigma, 4)}.
      </>
    ),
  },
  {
    title: 'Set it to zero: σ̂ divides by n',
    tex: [
      String.raw`-\frac{n}{\sigma} + \frac{1}{\sigma^{3}}\sum_{i=1}^{n}(x_i-\bar{x})^2 = 0 \;\;\Big|\cdot\sigma^3 \;\Rightarrow\; n\sigma^2 = \sum_{i=1}^{n}(x_i-\bar{x})^2`,
      String.raw`\boxed{\hat\sigma = \sqrt{\frac{1}{n}\sum_{i=1}^{n}(x_i-\bar{x})^2}}`,
    ],
    say: 'Multiply through by σ³ to clear the fractions, use μ = x̄ from before, and solve. The result is the standard deviation with n in the denominator, not n − 1: again, exactly what the slider found.',
    live: (summary, _mu, _sigma, words) => (
      <>
        For your {words.items}: σ̂ = {words.withUnit(formatNumber(summary.normal.sigma, 4))} (dividing by n − 1 instead
        would give {formatNumber(summary.besselSigma, 4)}).
      </>
    ),
  },
  {
    title: 'Check that it is a top',
    tex: [
      String.raw`\frac{\partial^2 \ell}{\partial \mu^2} = -\frac{n}{\sigma^2} \qquad \frac{\partial^2 \ell}{\partial \mu\,\partial \sigma} = -\frac{2}{\sigma^{3}}\sum_{i=1}^{n}(x_i-\mu) \qquad \frac{\partial^2 \ell}{\partial \sigma^2} = \frac{n}{\sigma^2} - \frac{3}{\sigma^{4}}\sum_{i=1}^{n}(x_i-\mu)^2`,
      String.raw`\text{at } (\bar{x}, \hat\sigma):\quad \frac{\partial^2 \ell}{\partial \mu^2} = -\frac{n}{\hat\sigma^2} < 0, \qquad \frac{\partial^2 \ell}{\partial \mu\,\partial \sigma} = 0, \qquad \frac{\partial^2 \ell}{\partial \sigma^2} = \frac{n}{\hat\sigma^2} - \frac{3n}{\hat\sigma^2} = -\frac{2n}{\hat\sigma^2} < 0`,
    ],
    say: 'A zero slope marks a valley or a saddle as well as a top. The second derivatives, the curvature, tell them apart: at (x̄, σ̂) both curvatures are negative and the mixed one is zero, so ℓ bends down in every direction there. It is a maximum, and the only point where both slopes vanish.',
    live: (summary) =>
      summary.normal.sigma > 0 ? (
        <>
          For your data: ∂²ℓ/∂μ² = −n/σ̂² ={' '}
          <span data-testid="curvature-mu">{formatNumber(-summary.n / summary.normal.sigma ** 2, 4)}</span> and ∂²ℓ/∂σ²
          = −2n/σ̂² ={' '}
          <span data-testid="curvature-sigma">{formatNumber((-2 * summary.n) / summary.normal.sigma ** 2, 4)}</span>,
          both below zero.
        </>
      ) : (
        <>With no spread in your data, σ̂ = 0 and there is no top to check.</>
      ),
  },
];

interface DerivationStepProps {
  step: Step;
  number: number;
  shown: boolean;
  /** Reachable by keyboard, assistive technology and find-in-page: follows `shown` once the reader pauses. */
  reachable: boolean;
  current: boolean;
  summary: DatasetSummary;
  mu: number;
  sigma: number;
  words: DataWords;
}

/**
 * One step. A step still to come keeps its place with only its title showing: its body is laid
 * out and painted already, transparent, on a compositor layer of its own, so that "Next step"
 * changes one opacity (no style, layout or paint of its hundreds of KaTeX boxes) and nothing
 * below it moves. `inert` keeps an unseen step out of the tab order, the accessibility tree
 * and find-in-page, as `hidden` would (the attribute stays, for print styles and tests). It
 * follows once the reader pauses: switching it restyles and repaints every box of the step
 * (2–5 ms), which would make the step miss its frame. Memoised: moving on re-renders the two
 * steps whose state changes, not all nine.
 */
const DerivationStep = memo(function DerivationStep({
  step,
  number,
  shown,
  reachable,
  current,
  summary,
  mu,
  sigma,
  words,
}: DerivationStepProps) {
  const hasMaximum = summary.normal.sigma > 0;
  return (
    <li hidden={!shown} inert={!reachable} data-step={number} className={current ? 'is-current' : undefined}>
      <h4>{step.title}</h4>
      {/* Each step its own part: on a page reached by a link the nine arrive one at a time (the
          whole derivation at once was 26 ms of layout in one frame, on this machine). */}
      <Staged small>
        <div className="derivation__body">
          {step.tex.map((tex) => (
            <Tex block key={tex} label={step.title}>
              {tex}
            </Tex>
          ))}
          {step.rules && (
            <ScrollBox label="Log rules">
              <table className="compare-table">
                <caption>The log rules this step uses</caption>
                <thead>
                  <tr>
                    <th scope="col">Property</th>
                    <th scope="col">Formula</th>
                  </tr>
                </thead>
                <tbody>
                  {step.rules.map(([name, tex]) => (
                    <tr key={name}>
                      <th scope="row">{name}</th>
                      <td>
                        <Tex>{tex}</Tex>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </ScrollBox>
          )}
          <p>{typeof step.say === 'string' ? step.say : step.say(words)}</p>
          {step.live && hasMaximum && <p className="derivation__live">{step.live(summary, mu, sigma, words)}</p>}
        </div>
      </Staged>
    </li>
  );
});

/** How long the stepper rests before shown steps become reachable (and hidden ones unreachable). */
const REACHABLE_AFTER_MS = 300;

export function Derivation() {
  const id = useId();
  const summary = useLabStore(selectSummary);
  const words = useLabStore(selectDataWords);
  // Only on screen: the steps' live numbers are text, ready in the frame the section enters, and
  // the section starts right below slope-zero, whose sliders would otherwise repaint every
  // waiting step's layer at each step (1–2 ms of paint and layerizing in each frame).
  const { ref, mu, sigma } = useSectionParams('0px');
  const [shown, setShown] = useState(1);
  const [all, setAll] = useState(false);
  const visible = all ? STEPS.length : shown;
  const reachable = useSettledValue(visible, REACHABLE_AFTER_MS);

  return (
    <Section ref={ref} id="derivation" title="The derivation, line by line">
      <div className="prose">
        <p>
          Now the proof that the top of ℓ is always at the mean and the n-denominator standard deviation, for any data.
          One step at a time; where it helps, each step is worked out on your {words.items} and your sliders.
        </p>
        <Prediction
          id="derivation-top"
          question="Before the steps: a slope of zero marks the top of a hill, but also the bottom of a valley. Once the slopes are zero, how does the derivation know it has found a top?"
          options={[
            { id: 'negative', label: 'The second derivative there is negative: the slope falls as you cross it' },
            { id: 'positive', label: 'The second derivative there is positive: the slope rises as you cross it' },
            { id: 'none', label: 'It cannot tell: a zero slope is all it has' },
          ]}
          answer="negative"
          reveal={
            <p>
              A top bends down: walking across it, the slope goes from positive to zero to negative, so the second
              derivative is negative there. A valley bends up, with a positive second derivative. The last step checks
              both directions on your {words.items}.
            </p>
          }
        />
        <div className="stepper-controls" role="group" aria-label="Derivation steps">
          <button type="button" onClick={() => setShown((k) => Math.max(1, k - 1))} disabled={all || shown <= 1}>
            Back
          </button>
          <button
            type="button"
            onClick={() => setShown((k) => Math.min(STEPS.length, k + 1))}
            disabled={all || shown >= STEPS.length}
          >
            Next step
          </button>
          <span className="stepper-count" aria-live="polite">
            Step {visible} of {STEPS.length}
          </span>
          <label className="settings__check">
            <input id={`${id}-all`} type="checkbox" checked={all} onChange={(e) => setAll(e.target.checked)} />
            Show all steps
          </label>
        </div>
        <ol className="derivation derivation--steps">
          {STEPS.map((step, i) => (
            <DerivationStep
              key={step.title}
              step={step}
              number={i + 1}
              shown={i < visible}
              reachable={i < reachable}
              current={i === visible - 1}
              summary={summary}
              mu={mu}
              sigma={sigma}
              words={words}
            />
          ))}
        </ol>
      </div>
    </Section>
  );
}
