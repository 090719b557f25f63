/**
 * The components of the learner's lesson page: those of index.ts, but each simulation stands as
 * a way to its own practice page, so a lesson page stays small on a slow link (one thing per
 * page). Slides, handouts and the practice pages show the simulations themselves.
 */
export * from './index';
export { default as PracticeInbox } from '../islands/practice-inbox/InboxLink.astro';
export { default as PracticeBrowser } from '../islands/practice-browser/BrowserLink.astro';
export { default as PracticeForm } from '../islands/practice-form/FormLink.astro';
export { default as PracticeMouse } from '../islands/practice-mouse/MouseLink.astro';
export { default as PracticeKeys } from '../islands/practice-keys/KeysLink.astro';
