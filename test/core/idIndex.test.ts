/**
 * IdIndex: finding a deal by id among many (reading the deals, the commission engine's duplicate
 * check) — every id found, unknown ids not, whatever the growth path and hash collisions.
 */
import { IdIndex } from '../../src/core/idIndex';
import { computeStatements } from '../../src/core/plans/engine';
import { SalesError } from '../../src/core/errors';
import { SEED_INPUT } from './plans/fixtures';

const items = (n: number, prefix = 'SO-') => Array.from({ length: n }, (_, i) => ({ id: `${prefix}${String(i + 1).padStart(7, '0')}` }));

describe('IdIndex', () => {
  it.each([
    ['grown one doubling at a time', 0, false],
    ['made at its size', 200_000, false],
    ['reserved before adding', 0, true],
  ])('finds each of 200,000 ids and no other (%s)', (_name, expected, reserve) => {
    const list = items(200_000);
    const index = new IdIndex(list, expected);
    if (reserve) index.reserve(list.length);
    let foundBeforeAdded = 0;
    list.forEach((x, i) => {
      if (index.get(x.id) !== undefined) foundBeforeAdded++;
      index.add(i);
    });
    expect(foundBeforeAdded).toBe(0);
    for (const i of [0, 1, 65_535, 65_536, 131_071, 199_999]) expect(index.get(list[i].id)).toBe(list[i]);
    expect(list.every((x) => index.get(x.id) === x)).toBe(true);
    expect(index.get('SO-0200001')).toBeUndefined();
    expect(index.get('')).toBeUndefined();
    expect(index.get('SO-000001')).toBeUndefined();
  });

  it('tells ids apart whose hashes collide in the table', () => {
    // "Aa" and "BB" are the classic colliding pair for many string hashes; here, many ids end in one slot run.
    const list = [{ id: 'Aa' }, { id: 'BB' }, { id: 'AaBB' }, { id: 'BBAa' }, { id: 'AaAa' }, { id: 'BBBB' }];
    const index = new IdIndex(list);
    list.forEach((_, i) => index.add(i));
    for (const x of list) expect(index.get(x.id)).toBe(x);
    expect(index.get('aa')).toBeUndefined();
  });

  it('gives the first item with a repeated id (what a duplicate is reported against)', () => {
    const list = [{ id: 'D-1', n: 1 }, { id: 'D-2', n: 2 }, { id: 'D-1', n: 3 }];
    const index = new IdIndex(list);
    index.add(0);
    index.add(1);
    expect(index.get(list[2].id)).toBe(list[0]);
  });
});

describe('the commission engine refuses a deal id given twice', () => {
  it('names the second deal and the id', () => {
    const deals = SEED_INPUT.deals;
    expect(deals.length).toBeGreaterThan(1);
    const twice = { ...SEED_INPUT, deals: [...deals, { ...deals[deals.length - 1], id: deals[0].id }] };
    let thrown: unknown;
    try {
      computeStatements(twice);
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(SalesError);
    expect((thrown as SalesError).problem).toEqual({ code: 'duplicateId', params: { arg: `deals[${deals.length}]`, id: deals[0].id } });
    // The same deals with distinct ids compute.
    expect(computeStatements(SEED_INPUT).length).toBeGreaterThan(0);
  });
});
