import type { StatementLine } from '../../src/core/plans/statement';
import { renderStatementNote } from '../../src/i18n';
import type { Language } from '../../src/core/language';

/** A statement line's note as the sheet shows it. */
export const explain = (l: StatementLine, language: Language = 'en-US'): string => renderStatementNote(language, l.note);
