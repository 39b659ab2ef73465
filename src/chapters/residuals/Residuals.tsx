import { Chapter } from '../../ui/Chapter';
import { ChapterEnd } from '../../features/learning/ChapterEnd';
import { learning } from './learning';
import { meta } from './meta';
import { Section } from '../../ui/Section';
import { formatCount } from '../../model/format';
import { MIN_CATALOGUE_SONGS } from '../../model/catalogue';
import { useLabStore } from '../../state/store';
import { Classification } from './Classification';
import { LossTable } from './LossTable';
import { MseVsMae } from './MseVsMae';
import { Regression } from './Regression';

/** The sections that fit models to the catalogue, with the titles they keep when there are too few songs. */
const FITTED_SECTIONS = [
  { id: 'regression', title: 'What did we learn the distribution of?', Component: Regression },
  { id: 'mse-vs-mae', title: 'MSE or MAE: choosing a loss is choosing a distribution', Component: MseVsMae },
  { id: 'classification', title: 'Classification: cross-entropy is a Bernoulli likelihood', Component: Classification },
];

export function Residuals({ number }: { number: number }) {
  const n = useLabStore((s) => s.n);
  const ownData = useLabStore((s) => s.custom !== null);
  const enough = n >= MIN_CATALOGUE_SONGS;
  return (
    <Chapter id={meta.id} number={number} title={meta.title}>
      <div className="prose">
        <p>
          Every chapter so far fitted a distribution to the tempos themselves. That is where most explanations of
          maximum likelihood stop, and it leaves a trap: the idea that machine learning models “fit the distribution of
          the features”. They do not. This chapter springs the trap.
        </p>
        {ownData && (
          <p className="notice" role="note">
            This chapter works with the songwriter’s catalogue (tempo, duration, loudness, popularity, hit), not with
            the data you brought: fitting a line needs something to predict and something to predict it from, and a
            single column has only one of them. Your data are still in use in every other chapter.
          </p>
        )}
      </div>
      {FITTED_SECTIONS.map(({ id, title, Component }) =>
        enough ? (
          <Component key={id} />
        ) : (
          <Section key={id} id={id} title={title}>
            <p className="notice" role="note">
              Fitting a line needs at least {MIN_CATALOGUE_SONGS} songs, and this page was opened with {formatCount(n)}.
              Open it with more, for example the speaker notes’ 40 songs: <a href={`?n=40#${id}`}>open with n = 40</a>.
            </p>
          </Section>
        ),
      )}
      <LossTable />
      <ChapterEnd chapter={meta.id} learning={learning} />
    </Chapter>
  );
}
