/** The element classes, without registering any tag. Import `self-harm-guidance/define` to register them all. */
export { ShgHelpPanel } from './help-panel/help-panel.js';
