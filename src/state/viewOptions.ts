/**
 * How the page is shown, from the URL (public interface, used by LMS embeds and decks):
 *
 *   ?embed=1            no site header, navigation or footer; a compact chapter header
 *   ?chapter=<id>       only that chapter (with or without embed)
 *   ?present=1          presenter mode: one section at a time, large type
 *   ?notes=1            presenter mode with the speaker-notes panel open
 *
 * Unlike the reader's state these are read once and never written back. Parsing never
 * throws; a value it cannot use is ignored with a note for the reader.
 */
export interface ViewOptions {
  embed: boolean;
  /** A chapter id to show alone, or null for every chapter. */
  chapter: string | null;
  present: boolean;
  notes: boolean;
}

export const DEFAULT_VIEW: ViewOptions = { embed: false, chapter: null, present: false, notes: false };

const YES = ['1', 'true', 'yes', 'on', ''];
const NO = ['0', 'false', 'no', 'off'];

export function parseViewOptions(
  search: string,
  chapterIds: readonly string[],
): { view: ViewOptions; notes: string[] } {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    params = new URLSearchParams();
  }
  const notes: string[] = [];
  const shown = (text: string) => (text.length > 24 ? `${text.slice(0, 24)}…` : text);
  const flag = (name: string): boolean => {
    const text = params.get(name);
    if (text === null) return false;
    const value = text.trim().toLowerCase();
    if (YES.includes(value)) return true;
    if (!NO.includes(value)) notes.push(`Ignored ${name}=“${shown(text)}”: use ${name}=1 or ${name}=0.`);
    return false;
  };
  const chapterText = params.get('chapter');
  let chapter: string | null = null;
  if (chapterText !== null) {
    if (chapterIds.includes(chapterText)) chapter = chapterText;
    else notes.push(`Ignored chapter=“${shown(chapterText)}”: no such chapter, so every chapter is shown.`);
  }
  const notesPanel = flag('notes');
  return { view: { embed: flag('embed'), chapter, present: flag('present') || notesPanel, notes: notesPanel }, notes };
}

/** The address of the whole explorable for an embedded page: the same state, every chapter, in full. */
export function fullExplorableUrl(location: Pick<Location, 'origin' | 'pathname' | 'search'>, hash: string): string {
  const params = new URLSearchParams(location.search);
  for (const name of ['embed', 'chapter', 'present', 'notes']) params.delete(name);
  const query = params.toString();
  return `${location.origin}${location.pathname}${query ? `?${query}` : ''}${hash ? `#${hash}` : ''}`;
}
