// Shared by the burden-band tests of the batch (compile-bands.test.ts) and of projectFund (project-bands.test.ts).
import fc from 'fast-check';
import { calculate, type Group, type Scheme } from '../../src/engine/index.js';
import { burdenBandsAt, type CompiledRule } from '../../src/fund/compile.js';

export interface Situation { region: string; date: string; scheme: Scheme; group: Group; other?: boolean }
export const situations: Situation[] = [
  { region: '330200', date: '2015-06-01', scheme: 'resident', group: 'general' },
  ...(['resident', 'employee'] as const).flatMap((scheme) => (['general', 'medical-assistance'] as const)
    .map((group) => ({ region: '320281', date: '2021-06-01', scheme, group }))),
  ...(['2015-06-01', '2017-06-01'] as const).flatMap((date) => (['resident', 'employee'] as const).flatMap((scheme) =>
    (['general', 'extreme-poverty', 'subsistence', 'registered-poor'] as const).map((group) => ({ region: '445100', date, scheme, group })))),
  { region: '320411', date: '2022-06-01', scheme: 'resident', group: 'subsistence', other: true },
];

export const yuan = (f: number) => `${Math.floor(f / 100)}.${String(f % 100).padStart(2, '0')}`;
export const engineFen = (
  s: { region: string; date: string; scheme: Scheme; group?: Group; other?: boolean }, burdenFen: number, otherFen = 0,
) => {
  const r = calculate({
    region: s.region, date: s.date, scheme: s.scheme, group: s.group, selfPaid: yuan(burdenFen),
    ...(s.other ? { otherSelfPaid: yuan(otherFen) } : {}),
  });
  return Number(r.yearToDatePayout.replace('.', ''));
};

/** The rule's cut points (where a burden band ends), read from its typed data. */
export function cuts(c: CompiledRule): number[] {
  const d = c.data!;
  const f = burdenBandsAt(d);
  return Array.from({ length: d[f]! - 1 }, (_, j) => d[f + 3 + j]!);
}

/** Every cut point and tier bound ±1 分 (never below 0 or above the engine's limit). */
export function nearCuts(c: CompiledRule): number[] {
  const points = [
    0, 1, 10_000_000_000, c.thresholdFen, ...cuts(c), ...c.tiers.flatMap((t) => [t.fromFen, t.toFen]).filter(Number.isFinite),
  ];
  return [...new Set(points.flatMap((p) => [p - 1, p, p + 1]))].filter((b) => b >= 0 && b <= 10_000_000_000);
}

/** Burdens for a population: near a cut point, small, or anywhere up to the engine's limit. */
export const burdenOf = (near: number[]) => fc.oneof(
  fc.constantFrom(...near), fc.integer({ min: 0, max: 20_000_000 }), fc.integer({ min: 0, max: 10_000_000_000 }),
);

