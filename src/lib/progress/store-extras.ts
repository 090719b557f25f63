/**
 * The progress store's rarer work, injected (not imported) so that it could be loaded apart:
 * merging back what another tab wrote over (unconfirmed.ts), the shared-computer move, and setting
 * aside unreadable values (backups.ts). open-store.ts passes it in; tests pass it or leave it out.
 * It is built as a classic script (src/lib/lazy-scripts.ts) and loaded only when needed.
 */
export { heal } from './unconfirmed';
export { keepBackup } from './backups';
export { mergeDocs } from './progress-merge';
