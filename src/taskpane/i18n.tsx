import { createContext, useContext } from 'react';
import type { Language } from '../core/language';
import type { Catalogue } from '../i18n/catalogue';
import { catalogue } from '../i18n';

export interface I18n {
  lang: Language;
  t: Catalogue;
}

export const I18nContext = createContext<I18n>({ lang: 'en-US', t: catalogue('en-US') });

export const useI18n = (): I18n => useContext(I18nContext);
