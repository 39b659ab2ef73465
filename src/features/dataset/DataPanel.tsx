import { useDeferredValue, useId, useMemo, useRef, useState, type ChangeEvent, type FormEvent } from 'react';
import { formatCount, formatNumber } from '../../model/format';
import { EXAMPLE_DATASETS, type ExampleDataset } from '../../model/examples';
import { checkDataFile, dataMessages, parseData, type DataParseResult } from '../../model/parseData';
import { MAX_SHARED_DATA_CHARS, encodeSharedData } from '../../model/shareData';
import { downloadText } from './tempoCsv';
import { selectSample, summarise } from '../../model/summary';
import { selectDataWords } from '../../model/dataWords';
import { cleanLabel, MAX_LABEL_LENGTH } from '../../state/url';
import { useLabStore } from '../../state/store';
import type { CustomDataset } from '../../model/readerState';

/** How many values the preview lists. */
const PREVIEW_VALUES = 8;

/** The CSV of the reader's data: one value per line under its name, each at full precision. */
function dataCsv(values: ArrayLike<number>, header: string): string {
  const rows = [header.replace(/[",\n]/g, ' ') || 'value'];
  for (let i = 0; i < values.length; i++) rows.push(String(values[i]));
  return `${rows.join('\n')}\n`;
}

/** The values' count, range and mean, and the first few, before they replace the data. */
function Preview({ values, unit }: { values: Float64Array; unit: string }) {
  // Memoised on the values: when the reader applies them, every chapter reuses this summary.
  const summary = summarise(values);
  // The data's own precision: whole numbers stay whole (389 ms, not 389.0 ms).
  const shown = (x: number) => {
    const text = formatNumber(x, summary.decimals);
    return text.includes('.') ? text.replace(/0+$/, '').replace(/\.$/, '') : text;
  };
  const withUnit = (x: number) => (unit ? `${shown(x)} ${unit}` : shown(x));
  return (
    <dl className="data-panel__preview" aria-label="Preview of the numbers read">
      <div>
        <dt>Count</dt>
        <dd>{formatCount(values.length)}</dd>
      </div>
      <div>
        <dt>Smallest</dt>
        <dd>{withUnit(summary.min)}</dd>
      </div>
      <div>
        <dt>Largest</dt>
        <dd>{withUnit(summary.max)}</dd>
      </div>
      <div>
        <dt>Mean</dt>
        <dd>{withUnit(summary.normal.mu)}</dd>
      </div>
      <div className="data-panel__first">
        <dt>First values</dt>
        <dd>
          {Array.from(values.subarray(0, PREVIEW_VALUES), (x) => String(x)).join(', ')}
          {values.length > PREVIEW_VALUES && ', …'}
        </dd>
      </div>
    </dl>
  );
}

/**
 * "Use your own data": paste, upload or pick an example, see a preview, then replace the
 * data every chapter uses. A rejected input keeps the text in the box and the current data
 * in use, and says exactly what to fix.
 */
export function DataPanel() {
  const id = useId();
  const custom = useLabStore((s) => s.custom);
  const sample = useLabStore(selectSample);
  const words = useLabStore(selectDataWords);
  const setDataset = useLabStore((s) => s.setDataset);

  const [text, setText] = useState('');
  const [column, setColumn] = useState<number | undefined>(undefined);
  const [name, setName] = useState('');
  const [unit, setUnit] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [accepted, setAccepted] = useState<string | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const textBox = useRef<HTMLTextAreaElement>(null);

  // Parsing 100,000 values takes a few milliseconds: deferred, typing never waits for it.
  const deferredText = useDeferredValue(text);
  const deferredColumn = useDeferredValue(column);
  const parsed: DataParseResult | null = useMemo(
    () => (deferredText.trim() === '' ? null : parseData(deferredText, { column: deferredColumn })),
    [deferredText, deferredColumn],
  );

  const edit = (next: string) => {
    setText(next);
    setProblem(null);
    setAccepted(null);
  };

  const apply = (dataset: CustomDataset, description: string) => {
    setDataset(dataset);
    setProblem(null);
    setAccepted(description);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    // The preview's reading when it is of the text as it is now (its values then arrive with
    // their summary already made); else the reader has just typed, and the text is read again.
    const current = deferredText === text && deferredColumn === column && parsed;
    const result = current || parseData(text, { column });
    if (!result.ok) {
      setProblem(result.message);
      setAccepted(null);
      textBox.current?.focus();
      return;
    }
    const label = cleanLabel(name) || cleanLabel(result.columnName);
    apply(
      { values: result.values, name: label, unit: cleanLabel(unit) },
      `Now using your ${formatCount(result.values.length)} values${label ? ` of ${label.toLowerCase()}` : ''}.${
        result.skippedNote ? ` ${result.skippedNote}` : ''
      }`,
    );
  };

  const readFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    setAccepted(null);
    const fileProblem = await checkDataFile(file);
    if (fileProblem) {
      setProblem(fileProblem);
      return;
    }
    try {
      const content = await file.text();
      setText(content);
      setColumn(undefined);
      const result = parseData(content);
      setProblem(result.ok ? null : result.message);
    } catch {
      setProblem(dataMessages.unreadable(file.name));
    }
  };

  const loadExample = (example: ExampleDataset) => {
    const values = example.values();
    setText(Array.from(values, String).join('\n'));
    setColumn(undefined);
    setName(example.name);
    setUnit(example.unit);
    apply(
      { values, name: example.name, unit: example.unit },
      `Now using the example: ${formatCount(values.length)} values of ${example.name.toLowerCase()} (${example.unit}).`,
    );
  };

  const shared = custom ? encodeSharedData(custom.values) : null;

  return (
    <div className="data-panel">
      <p className="data-panel__current" aria-live="polite">
        <strong>In use:</strong>{' '}
        {custom
          ? `your ${formatCount(sample.length)} values${custom.name ? ` of ${words.quantity}` : ''}${
              custom.unit ? ` (${custom.unit})` : ''
            }.`
          : `the ${formatCount(sample.length)} seeded song tempos (BPM).`}{' '}
        {accepted && <span className="data-panel__accepted">{accepted}</span>}
      </p>
      {custom && (
        <div className="button-row">
          <button
            type="button"
            onClick={() => {
              setDataset(null);
              setAccepted('Now using the seeded song tempos again.');
            }}
          >
            Return to the song tempos
          </button>
          <a className="button button--quiet" href="#likelihood-widget">
            See them in the likelihood widget
          </a>
        </div>
      )}

      <h4 className="data-panel__heading">Try an example</h4>
      <ul className="data-panel__examples">
        {EXAMPLE_DATASETS.map((example) => (
          <li key={example.id}>
            <button type="button" className="button--quiet" onClick={() => loadExample(example)}>
              {example.name} ({example.unit})
            </button>{' '}
            <span className="data-panel__example-note">{example.description}</span>
          </li>
        ))}
      </ul>

      <form className="data-panel__form" onSubmit={submit} noValidate>
        <h4 className="data-panel__heading">Or bring your own</h4>
        <label htmlFor={`${id}-text`}>Paste your data</label>
        <p id={`${id}-text-help`} className="data-panel__help">
          Numbers separated by commas, spaces, semicolons or new lines, or a CSV with a header row. Decimal points,
          1.5e3 and a leading + or − are fine. From 2 to {formatCount(100_000)} values.
        </p>
        <textarea
          id={`${id}-text`}
          ref={textBox}
          rows={6}
          spellCheck={false}
          value={text}
          onChange={(e) => edit(e.target.value)}
          aria-describedby={`${id}-text-help${problem ? ` ${id}-problem` : ''}`}
          aria-invalid={problem ? true : undefined}
        />
        <div className="data-panel__file">
          <label htmlFor={`${id}-file`}>Or choose a .csv or .txt file</label>
          <input
            id={`${id}-file`}
            ref={fileInput}
            type="file"
            accept=".csv,.txt,text/csv,text/plain"
            onChange={readFile}
          />
        </div>
        {parsed?.ok && parsed.columns.length > 1 && (
          <div className="data-panel__field">
            <label htmlFor={`${id}-column`}>Column</label>
            <select
              id={`${id}-column`}
              value={parsed.column}
              onChange={(e) => {
                setColumn(Number(e.target.value));
                setProblem(null);
              }}
            >
              {parsed.columns.map((header, index) => (
                <option key={index} value={index}>
                  {header || `Column ${index + 1}`}
                </option>
              ))}
            </select>
          </div>
        )}
        <div className="data-panel__labels">
          <div className="data-panel__field">
            <label htmlFor={`${id}-name`}>What was measured (optional)</label>
            <input
              id={`${id}-name`}
              type="text"
              maxLength={MAX_LABEL_LENGTH}
              // A CSV's column header names the data unless the reader types a name.
              placeholder={parsed?.ok && parsed.columnName ? parsed.columnName : 'e.g. Reaction time'}
              value={name}
              onChange={(e) => setName(e.target.value)}
            />
          </div>
          <div className="data-panel__field">
            <label htmlFor={`${id}-unit`}>Unit (optional)</label>
            <input
              id={`${id}-unit`}
              type="text"
              maxLength={MAX_LABEL_LENGTH}
              placeholder="e.g. ms"
              value={unit}
              onChange={(e) => setUnit(e.target.value)}
            />
          </div>
        </div>
        {parsed?.ok && (
          <>
            <Preview values={parsed.values} unit={cleanLabel(unit)} />
            {parsed.skippedNote && <p className="data-panel__note">{parsed.skippedNote}</p>}
          </>
        )}
        {problem && (
          <p id={`${id}-problem`} className="data-panel__problem" role="alert">
            {problem}
          </p>
        )}
        <div className="button-row">
          <button type="submit">Use this data</button>
        </div>
      </form>

      {custom && (
        <div className="data-panel__share">
          <h4 className="data-panel__heading">Share it</h4>
          {shared ? (
            <p>
              The address of this page now carries your data, their name and unit: copy it from the address bar and
              anyone who opens it sees the same page.
            </p>
          ) : (
            <p>
              Your {formatCount(custom.values.length)} values are too many to fit in a link (a link holds about{' '}
              {formatCount(MAX_SHARED_DATA_CHARS)} characters of data, a few hundred values). Share them as a CSV file
              instead; whoever opens the page can load it here.
            </p>
          )}
          <div className="button-row">
            <button
              type="button"
              onClick={() =>
                downloadText(dataCsv(custom.values, custom.name), `likelihood-lab-data-${custom.values.length}.csv`)
              }
            >
              Download your data (CSV)
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
