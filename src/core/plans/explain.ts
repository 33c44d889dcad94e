/**
 * What a statement line says, as a code with parameters (rules.md › Commissions): the engine
 * never writes sentences; src/i18n renders a note in the language of the sheet or pane that
 * shows it (catalogue section `plans.notes`). Every parameter arrives formatted (money, percent,
 * ISO date), so a sentence reads the same as the cells beside it, whatever the language.
 */
export interface BandNote {
  band: number;
  from: string;
  to: string | null;
  /** Attainment bounds ("80%") when the band is on attainment. */
  fromPct: string | null;
  toPct: string | null;
  base: string;
  rate: string;
  amount: string;
  flat: boolean;
  /** The band includes its upper bound and not its lower one. */
  upper: boolean;
}

export interface StatementNotes {
  band: BandNote;
  noQuota: Record<string, never>;
  cap: { cap: string; before: string; amount: string };
  gateMet: { attainment: string; min: string };
  gateMissed: { attainment: string | null; min: string; components: string };
  record: { credit: string; record: string; rate: string; amount: string };
  recordNotBeaten: { credit: string; record: string };
  noRecord: Record<string, never>;
  pool: { team: string; total: string; target: string; rate: string; pool: string; amount: string };
  poolMissed: { team: string; total: string; target: string | null };
  /** A manager's override on one report's credit (in the manager's currency). */
  override: { rep: string; base: string; rate: string; amount: string; indirect: boolean };
  noReports: Record<string, never>;
  /** A SPIFF on one deal; `share` is the rep's split ("40%") when the deal is split. */
  spiff: { name: string; deal: string; closed: string; spiff: string; share: string | null; amount: string };
  clawback: { deal: string; closed: string; cancelled: string; period: string; amount: string };
  overrideClawback: { deal: string; rep: string; closed: string; cancelled: string; period: string; amount: string };
  drawAdvance: { draw: string; earnings: string; amount: string; balance: string };
  drawRecovery: { amount: string; outstanding: string };
  drawGuarantee: { draw: string; earnings: string; amount: string };
  noPlan: { date: string };
  /**
   * A prior-period adjustment: what a deal's change (late, edited, cancelled) does to a closed
   * period's payout, paid in this one; `deal` null for a change of plans, quotas or rates.
   */
  priorPeriod: { deal: string | null; period: string; snapshot: string; amount: string };
  /** Not lines: how credit in another currency was converted, and the total in the company's. */
  fxCredit: { currency: string; amount: string; rate: string; repCurrency: string; repRate: string | null; credit: string };
  fxTotal: { currency: string; total: string; rate: string; companyCurrency: string; companyTotal: string };
}

export type NoteCode = keyof StatementNotes;
export type StatementNote = { [C in NoteCode]: { code: C; params: StatementNotes[C] } }[NoteCode];

/** A note from its code and parameters, typed together. */
export const note = <C extends NoteCode>(code: C, params: StatementNotes[C]): StatementNote => ({ code, params }) as StatementNote;
