import { ParamSlider } from '../../ui/ParamSlider';
import { selectDataWords } from '../../model/dataWords';
import { selectSummary } from '../../model/summary';
import { useLabStore } from '../../state/store';
import { useNearViewport } from '../../ui/useNearViewport';
import { useGatedParams } from './useSectionParams';

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
 * its parameter on its own while near the screen, so its section can follow the store in a
 * deferred render. The
 * names avoid the letters μ and σ: the widget's sliders are the ones found by them (a
 * public test hook).
 */
function SharedParamSlider({ param, range, description }: SharedSliderProps & { param: 'mu' | 'sigma' }) {
  // Off screen it keeps its last value and stops listening: the widget's slider steps then
  // cost nothing here (each step would otherwise rewrite this input far down the page).
  const [ref, near] = useNearViewport<HTMLDivElement>();
  const value = useGatedParams(near)[param];
  const setParams = useLabStore((s) => s.setParams);
  const { unit } = useLabStore(selectDataWords);
  // 0.1 BPM for the tempos; for the reader's data, the Normal's slider step for their scale.
  const step = useLabStore((s) => (s.custom ? selectSummary(s).fits.normal!.steps[param === 'mu' ? 0 : 1] : 0.1));
  return (
    <div ref={ref}>
      <ParamSlider
        label={LABELS[param]}
        unit={unit}
        value={value}
        min={range[0]}
        max={range[1]}
        step={step}
        onChange={(next) => {
          const { mu, sigma } = useLabStore.getState();
          setParams(param === 'mu' ? next : mu, param === 'sigma' ? next : sigma);
        }}
        description={description}
      />
    </div>
  );
}

export const CandidateCentreSlider = (props: SharedSliderProps) => <SharedParamSlider param="mu" {...props} />;
export const CandidateSpreadSlider = (props: SharedSliderProps) => <SharedParamSlider param="sigma" {...props} />;
