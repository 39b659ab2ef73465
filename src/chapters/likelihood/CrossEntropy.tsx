import { memo, useState } from 'react';
import { ChartBox } from '../../ui/ChartBox';
import { DataTable } from '../../ui/DataTable';
import { Figure } from '../../ui/Figure';
import { Legend } from '../../ui/Legend';
import { CategoryBarChart } from '../../ui/charts/deferredCharts';
import { ParamSlider } from '../../ui/ParamSlider';
import { ScrollBox } from '../../ui/ScrollBox';
import { Section } from '../../ui/Section';
import { Tex } from '../../ui/Tex';
import { formatNumber } from '../../model/format';
import {
  bernoulliPmf,
  binaryCrossEntropy,
  categoricalCrossEntropy,
  meanBernoulliNll,
  softmax,
} from '../../math/crossEntropy';
import { selectStream } from '../../model/summary';
import { useLabStore } from '../../state/store';

/** The derivation, one step per line: pmf, log, sign flip, average. */
export const BCE_STEPS: { tex: string; say: string }[] = [
  {
    tex: String.raw`P(y \mid p) = p^{\,y}\,(1-p)^{\,1-y}, \qquad y \in \{0, 1\}`,
    say: 'A hit (y = 1) has probability p, a miss (y = 0) has probability 1 − p: the Bernoulli distribution, written as one formula.',
  },
  {
    tex: String.raw`\log P(y \mid p) = y \log p + (1-y)\log(1-p)`,
    say: 'Take the log: powers come down as factors. Only one of the two terms is ever switched on.',
  },
  {
    tex: String.raw`-\log P(y \mid p) = -y \log p - (1-y)\log(1-p)`,
    say: 'Flip the sign, as for any negative log-likelihood, so that smaller is better.',
  },
  {
    // Two lines: on one, the formula is wider than a phone.
    tex: String.raw`\begin{aligned}\text{BCE} &= -\frac{1}{n}\sum_{i=1}^{n}\Big[y_i \log p_i \\ &\qquad\quad + (1-y_i)\log(1-p_i)\Big]\end{aligned}`,
    say: 'Average over the n songs. That is binary cross-entropy: the mean Bernoulli NLL, term for term.',
  },
];

export const CATEGORICAL_TEX = String.raw`p_{ik} = \frac{e^{z_{ik}}}{\sum_{j=1}^{K} e^{z_{ij}}}, \qquad \text{CE} = -\frac{1}{n}\sum_{i=1}^{n}\sum_{k=1}^{K} y_{ik}\log p_{ik}`;

/** Whether each example song is a hit, and the model's starting guesses. */
const LABELS: (0 | 1)[] = [1, 0, 1, 1, 0, 0];
const START_PROBABILITIES = [0.9, 0.2, 0.6, 0.3, 0.05, 0.7];
const GENRES = ['pop', 'rock', 'jazz'];
/** The example song's true genre: rock. */
const TRUE_GENRE = 1;
/** “Song 4 and Song 6”: the costliest songs, named in a sentence. */
const LIST = new Intl.ListFormat('en', { type: 'conjunction' });
/** Two stacked series, one of them 0 for each song, colour the confidently wrong. */
const LOSS_BARS = [
  { key: 'ordinaryLoss', colour: 'var(--series-3)', stackId: 'loss' },
  { key: 'wrongLoss', colour: 'var(--bad)', stackId: 'loss' },
];
const songNumber = (song: string) => song.replace(/^Song /, '');

export function CrossEntropy() {
  return (
    <Section id="cross-entropy" title="Classification: cross-entropy is a negative log-likelihood too">
      <CrossEntropyBody />
    </Section>
  );
}

/**
 * The section's content, rendered once its part arrives (ui/Staged): the seeded stream it takes
 * its six songs from costs about 18 ms to draw, which a link to the widget, above it, no longer
 * waits for.
 */
