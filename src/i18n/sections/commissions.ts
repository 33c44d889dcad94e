/**
 * Commission statements and plans (src/core/plans/): the notes of statement lines, line kinds,
 * why a plan value was refused, and the words sheets and the pane use for a plan's choices.
 */
import type { CommissionProblems, PlanReason } from '../../core/commissionProblems';
import type { NoteCode, StatementNotes } from '../../core/plans/explain';
import type { LineKind } from '../../core/plans/statement';

/** The commission core's share of coreErrors, kept in its own file per language. */
export type CommissionErrorTexts = { [C in keyof CommissionProblems]: (params: CommissionProblems[C]) => string };
export type NoteTexts = { [C in NoteCode]: (params: StatementNotes[C]) => string };

export interface CommissionTexts {
  /** One-line explanations of statement lines (src/core/plans/explain.ts). */
  notes: NoteTexts;
  lineKinds: Readonly<Record<LineKind, string>>;
  /** Why a plan value was refused. */
  reason: (reason: PlanReason) => string;
  /** The exchange-rate table on the Plans sheet. */
  fxTable: { title: (company: string) => string; period: string; currency: string; rate: (company: string) => string };
  /** The statement sheet's words for currencies and the credit basis. */
  statement: {
    currency: string;
    basis: { booked: string; collected: string };
    /** A column or row holding amounts in the company currency, e.g. "Payout (CNY)". */
    inCompany: (currency: string) => string;
    grandTotal: (currency: string) => string;
  };
  /** The band boundary of a rate table (src/core/commission.ts). */
  boundary: string;
  boundaryLower: string;
  boundaryUpper: string;
}
