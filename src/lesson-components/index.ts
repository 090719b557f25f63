/**
 * What lesson authors can use in MDX. Lesson pages pass these to <Content components={...}>,
 * so MDX files use them without an import. See docs/authoring.md.
 */
export { default as Callout } from './Callout.astro';
export { default as Steps } from './Steps.astro';
export { default as TryIt } from './TryIt.astro';
export { default as Challenge } from './Challenge.astro';
export { default as Hint } from './Hint.astro';
export { default as Solution } from './Solution.astro';
export { default as Term } from './Term.astro';
export { default as Figure } from './Figure.astro';
export { default as TrainerNote } from './TrainerNote.astro';
export { default as PracticeInbox } from '../islands/practice-inbox/PracticeInbox.astro';
export { default as PracticeBrowser } from '../islands/practice-browser/PracticeBrowser.astro';
export { default as PracticeForm } from '../islands/practice-form/PracticeForm.astro';
export { default as PracticeMouse } from '../islands/practice-mouse/PracticeMouse.astro';
export { default as PracticeKeys } from '../islands/practice-keys/PracticeKeys.astro';
export { default as Slide } from './Slide.astro';
