import { ParamSlider } from './ParamSlider';
import { useLabStore } from '../state/store';

/**
 * A second handle on the shared mean, for figures far from the widget. It subscribes to μ on
 * its own, so its section can follow μ in a deferred render. Its name avoids the letter μ:
 * the widget's sliders are the ones found by "μ" and "σ" (a public test hook).
 */
export function CandidateCentreSlider({ range, description }: { range: [number, number]; description?: string }) {
  const mu = useLabStore((s) => s.mu);
  const setParams = useLabStore((s) => s.setParams);
  return (
    <ParamSlider
      label="Candidate centre (the widget’s mean)"
      unit="BPM"
      value={mu}
      min={range[0]}
      max={range[1]}
      step={0.1}
      onChange={(value) => setParams(value, useLabStore.getState().sigma)}
      description={description}
    />
  );
}

/** The same for the shared standard deviation (named without σ, as above). */
export function CandidateSpreadSlider({ range, description }: { range: [number, number]; description?: string }) {
  const sigma = useLabStore((s) => s.sigma);
  const setParams = useLabStore((s) => s.setParams);
  return (
    <ParamSlider
      label="Candidate spread (the widget’s standard deviation)"
      unit="BPM"
      value={sigma}
      min={range[0]}
      max={range[1]}
      step={0.1}
      onChange={(value) => setParams(useLabStore.getState().mu, value)}
      description={description}
    />
  );
}
