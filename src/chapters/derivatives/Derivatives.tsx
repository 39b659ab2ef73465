import { Chapter } from '../../ui/Chapter';
import { ChapterEnd } from '../../features/learning/ChapterEnd';
import { learning } from './learning';
import { meta } from './meta';
import { Bias } from './Bias';
import { Derivation } from './Derivation';
import { GradientDescent } from './GradientDescent';
import { SlopeZero } from './SlopeZero';
import { SurfaceSection } from './SurfaceSection';

export function Derivatives({ number }: { number: number }) {
  return (
    <Chapter id={meta.id} number={number} title={meta.title}>
      <div className="prose">
        <p>
          You found μ̂ and σ̂ with the sliders. This chapter proves that they are always the mean and the n-denominator
          standard deviation, shows the whole landscape you were climbing, watches a machine climb it, and explains why
          dividing by n is “biased” and why maximum likelihood does not mind.
        </p>
      </div>
      <SlopeZero />
      <Derivation />
      <SurfaceSection />
      <GradientDescent />
      <Bias />
      <ChapterEnd chapter={meta.id} learning={learning} />
    </Chapter>
  );
}
