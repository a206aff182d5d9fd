import { msg } from './msg.js';

/** Heading of the plain-language outcomes, addressed to the reader. */
export function expectationsTitle(audience: 'person' | 'carer'): string {
  return audience === 'person' ? msg('What you can expect when you ask for help') : msg('What the person you care for can expect');
}

/** The sentence the plain-language outcomes complete. */
export function expectationsIntro(audience: 'person' | 'carer'): string {
  return audience === 'person'
    ? msg('When you ask for help, or tell someone about self-harm, and get the right response:')
    : msg('When someone you care for asks for help, or tells someone about self-harm, and gets the right response:');
}
