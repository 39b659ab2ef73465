import { anchorTitle } from './manifest';
import { GLOSSARY } from '../features/learning/content';

/** The glossary: every key term, its definition, and a link to where it is taught. */
export function Glossary() {
  const entries = [...GLOSSARY].sort((a, b) => a.term.localeCompare(b.term));
  return (
    <section id="glossary" className="glossary" aria-labelledby="glossary-title">
      <h2 id="glossary-title" className="chapter__title">
        Glossary
      </h2>
      <dl className="glossary__list">
        {entries.map((entry) => (
          <div key={entry.id} className="glossary__entry" id={`glossary-${entry.id}`}>
            <dt>{entry.term}</dt>
            <dd>
              {entry.definition} <a href={`#${entry.taughtIn}`}>Taught in “{anchorTitle(entry.taughtIn)}”</a>
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
