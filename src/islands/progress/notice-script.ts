/**
 * The progress notices of lesson, quiz and practice pages (ProgressNotices.astro, lazy): their
 * words and the code that writes them, one small file a language (`{lang}`: the page's), built
 * like the lazy scripts (src/integrations/lazy-scripts): most learners never see a notice, so those
 * pages carry neither.
 */
export const NOTICE_SCRIPT = { file: 'lazy/progress-notices.{lang}.js', global: 'cdsProgressNotices' } as const;
