/**
 * Office.js writer figures, through the recording fake of test/excel (no Excel here): syncs and
 * request bytes for a 10,000-row evaluation sheet built by the real builder, and the same for
 * 50,000 rows to show the sync count does not move with rows.
 */
import { EXCEL_WEB_REQUEST_LIMIT } from '../src/excel/batch';
import { detectSupport } from '../src/excel/support';
import { writeWorkbook } from '../src/excel/writeWorkbook';
import { DEFAULT_SETTINGS } from '../src/core/settings';
import type { Dataset } from '../src/data/model';
import { yearPeriod } from '../src/data/periods';
import { buildSampleDataset } from '../src/sample/sampleData';
import { buildWorkbook } from '../src/sheets/workbook';
import { FakeEnv } from '../test/excel/fakeExcel';
import { fmt, print, type Measure } from './harness';

/** The sample's reps copied (with their quotas and activity) until the evaluation has `rows` rows. */
function evaluationData(rows: number): Dataset {
  const data = buildSampleDataset({ transactions: 2_000 });
  const perRep = data.quotas.length / data.reps.length;
  const copies = Math.ceil(rows / data.quotas.length);
  const suffix = (name: string, k: number) => (k === 0 ? name : `${name}${k}`);
  const reps = Array.from({ length: copies }, (_, k) => data.reps.map((r) => ({ ...r, name: suffix(r.name, k) }))).flat();
  const quotas = Array.from({ length: copies }, (_, k) => data.quotas.map((q) => ({ ...q, name: suffix(q.name, k) }))).flat().slice(0, Math.ceil(rows / perRep) * perRep);
  const activity = Array.from({ length: copies }, (_, k) => (data.activity ?? []).map((a) => ({ ...a, rep: suffix(a.rep, k) }))).flat();
  return { ...data, reps, quotas, activity };
}

async function measure(rows: number, maxMinor = 18): Promise<{ syncs: number; sheetSyncs: number; maxBytes: number; total: number; ms: number; cells: number }> {
  const data = evaluationData(rows);
  const built = buildWorkbook(data, { sheets: ['evaluation'], language: 'zh-CN', period: yearPeriod(data.asOf), settings: DEFAULT_SETTINGS });
  const evaluation = built.spec.sheets.find((s) => s.kind === 'evaluation')!;
  // The Settings sheet the names point at is not written here: only the evaluation sheet is measured.
  const spec = { sheets: [evaluation], names: [] };
  const env = new FakeEnv(maxMinor);
  const t0 = process.hrtime.bigint();
  const result = await writeWorkbook(env, spec, { language: 'zh-CN', refresh: false, support: detectSupport(env) });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  const bytes = env.syncs.map((s) => s.bytes);
  return {
    syncs: env.totalSyncs,
    sheetSyncs: result.sheets[0].syncs,
    maxBytes: Math.max(...bytes),
    total: bytes.reduce((a, b) => a + b, 0),
    ms,
    cells: evaluation.tables[0].rows.length * evaluation.tables[0].columns.length,
  };
}

/**
 * A refresh of a 10,000-row evaluation the add-in wrote before: a month later, the first reps
 * (about 100 rows) left the data and as many rows came under new names. Reads (table values, the cells a refresh would newly write, the
 * snapshot it restores on failure) and writes together.
 */
async function measureRefresh(rows: number): Promise<{ syncs: number; maxBytes: number; ms: number; flagged: number }> {
  const data = evaluationData(rows);
  const build = (d: Dataset) => {
    const built = buildWorkbook(d, { sheets: ['evaluation'], language: 'zh-CN', period: yearPeriod(d.asOf), settings: DEFAULT_SETTINGS });
    return built.spec;
  };
  const env = new FakeEnv();
  await writeWorkbook(env, build(data), { language: 'zh-CN', refresh: false, support: detectSupport(env) });
  // The first reps leave (their rows' keys are gone) and as many rows come with new names.
  const perRep = data.quotas.length / data.reps.length;
  const leaving = new Set(data.reps.slice(0, Math.ceil(100 / perRep)).map((r) => r.name));
  const renamed = (name: string) => (leaving.has(name) ? `${name}*` : name);
  const next: Dataset = {
    ...data,
    reps: data.reps.map((r) => ({ ...r, name: renamed(r.name) })),
    quotas: data.quotas.map((q) => ({ ...q, name: renamed(q.name) })),
    activity: (data.activity ?? []).map((a) => ({ ...a, rep: renamed(a.rep) })),
  };
  const syncsBefore = env.syncs.length;
  const t0 = process.hrtime.bigint();
  const result = await writeWorkbook(env, build(next), { language: 'zh-CN', refresh: true, support: detectSupport(env) });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  const syncs = env.syncs.slice(syncsBefore);
  const flagged = result.notices.reduce((n, x) => n + (x.code === 'rowsFlagged' ? x.rows : 0), 0);
  return { syncs: syncs.length, maxBytes: Math.max(...syncs.map((s) => s.bytes)), ms, flagged };
}

export async function benchExcel(): Promise<void> {
  const mb = (b: number): string => `${fmt(b / 1024 / 1024, 2)} MB`;
  const r10k = await measure(10_000);
  const r50k = await measure(50_000);
  const old = await measure(10_000, 8);
  const refresh = await measureRefresh(10_000);
  const measures: Measure[] = [
    { name: 'Evaluation 10,000 rows: syncs (whole run / the sheet)', value: `${r10k.syncs} / ${r10k.sheetSyncs}`, goal: 'constant', note: `${fmt(r10k.cells)} cells` },
    { name: 'Evaluation 10,000 rows: largest request', value: mb(r10k.maxBytes), goal: `< ${mb(EXCEL_WEB_REQUEST_LIMIT)}` },
    { name: 'Evaluation 10,000 rows: request bytes in total', value: mb(r10k.total) },
    { name: 'Evaluation 10,000 rows: writer + fake Excel time', value: `${fmt(r10k.ms)} ms`, note: 'mostly the fake simulating cells' },
    { name: 'Evaluation 50,000 rows: syncs (whole run / the sheet)', value: `${r50k.syncs} / ${r50k.sheetSyncs}`, note: `largest ${mb(r50k.maxBytes)}, total ${mb(r50k.total)}` },
    {
      name: 'Evaluation 10,000 rows, host without ExcelApi 1.9: syncs',
      value: `${old.syncs} / ${old.sheetSyncs}`,
      note: `no fill-down: largest ${mb(old.maxBytes)}, total ${mb(old.total)}`,
    },
    {
      name: 'Refresh of that 10,000-row evaluation (a few reps leave, as many new): syncs, largest request',
      value: `${refresh.syncs} / ${mb(refresh.maxBytes)}`,
      goal: `< ${mb(EXCEL_WEB_REQUEST_LIMIT)}`,
      note: `${refresh.flagged} rows flagged, ${fmt(refresh.ms)} ms writer + fake`,
    },
  ];
  print('Excel writer (Office.js through the recording fake)', measures);
}
