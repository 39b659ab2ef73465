import { Chapter } from '../../ui/Chapter';
import { Section } from '../../ui/Section';
import { ChapterEnd } from '../../features/learning/ChapterEnd';
import { learning } from './learning';
import { meta } from './meta';
import { Tex } from '../../ui/Tex';
import { formatCount } from '../../model/format';
import { selectSummary } from '../../model/summary';
import { selectDataWords } from '../../model/dataWords';
import { useLabStore } from '../../state/store';
import { CrossEntropy } from './CrossEntropy';
import { DensityVsProbability } from './DensityVsProbability';
import { LikelihoodWidget } from '../../features/widget/LikelihoodWidget';
import { NegativeLogLikelihood } from './NegativeLogLikelihood';
import { ProbabilityVsLikelihood } from './ProbabilityVsLikelihood';
import { WhyLog } from './WhyLog';
import { Term } from '../../features/learning/Term';

export const PRODUCT_TEX = String.raw`L(\mu, \sigma) = \prod_{i=1}^{n} f(x_i \mid \mu, \sigma)`;
export const SUM_TEX = String.raw`\ell(\mu, \sigma) = \log L(\mu, \sigma) = \sum_{i=1}^{n} \log f(x_i \mid \mu, \sigma)`;

export function Likelihood({ number }: { number: number }) {
  const n = useLabStore((s) => selectSummary(s).n);
  const words = useLabStore(selectDataWords);
  return (
    <Chapter id={meta.id} number={number} title={meta.title}>
      <Section id="likelihood-widget" title="Your turn: find μ and σ">
        <div className="widget-layout">
          <div className="widget-layout__text prose">
            <p>
              Pick any μ and σ and the Normal curve is fixed. Now ask of each song:{' '}
              <em>how dense is this curve at its tempo?</em> That height, the <Term id="density">density</Term> f(xᵢ |
              μ, σ), is drawn as a vertical line from the song up to the curve.
            </p>
            <p>
              A tall line means the curve expected songs around that tempo: the song is <strong>plausible</strong> under
              these parameters. A short line means the curve puts almost nothing there: the song looks{' '}
              <strong>implausible</strong>. Colour and thickness say the same: red and thin for low density, green and
              thick for high.
            </p>
            <p>
              One number sums up how well the curve explains <em>all</em> {formatCount(n)} {words.items} at once. We
              also assume that the {words.items} are independent draws (one {words.quantity} says nothing about the
              next), so the joint density of the whole sample is the product of the single ones. That product is the{' '}
              <Term id="likelihood" after=":">
                likelihood
              </Term>
            </p>
            <Tex block label="The likelihood as a product">
              {PRODUCT_TEX}
            </Tex>
            <p>
              Multiplying {formatCount(n)} small numbers gives a tiny, awkward number, so we take its logarithm. The log
              of a product is the sum of the logs, and since the logarithm only ever increases, whichever μ and σ make
              one biggest also make the other biggest. That is the <Term id="log-likelihood">log-likelihood</Term> ℓ in
              the widget:
            </p>
            <Tex block label="The log-likelihood as a sum">
              {SUM_TEX}
            </Tex>
            <p>
              Every short (red) line adds a large negative log to the sum and drags ℓ down. Here each density is well
              below 1, so each log is negative and ℓ is negative too; that is expected. Higher ℓ is still better: here
              that happens to mean closer to zero, a property of these data rather than a law (a narrow enough density
              rises above 1, and its log is then positive).
            </p>
            <p>
              <strong>Your task:</strong> move μ and σ to make ℓ as high as you can. Watch the lines: the best curve is
              one that leaves as few songs as possible stranded in its thin tails, without spreading itself so wide that
              every line gets short. Too narrow and the far songs turn red; too wide and every line shrinks.
            </p>
            <p>
              When you think you are at the top, press <strong>Jump to the maximum</strong> and compare. The two numbers
              you find have names you already know.
            </p>
          </div>
          <div className="widget-layout__widget">
            <LikelihoodWidget />
          </div>
        </div>
      </Section>
      <ProbabilityVsLikelihood />
      <DensityVsProbability />
      <WhyLog />
      <NegativeLogLikelihood />
      <CrossEntropy />
      <ChapterEnd chapter={meta.id} learning={learning} />
    </Chapter>
  );
}
