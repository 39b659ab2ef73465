import { useId, useState } from 'react';
import { useLabStore } from '../state/store';
import type { ThemePreference } from '../model/readerState';
import { useProgressStore } from '../state/progress';

/** Theme and palette: the reader's display preferences. */
export function Settings() {
  const id = useId();
  const theme = useLabStore((s) => s.theme);
  const palette = useLabStore((s) => s.palette);
  const setTheme = useLabStore((s) => s.setTheme);
  const setPalette = useLabStore((s) => s.setPalette);
  const resetProgress = useProgressStore((s) => s.reset);
  // A modal confirm() is refused in many sandboxed frames; ask inline instead.
  const [confirming, setConfirming] = useState(false);
  return (
    <div className="settings">
      <label htmlFor={`${id}-theme`}>Theme</label>
      <select id={`${id}-theme`} value={theme} onChange={(e) => setTheme(e.target.value as ThemePreference)}>
        <option value="auto">System</option>
        <option value="light">Light</option>
        <option value="dark">Dark</option>
      </select>
      <label className="settings__check">
        <input
          type="checkbox"
          checked={palette === 'colour-blind-safe'}
          onChange={(e) => setPalette(e.target.checked ? 'colour-blind-safe' : 'red-green')}
        />
        Colour-blind-safe colours
      </label>
      {confirming ? (
        <span className="settings__confirm" role="group" aria-label="Reset my progress?">
          Forget what you have seen and answered?{' '}
          <button
            type="button"
            onClick={() => {
              resetProgress();
              setConfirming(false);
            }}
          >
            Yes, forget it
          </button>{' '}
          <button type="button" className="button--quiet" onClick={() => setConfirming(false)}>
            Keep it
          </button>
        </span>
      ) : (
        <button type="button" className="button--quiet" onClick={() => setConfirming(true)}>
          Reset my progress
        </button>
      )}
    </div>
  );
}
