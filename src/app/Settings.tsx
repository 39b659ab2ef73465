import { useId } from 'react';
import { useLabStore, type ThemePreference } from '../state/store';

/** Theme and palette: the reader's display preferences. */
export function Settings() {
  const id = useId();
  const theme = useLabStore((s) => s.theme);
  const palette = useLabStore((s) => s.palette);
  const setTheme = useLabStore((s) => s.setTheme);
  const setPalette = useLabStore((s) => s.setPalette);
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
    </div>
  );
}
