import { useState } from 'react';
import { readFiniteNumber } from '../math/numeral';

interface NumberFieldProps {
  id: string;
  value: number;
  onChange: (value: number) => void;
}

/**
 * A number box that lets the reader clear it or type "-" or "1e" on the way to a number:
 * what they type is kept as text, and only a finite number reaches `onChange`. When the box
 * loses focus it shows the last number again.
 */
export function NumberField({ id, value, onChange }: NumberFieldProps) {
  const [draft, setDraft] = useState<string | null>(null);
  return (
    <input
      id={id}
      type="number"
      step="any"
      inputMode="decimal"
      value={draft ?? String(value)}
      aria-invalid={draft !== null && readFiniteNumber(draft) === null ? true : undefined}
      onChange={(event) => {
        setDraft(event.target.value);
        const parsed = readFiniteNumber(event.target.value);
        if (parsed !== null) onChange(parsed);
      }}
      onBlur={() => setDraft(null)}
    />
  );
}
