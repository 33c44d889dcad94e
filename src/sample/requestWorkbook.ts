/**
 * The workbook a generate request asks for, from data a host has read: the request's sheets,
 * period, language, settings, plans and plan assignment. On the bundled sample the sample
 * company's region and product-line weights fill in where the settings have none, and its own
 * plan (with a clawback window) where the template has no plans.
 */
import type { Dataset } from '../data/model';
import { samplePlans, sampleSettings } from './sampleData';
import { buildWorkbook, type WorkbookOptions, type WorkbookResult } from '../sheets/workbook';

export function workbookForRequest(data: Dataset, request: WorkbookOptions): WorkbookResult {
  if (data.origin !== 'sample') return buildWorkbook(data, request);
  const settings = sampleSettings(request.settings, request.language);
  const own = request.plans !== undefined && request.plans.length > 0;
  return buildWorkbook(data, { ...request, settings, plans: own ? request.plans : samplePlans(settings, request.language), planAssignment: own ? request.planAssignment : undefined });
}
