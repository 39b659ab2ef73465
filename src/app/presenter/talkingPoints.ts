/**
 * Speaker notes for presenter mode, one set per slide (a chapter's opening or a section),
 * written for this explorable from the instructor's notes, in the lecture's order: show the
 * data, assume, explore, reveal, prove, then set up the punchline. Each chapter module
 * writes its own; the compiler checks that every slide has notes.
 */
import type { TalkingPoints } from '../../chapters/chapterModule';
import type { SectionId } from '../manifest';
import { talkingPoints as story } from '../../chapters/story/talkingPoints';
import { talkingPoints as assumption } from '../../chapters/assumption/talkingPoints';
import { talkingPoints as likelihood } from '../../chapters/likelihood/talkingPoints';
import { talkingPoints as derivatives } from '../../chapters/derivatives/talkingPoints';
import { talkingPoints as uncertainty } from '../../chapters/uncertainty/talkingPoints';
import { talkingPoints as residuals } from '../../chapters/residuals/talkingPoints';

const BY_SLIDE: Record<SectionId, TalkingPoints> = {
  ...story,
  ...assumption,
  ...likelihood,
  ...derivatives,
  ...uncertainty,
  ...residuals,
};

/** The notes for a slide, by its id. */
export const TALKING_POINTS: Readonly<Partial<Record<string, TalkingPoints>>> = BY_SLIDE;
