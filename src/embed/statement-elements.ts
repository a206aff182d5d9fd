/**
 * The elements the script-tag embed loads on first use, as one chunk: the guidance, expectations
 * and statement elements share the statement's text and most of their code, so one download
 * serves whichever a page uses.
 */
import '../elements/expectations/define.js';
import '../elements/guidance/define.js';
import '../elements/statement/define.js';
