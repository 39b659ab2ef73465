/** Presenter mode's speaker notes for chapter “The critical assumption”: its opening slide and each section. */
import type { AnchorOf, TalkingPoints } from '../chapterModule';
import type { meta } from './meta';

export const talkingPoints: Record<AnchorOf<typeof meta>, TalkingPoints> = {
  assumption: {
    stage: 'Assume',
    points: [
      'Stress that nobody told us where the numbers came from: we choose to treat them as Normal.',
      'Maximum likelihood cannot pick the family for us; it only finds the best member of the family we picked.',
      'Plant the seed: a different family gives a different answer (the median for a Laplace), and this returns at the end.',
    ],
  },
};
