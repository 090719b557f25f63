/**
 * Names of the components lesson authors may use in MDX, without importing them.
 * Keep in step with index.ts (a unit test checks both lists match).
 */
export const lessonComponentNames = ['Callout', 'Steps', 'TryIt', 'Challenge', 'Hint', 'Solution', 'Term', 'Figure', 'TrainerNote', 'PracticeInbox', 'PracticeBrowser', 'PracticeForm', 'PracticeMouse', 'PracticeKeys', 'Slide'] as const;
