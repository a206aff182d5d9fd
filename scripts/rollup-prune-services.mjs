// Rollup plugin for the script-tag bundle only: ships just what the help panel renders.
// Conflicting and unverified channels never render, so they are not even sent to browsers, and
// each channel's provenance note (for reviewers, kept in the npm library) is dropped.
const RENDERABLE = new Set(['confirmed', 'corroborated']);

export function pruneServicesForBrowsers() {
  return {
    name: 'shg-prune-services',
    transform(code, id) {
      if (!/content[\\/]en[\\/]services\.json$/.test(id)) return null;
      const data = JSON.parse(code);
      delete data.$schema;
      for (const service of data.services) {
        service.channels = service.channels
          .filter((channel) => RENDERABLE.has(channel.confidence))
          .map(({ source, ...channel }) => channel);
      }
      return { code: JSON.stringify(data), map: null };
    },
  };
}
