/**
 * The script-tag entry: one self-contained module that registers every element, for pages that
 * load `<script type="module" src=".../embed.js"></script>` and nothing else.
 */
import './define.js';
