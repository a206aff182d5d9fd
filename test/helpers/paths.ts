/** Where the repository and its reference material live, for Node-side tests. */
import { fileURLToPath } from 'node:url';
import path from 'node:path';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
/**
 * The source documents and the verified fact tables are the repository's own copies (maintainers
 * copy new or changed files in from the project's shared reference folder), so a plain clone
 * passes its tests with nothing beside it.
 */
export const SOURCES_DIR = path.join(REPO_ROOT, 'content', 'sources');
export const FACTS_DIR = path.join(REPO_ROOT, 'content', 'facts');
export const FACTS_FILE = path.join(FACTS_DIR, 'crisis-contacts.md');