function CrossEntropyBody() {
  // The first six songs of the seeded stream: the learner's own, unless they have fewer than six.
  const sample = useLabStore(selectStream);
  const [probabilities, setProbabilities] = useState(START_PROBABILITIES);
  const songs = LABELS.map((y, i) => {
    const p = probabilities[i];
    const loss = -Math.log(bernoulliPmf(y, p));
    const confidentlyWrong = (y === 1 && p < 0.2) || (y === 0 && p > 0.8);
    return {
      song: `Song ${i + 1}`,
      y,
      p,
      loss,
      tempo: sample[i],
      ordinaryLoss: confidentlyWrong ? 0 : loss,
      wrongLoss: confidentlyWrong ? loss : 0,
    };
  });
  const bce = binaryCrossEntropy(LABELS, probabilities);
  const nll = meanBernoulliNll(LABELS, probabilities);
  // The costliest songs, ties included (two predictions of 0.3 for a hit cost the same).
  const worstLoss = formatNumber(Math.max(...songs.map((song) => song.loss)));
  const costliest = songs.filter((song) => formatNumber(song.loss) === worstLoss).map((song) => song.song);

  return (
    <>
      <div className="prose">
        <p>
          Everything so far fitted a continuous quantity. Now suppose the question is yes or no: will a song be a{' '}
          <strong>hit</strong>? A classifier outputs a probability p that it is. Assume each outcome y (1 for a hit, 0
          for not) follows a <strong>Bernoulli</strong> distribution with that p, and write down its negative log:
        </p>
        <ol className="derivation">
          {BCE_STEPS.map((step) => (
            <li key={step.tex}>
              <Tex block label="Derivation step">
                {step.tex}
              </Tex>
              <p>{step.say}</p>
            </li>
          ))}
        </ol>
      </div>

      <div className="figure-frame">
        <Figure
          title="Six songs, your predictions, and what each one costs"
          caption={
            <>
              Each bar is one song’s −log P(y | p). A right answer given confidently costs almost nothing; a wrong one
              given confidently costs a lot (the cost grows without bound as p nears the wrong end). Right now the most
              expensive {costliest.length > 1 ? 'are' : 'is'} {LIST.format(costliest)}, at {worstLoss}
              {costliest.length > 1 && ' each'}.
            </>
          }
          alternative={
            <DataTable
              summary="Show the songs as a table"
              caption="Each song's label, predicted probability of a hit and loss"
              columns={['Song', 'Tempo (BPM)', 'Hit?', 'Predicted p(hit)', '−log P(y | p)']}
              rowCount={songs.length}
              row={(i) => [
                songs[i].song,
                formatNumber(songs[i].tempo, 1),
                songs[i].y ? 'hit' : 'not a hit',
                formatNumber(songs[i].p, 2),
                formatNumber(songs[i].loss, 3),
              ]}
            />
          }
        >
          {/* On a phone the six sliders fill the screen: the bars stay in view above them as they move. */}
          <div className="sticky-chart">
            <ChartBox label="Bar chart of each song's loss, −log P(y | p).">
              {(width) => (
                <CategoryBarChart
                  width={width}
                  height={200}
                  data={songs}
                  categoryKey="song"
                  xLabel="Song"
                  shortName={songNumber}
                  yLabel="−log P(y | p)"
                  yMax={Math.max(3, ...songs.map((song) => song.loss))}
                  bars={LOSS_BARS}
                />
              )}
            </ChartBox>
          </div>
          <Legend
            items={[
              { key: 'ok', label: 'Loss of a song', colour: 'var(--series-3)', kind: 'box' },
              {
                key: 'bad',
                label: 'Confidently wrong (p on the wrong side of 0.2 / 0.8)',
                colour: 'var(--bad)',
                kind: 'box',
              },
            ]}
          />
          <div className="slider-grid">
            {songs.map((s, i) => (
              <ParamSlider
                key={s.song}
                label={`Predicted chance ${s.song} is a hit (${s.y ? 'it is' : 'it is not'})`}
                unit="probability"
                value={s.p}
                min={0.01}
                max={0.99}
                step={0.01}
                onChange={(p) => setProbabilities((all) => all.map((q, j) => (j === i ? p : q)))}
              />
            ))}
          </div>
          <dl className="readout" aria-live="polite">
            <div>
              <dt>Binary cross-entropy, −(1/n) Σ [y log p + (1 − y) log(1 − p)]</dt>
              <dd data-testid="bce">{formatNumber(bce, 12)}</dd>
            </div>
            <div>
              <dt>Mean Bernoulli NLL, −(1/n) Σ log P(y | p)</dt>
              <dd data-testid="bernoulli-nll">{formatNumber(nll, 12)}</dd>
            </div>
          </dl>
          <p className="figure__caption">
            {bce === nll
              ? 'The two agree to the last digit: they are the same number, computed two ways.'
              : 'The two differ only in the last bit of floating-point rounding.'}
          </p>
        </Figure>
      </div>

      <div className="prose">
        <p>
          <strong>More than two classes</strong> work the same way. With K classes, the model outputs a score z for
          each, the softmax turns the scores into probabilities, and the label is one-hot: y = 1 for the true class, 0
          for the others. The negative log-likelihood of this <strong>Categorical</strong> distribution (the
          generalisation of the Bernoulli to K outcomes), averaged over the n examples like the binary one above, is the
          categorical cross-entropy, and the one-hot label keeps only the true class’s −log p:
        </p>
        <Tex block label="Softmax and categorical cross-entropy">
          {CATEGORICAL_TEX}
        </Tex>
      </div>

      <GenreExample />

      <div className="prose">
        <p>
          This is where the whole story leads. The standard losses of regression and classification are negative
          log-likelihoods in disguise:
        </p>
        <ScrollBox label="The loss you choose is the distribution you assume">
          <table className="compare-table">
            <caption>The loss you choose is the distribution you assume</caption>
            <thead>
              <tr>
                <th scope="col">Loss</th>
                <th scope="col">Assumed distribution</th>
              </tr>
            </thead>
            <tbody>
              <tr>
                <th scope="row">Cross-entropy (binary / categorical)</th>
                <td>Bernoulli / Categorical</td>
              </tr>
              <tr>
                <th scope="row">Mean squared error (MSE)</th>
                <td>Normal</td>
              </tr>
              <tr>
                <th scope="row">Mean absolute error (MAE)</th>
                <td>Laplace</td>
              </tr>
            </tbody>
          </table>
        </ScrollBox>
        <p>
          <strong>
            Cross-entropy assumes Bernoulli or Categorical outcomes, MSE assumes Normal errors, MAE assumes Laplace
            errors.
          </strong>{' '}
          Choosing a loss function is choosing a distribution, whether you say so or not.
        </p>
      </div>
    </>
  );
}

