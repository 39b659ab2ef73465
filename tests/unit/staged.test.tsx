import { render, screen, waitFor } from '@testing-library/react';
import { useEffect } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Section } from '../../src/ui/Section';
import { Stager, StagingContext } from '../../src/ui/Staged';

/** A section's content that notes when it has rendered. */
function Content({ id, arrived }: { id: string; arrived: string[] }) {
  useEffect(() => void arrived.push(id), [id, arrived]);
  return <p>content of {id}</p>;
}

const IDS = ['a', 'b', 'c', 'd', 'e'];

function Page({ stager, arrived }: { stager: Stager | null; arrived: string[] }) {
  return (
    <StagingContext value={stager}>
      <main>
        {IDS.map((id) => (
          <Section key={id} id={id} title={`Section ${id}`}>
            <Content id={id} arrived={arrived} />
          </Section>
        ))}
      </main>
    </StagingContext>
  );
}

/** Lays the page out as a browser would: each element a screen and more below the one before it. */
beforeEach(() => {
  vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(function (this: Element) {
    const top = [...document.querySelectorAll('*')].indexOf(this) * 2 * window.innerHeight;
    return { top, bottom: top + 10, left: 0, right: 100, x: 0, y: top, width: 100, height: 10 } as DOMRect;
  });
});
afterEach(() => vi.restoreAllMocks());

describe('a page reached by a link arrives part by part', () => {
  it('the linked section renders at once; the others follow one at a time, nearest first, below then above', async () => {
    const arrived: string[] = [];
    render(<Page stager={new Stager('c')} arrived={arrived} />);
    expect(arrived).toEqual(['c']);
    // Every section keeps its id and heading while its content is on its way.
    for (const id of IDS) expect(screen.getByRole('heading', { name: `Section ${id}` })).toBeTruthy();
    expect(document.querySelectorAll('.chapter-placeholder')).toHaveLength(4);
    await waitFor(() => expect(arrived).toHaveLength(IDS.length));
    expect(arrived).toEqual(['c', 'd', 'b', 'e', 'a']);
    expect(document.querySelector('.chapter-placeholder')).toBeNull();
  });

  it('everything renders at once when asked (Tab, find in page, printing)', () => {
    const arrived: string[] = [];
    const stager = new Stager('a');
    const { rerender } = render(<Page stager={stager} arrived={arrived} />);
    expect(arrived).toEqual(['a']);
    stager.releaseAll();
    rerender(<Page stager={stager} arrived={arrived} />);
    expect(arrived.toSorted()).toEqual(IDS);
  });

  it('a part that will be on the first screen after the landing renders with the linked section', () => {
    vi.restoreAllMocks();
    // Everything within a screen of the target (jsdom lays nothing out: every top is 0).
    const arrived: string[] = [];
    render(<Page stager={new Stager('b')} arrived={arrived} />);
    expect(arrived.toSorted()).toEqual(IDS);
  });

  it('without a link (no stager), every part renders at once', () => {
    const arrived: string[] = [];
    render(<Page stager={null} arrived={arrived} />);
    expect(arrived).toEqual(IDS);
  });
});
