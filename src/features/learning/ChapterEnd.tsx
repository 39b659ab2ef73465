import type { ChapterLearning } from './content';
import { CheckForm } from './CheckForm';

/** The end of a chapter: checks for understanding, then what the learner now knows. */
export function ChapterEnd({ chapter, learning }: { chapter: string; learning: ChapterLearning }) {
  return (
    <section
      className="chapter-end"
      id={`${chapter}-checks`}
      aria-labelledby={`${chapter}-checks-title ${chapter}-title`}
    >
      <h3 id={`${chapter}-checks-title`}>Check your understanding</h3>
      <p className="chapter-end__intro">
        {learning.checks.length} short questions. Answer in your own time; each answer explains itself, and you can try
        again.
      </p>
      {learning.checks.map((question) => (
        <CheckForm key={question.id} question={question} />
      ))}
      <div className="recap">
        <h4 id={`${chapter}-recap`}>What you now know</h4>
        <ul>
          {learning.recap.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </div>
    </section>
  );
}
