import { memo, useMemo } from 'react';
import { ChartBox } from '../../ui/ChartBox';
import { DataTable } from '../../ui/DataTable';
import { Figure } from '../../ui/Figure';
import { Legend } from '../../ui/Legend';
import { DensityPlot } from '../../ui/charts/deferredCharts';
import { formatNumber, formatSmall, superscript } from '../../model/format';
import { labelWithUnit, selectDataWords } from '../../model/dataWords';
import type { DatasetSummary } from '../../model/summary';
import { useLabStore } from '../../state/store';
import { ProfileChart } from '../../features/params/ProfileChart';
import { logLikelihoodProfile, muGrid, scaledLikelihoodProfile } from './profiles';

/**
 * L(μ) and ℓ(μ) side by side: different shapes, one peak. The log is strictly increasing,
 * so it moves no maximum. Memoised: it depends on σ and the data only.
 */
export const SameMaximiserFigure = memo(function SameMaximiserFigure({
  summary,
  sigma,
}: {
  summary: DatasetSummary;
  sigma: number;
}) {
  const words = useLabStore(selectDataWords);
  const muLabel = labelWithUnit(words, 'μ');
  const profile = useMemo(() => {
    const grid = muGrid(
      [summary.muRange.min, summary.muRange.max],
      120,
      summary.normal.mu,
      sigma / Math.sqrt(summary.n),
    );
    const logLik = logLikelihoodProfile(summary.stats, sigma, grid);
    return { logLik, likelihood: scaledLikelihoodProfile(logLik) };
  }, [summary, sigma]);
  const profileDomain: [number, number] = [summary.muRange.min, summary.muRange.max];
  const argmax = summary.normal.mu;
  // Both charts mark the same maximum; one array, so neither chart's frame re-renders for it.
  const maximum = useMemo(
    () => [{ key: 'max', x: argmax, label: 'x̄', colour: 'var(--text-muted)', dash: '4 3', showLabel: true }],
    [argmax],
  );

  return (
    <div className="figure-frame">
      <Figure
        title={`L(μ) and ℓ(μ) peak at the same μ (σ = ${formatNumber(sigma, 1)})`}
        caption={
          <>
            First chart: the likelihood L(μ), in units of 10{superscript(profile.likelihood.exponent)} so it can be
            drawn. Second chart: the log-likelihood ℓ(μ). Different shapes, different scales, one peak: both at the
            sample mean {words.withUnit(formatNumber(argmax))}.
          </>
        }
        alternative={
          <DataTable
            summary="Show both curves as a table"
            caption="Likelihood (scaled) and log-likelihood at several values of μ"
            columns={[muLabel, `L(μ), × 10${superscript(profile.likelihood.exponent)}`, 'ℓ(μ)']}
            rowCount={25}
            row={(i) => {
              const j = i * 5;
              return [
                formatNumber(profile.logLik[j].x, 1),
                formatSmall(profile.likelihood.points[j].y),
                formatNumber(profile.logLik[j].y),
              ];
            }}
          />
        }
      >
        <div className="chart-pair">
          <ChartBox label="The likelihood as a function of μ, a narrow peak at the sample mean.">
            {(width) => (
              <DensityPlot
                width={width}
                height={220}
                xDomain={profileDomain}
                yMax={Math.max(...profile.likelihood.points.map((p) => p.y)) * 1.05}
                xLabel={muLabel}
                yLabel={`L(μ), × 10${superscript(profile.likelihood.exponent)}`}
                curves={[{ key: 'L', label: 'L', points: profile.likelihood.points, colour: 'var(--curve)' }]}
                markers={maximum}
              />
            )}
          </ChartBox>
          <ProfileChart
            points={profile.logLik}
            label="ℓ"
            xLabel={muLabel}
            yLabel="ℓ(μ)"
            colour="var(--laplace)"
            markers={maximum}
            description="The log-likelihood as a function of μ, a broad hump with its top at the sample mean."
          />
        </div>
        <Legend
          items={[
            { key: 'L', label: 'Likelihood L(μ), scaled', colour: 'var(--curve)' },
            { key: 'l', label: 'Log-likelihood ℓ(μ)', colour: 'var(--laplace)' },
            { key: 'm', label: 'Sample mean x̄ (both maxima)', colour: 'var(--text-muted)', dash: '4 3' },
          ]}
        />
      </Figure>
    </div>
  );
});
