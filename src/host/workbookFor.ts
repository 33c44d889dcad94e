/**
 * The workbook a generate request asks for, from a Dataset: the one call the Excel host, the
 * browser preview and the command line make. The sample company gets its own region and
 * product-line weights where the settings have none (sampleSettings); a team's data never does.
 */
import type { Dataset } from '../data/model';
import { sampleSettings } from '../sample/sampleData';
import { buildWorkbook, type WorkbookResult } from '../sheets/workbook';
import type { GenerateRequest } from './types';

export type BuildRequest = Pick<GenerateRequest, 'sheets' | 'language' | 'period' | 'settings' | 'plans' | 'planAssignment'>;

export function workbookFor(request: BuildRequest, data: Dataset): WorkbookResult {
  return buildWorkbook(data, {
    sheets: request.sheets,
    language: request.language,
    period: request.period,
    settings: data.origin === 'sample' ? sampleSettings(request.settings) : request.settings,
    plans: request.plans,
    planAssignment: request.planAssignment,
  });
}
