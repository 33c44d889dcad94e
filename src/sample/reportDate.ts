/**
 * The sample company's report date, on its own so the browser preview can open its period picker
 * there without loading the sample generator (which it imports only when generating).
 */
export const sampleReportDateIso = '2025-12-31';
