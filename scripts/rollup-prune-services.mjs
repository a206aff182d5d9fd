// Rollup plugin for the script-tag bundle only: ships just what the help panel renders.
// Conflicting and unverified channels never render, so they are not even sent to browsers, and
// what is written for reviewers (each channel's provenance note, each service's languages), which
// no element reads, is dropped; the npm library keeps it all. Each channel keeps its lastVerified
// and nextReview: a number in the page still says when it was checked (a few bytes, as every
// channel shares the same dates).
const RENDERABLE = new Set(['confirmed', 'corroborated']);

export function pruneServicesForBrowsers() {
  return {
    name: 'shg-prune-services',
    transform(code, id) {
      if (!/content[\\/]en[\\/]services\.json$/.test(id)) return null;
      const data = JSON.parse(code);
      delete data.$schema;
      for (const service of data.services) {
        delete service.languages;
        service.channels = service.channels
          .filter((channel) => RENDERABLE.has(channel.confidence))
          .map(({ source, ...channel }) => channel);
      }
      return { code: JSON.stringify(data), map: null };
    },
  };
}
