/**
 * What every builder reads: the team's Dataset, the settings, the language and the period, with
 * the derivations several sheets share (monthly figures per rep, the target split) computed once
 * per workbook on first use.
 */
import type { Settings } from '../core/settings';
import { deriveRepMonths, repIndex, type Derived } from '../data/derive';
import type { Dataset, Rep } from '../data/model';
import type { Period } from '../core/period';
import type { Language } from '../core/language';
import type { SheetSpec } from './model';
import type { Need } from '../data/notices';
import { Targets } from './targetSplit';

export class BuildContext {
  readonly reps: Map<string, Rep>;
  readonly targets: Targets;
  private derivedCache: Derived | null = null;

  constructor(
    readonly data: Dataset,
    readonly settings: Settings,
    readonly language: Language,
    readonly period: Period,
  ) {
    this.reps = repIndex(data);
    this.targets = new Targets(data, settings);
  }

  get derived(): Derived {
    return (this.derivedCache ??= deriveRepMonths(this.data, this.settings.decimals));
  }
}

/** A sheet the data cannot make: the tables (any one of them) and columns that would enable it. */
export interface Skip {
  skip: Need[];
}

export type Built = SheetSpec | Skip;
export const isSkip = (b: Built): b is Skip => 'skip' in b;
