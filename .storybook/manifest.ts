// The custom-elements manifest for Controls and autodocs, loaded so that its absence never breaks the
// preview: import.meta.glob matches zero files instead of failing the build when custom-elements.json has not
// been generated yet (main.ts normally generates it; `npm run build` always does).
import type { Package, Declaration, CustomElementDeclaration, ClassMember } from './manifest-types.js';

const found = import.meta.glob<Package>('../custom-elements.json', { eager: true, import: 'default' });

export const rawManifest: Package | null = Object.values(found)[0] ?? null;

function isElement(d: Declaration): d is CustomElementDeclaration {
  return 'tagName' in d && typeof d.tagName === 'string' && !!d.tagName;
}

/**
 * What a page author can use, only: the analyzer also lists private and protected members (the calculator's
 * _values, its render helpers…), which Storybook would otherwise turn into Controls. Fields backed by an
 * attribute are dropped too, as the attribute (region, lock-region…) already gives their Control; fields
 * with no attribute (the breakdown's `result`) stay.
 */
export function publicManifest(m: Package): Package {
  const keep = (x: ClassMember) =>
    x.privacy !== 'private' && x.privacy !== 'protected' && !x.static && !x.name.startsWith('_') && !x.name.startsWith('#')
    && !(x.kind === 'field' && x.attribute);
  return {
    ...m,
    modules: m.modules.map((mod) => ({
      ...mod,
      declarations: mod.declarations?.map((d) => (isElement(d) ? { ...d, members: d.members?.filter(keep) } : d)),
    })),
  };
}

export const manifest: Package | null = rawManifest ? publicManifest(rawManifest) : null;