/**
 * One song and three genres, with its own state: moving a genre's score redraws this figure
 * alone, not the section's bar chart of the six songs above.
 */
const GenreExample = memo(function GenreExample() {
  const [logits, setLogits] = useState([1.5, 1, -0.5]);
  const genreProbabilities = softmax(logits);
  const categorical = categoricalCrossEntropy(
    GENRES.map((_, k) => (k === TRUE_GENRE ? 1 : 0)),
    logits,
  );
  return (
    <div className="figure-frame">
      <Figure
        title="One song, three genres: the true genre is rock"
        caption={
          <>
            Softmax probabilities: {GENRES.map((g, k) => `${g} ${formatNumber(genreProbabilities[k], 3)}`).join(', ')}.
            Cross-entropy = −log p(rock) = <strong data-testid="categorical-ce">{formatNumber(categorical, 4)}</strong>.
          </>
        }
      >
        <div className="slider-grid">
          {GENRES.map((genre, k) => (
            <ParamSlider
              key={genre}
              label={`Model score for ${genre}`}
              unit="logit"
              value={logits[k]}
              min={-5}
              max={5}
              step={0.1}
              onChange={(z) => setLogits((all) => all.map((v, j) => (j === k ? z : v)))}
            />
          ))}
        </div>
      </Figure>
    </div>
  );
});
