/**
 * What every chapter module provides (each folder beside this file is one): its place in
 * the page (meta.ts), its checks and recap (learning.ts) and its speaker notes
 * (talkingPoints.ts). The shell composes them in app/manifest.ts.
 */

/** A section a deep link can name. */
export interface SectionMeta {
  /** Stable id: deep links (#id) and embeds use it. Never rename one. */
  readonly id: string;
  readonly title: string;
}

export interface ChapterMeta {
  /** Stable id: deep links, embeds (?chapter=) and progress use it. Never rename one. */
  readonly id: string;
  readonly title: string;
  /** Short title for the navigation. */
  readonly navTitle: string;
  readonly sections: readonly SectionMeta[];
}

/** The ids a chapter answers to: its own and its sections'. */
export type AnchorOf<M extends ChapterMeta> = M['id'] | M['sections'][number]['id'];

/** Speaker notes for one slide (a chapter's opening or a section), for presenter mode. */
export interface TalkingPoints {
  /** Which step of the lecture's arc this slide serves. */
  stage: 'Show the data' | 'Assume' | 'Explore' | 'Reveal' | 'Prove' | 'Punchline';
  points: string[];
}
