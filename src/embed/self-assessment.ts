/**
 * The self-assessment form, as the embed loads it on first use: a tool for service leads, in a
 * chunk of its own, so no page of the reader-facing elements ever downloads it.
 */
import '../elements/self-assessment/define.js';
