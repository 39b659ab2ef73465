/**
 * Talking to the page that embeds this one in an iframe (an LMS, a course site).
 *
 * Out: the content height whenever it changes, in the three forms hosts already listen to,
 *   { subject: 'lti.frameResize', height }                 Canvas (and other LTI hosts)
 *   { context: 'h5p', action: 'hello' | 'prepareResize' | 'resize', … }   the H5P resizer
 *   { type: 'likelihood-lab:resize', height }              our own, documented in the README
 * and the reader's position: { type: 'likelihood-lab:progress', chapter, section, completed }.
 *
 * The H5P resizer may arrive after us (a host's scripts load slowly): like H5P content, we say
 * 'hello' at start, when the resizer announces itself ('ready') and at every change of our
 * height until a resizer answers. A height of 0 (measured before anything has rendered) is
 * never posted: Canvas would collapse the frame to 1 px until the next message.
 *
 * In: only the H5P resizer's messages ('hello', 'ready', 'resizePrepared') and
 * { type: 'likelihood-lab:request-resize' }, from the parent window itself, with exactly
 * that shape. Everything else is ignored. Heights and positions are not secret, so they are
 * posted to any origin: the host's origin is unknown (and often opaque) in a sandbox.
 */

export interface ProgressMessage {
  type: 'likelihood-lab:progress';
  chapter: string;
  section: string | null;
  completed: boolean;
}

export interface FrameBridge {
  reportProgress: (chapter: string, section: string | null, completed: boolean) => void;
  stop: () => void;
}

/** True inside any frame; a cross-origin parent makes the comparison throw, which also means framed. */
export function isFramed(): boolean {
  try {
    return window.self !== window.top;
  } catch {
    return true;
  }
}

/** How long height reports wait for the layout to settle: at most one message per interval. */
const RESIZE_INTERVAL_MS = 100;

/** The height the host should give the frame: the app itself, not the (frame-sized) viewport. */
function contentHeight(root: Element): number {
  return Math.ceil(root.getBoundingClientRect().height);
}

const isRecord = (data: unknown): data is Record<string, unknown> =>
  typeof data === 'object' && data !== null && !Array.isArray(data);

/** A message this bridge accepts, or null. */
export function readIncoming(
  data: unknown,
): 'h5p-hello' | 'h5p-ready' | 'h5p-resize-prepared' | 'request-resize' | null {
  if (!isRecord(data)) return null;
  if (data.context === 'h5p' && data.action === 'hello') return 'h5p-hello';
  if (data.context === 'h5p' && data.action === 'ready') return 'h5p-ready';
  if (data.context === 'h5p' && data.action === 'resizePrepared') return 'h5p-resize-prepared';
  if (data.type === 'likelihood-lab:request-resize') return 'request-resize';
  return null;
}

export function startFrameBridge(root: Element, parent: Window = window.parent): FrameBridge {
  const post = (message: object) => {
    try {
      parent.postMessage(message, '*');
    } catch {
      // A parent that has gone away, or a host that refuses messages: nothing to tell.
    }
  };
  let height = -1;
  let h5pConnected = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const sayHello = () => post({ context: 'h5p', action: 'hello' });

  const sendHeight = (force = false) => {
    const next = contentHeight(root);
    // Nothing rendered yet: the first chapter's render will call again (the observer).
    if (next <= 0 || (!force && next === height)) return;
    height = next;
    post({ subject: 'lti.frameResize', height });
    post({ type: 'likelihood-lab:resize', height });
    // The H5P resizer first shrinks the frame to the viewport, then grows it to the content.
    if (h5pConnected) post({ context: 'h5p', action: 'prepareResize', scrollHeight: height, clientHeight: height });
    else sayHello();
  };
  const schedule = () => {
    if (timer === undefined) {
      timer = setTimeout(() => {
        timer = undefined;
        sendHeight();
      }, RESIZE_INTERVAL_MS);
    }
  };

  const observer = typeof ResizeObserver === 'function' ? new ResizeObserver(schedule) : null;
  observer?.observe(root);
  window.addEventListener('resize', schedule);

  const onMessage = (event: MessageEvent) => {
    if (event.source !== parent) return;
    switch (readIncoming(event.data)) {
      case 'h5p-hello':
        h5pConnected = true;
        sendHeight(true);
        break;
      case 'h5p-ready':
        if (!h5pConnected) sayHello();
        break;
      case 'h5p-resize-prepared':
        post({ context: 'h5p', action: 'resize', scrollHeight: height });
        break;
      case 'request-resize':
        sendHeight(true);
        break;
    }
  };
  window.addEventListener('message', onMessage);
  // Says hello too, unless nothing has rendered yet (then the first render does).
  sendHeight(true);

  return {
    reportProgress: (chapter, section, completed) =>
      post({ type: 'likelihood-lab:progress', chapter, section, completed } satisfies ProgressMessage),
    stop: () => {
      observer?.disconnect();
      clearTimeout(timer);
      window.removeEventListener('resize', schedule);
      window.removeEventListener('message', onMessage);
    },
  };
}
