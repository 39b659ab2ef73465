import { ScrollBox } from '../../ui/ScrollBox';
import { Section } from '../../ui/Section';
import { Tex } from '../../ui/Tex';
import { inlineTex } from '../../ui/builtFormulas';

interface LossRow {
  loss: string;
  formula: string;
  distribution: string;
  /** The section that showed it, and how to name it in a link. */
  section: string;
  where: string;
}

export const LOSS_ROWS: LossRow[] = [
  {
    loss: 'Mean squared error (MSE)',
    formula: inlineTex`\frac{1}{n}\sum (y_i - f(x_i))^2`,
    distribution: 'Normal: y − f(x) ~ Normal(0, σ²)',
    section: 'regression',
    where: 'Fitting a line',
  },
  {
    loss: 'Mean absolute error (MAE)',
    formula: inlineTex`\frac{1}{n}\sum \lvert y_i - f(x_i)\rvert`,
    distribution: 'Laplace: y − f(x) ~ Laplace(0, b)',
    section: 'mse-vs-mae',
    where: 'MSE or MAE',
  },
  {
    loss: 'Binary cross-entropy',
    formula: inlineTex`-\frac{1}{n}\sum \bigl[y_i \log p_i + (1-y_i)\log(1-p_i)\bigr]`,
    distribution: 'Bernoulli: y ~ Bernoulli(p), p = logistic(f(x))',
    section: 'classification',
    where: 'Classification',
  },
  {
    loss: 'Cross-entropy (several classes)',
    formula: inlineTex`-\frac{1}{n}\sum \log p_{i,\,y_i}`,
    distribution: 'Categorical: y ~ Categorical(p), p = softmax(f(x))',
    section: 'cross-entropy',
    where: 'Cross-entropy',
  },
];

const RECAP: { chapter: string; text: string }[] = [
  { chapter: 'story', text: 'You had 40 tempos and asked which distribution they came from.' },
  { chapter: 'assumption', text: 'You assumed a family (Normal), because maximum likelihood needs one.' },
  {
    chapter: 'likelihood',
    text: 'You found the best μ and σ by making the likelihood of the data as high as possible, in logs.',
  },
  { chapter: 'derivatives', text: 'Setting the slope to zero proved they are the mean and the n-denominator spread.' },
  {
    chapter: 'uncertainty',
    text: 'The curvature at the top said how sure those estimates are, and which intervals keep their 95\u00a0% promise.',
  },
  { chapter: 'residuals', text: 'Models apply the same principle to what is left over once they predict: residuals.' },
];

export function LossTable() {
  return (
    <Section id="loss-table" title="The reveal: each common loss assumes a distribution">
      <div className="prose">
        <p>
          Here is the whole chapter in one table. Each loss in it is the negative log-likelihood of a distribution;
          picking the loss picks the distribution, whether you meant to or not. Not every loss is one: the hinge loss of
          support vector machines is no log-density of anything, and a penalty added to a loss (L2 or L1 regularisation)
          is a prior on the parameters, which turns maximum likelihood into maximum a posteriori (MAP) estimation.
        </p>
        <ScrollBox label="Losses and the distributions they assume">
          <table className="compare-table loss-table">
            <caption>Common losses and the distribution each one assumes</caption>
            <thead>
              <tr>
                <th scope="col">Loss</th>
                <th scope="col">Formula</th>
                <th scope="col">Assumed distribution</th>
                <th scope="col">Seen in</th>
              </tr>
            </thead>
            <tbody>
              {LOSS_ROWS.map((row) => (
                <tr key={row.section}>
                  <th scope="row">{row.loss}</th>
                  <td>
                    <Tex>{row.formula}</Tex>
                  </td>
                  <td>{row.distribution}</td>
                  <td>
                    <a href={`#${row.section}`}>{row.where}</a>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollBox>
        <p className="punchline">
          A model learns f(x) so that y − f(x) follows the distribution you assumed. Choosing a loss is choosing a
          distribution.
        </p>
        <p>
          So when a loss behaves badly, ask what it assumes. Squared error expects thin, Normal tails and lets a few
          wild points drag the fit; absolute error expects heavier tails; cross-entropy expects outcomes that are
          Bernoulli or Categorical given the features. And the question from the start, “what did we learn the
          distribution of?”, has its answer: in regression, not the features, but the residuals.
        </p>
        <h4>The journey, in six steps</h4>
        <ol className="recap">
          {RECAP.map((step) => (
            <li key={step.chapter}>
              <a href={`#${step.chapter}`}>{step.text}</a>
            </li>
          ))}
        </ol>
      </div>
    </Section>
  );
}
