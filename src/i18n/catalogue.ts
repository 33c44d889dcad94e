/**
 * The shape every language's catalogue implements (src/i18n/languages/<tag>/, one file per section). Other layers
 * never hold sentences: they emit codes with parameters (types imported from those layers, types
 * only) and whoever shows them renders through the catalogue of the workbook's or pane's language.
 * A missing text is a compile error, so the two languages cannot drift apart.
 */
import type { CoreCode, CoreProblems } from '../core/errors';

export type CoreErrorTexts = { [C in CoreCode]: (params: CoreProblems[C]) => string };

/** Commission plans: the words for a plan's choices, wherever a plan is edited or shown. */
export interface PlansTexts {
  /** The band boundary of a rate table (src/core/commission.ts). */
  boundary: string;
  boundaryLower: string;
  boundaryUpper: string;
}

export interface Catalogue {
  /** Why the calculation core refused an input (shown in cells, sheets and the pane). */
  coreErrors: CoreErrorTexts;
  plans: PlansTexts;
}
