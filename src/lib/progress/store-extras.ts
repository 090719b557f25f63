/**
 * The progress store's rarer work, injected (not imported) so that it could be loaded apart:
 * merging back what another tab wrote over (unconfirmed.ts), the shared-computer move, and setting
 * aside unreadable values (backups.ts). open-store.ts passes it in; tests pass it or leave it out.
 * A dynamic import would bring Vite's preload helper (about 0.5 KB gzip) to every lesson page,
 * more than it would save, so for now it loads with the page.
 */
export { heal } from './unconfirmed';
export { keepBackup } from './backups';
export { mergeDocs } from './progress-merge';
