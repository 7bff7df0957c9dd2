// The five seed documents as policy data. Frozen, all the way down: a host that edits BUILT_IN_POLICIES
// (instead of a structuredClone of it) gets a TypeError, not a registry that stays changed after
// resetPolicies(). They are checked against the schema by test/policies (not when this module loads), so
// the one-file page needs no validator until an operator registers data.
import type { PolicyData } from './schema.js';
import { ningbo2013 } from './ningbo-2013-268.js';
import { jiangyin2020 } from './jiangyin-2020.js';
import { guangdong2016 } from './guangdong-2016-85.js';
import { xinbei2021 } from './xinbei-2021-143.js';
import { chaozhou2012 } from './chaozhou-2012-90.js';

function deepFreeze<T>(v: T): T {
  if (v && typeof v === 'object' && !Object.isFrozen(v)) {
    Object.freeze(v);
    for (const x of Object.values(v)) deepFreeze(x);
  }
  return v;
}

export const BUILT_IN_POLICIES: readonly PolicyData[] = deepFreeze(
  [ningbo2013, jiangyin2020, guangdong2016, xinbei2021, chaozhou2012] as PolicyData[],
);
