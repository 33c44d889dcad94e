/**
 * functions.json and functions.zh-CN.json, generated from the function table: ids, argument
 * names, shapes, optional flags, custom enums, and the descriptions of one language's
 * catalogue. The ids, names and enum values are the same in both files; only the help differs.
 * (custom-functions-metadata generates one language from JSDoc; this replaces it.)
 */
import { catalogue } from '../i18n';
import type { Language } from '../core/language';
import { ENUMS, type EnumId } from './ids';
import { allArgs } from './spec';
import { FUNCTION_TABLE } from './table';

export interface MetadataParameter {
  name: string;
  description: string;
  type: 'any' | 'string';
  dimensionality: 'scalar' | 'matrix';
  optional?: true;
  customEnumId?: string;
}

export interface MetadataFunction {
  id: string;
  name: string;
  description: string;
  parameters: MetadataParameter[];
  result: { dimensionality: 'scalar' | 'matrix' };
}

export interface Metadata {
  allowCustomDataForDataTypeAny: boolean;
  functions: MetadataFunction[];
  enums: { id: string; type: 'string'; values: { name: string; stringValue: string; tooltip: string }[] }[];
}

/** The metadata file name for a language: the manifest's default and its zh-CN override. */
export const METADATA_FILES: Readonly<Record<Language, string>> = { 'en-US': 'functions.json', 'zh-CN': 'functions.zh-CN.json' };

export function functionsMetadata(language: Language): Metadata {
  const texts = catalogue(language).functions;
  const used = new Set<EnumId>();
  const functions = FUNCTION_TABLE.map((f): MetadataFunction => {
    const text = texts.functions[f.id];
    return {
      id: f.id,
      name: f.id,
      description: text.description,
      result: { dimensionality: f.result },
      parameters: allArgs(f).map((a) => {
        const description = text.args[a.name];
        if (description === undefined) throw new Error(`${language}: no help for ${f.id}(${a.name})`);
        if (a.enumId !== undefined) used.add(a.enumId);
        return {
          name: a.name,
          description,
          type: a.enumId === undefined ? 'any' : 'string',
          dimensionality: a.dimensionality,
          ...(a.optional ? { optional: true as const } : {}),
          ...(a.enumId === undefined ? {} : { customEnumId: a.enumId }),
        };
      }),
    };
  });
  const enums = [...used].map((id) => ({
    id,
    type: 'string' as const,
    values: ENUMS[id].map((value) => ({ name: value, stringValue: value, tooltip: (texts.enums[id] as Record<string, string>)[value] })),
  }));
  return { allowCustomDataForDataTypeAny: true, functions, enums };
}
