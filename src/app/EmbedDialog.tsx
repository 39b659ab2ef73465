import { useId, useRef, useState } from 'react';
import { chapters } from './manifest';
import { useShallow } from 'zustand/react/shallow';
import { pickUrlState } from '../state/url';
import { DEFAULT_STATE, useLabStore } from '../state/store';
import type { ThemePreference } from '../model/readerState';
import { EMBED_HEIGHTS, embedSnippet, embedUrl, type EmbedChoice } from '../features/embed/embedCode';

/** The page's own address without query or fragment: what an embed points at. */
const pageBase = () => `${window.location.origin}${window.location.pathname}`;

type CopyState = 'idle' | 'copied' | 'select';

/**
 * "Embed": a dialog that writes the iframe code for a chapter, with a live preview, and
 * copies it. Clipboards are often refused (sandboxed frames, old browsers, no permission),
 * so a refusal selects the code in its box for the reader to copy by hand.
 */
const CLOSED_STATE = pickUrlState(DEFAULT_STATE);

export function EmbedButton({ chapter }: { chapter: string }) {
  const id = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const code = useRef<HTMLTextAreaElement>(null);
  const [open, setOpen] = useState(false);
  const [choice, setChoice] = useState<EmbedChoice>({ chapter, theme: 'auto', keepState: true, size: 'tall' });
  const [copy, setCopy] = useState<CopyState>('idle');
  // The page's state, read only while the dialog is open: closed, the Embed buttons (one per chapter)
  // would otherwise re-render on every slider step.
  const state = useLabStore(useShallow((s) => (open ? pickUrlState(s) : CLOSED_STATE)));

  const entry = chapters.find((c) => c.id === choice.chapter);
  const title = entry ? `Likelihood Lab: ${entry.title}` : 'Likelihood Lab: maximum likelihood estimation';
  const url = embedUrl(pageBase(), choice, { ...state, theme: choice.theme });
  const snippet = embedSnippet(url, title, choice.size);
  const update = (next: Partial<EmbedChoice>) => {
    setChoice((c) => ({ ...c, ...next }));
    setCopy('idle');
  };

  const show = () => {
    setOpen(true);
    setCopy('idle');
    dialog.current?.showModal();
  };
  const selectCode = () => {
    code.current?.focus();
    code.current?.select();
    setCopy('select');
  };
  const copyCode = async () => {
    try {
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(snippet);
      setCopy('copied');
    } catch {
      selectCode();
    }
  };

  return (
    <>
      <button
        type="button"
        className="button--quiet chapter-tools__embed"
        onClick={show}
        aria-label={`Embed “${chapters.find((c) => c.id === chapter)?.title ?? chapter}” in a course page`}
      >
        Embed
      </button>
      <dialog ref={dialog} className="embed-dialog" aria-labelledby={`${id}-title`} onClose={() => setOpen(false)}>
        <div className="embed-dialog__header">
          <h2 id={`${id}-title`}>Embed in a course page</h2>
          <button type="button" className="button--quiet" onClick={() => dialog.current?.close()}>
            Close
          </button>
        </div>
        <p>
          Paste this code into an HTML block of Canvas, Moodle, Brightspace or Blackboard. The frame grows to fit its
          content in hosts that listen (see the README); otherwise it keeps the height below.
        </p>
        <div className="embed-dialog__options">
          <label htmlFor={`${id}-chapter`}>Chapter</label>
          <select
            id={`${id}-chapter`}
            value={choice.chapter ?? ''}
            onChange={(e) => update({ chapter: e.target.value || null })}
          >
            {chapters.map((c, i) => (
              <option key={c.id} value={c.id}>
                {i + 1}. {c.title}
              </option>
            ))}
            <option value="">The whole explorable</option>
          </select>
          <label htmlFor={`${id}-theme`}>Theme</label>
          <select
            id={`${id}-theme`}
            value={choice.theme}
            onChange={(e) => update({ theme: e.target.value as ThemePreference })}
          >
            <option value="auto">Follow the student’s system</option>
            <option value="light">Always light</option>
            <option value="dark">Always dark</option>
          </select>
          <fieldset className="toggle">
            <legend>Sliders and data</legend>
            <label>
              <input
                type="radio"
                name={`${id}-state`}
                checked={choice.keepState}
                onChange={() => update({ keepState: true })}
              />
              as they are now
            </label>
            <label>
              <input
                type="radio"
                name={`${id}-state`}
                checked={!choice.keepState}
                onChange={() => update({ keepState: false })}
              />
              fresh
            </label>
          </fieldset>
          <fieldset className="toggle">
            <legend>Starting height</legend>
            {(['compact', 'tall'] as const).map((size) => (
              <label key={size}>
                <input
                  type="radio"
                  name={`${id}-size`}
                  checked={choice.size === size}
                  onChange={() => update({ size })}
                />
                {size} ({EMBED_HEIGHTS[size]} px)
              </label>
            ))}
          </fieldset>
        </div>
        <label htmlFor={`${id}-code`} className="embed-dialog__code-label">
          Embed code
        </label>
        <textarea
          id={`${id}-code`}
          ref={code}
          readOnly
          rows={4}
          value={snippet}
          onFocus={(e) => e.currentTarget.select()}
        />
        <div className="button-row">
          <button type="button" onClick={() => void copyCode()}>
            Copy the code
          </button>
          <p role="status" className="embed-dialog__status">
            {copy === 'copied' && 'Copied. Paste it into your course page.'}
            {copy === 'select' &&
              'This browser did not allow copying from here, so the code is selected: press Ctrl+C (⌘C on a Mac).'}
          </p>
        </div>
        <p className="embed-dialog__preview-title">Preview</p>
        {open && <iframe className="embed-dialog__preview" title={`Preview: ${title}`} src={url} loading="lazy" />}
      </dialog>
    </>
  );
}
