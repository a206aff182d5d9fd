/**
 * The action plan element, as the script-tag embed loads it on first use: a chunk of its own, as
 * no other element shares its code. (Its plan checker, with zod, is another chunk it loads when
 * it is given a plan.) A module with no exports, so the embed's loader needs no glue.
 */
import '../elements/action-plan/define.js';
