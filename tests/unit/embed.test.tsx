import { render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../src/app/App';
import { readIncoming, startFrameBridge } from '../../src/features/embed/frameBridge';
import { DEFAULT_VIEW, fullExplorableUrl, parseViewOptions } from '../../src/state/viewOptions';
import { chapters } from '../../src/app/manifest';
import { DEFAULT_STATE, useLabStore } from '../../src/state/store';
import { renderWithChapters } from './renderWithChapters';
import { CHAPTER_IDS } from '../e2e/chapters.mjs';

const ids = chapters.map((c) => c.id);

describe('the browser tests', () => {
  it('know every chapter, in the manifest’s order', () => {
    expect(CHAPTER_IDS).toEqual(chapters.map((c) => c.id));
  });
});

describe('view options from the URL', () => {
  it.each([
    ['', DEFAULT_VIEW, 0],
    ['?embed=1', { ...DEFAULT_VIEW, embed: true }, 0],
    ['?embed=true&chapter=likelihood', { ...DEFAULT_VIEW, embed: true, chapter: 'likelihood' }, 0],
    ['?chapter=residuals', { ...DEFAULT_VIEW, chapter: 'residuals' }, 0],
    ['?present=1', { ...DEFAULT_VIEW, present: true }, 0],
    ['?notes=1', { ...DEFAULT_VIEW, present: true, notes: true }, 0],
    ['?embed=0', DEFAULT_VIEW, 0],
    ['?embed=maybe', DEFAULT_VIEW, 1],
    ['?chapter=nowhere', DEFAULT_VIEW, 1],
    ['?chapter=<script>alert(1)</script>', DEFAULT_VIEW, 1],
    ['?embed=1&embed=0', { ...DEFAULT_VIEW, embed: true }, 0],
    [`?chapter=${'x'.repeat(100_000)}`, DEFAULT_VIEW, 1],
  ])('%s', (search, view, noteCount) => {
    const parsed = parseViewOptions(search, ids);
    expect(parsed.view).toEqual(view);
    expect(parsed.notes).toHaveLength(noteCount);
    for (const note of parsed.notes) expect(note.length).toBeLessThan(120);
  });

  it('links an embed to the full explorable with the same state and none of the view options', () => {
    const location = {
      origin: 'https://lab.example',
      pathname: '/mle/',
      search: '?seed=7&embed=1&chapter=likelihood&mu=110',
    };
    expect(fullExplorableUrl(location, 'likelihood')).toBe('https://lab.example/mle/?seed=7&mu=110#likelihood');
    expect(fullExplorableUrl({ ...location, search: '?embed=1' }, '')).toBe('https://lab.example/mle/');
  });
});

describe('messages from the host page', () => {
  it.each([
    [{ context: 'h5p', action: 'hello' }, 'h5p-hello'],
    [{ context: 'h5p', action: 'resizePrepared' }, 'h5p-resize-prepared'],
    [{ context: 'h5p', action: 'ready' }, 'h5p-ready'],
    [{ type: 'likelihood-lab:request-resize' }, 'request-resize'],
    [{ context: 'h5p', action: 'resize' }, null],
    ['hello', null],
    [null, null],
    [[{ context: 'h5p', action: 'hello' }], null],
    [{ subject: 'lti.frameResize', height: 1e9 }, null],
    [{ type: 'likelihood-lab:progress', chapter: '<img onerror=alert(1)>' }, null],
    [42, null],
  ])('%j is read as %s', (data, expected) => {
    expect(readIncoming(data)).toBe(expected);
  });
});

describe('the frame bridge', () => {
  afterEach(() => vi.useRealTimers());

  it('posts the height in every protocol, answers the H5P handshake, and ignores other senders', () => {
    vi.useFakeTimers();
    const root = document.createElement('div');
    root.getBoundingClientRect = () => ({ height: 1234.2 }) as DOMRect;
    const posted: unknown[] = [];
    const parent = { postMessage: (message: unknown) => posted.push(message) } as unknown as Window;
    const bridge = startFrameBridge(root, parent);
    expect(posted).toContainEqual({ context: 'h5p', action: 'hello' });
    expect(posted).toContainEqual({ subject: 'lti.frameResize', height: 1235 });
    expect(posted).toContainEqual({ type: 'likelihood-lab:resize', height: 1235 });

    posted.length = 0;
    window.dispatchEvent(new MessageEvent('message', { data: { context: 'h5p', action: 'hello' } }));
    expect(posted).toEqual([]); // not from the parent
    window.dispatchEvent(new MessageEvent('message', { data: { context: 'h5p', action: 'hello' }, source: parent }));
    expect(posted).toContainEqual({ context: 'h5p', action: 'prepareResize', scrollHeight: 1235, clientHeight: 1235 });
    posted.length = 0;
    window.dispatchEvent(
      new MessageEvent('message', { data: { context: 'h5p', action: 'resizePrepared' }, source: parent }),
    );
    expect(posted).toEqual([{ context: 'h5p', action: 'resize', scrollHeight: 1235 }]);

    bridge.reportProgress('likelihood', 'why-log', false);
    expect(posted).toContainEqual({
      type: 'likelihood-lab:progress',
      chapter: 'likelihood',
      section: 'why-log',
      completed: false,
    });
    bridge.stop();
  });

  it('never posts a height of 0: the first report waits until something has rendered', () => {
    vi.useFakeTimers();
    const resizeObservers: ResizeObserverCallback[] = [];
    vi.stubGlobal(
      'ResizeObserver',
      class {
        constructor(callback: ResizeObserverCallback) {
          resizeObservers.push(callback);
        }
        observe() {}
        disconnect() {}
      },
    );
    let rendered = 0;
    const root = document.createElement('div');
    root.getBoundingClientRect = () => ({ height: rendered }) as DOMRect;
    const posted: Record<string, unknown>[] = [];
    const parent = { postMessage: (message: Record<string, unknown>) => posted.push(message) } as unknown as Window;
    const bridge = startFrameBridge(root, parent);
    expect(posted.filter((m) => 'height' in m)).toEqual([]);

    rendered = 2400.4; // the first chapter renders
    for (const callback of resizeObservers) callback([], {} as ResizeObserver);
    vi.advanceTimersByTime(200);
    expect(posted.filter((m) => 'height' in m).map((m) => m.height)).toEqual([2401, 2401]);
    expect(posted).toContainEqual({ context: 'h5p', action: 'hello' });
    bridge.stop();
    vi.unstubAllGlobals();
  });

  it('says hello again at each change of height until an H5P resizer that arrives late answers', () => {
    vi.useFakeTimers();
    let height = 900;
    const root = document.createElement('div');
    root.getBoundingClientRect = () => ({ height }) as DOMRect;
    const posted: Record<string, unknown>[] = [];
    const parent = { postMessage: (message: Record<string, unknown>) => posted.push(message) } as unknown as Window;
    const hellos = () => posted.filter((m) => m.context === 'h5p' && m.action === 'hello').length;
    const bridge = startFrameBridge(root, parent);
    expect(hellos()).toBe(1);

    // Nobody listened. The content grows (a chapter arrives): hello once more.
    height = 3000;
    window.dispatchEvent(new Event('resize'));
    vi.advanceTimersByTime(200);
    expect(hellos()).toBe(2);
    // The resizer's script runs now and announces itself to the frames: hello again.
    window.dispatchEvent(new MessageEvent('message', { data: { context: 'h5p', action: 'ready' }, source: parent }));
    expect(hellos()).toBe(3);
    // It answers: from now on, heights go through its handshake and hellos stop.
    window.dispatchEvent(new MessageEvent('message', { data: { context: 'h5p', action: 'hello' }, source: parent }));
    expect(posted).toContainEqual({ context: 'h5p', action: 'prepareResize', scrollHeight: 3000, clientHeight: 3000 });
    height = 3100;
    window.dispatchEvent(new Event('resize'));
    vi.advanceTimersByTime(200);
    expect(posted).toContainEqual({ context: 'h5p', action: 'prepareResize', scrollHeight: 3100, clientHeight: 3100 });
    window.dispatchEvent(new MessageEvent('message', { data: { context: 'h5p', action: 'ready' }, source: parent }));
    expect(hellos()).toBe(3);
    bridge.stop();
  });

  it('survives a parent that refuses messages', () => {
    const root = document.createElement('div');
    const parent = {
      postMessage: () => {
        throw new Error('detached');
      },
    } as unknown as Window;
    expect(() => startFrameBridge(root, parent).reportProgress('story', null, false)).not.toThrow();
  });
});

describe('embed and single-chapter rendering', () => {
  beforeEach(() => useLabStore.getState().replace(DEFAULT_STATE));

  it('embed mode drops the site header, navigation and footer for a compact header with a new-tab link', async () => {
    const { container } = await renderWithChapters(
      <App view={{ ...DEFAULT_VIEW, embed: true, chapter: 'assumption' }} />,
    );
    expect(container.querySelector('.site-header')).toBeNull();
    expect(container.querySelector('.site-footer')).toBeNull();
    expect(screen.queryByRole('navigation')).toBeNull();
    const link = screen.getByRole('link', { name: /Open the full explorable/ });
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toContain('noopener');
    expect(container.querySelectorAll('.chapter')).toHaveLength(1);
    expect(container.querySelector('#assumption')).not.toBeNull();
    expect(screen.getByText(/Chapter 2: The critical assumption/)).toBeTruthy();
  });

  it('a single chapter without embed keeps the site header but shows only that chapter', () => {
    const { container } = render(<App view={{ ...DEFAULT_VIEW, chapter: 'story' }} />);
    expect(container.querySelector('.site-header')).not.toBeNull();
    expect([...container.querySelectorAll('.chapter')].map((c) => c.id)).toEqual(['story']);
  });
});

describe('presenter slides and talking points', () => {
  it('has talking points for every slide, and one slide per chapter opening and section', async () => {
    const { SLIDES, slideCss } = await import('../../src/app/presenter/Presenter');
    const { TALKING_POINTS } = await import('../../src/app/presenter/talkingPoints');
    expect(SLIDES.map((s) => s.id)).toEqual(chapters.flatMap((c) => [c.id, ...c.sections.map((s) => s.id)]));
    for (const slide of SLIDES) expect(TALKING_POINTS[slide.id]?.points.length).toBeGreaterThan(1);
    expect(Object.keys(TALKING_POINTS).sort()).toEqual(SLIDES.map((s) => s.id).sort());
    expect(slideCss(SLIDES.find((s) => s.id === 'why-log')!)).toContain(':not(#why-log)');
  });
});
