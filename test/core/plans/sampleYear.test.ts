/**
 * An independent exact recomputation of a whole year of statements from the bundled sample data:
 * every printed number is read back from the explanation text and the line, and the arithmetic
 * is redone with BigInt cents (nothing from src/core/money), so no line can be off its own
 * arithmetic by even a cent, and every statement adds up.
 */
import { type Statement } from '../../../src/core/plans/engine';
import { DEFAULT_SETTINGS } from '../../../src/core/settings';
import { buildSampleDataset, sampleSettings } from '../../../src/sample/sampleData';
import { computeCommissions } from '../../../src/sheets/commissionSheets';
import { explain } from '../../support/statements';

/** "1,234.5" or a Decimal's string → the value × 10^scale as a BigInt; it must be exact. */
function scaled(text: string, scale: number): bigint {
  const t = text.replace(/,/g, '');
  const neg = t.startsWith('-');
  const [int, frac = ''] = (neg ? t.slice(1) : t).split('.');
  if (frac.length > scale) throw new Error(`${text} has more than ${scale} decimals`);
  const v = BigInt(int + frac.padEnd(scale, '0'));
  return neg ? -v : v;
}

/** a (10^-sa) × b (10^-sb) rounded half away from zero to cents. */
function roundProduct(a: bigint, sa: number, b: bigint, sb: number): bigint {
  const p = a * b;
  const div = 10n ** BigInt(sa + sb - 2);
  const abs = p < 0n ? -p : p;
  const q = (2n * abs + div) / (2n * div);
  return p < 0n ? -q : q;
}

const cents = (x: { toString(): string }) => scaled(x.toString(), 2);
const R = 10; // rates and percentages are read with up to 10 decimals

describe('the sample year, recomputed independently with BigInt cents', () => {
  const run = computeCommissions(buildSampleDataset(), { settings: sampleSettings(DEFAULT_SETTINGS), language: 'en-US' });
  if (!run.ok) throw new Error('the sample year did not compute');
  const { input, statements: en } = run;

  it('covers whole years of statements (the sample has two closed years)', () => {
    expect(en.length).toBeGreaterThan(200);
    expect(new Set(en.map((s) => s.period)).size).toBe(24);
  });

  it('every line showing a rate is ROUND(base × rate), in its cells and in its printed sentence', () => {
    let checked = 0;
    for (const s of en) {
      for (const l of s.lines) {
        if (l.rate === null) continue;
        expect(cents(l.amount)).toBe(roundProduct(scaled(l.base.toString(), 4), 4, scaled(l.rate.toString(), R), R));
        checked++;
        if (l.kind !== 'band') continue; // the record bonus sentence has its own test below
        const m = /([\d,]+\.\d{2}) × ([\d.]+)% = ([\d,]+\.\d{2})$/.exec(explain(l));
        expect(m).not.toBeNull();
        const [, base, pct, amount] = m as RegExpExecArray;
        expect([explain(l), scaled(amount, 2)]).toEqual([explain(l), roundProduct(scaled(base, 2), 2, scaled(pct, R), R + 2)]);
        expect(scaled(amount, 2)).toBe(cents(l.amount));
      }
    }
    expect(checked).toBeGreaterThan(500);
  });

  it('the record bonus sentence holds: (credit − record) × rate = amount', () => {
    let beaten = 0;
    for (const s of en) {
      for (const l of s.lines) {
        if (l.kind !== 'recordBonus') continue;
        const m = /^Record bonus: \(([\d,]+\.\d{2}) − record ([\d,]+\.\d{2})\) × ([\d.]+)% = ([\d,]+\.\d{2})$/.exec(explain(l));
        if (m === null) {
          expect([explain(l), l.amount.toString()]).toEqual([expect.stringMatching(/does not beat|no record/), '0']);
          continue;
        }
        beaten++;
        const above = scaled(m[1], 2) - scaled(m[2], 2);
        expect(scaled(m[4], 2)).toBe(roundProduct(above, 2, scaled(m[3], R), R + 2));
        expect(scaled(m[4], 2)).toBe(cents(l.amount));
      }
    }
    expect(beaten).toBeGreaterThan(10);
  });

  it('every statement is the sum of its lines, and every line is whole cents', () => {
    for (const s of en) {
      expect(s.lines.reduce((a, l) => a + cents(l.amount), 0n)).toBe(cents(s.total));
      // The Chinese sentence prints the same figures as the English one.
      for (const l of s.lines) expect(explain(l, 'zh-CN').match(/[\d,]+\.\d{2}/g)).toEqual(explain(l).match(/[\d,]+\.\d{2}/g));
    }
  });

  it('each funded team pool is ROUND(rate × team credit) and its shares add up to it exactly', () => {
    const teams = new Map<string, { statements: Statement[] }>();
    const teamOf = new Map(input.reps.map((r) => [r.id, r.team]));
    for (const s of en) {
      const key = `${teamOf.get(s.rep)}|${s.period}`;
      const t = teams.get(key) ?? { statements: [] };
      t.statements.push(s);
      teams.set(key, t);
    }
    let funded = 0;
    for (const { statements } of teams.values()) {
      const lines = statements.map((s) => s.lines.find((l) => l.kind === 'teamPool'));
      const m = /: ([\d,]+\.\d{2}) ≥ target [\d,]+\.\d{2}, pool ([\d.]+)% = ([\d,]+\.\d{2}), your share/.exec(lines[0] === undefined ? '' : explain(lines[0]));
      if (m === null) continue;
      funded++;
      const credit = statements.reduce((a, s) => a + cents(s.credit), 0n);
      expect(scaled(m[1], 2)).toBe(credit);
      const pool = roundProduct(credit, 2, scaled(m[2], R), R + 2);
      expect(scaled(m[3], 2)).toBe(pool);
      expect(lines.reduce((a, l) => a + cents(l?.amount ?? 0), 0n)).toBe(pool);
    }
    expect(funded).toBeGreaterThan(20);
  });
});
