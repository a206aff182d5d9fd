/**
 * The demo site's pages, in the order its shared navigation lists them. `scripts/build-demo.ts`
 * writes each page to demo/ from its source in demo/src/ (variants.html it generates from the
 * test fixtures), putting this navigation where the source says `<!-- demo-nav -->`.
 *
 * Adding a page is one line here, plus its source: demo/src/<file>, with `<!-- demo-nav -->`.
 */
export interface DemoPage {
  /** The page's file name, in demo/ (and its source's, in demo/src/). */
  readonly file: string;
  /** The link's words, in the page's language. */
  readonly label: string;
  /** The language of the label, where it is not English. */
  readonly lang?: string;
}

export const DEMO_PAGES: readonly DemoPage[] = [
  { file: 'index.html', label: 'A charity’s page' },
  { file: 'cy.html', label: 'Tudalen elusen yn Gymraeg', lang: 'cy' },
  { file: 'intranet.html', label: 'A staff intranet' },
  { file: 'action-plan.html', label: 'A local action plan' },
  { file: 'self-assessment.html', label: 'A service lead’s self-assessment' },
  { file: 'variants.html', label: 'Every element and variant' },
  { file: 'configurator.html', label: 'Configurator' },
];

/** Pages built from test/fixtures rather than from a source in demo/src/. */
export const GENERATED_PAGES: readonly string[] = ['variants.html'];
