import { createContext, useContext } from 'react';
import type { Language } from '../i18n/language';
import { STRINGS, type Strings } from '../i18n/strings';

export interface I18n {
  lang: Language;
  t: Strings;
}

export const I18nContext = createContext<I18n>({ lang: 'en-US', t: STRINGS['en-US'] });

export const useI18n = (): I18n => useContext(I18nContext);
