import { act, render } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Regression } from '../../src/chapters/residuals/Regression';
import type { LabState } from '../../src/model/readerState';
import { DEFAULT_STATE, useLabStore } from '../../src/state/store';
import { useSettledLabValue } from '../../src/state/useSettledLabValue';
import { SETTLE_MS } from '../../src/ui/useSettledValue';

// Counts the renders of every Section: a section whose body follows each step renders its Section each time.
const sectionRenders = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../src/ui/Section', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/ui/Section')>();
  return {
    ...original,
    Section: (props: Parameters<typeof original.Section>[0]) => {
      sectionRenders.count += 1;
      return original.Section(props);
    },
  };
});

const selectLine = (state: LabState) => state.line;

function ShowsSettledLine({ onRender }: { onRender: () => void }) {
  const line = useSettledLabValue(selectLine, SETTLE_MS);
  onRender();
  return <output>{`${line.intercept} ${line.slope}`}</output>;
}

describe('useSettledLabValue', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    act(() => useLabStore.getState().replace(DEFAULT_STATE));
  });
  afterEach(() => vi.useRealTimers());

  it('renders its component once the value has rested, not at each step before', () => {
    const onRender = vi.fn();
    const { container } = render(<ShowsSettledLine onRender={onRender} />);
    const rendersAtFirst = onRender.mock.calls.length;
    for (let step = 1; step <= 10; step++) {
      act(() => useLabStore.getState().setLine({ intercept: 40 + step, slope: 0 }));
      act(() => void vi.advanceTimersByTime(SETTLE_MS / 3));
    }
    // Ten steps, none resting long enough: no render, the old value still shown.
    expect(onRender.mock.calls.length).toBe(rendersAtFirst);
    expect(container.textContent).toBe('40 0');
    act(() => void vi.advanceTimersByTime(SETTLE_MS));
    expect(container.textContent).toBe('50 0');
    expect(onRender.mock.calls.length).toBe(rendersAtFirst + 1);
  });

  it('ignores changes to the rest of the store', () => {
    const onRender = vi.fn();
    render(<ShowsSettledLine onRender={onRender} />);
    const rendersAtFirst = onRender.mock.calls.length;
    act(() => useLabStore.getState().setParams(120, 20));
    act(() => void vi.advanceTimersByTime(SETTLE_MS * 2));
    expect(onRender.mock.calls.length).toBe(rendersAtFirst);
  });

  it('a step of the regression line renders its controls and chart layers, not the whole section', () => {
    const { getByTestId } = render(<Regression />);
    act(() => void vi.advanceTimersByTime(SETTLE_MS * 2));
    const before = sectionRenders.count;
    const mseBefore = getByTestId('regression-mse').textContent;
    act(() => useLabStore.getState().setLine({ intercept: 55, slope: 0.1 }));
    expect(getByTestId('regression-mse').textContent).not.toBe(mseBefore);
    expect(sectionRenders.count).toBe(before);
    // Once the line rests, the section catches up (its histogram and typeset identity).
    act(() => void vi.advanceTimersByTime(SETTLE_MS * 2));
    expect(sectionRenders.count).toBe(before + 1);
  });
});
