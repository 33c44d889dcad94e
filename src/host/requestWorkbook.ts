/**
 * The workbook a generate request asks for, from data a host has read: the request's sheets,
 * period, language, settings, plans and plan assignment. On the bundled sample the sample
 * company's region and product-line weights fill in where the settings have none.
 */
import type { Dataset } from '../data/model';
import { sampleSettings } from '../sample/sampleData';
import { buildWorkbook, type WorkbookResult } from '../sheets/workbook';
import type { GenerateRequest } from './types';

export function workbookForRequest(data: Dataset, request: Pick<GenerateRequest, 'sheets' | 'language' | 'period' | 'settings' | 'plans' | 'planAssignment'>): WorkbookResult {
  return buildWorkbook(data, {
    sheets: request.sheets,
    language: request.language,
    period: request.period,
    settings: data.origin === 'sample' ? sampleSettings(request.settings) : request.settings,
    plans: request.plans,
    planAssignment: request.planAssignment,
  });
}
