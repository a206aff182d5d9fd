// Rollup plugin for the browser bundles only: drops from the content files the fields written for
// maintainers and reviewers (why an item is narrowed, where a setting's care is a judgement, why a
// title is ours, review records), which no element renders. The npm library keeps them all.
const CONTENT_FILE = /content[\\/]en[\\/](statement|settings|audiences|setting-profiles|nice-cg133|nice-qs34|ncish-resources|sources)\.json$/;

/** Fields no element reads. `linkLost` and `offeredOnlyTo` stay: elements and the core test them. */
const FOR_MAINTAINERS = new Set(['$schema', 'review', 'settingsRationale', 'careRationale', 'scopeRationale', 'editorialTitle', 'extractionJoin', 'safeMessagingException']);

function prune(value) {
  if (Array.isArray(value)) return value.map(prune);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).filter(([key]) => !FOR_MAINTAINERS.has(key)).map(([key, child]) => [key, prune(child)]));
}

export function pruneContentForBrowsers() {
  return {
    name: 'shg-prune-content',
    transform(code, id) {
      if (!CONTENT_FILE.test(id)) return null;
      return { code: JSON.stringify(prune(JSON.parse(code))), map: null };
    },
  };
}
