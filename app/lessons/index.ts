/** The lesson path, in teaching order, and the challenges (see README.md). */
export { LESSONS, CHALLENGES, ALL_LESSONS, lessonById } from './catalog/index';
export type * from './types';
export { evaluateChecks, evaluateGoal, isBetter, measureScore, predictionAnswer } from './evaluate';
