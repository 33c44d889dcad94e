/**
 * Deals from one or more deals tables, with split credit.
 *
 * Split credit in a flat export (rules.md › The team's own data): a deal credited to several reps
 * is several rows with the same deal id, one per rep, each with the rep's share in a share column
 * ("Split Percentage", 分成比例; "60%", 60 or 0.6 — see TableReader.share) and the deal's own
 * customer, date and whole amount repeated. The shares of a deal add up to 100 %. A deal on one
 * row may leave the share blank (100 %). Without a share column, two rows with one deal id are a
 * duplicate and refused; without a deal id column, split rows cannot be told apart and are
 * refused. Deal ids are unique across every deals table given, so overlapping exports are caught.
 */
import type { TableReader } from './cells';
import { IdIndex } from '../core/idIndex';
import type { Deal, DealSplit, RowRef } from './model';
import { problem, warning, type DataProblem, type Place } from './problems';
import { normaliseHeader } from './fields';
import { cellText, isBlank } from './values';
import { serialToIso } from './calendar';

/** Deal statuses (Pipedrive's "Deal - Status") that are neither won nor a stage: not sales. */
const OPEN_OR_GONE = new Set(['open', 'deleted', 'abandoned', '进行中', '跟进中', '已删除', '已作废'].map(normaliseHeader));

/** Share sums within this of 1 are 100 % (0.3333 + 0.3333 + 0.3334 in binary floating point). */
const SHARE_TOLERANCE = 1e-6;

export class DealsCollector {
  readonly deals: Deal[] = [];
  private readonly byId = new IdIndex(this.deals);
  /** Deals read from a table with a share column (several rows may share their id). */
  private readonly split = new Set<Deal>();
  /** Split deals from a table without a deal id column (their rows cannot be grouped). */
  private readonly unidentified = new Set<Deal>();
  /** Split rows that left their share blank (fine alone, not among several). */
  private readonly blankShares = new Map<Deal, Place[]>();
  /**
   * One copy of each customer, region and product-line name (a million deals, fifty thousand
   * customers): less memory, and every later lookup by name finds its hash already computed.
   */
  private readonly names = new Map<string, string>();

  /** One shared, frozen splits list per rep for deals that are wholly theirs (a million deals, a few hundred reps). */
  private readonly whole = new Map<string, DealSplit[]>();

  private wholeTo(rep: string): DealSplit[] {
    let splits = this.whole.get(rep);
    if (splits === undefined) {
      // Frozen: a builder that tried to change it would fail loudly instead of changing every deal of the rep.
      splits = Object.freeze([Object.freeze({ rep, share: 1 })]) as DealSplit[];
      this.whole.set(rep, splits);
    }
    return splits;
  }

  private intern(s: string | null): string | null {
    if (s === null) return null;
    const known = this.names.get(s);
    if (known !== undefined) return known;
    // A fresh copy, so the name does not keep the whole file's text alive.
    const copy = JSON.parse(JSON.stringify(s)) as string;
    this.names.set(copy, copy);
    return copy;
  }

