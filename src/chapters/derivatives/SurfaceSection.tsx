import { DataTable } from '../../ui/DataTable';
import { Figure } from '../../ui/Figure';
import { Section } from '../../ui/Section';
import { formatNumber } from '../../model/format';
import { normalLogLikelihoodFromStats } from '../../math/likelihood';
import { selectSummary } from '../../model/summary';
import { labelWithUnit, selectDataWords } from '../../model/dataWords';
import { useLabStore } from '../../state/store';
import { LikelihoodSurface, SurfaceLegend } from './LikelihoodSurface';
import { sigmaProfileRange } from './profiles';

export function SurfaceSection() {
  const summary = useLabStore(selectSummary);
  const words = useLabStore(selectDataWords);
  const [sigmaLow, sigmaHigh] = sigmaProfileRange(summary);
  const mus = Array.from(
    { length: 7 },
    (_, i) => summary.muRange.min + ((summary.muRange.max - summary.muRange.min) * (i + 0.5)) / 7,
  );
  const sigmas = Array.from({ length: 6 }, (_, i) => sigmaHigh - ((sigmaHigh - sigmaLow) * (i + 0.5)) / 6);
  return (
    <Section id="likelihood-surface" title="The whole landscape: ℓ over μ and σ">
      <div className="prose">
        <p>
          The two slices above are cuts through one surface: ℓ for every pair (μ, σ) at once. Seen from above, it is a
          single hill with one summit, at (x̄, σ̂). Its contours are stretched: the hill falls off steeply towards small
          σ, where the curve becomes too narrow for the spread of the {words.items}, and gently towards large σ.
        </p>
        <p>
          The dashed lines through your point are the two slices: the horizontal one is ℓ as μ varies (σ held), the
          vertical one ℓ as σ varies (μ held). Click anywhere on the surface, or focus it and use the arrow keys, to
          move the sliders there.
        </p>
      </div>
      <div className="figure-frame">
        <Figure
          title="ℓ(μ, σ) seen from above"
          caption={
            <>
              Bands show how far ℓ is below its maximum {formatNumber(summary.normalMaxLogLik)}, at μ ={' '}
              {formatNumber(summary.normal.mu)} and σ = {formatNumber(summary.normal.sigma)}. The surface depends only
              on the data: it is drawn once, and only the markers move with the sliders.
            </>
          }
          alternative={
            <DataTable
              summary="Show the surface as a table"
              caption="ℓ at a grid of (μ, σ)"
              columns={[
                `${labelWithUnit(words, 'σ')} \\ ${labelWithUnit(words, 'μ')}`,
                ...mus.map((m) => formatNumber(m, 1)),
              ]}
              rowCount={sigmas.length}
              row={(r) => [
                formatNumber(sigmas[r], 1),
                ...mus.map((m) => formatNumber(normalLogLikelihoodFromStats(summary.stats, m, sigmas[r]), 1)),
              ]}
            />
          }
        >
          <LikelihoodSurface slices label="Log-likelihood surface over μ and σ" />
          <SurfaceLegend />
        </Figure>
      </div>
    </Section>
  );
}
