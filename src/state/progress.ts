/**
 * The learner's progress: sections seen, checks answered, predictions made, and where they
 * were, kept in localStorage where a page may use it and silently in memory where it may
 * not (sandboxed frames, private modes, storage that throws). Separate from the lab store:
 * that one is the state of the page, this one is the learner's history with it.
 */
import { create } from 'zustand';
import { createJSONStorage, persist, type StateStorage } from 'zustand/middleware';

export interface Answer {
  /** The choice id, or the number typed. */
  given: string;
  correct: boolean;
}

export interface ProgressState {
  /** Chapter and section ids the learner has seen. */
  visited: Record<string, true>;
  answers: Record<string, Answer>;
  /** Prediction id → the learner's guess (a choice id, or numbers as text). */
  predictions: Record<string, string>;
  /** Where the learner was: a section id and the query string of their sliders. */
  last: { section: string; search: string } | null;
}

export interface ProgressActions {
  /** Marks chapters and sections as seen. */
  see: (ids: string[]) => void;
  /** The learner is at this section: seen, and the place to continue from. */
  visit: (id: string, search: string) => void;
  /** The sliders moved: keep the position, with the new query string. */
  rememberSearch: (search: string) => void;
  answer: (question: string, answer: Answer) => void;
  predict: (prediction: string, guess: string) => void;
  reset: () => void;
}

const EMPTY: ProgressState = { visited: {}, answers: {}, predictions: {}, last: null };

export const STORAGE_KEY = 'likelihood-lab:progress';

/** localStorage where it works; every failure (absent, SecurityError, quota) means "not stored". */
const safeStorage: StateStorage = {
  getItem: (name) => {
    try {
      return window.localStorage.getItem(name);
    } catch {
      return null;
    }
  },
  setItem: (name, value) => {
    try {
      window.localStorage.setItem(name, value);
    } catch {
      // Nowhere to keep it: progress lives for this visit only.
    }
  },
  removeItem: (name) => {
    try {
      window.localStorage.removeItem(name);
    } catch {
      // As above.
    }
  },
};

export const useProgressStore = create<ProgressState & ProgressActions>()(
  persist(
    (set) => ({
      ...EMPTY,
      see: (ids) =>
        set((s) =>
          ids.every((id) => s.visited[id])
            ? {}
            : { visited: { ...s.visited, ...Object.fromEntries(ids.map((id) => [id, true as const])) } },
        ),
      visit: (id, search) =>
        set((s) => ({
          visited: s.visited[id] ? s.visited : { ...s.visited, [id]: true },
          last: { section: id, search },
        })),
      rememberSearch: (search) => set((s) => (s.last ? { last: { ...s.last, search } } : {})),
      answer: (question, answer) => set((s) => ({ answers: { ...s.answers, [question]: answer } })),
      predict: (prediction, guess) => set((s) => ({ predictions: { ...s.predictions, [prediction]: guess } })),
      reset: () => set(EMPTY),
    }),
    {
      name: STORAGE_KEY,
      version: 1,
      storage: createJSONStorage(() => safeStorage),
      partialize: ({ visited, answers, predictions, last }) => ({ visited, answers, predictions, last }),
      // Whatever was stored is checked field by field: a damaged entry loses only itself.
      merge: (stored, current) => ({ ...current, ...sanitise(stored) }),
    },
  ),
);

// A function declaration, not a const: the store reads storage while this module is still
// being evaluated, and a const defined below it would not exist yet.
function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function sanitise(stored: unknown): Partial<ProgressState> {
  if (!isRecord(stored)) return {};
  const out: Partial<ProgressState> = {};
  if (isRecord(stored.visited))
    out.visited = Object.fromEntries(Object.keys(stored.visited).map((k) => [k, true as const]));
  if (isRecord(stored.answers))
    out.answers = Object.fromEntries(
      Object.entries(stored.answers).filter(
        (e): e is [string, Answer] =>
          isRecord(e[1]) && typeof e[1].given === 'string' && typeof e[1].correct === 'boolean',
      ),
    );
  if (isRecord(stored.predictions))
    out.predictions = Object.fromEntries(
      Object.entries(stored.predictions).filter((e): e is [string, string] => typeof e[1] === 'string'),
    );
  const last = stored.last;
  if (isRecord(last) && typeof last.section === 'string' && typeof last.search === 'string')
    out.last = { section: last.section, search: last.search };
  return out;
}

/** Checks answered (at all) among a chapter's, and how many it has. */
export function chapterChecks(state: Pick<ProgressState, 'answers'>, checkIds: readonly string[]) {
  return { answered: checkIds.filter((id) => state.answers[id]).length, total: checkIds.length };
}

/**
 * Complete: the last chapter reached and its checks answered. Embeds and the SCORM
 * package report this as "completed".
 */
export function isComplete(
  state: Pick<ProgressState, 'visited' | 'answers'>,
  lastChapter: string,
  checkIds: readonly string[],
): boolean {
  const { answered, total } = chapterChecks(state, checkIds);
  return Boolean(state.visited[lastChapter]) && answered === total;
}