  read(reader: TableReader): number {
    const t = reader.table;
    // CSV grids already give one string per distinct name; other tables' names are shared here.
    const shared = t.sharesRepeats ? (x: string | null) => x : (x: string | null) => this.intern(x);
    const hasShare = reader.has('share');
    const hasId = reader.has('id');
    const hasRegion = reader.has('region');
    const hasProduct = reader.has('productLine');
    const hasCancelled = reader.has('cancelled');
    const hasCollected = reader.has('collected');
    const hasCurrency = reader.has('currency');
    // Rows left out for their stage, by the stage as the file writes it.
    const notWon = reader.has('stage') ? new Map<string, number>() : null;
    if (hasId) this.byId.reserve(t.rows);
    for (let r = 0; r < t.rows; r++) {
      const customerCell = reader.raw(r, 'customer');
      const dateCell = reader.raw(r, 'date');
      // Blank and total rows are skipped before they can be reported as missing a customer or date.
      if (!reader.begin(r, isBlank(customerCell) || isBlank(dateCell))) continue;
      if (notWon !== null) {
        // A blank stage is a deal like any other; a lost or open one is not a sale, whatever else its row holds.
        const raw = reader.raw(r, 'stage');
        const stage = OPEN_OR_GONE.has(normaliseHeader(cellText(raw))) ? 'open' : reader.stage(r, 'stage');
        if (reader.bad) continue;
        if (stage !== null && stage !== 'won') {
          const as = cellText(reader.raw(r, 'stage')).trim();
          notWon.set(as, (notWon.get(as) ?? 0) + 1);
          continue;
        }
      }
      const customer = shared(reader.text(r, 'customer', true, customerCell));
      const date = reader.date(r, 'date', true, dateCell);
      const amount = reader.amount(r, 'amount', { required: true });
      const rep = reader.name(r, 'rep', true);
      const share = hasShare ? reader.share(r, 'share') : null;
      const region = hasRegion ? shared(reader.text(r, 'region')) : null;
      const productLine = hasProduct ? shared(reader.text(r, 'productLine')) : null;
      const cancelled = hasCancelled ? reader.date(r, 'cancelled') : null;
      const collected = hasCollected ? reader.amount(r, 'collected') : null;
      const currency = hasCurrency ? reader.currency(r, 'currency') : null;
      if (reader.bad || customer === null || date === null || amount === null || rep === null) continue;
      if (cancelled !== null && cancelled < date) {
        reader.fail(problem('cancelledBeforeDate', { cancelled: serialToIso(cancelled), date: serialToIso(date) }, reader.place(r, 'cancelled')));
        continue;
      }
      if (collected !== null && collected > amount) {
        reader.warn(warning('collectedExceedsAmount', { collected: String(collected), amount: String(amount) }, reader.place(r, 'collected')));
      }
      const ref: RowRef = { source: t.source, row: t.rowNumber(r) };
      const givenId = hasId ? reader.id(r, 'id') : null;
      const id = givenId ?? `${t.source}#${ref.row}`;
      // Without an id column every row is its own deal; ids made from the row cannot repeat.
      const seen = givenId === null ? undefined : this.byId.get(id);
      if (seen === undefined) {
        const splits = hasShare ? [{ rep, share: share ?? 1 }] : this.wholeTo(rep);
        const deal: Deal = { id, customer, date, amount, splits, region, productLine, cancelled, collected, ref };
        if (currency !== null) deal.currency = currency;
        this.deals.push(deal);
        if (givenId !== null) this.byId.add(this.deals.length - 1);
        if (hasShare) {
          this.split.add(deal);
          if (givenId === null) this.unidentified.add(deal);
          if (share === null) this.blankShares.set(deal, [reader.place(r, 'share')]);
        }
        continue;
      }
      const first: Place = seen.ref ? { source: seen.ref.source, row: seen.ref.row } : { source: t.source };
      if (!hasShare || !this.split.has(seen)) {
        reader.fail(problem('duplicateDealId', { id, first }, reader.place(r, 'id')));
        continue;
      }
      const differs =
        seen.customer !== customer ? 'customer' : seen.date !== date ? 'date' : seen.amount !== amount ? 'amount' : (seen.currency ?? null) !== currency ? 'currency' : null;
      if (differs) {
        reader.fail(problem('splitRowsDisagree', { id, column: reader.header(differs), first }, reader.place(r, differs)));
        continue;
      }
      if (seen.splits.some((x) => x.rep === rep)) {
        reader.fail(problem('repTwiceInDeal', { id, rep }, reader.place(r, 'rep')));
        continue;
      }
      seen.splits.push({ rep, share: share ?? 0 });
      if (share === null) {
        const list = this.blankShares.get(seen) ?? [];
        list.push(reader.place(r, 'share'));
        this.blankShares.set(seen, list);
      }
    }
    if (notWon !== null && notWon.size > 0) {
      let rows = 0;
      for (const n of notWon.values()) rows += n;
      const stages = [...notWon].map(([as, n]) => `${as} ${n}`).join(', ');
      reader.warn(warning('dealsNotWon', { rows, stages }, { source: t.source, column: reader.header('stage') }));
    }
    return reader.rows;
  }

  /** Checks every split deal's shares once all tables are read. */
  finish(fail: (p: DataProblem) => void): void {
    for (const deal of this.split) {
      const blank = this.blankShares.get(deal) ?? [];
      const at: Place = deal.ref ? { source: deal.ref.source, row: deal.ref.row } : { source: deal.id };
      const wrongTotal = (total: number): void =>
        fail(this.unidentified.has(deal) ? problem('splitNeedsId', {}, at) : problem('sharesDontAddUp', { id: deal.id, total: `${+(total * 100).toFixed(4)}%` }, at));
      if (deal.splits.length === 1) {
        const only = deal.splits[0];
        // A deal on one row with its share left blank is all that rep's.
        if (blank.length > 0) only.share = 1;
        if (Math.abs(only.share - 1) <= SHARE_TOLERANCE) only.share = 1;
        else wrongTotal(only.share);
        continue;
      }
      if (blank.length > 0) {
        for (const place of blank) fail(problem('blank', { expected: 'share' }, place));
        continue;
      }
      const total = deal.splits.reduce((sum, x) => sum + x.share, 0);
      if (Math.abs(total - 1) > SHARE_TOLERANCE) {
        wrongTotal(total);
        continue;
      }
      // Exactly 1 in total: the last share takes what binary rounding left.
      const last = deal.splits[deal.splits.length - 1];
      last.share = 1 - deal.splits.slice(0, -1).reduce((sum, x) => sum + x.share, 0);
    }
  }
}
