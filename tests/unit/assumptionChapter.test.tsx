import { act, fireEvent, render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { Assumption, outlierRange } from '../../src/chapters/assumption/Assumption';
import { sampleFor, summarise } from '../../src/model/summary';
import { DEFAULT_STATE, useLabStore } from '../../src/state/store';

beforeEach(() => {
  useLabStore.getState().replace(DEFAULT_STATE);
});

const number = (testId: string) => Number(screen.getByTestId(testId).textContent!.replace(/[^\d.−-]/g, ''));

describe('assumption: two assumptions, two answers', () => {
  it('one song far from the rest moves the mean and barely the median, so the two centres part', async () => {
    render(<Assumption number={2} />);
    // On the 40 tempos as drawn, mean and median nearly coincide.
    const before = number('centre-gap');
    expect(before).toBeLessThan(1);
    await act(async () => fireEvent.click(screen.getByRole('checkbox', { name: /Add one song far from the rest/ })));
    const slider = screen.getByRole('slider', { name: /added song’s tempo/ }) as HTMLInputElement;
    await act(async () => fireEvent.change(slider, { target: { value: slider.max } }));
    // Numbers from the same summary numpy is checked against: the 40 tempos plus the outlier.
    const observed = summarise(sampleFor(42, 40));
    const withOutlier = summarise(Float64Array.from([...sampleFor(42, 40), Number(slider.max)]));
    expect(number('mean-shift')).toBeCloseTo(withOutlier.normal.mu - observed.normal.mu, 2);
    expect(number('mean-shift')).toBeGreaterThan(3);
    expect(number('median-shift')).toBeLessThan(1);
    expect(number('centre-gap')).toBeGreaterThan(3);
    // The reader's data are untouched.
    expect(useLabStore.getState().n).toBe(40);
  });

  it('offers a range around any data, with round steps', () => {
    expect(outlierRange(90, 150)).toEqual({ min: 30, max: 270, start: 240, step: 0.5 });
    const tiny = outlierRange(0.001, 0.003);
    expect(tiny.max).toBeGreaterThan(0.003);
    expect(outlierRange(5, 5).step).toBeGreaterThan(0);
  });
});
