import { ParamSlider } from './ParamSlider';
import { useLabStore } from '../state/store';

interface SharedSliderProps {
  range: [number, number];
  description?: string;
}

const LABELS = {
  mu: 'Candidate centre (the widget’s mean)',
  sigma: 'Candidate spread (the widget’s standard deviation)',
};

/**
 * A second handle on the shared μ or σ, for figures far from the widget. It subscribes to
 * its parameter on its own, so its section can follow the store in a deferred render. The
 * names avoid the letters μ and σ: the widget's sliders are the ones found by them (a
 * public test hook).
 */
function SharedParamSlider({ param, range, description }: SharedSliderProps & { param: 'mu' | 'sigma' }) {
  const value = useLabStore((s) => s[param]);
  const setParams = useLabStore((s) => s.setParams);
  return (
    <ParamSlider
      label={LABELS[param]}
      unit="BPM"
      value={value}
      min={range[0]}
      max={range[1]}
      step={0.1}
      onChange={(next) => {
        const { mu, sigma } = useLabStore.getState();
        setParams(param === 'mu' ? next : mu, param === 'sigma' ? next : sigma);
      }}
      description={description}
    />
  );
}

export const CandidateCentreSlider = (props: SharedSliderProps) => <SharedParamSlider param="mu" {...props} />;
export const CandidateSpreadSlider = (props: SharedSliderProps) => <SharedParamSlider param="sigma" {...props} />;
