/** Where the repository and the shared reference material live, for Node-side tests. */
import { fileURLToPath } from 'node:url';
import path from 'node:path';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
/** `shared/` sits beside the repository in every checkout and in CI. */
export const SHARED_DIR = path.resolve(REPO_ROOT, '..', 'shared');
export const FACTS_FILE = path.join(SHARED_DIR, 'facts', 'crisis-contacts.md');
