// TypeDoc plugin for this package's API reference (loaded by typedoc.json):
//  - names each module by the import users write (`self-harm-guidance/react`, not `src/react`),
//    read from package.json `exports`, so the names cannot drift from the real entry points;
//  - leaves out the Lit plumbing each element overrides (`static styles`, `static properties`):
//    the elements' API is their attributes, properties, events, parts and CSS properties, and
//    these members would only carry Lit's own comments (whose links point into Lit).
import { readFileSync } from 'node:fs';
import { Converter, ReflectionKind } from 'typedoc';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

/** TypeDoc's default module name (the entry's path, without `/index`) → the import specifier. */
function moduleNames() {
  const names = new Map();
  for (const [subpath, target] of Object.entries(pkg.exports)) {
    // A `null` target closes a path (see package.json): nothing to name.
    const types = target !== null && typeof target === 'object' ? target.types : undefined;
    if (!types || subpath.includes('*')) continue;
    const source = types.replace(/^\.\/dist\//, '').replace(/\.d\.ts$/, '').replace(/\/index$/, '');
    names.set(source, subpath === '.' ? pkg.name : `${pkg.name}/${subpath.slice(2)}`);
  }
  return names;
}

const LIT_PLUMBING = new Set(['styles', 'properties']);
/** The custom elements: classes whose JSDoc names a tag (the analyzer reads the same tag). */
const isElement = (reflection) => Boolean(reflection.comment?.getTag('@tagname'));

/** @param {import('typedoc').Application} app */
export function load(app) {
  const names = moduleNames();
  // Before TypeDoc copies inherited comments and resolves links.
  app.converter.on(
    Converter.EVENT_RESOLVE_BEGIN,
    (context) => {
      const project = context.project;
      for (const module of project.getReflectionsByKind(ReflectionKind.Module)) {
        const name = names.get(module.name);
        if (name) module.name = name;
      }
      for (const element of project.getReflectionsByKind(ReflectionKind.Class)) {
        if (!isElement(element)) continue;
        for (const member of [...(element.children ?? [])]) {
          if (member.flags.isStatic && LIT_PLUMBING.has(member.name)) project.removeReflection(member);
        }
      }
    },
    200,
  );
}
