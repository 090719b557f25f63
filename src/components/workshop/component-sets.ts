/**
 * The components a lesson body is rendered with in each workshop view. Learner pages use the
 * plain barrel (src/lesson-components), where <TrainerNote> renders nothing.
 */
import * as lessonComponents from '../../lesson-components';
import MarkdownLink from '../MarkdownLink.astro';
import MarkdownImage from '../MarkdownImage.astro';
import TrainerNoteShown from './TrainerNoteShown.astro';
import PrintHint from './handout/PrintHint.astro';
import AnswerSpace from './handout/AnswerSpace.astro';
import PrintLink from './handout/PrintLink.astro';
import PrintTryIt from './handout/PrintTryIt.astro';

/** Slides, the notes view and guides: trainer notes shown (slides then take them out). */
export const trainerComponents = { ...lessonComponents, TrainerNote: TrainerNoteShown, a: MarkdownLink, img: MarkdownImage };

/**
 * Handouts: paper has no hidden parts, so hints are printed, answers become room to write,
 * activities get lines, and links show their address. Trainer notes stay out, as on learner pages.
 */
export const handoutComponents = { ...lessonComponents, TryIt: PrintTryIt, Hint: PrintHint, Solution: AnswerSpace, a: PrintLink, img: MarkdownImage };
