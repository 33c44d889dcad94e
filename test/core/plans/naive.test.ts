import fc from 'fast-check';
import { computeStatements } from '../../../src/core/plans/engine';
import { inputArb } from './arbitraries';
import { BLOCKS_INPUT, EVERY_BLOCK_INPUT, SEED_INPUT } from './fixtures';
import { naiveStatements, picoToString } from './naive';
import type { EngineInput } from '../../../src/core/plans/engine';

function engineView(input: EngineInput) {
  return computeStatements(input).map((s) => ({
    rep: s.rep,
    period: s.period,
    lines: s.lines.map((l) => `${l.component}:${l.kind}:${l.amount.toString()}`),
    total: s.total.toString(),
    company: s.company.total.toString(),
  }));
}

function naiveView(input: EngineInput) {
  return naiveStatements(input).map((s) => ({
    rep: s.rep,
    period: s.period,
    lines: s.lines.map((l) => `${l.component}:${l.kind}:${picoToString(l.amount)}`),
    total: picoToString(s.total),
    company: picoToString(s.companyTotal),
  }));
}

describe('an independent naive implementation agrees with the engine', () => {
  it('on the golden fixtures', () => {
    expect(naiveView(SEED_INPUT)).toEqual(engineView(SEED_INPUT));
    expect(naiveView(EVERY_BLOCK_INPUT)).toEqual(engineView(EVERY_BLOCK_INPUT));
    expect(naiveView(BLOCKS_INPUT)).toEqual(engineView(BLOCKS_INPUT));
  });

  it('on thousands of random plans and deal sets', () => {
    fc.assert(
      fc.property(inputArb(), (input) => {
        expect(engineView(input)).toEqual(naiveView(input));
      }),
      { numRuns: 2500 },
    );
  });
});

describe('the random inputs exercise every rule', () => {
  it('produce non-zero lines of every kind', () => {
    const seen = new Map<string, number>();
    const count = (key: string) => seen.set(key, (seen.get(key) ?? 0) + 1);
    for (const input of fc.sample(inputArb(), { numRuns: 400, seed: 7 })) {
      for (const s of computeStatements(input)) {
        for (const l of s.lines) if (!l.amount.isZero()) count(l.kind);
        if (s.conversions.length > 0) count('conversion');
        if (s.currency !== s.company.currency && !s.total.isZero()) count('companyTotal');
        if (s.basis === 'collected' && !s.credit.isZero()) count('collected');
      }
    }
    for (const kind of ['band', 'cap', 'recordBonus', 'gate', 'teamPool', 'override', 'spiff', 'clawback', 'overrideClawback', 'drawAdvance', 'drawRecovery', 'drawGuarantee', 'conversion', 'companyTotal', 'collected']) {
      expect([kind, (seen.get(kind) ?? 0) > 5]).toEqual([kind, true]);
    }
  });
});
