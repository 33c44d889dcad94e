/**
 * The workbook a generate request asks for, from data a host has read: the request's sheets,
 * period, language, settings, plans and plan assignment. On the bundled sample the sample
 * company's region and product-line weights fill in where the settings have none.
 */
import type { Closings } from '../core/close/record';
import type { Dataset } from '../data/model';
import { sampleSettings } from '../sample/sampleData';
import { buildWorkbook, type WorkbookOptions, type WorkbookResult } from '../sheets/workbook';
import type { GenerateRequest } from './types';

type Request = Pick<GenerateRequest, 'sheets' | 'language' | 'period' | 'settings' | 'plans' | 'planAssignment'>;

/** The builders' options of a request (the workbook's closed periods, when it has any). */
export function requestOptions(data: Dataset, request: Request, closings?: Closings): WorkbookOptions {
  return {
    sheets: request.sheets,
    language: request.language,
    period: request.period,
    settings: data.origin === 'sample' ? sampleSettings(request.settings) : request.settings,
    plans: request.plans,
    planAssignment: request.planAssignment,
    ...(closings ? { closings } : {}),
  };
}

export function workbookForRequest(data: Dataset, request: Request, closings?: Closings): WorkbookResult {
  return buildWorkbook(data, requestOptions(data, request, closings));
}
