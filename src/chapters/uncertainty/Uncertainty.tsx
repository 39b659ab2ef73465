import { Chapter } from '../../ui/Chapter';
import { ChapterEnd } from '../../features/learning/ChapterEnd';
import { learning } from './learning';
import { meta } from './meta';
import { ConfidenceIntervals } from './ConfidenceIntervals';
import { Curvature } from './Curvature';
import { SamplingVariability } from './SamplingVariability';

export function Uncertainty({ number }: { number: number }) {
  return (
    <Chapter id={meta.id} number={number} title={meta.title}>
      <div className="prose">
        <p>
          Maximum likelihood gave one answer: the best μ and σ for these data. Every statistics course asks the next
          question at once: how sure is that answer? This chapter draws other samples to see estimates wobble, reads the
          same wobble from the sharpness of ℓ’s top, and turns it into intervals whose promise you can test by drawing a
          thousand samples.
        </p>
      </div>
      <SamplingVariability />
      <Curvature />
      <ConfidenceIntervals />
      <ChapterEnd chapter={meta.id} learning={learning} />
    </Chapter>
  );
}
