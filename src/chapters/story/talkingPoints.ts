/** Presenter mode's speaker notes for chapter “The songwriter’s dilemma”: its opening slide and each section. */
import type { AnchorOf, TalkingPoints } from '../chapterModule';
import type { meta } from './meta';

export const talkingPoints: Record<AnchorOf<typeof meta>, TalkingPoints> = {
  story: {
    stage: 'Show the data',
    points: [
      'Cast the room as a songwriter with 40 songs, each measured in beats per minute.',
      'Ask the only question on the table: what kind of process could have produced these tempos?',
      'Say that the goal for the hour is to pick the best bell curve for them, and that this is maximum likelihood.',
    ],
  },
  'your-data': {
    stage: 'Show the data',
    points: [
      'Offer the class their own numbers: paste a column from a survey, a lab, or last year’s exam, or load an example.',
      'Everything that follows runs on whatever is loaded; the seeded tempos are one click away.',
      'Keep the skewed or outlier examples for later: they show what a wrong assumption costs.',
    ],
  },
};
