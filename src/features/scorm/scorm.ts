/**
 * The SCORM 1.2 runtime for the packaged build (npm run build:scorm). An LMS exposes its
 * API as `window.API` on a frame above the content (or on the window that opened it); the
 * content finds it, reports "incomplete" on start and "completed" once the learner has
 * reached the last chapter and answered its checks. With no LMS around, none of this runs and the page works as usual.
 */

/** The calls of the SCORM 1.2 run-time API that this content uses. Values are strings. */
export interface Scorm12Api {
  LMSInitialize(arg: ''): string;
  LMSFinish(arg: ''): string;
  LMSGetValue(element: string): string;
  LMSSetValue(element: string, value: string): string;
  LMSCommit(arg: ''): string;
}

const isApi = (candidate: unknown): candidate is Scorm12Api =>
  typeof candidate === 'object' &&
  candidate !== null &&
  ['LMSInitialize', 'LMSFinish', 'LMSGetValue', 'LMSSetValue', 'LMSCommit'].every(
    (name) => typeof (candidate as Record<string, unknown>)[name] === 'function',
  );

/** How far up the frames to look, as in ADL's reference discovery algorithm. */
const MAX_LEVELS = 7;

/** The LMS's API: up this window's parents, then up its opener's. A cross-origin frame is skipped. */
export function findScormApi(start: Window): Scorm12Api | null {
  const climb = (from: Window | null): Scorm12Api | null => {
    let current = from;
    for (let level = 0; current && level <= MAX_LEVELS; level++) {
      try {
        const api = (current as unknown as { API?: unknown }).API;
        if (isApi(api)) return api;
      } catch {
        // A cross-origin frame: not the LMS's API frame.
      }
      if (current.parent === current) break;
      current = current.parent;
    }
    return null;
  };
  let opener: Window | null;
  try {
    opener = start.opener as Window | null;
  } catch {
    opener = null;
  }
  return climb(start) ?? climb(opener);
}

export interface ScormSession {
  complete: () => void;
  finish: () => void;
}

/** Starts the attempt: initialise, and mark it incomplete unless the learner already finished. */
export function startScormSession(api: Scorm12Api): ScormSession | null {
  if (api.LMSInitialize('') !== 'true') return null;
  const status = api.LMSGetValue('cmi.core.lesson_status');
  let completed = status === 'completed' || status === 'passed';
  if (!completed) api.LMSSetValue('cmi.core.lesson_status', 'incomplete');
  api.LMSCommit('');
  let finished = false;
  return {
    complete: () => {
      if (completed || finished) return;
      completed = true;
      api.LMSSetValue('cmi.core.lesson_status', 'completed');
      api.LMSCommit('');
    },
    finish: () => {
      if (finished) return;
      finished = true;
      api.LMSCommit('');
      api.LMSFinish('');
    },
  };
}

/**
 * Starts the session, completes it when `watchCompletion` says the learner has finished
 * (the last chapter reached and its checks answered), and finishes it when the page goes.
 */
export function runScorm(win: Window, watchCompletion: (complete: () => void) => void): ScormSession | null {
  const api = findScormApi(win);
  const session = api ? startScormSession(api) : null;
  if (!session) return null;
  win.addEventListener('pagehide', session.finish);
  watchCompletion(session.complete);
  return session;
}
