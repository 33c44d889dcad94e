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
import { catalogue } from '../i18n';
import type { Catalogue } from '../i18n/catalogue';
import { formatsFor, type Formats } from './formats';
import type { SheetRun } from './print';
import { Targets } from './targetSplit';

export class BuildContext {
  readonly reps: Map<string, Rep>;
  readonly targets: Targets;
  /** The workbook's words (its language's catalogue) and number formats (its currency). */
  readonly text: Catalogue;
  readonly formats: Formats;
  readonly run: SheetRun;
  private derivedCache: Derived | null = null;

  constructor(
    readonly data: Dataset,
    readonly settings: Settings,
    readonly language: Language,
    readonly period: Period,
  ) {
    this.reps = repIndex(data);
    this.targets = new Targets(data, settings);
    this.text = catalogue(language);
    this.formats = formatsFor(settings.currency, settings.decimals);
    this.run = { language, period, asOf: data.asOf, company: data.company ?? null };
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
