import { memo } from 'react';

export interface RadioChoice {
  id: string;
  label: string;
}

interface RadioChoicesProps {
  /** The group's name (one per form). */
  name: string;
  choices: readonly RadioChoice[];
  /** The chosen id, or '' while none is. */
  value: string;
  onChoose: (id: string) => void;
}

/**
 * The radios of a question that starts unanswered, one label each. They render again only
 * when the choices, the choice or the name change, not each time the section around them
 * does: React sets an input's name on every render, and once a focused radio's group has had
 * its names set, Chromium lets the next Tab stop at the next radio of the same unanswered
 * group (an extra stop for keyboard users, whenever a section renders again as it scrolls
 * into view).
 */
export const RadioChoices = memo(function RadioChoices({ name, choices, value, onChoose }: RadioChoicesProps) {
  return choices.map((choice) => (
    <label key={choice.id} className="check__choice">
      <input
        type="radio"
        name={name}
        value={choice.id}
        checked={value === choice.id}
        onChange={() => onChoose(choice.id)}
      />
      {choice.label}
    </label>
  ));
}, sameChoices);

/** Props alike when only the choices' array is new (parents build it on every render). */
function sameChoices(before: RadioChoicesProps, after: RadioChoicesProps): boolean {
  return (
    before.name === after.name &&
    before.value === after.value &&
    before.onChoose === after.onChoose &&
    before.choices.length === after.choices.length &&
    before.choices.every((choice, i) => choice.id === after.choices[i].id && choice.label === after.choices[i].label)
  );
}
