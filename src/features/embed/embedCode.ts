import type { ThemePreference } from '../../model/readerState';
import { serializeUrl, type UrlState } from '../../state/url';

export interface EmbedChoice {
  /** A chapter id, or null for the whole explorable. */
  chapter: string | null;
  theme: ThemePreference;
  /** Carry the reader's current data and sliders, or start fresh. */
  keepState: boolean;
  size: 'compact' | 'tall';
}

/** Starting heights; hosts that listen to the resize messages then fit the frame to the content. */
export const EMBED_HEIGHTS = { compact: 640, tall: 1100 } as const;

/** The address an embed loads: always embed=1, then the chosen chapter, theme and state. */
export function embedUrl(base: string, choice: EmbedChoice, state: UrlState): string {
  const params = new URLSearchParams(choice.keepState ? serializeUrl(state) : '');
  params.delete('theme');
  const query = new URLSearchParams({ embed: '1' });
  if (choice.chapter) query.set('chapter', choice.chapter);
  if (choice.theme !== 'auto') query.set('theme', choice.theme);
  for (const [name, value] of params) query.set(name, value);
  return `${base}?${query}`;
}

const escapeAttribute = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The HTML an instructor pastes into an LMS page. */
export function embedSnippet(url: string, title: string, size: EmbedChoice['size']): string {
  return (
    `<iframe title="${escapeAttribute(title)}" src="${escapeAttribute(url)}" width="100%" ` +
    `height="${EMBED_HEIGHTS[size]}" style="border:0;max-width:100%" ` +
    `allow="fullscreen; clipboard-write" loading="lazy"></iframe>`
  );
}
