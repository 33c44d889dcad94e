/**
 * `parseDataTable`, which recognises a user's workbook table from its zh-CN or en-US headers and
 * turns its rows into typed data or a list of problems the pane can show, and `datasetFromTable`,
 * which makes the team's Dataset of one such table. Stage and status labels for the sheets.
 */
import type { Language } from '../core/language';
import { catalogue } from '../i18n';
import { dateSerial, monthEnd, monthId, serialToIso } from '../data/calendar';
import { REP_LEVELS, STAGES, TASK_STATUSES, type Dataset, type PipelineRow, type Rep as DataRep, type RepLevel, type Stage, type TaskStatus } from '../data/model';

export { dateSerial, serialToIso };

export interface Rep {
  name: string;
  region: string;
  team: string;
  level: RepLevel;
}

export interface Transaction {
  customer: string;
  /** Excel date serial. */
  date: number;
  amount: number;
  rep: string;
  region: string;
  productLine: string;
}

/** One rep's inputs for one month as an evaluation table holds them; `period` is the serial of the month's first day. */
export interface EvaluationInput {
  period: number;
  rep: string;
  region: string;
  target: number;
  actual: number;
  newCustomers: number;
  leads: number;
  won: number;
  collected: number;
  receivables: number;
  /** Process-behaviour rating, 0–100. */
  process: number;
}

// ---------------------------------------------------------------------------------------------
// Reading a user's table

export type DataKind = 'transactions' | 'pipeline' | 'evaluation' | 'reps';

type FieldType = 'text' | 'number' | 'date' | 'optionalDate' | 'stage' | 'status' | 'level';
interface FieldDef {
  key: string;
  type: FieldType;
  /** Accepted headers, compared case- and space-insensitively; the first two are en-US, zh-CN. */
  headers: string[];
  optional?: boolean;
}

const f = (key: string, type: FieldType, headers: string[], optional = false): FieldDef => ({ key, type, headers, optional });

const FIELDS: Record<DataKind, FieldDef[]> = {
  transactions: [
    f('customer', 'text', ['Customer', '客户', '客户名称']),
    f('date', 'date', ['Date', '日期', '成交日期']),
    f('amount', 'number', ['Amount', '金额', '销售额', 'Sales']),
    f('rep', 'text', ['Salesperson', '销售员', 'Rep', '负责人', '销售人员']),
    f('region', 'text', ['Region', '区域']),
    f('productLine', 'text', ['Product line', '产品线']),
  ],
  pipeline: [
    f('date', 'date', ['Date', '日期']),
    f('owner', 'text', ['Owner', '负责人']),
    f('customer', 'text', ['Customer', '客户']),
    f('industry', 'text', ['Industry', '行业'], true),
    f('stage', 'stage', ['Stage', '阶段']),
    f('action', 'text', ['Key action', '关键动作'], true),
    f('status', 'status', ['Status', '状态']),
    f('expected', 'optionalDate', ['Expected date', '预计完成日期', 'Expected completion']),
    f('notes', 'text', ['Notes', '备注', '需求/风险'], true),
  ],
  evaluation: [
    f('period', 'date', ['Period', '期间']),
    f('rep', 'text', ['Salesperson', '销售员', '销售人员']),
    f('region', 'text', ['Region', '区域'], true),
    f('target', 'number', ['Target', '目标']),
    f('actual', 'number', ['Actual', '实际', '实际完成']),
    f('newCustomers', 'number', ['New customers', '新客户数']),
    f('leads', 'number', ['Leads', '线索数']),
    f('won', 'number', ['Won deals', '成交数']),
    f('collected', 'number', ['Collected', '回款']),
    f('receivables', 'number', ['Receivables', '应收']),
    f('process', 'number', ['Process score', '过程评分']),
  ],
  reps: [
    f('name', 'text', ['Salesperson', '销售员', '姓名', 'Name']),
    f('region', 'text', ['Region', '区域']),
    f('team', 'text', ['Team', '团队']),
    f('level', 'level', ['Level', '级别']),
  ],
};

/** The headers a generated table of each kind uses, per language. */
export function dataHeaders(kind: DataKind, language: Language): string[] {
  return FIELDS[kind].map((d) => d.headers[language === 'en-US' ? 0 : 1]);
}

/** The words the Tracking sheet writes for stages and statuses, which a table read back may use in either language. */
export const STAGE_LABELS: Readonly<Record<Language, Record<Stage, string>>> = { 'en-US': catalogue('en-US').sheetWords.stages, 'zh-CN': catalogue('zh-CN').sheetWords.stages };
export const STATUS_LABELS: Readonly<Record<Language, Record<TaskStatus, string>>> = { 'en-US': catalogue('en-US').sheetWords.statuses, 'zh-CN': catalogue('zh-CN').sheetWords.statuses };
const LEVEL_LABELS: Record<RepLevel, string[]> = { new: ['New', '新人', '新手'], core: ['Core', '骨干'], senior: ['Senior', '资深'] };

const norm = (s: string): string => s.trim().toLowerCase().replace(/\s+/g, ' ');

function codeOf<C extends string>(value: string, codes: readonly C[], labels: Record<C, string[]>): C | null {
  const v = norm(value);
  for (const c of codes) if (norm(c) === v || labels[c].some((l) => norm(l) === v)) return c;
  return null;
}
const stageAliases = (): Record<Stage, string[]> =>
  Object.fromEntries(STAGES.map((s) => [s, [STAGE_LABELS['en-US'][s], STAGE_LABELS['zh-CN'][s]]])) as Record<Stage, string[]>;
const statusAliases = (): Record<TaskStatus, string[]> =>
  Object.fromEntries(TASK_STATUSES.map((s) => [s, [STATUS_LABELS['en-US'][s], STATUS_LABELS['zh-CN'][s]]])) as Record<TaskStatus, string[]>;

export interface DataProblem {
  /** 1-based data row (the header is row 0). */
  row: number;
  column: string;
  reason: string;
}

export type ParsedTable =
  | { ok: true; kind: 'transactions'; rows: Transaction[] }
  | { ok: true; kind: 'pipeline'; rows: PipelineRow[] }
  | { ok: true; kind: 'evaluation'; rows: EvaluationInput[] }
  | { ok: true; kind: 'reps'; rows: Rep[] }
  | { ok: false; kind: DataKind | 'unknown'; problems: DataProblem[] };

/** Column index of every field of `kind` found in `headers` (missing optional fields are -1). */
function matchHeaders(kind: DataKind, headers: string[]): { index: Record<string, number>; missing: FieldDef[] } {
  const normalised = headers.map((h) => norm(String(h ?? '')));
  const index: Record<string, number> = {};
  const missing: FieldDef[] = [];
  for (const d of FIELDS[kind]) {
    const i = normalised.findIndex((h) => d.headers.some((x) => norm(x) === h));
    index[d.key] = i;
    if (i === -1 && !d.optional) missing.push(d);
  }
  return { index, missing };
}

/**
 * The kind whose required headers are all present; when several fit, the one matching the most
 * headers (a pipeline table also has Date and Customer, like transactions).
 */
export function detectKind(headers: string[]): DataKind | 'unknown' {
  let best: DataKind | 'unknown' = 'unknown';
  let bestScore = 0;
  for (const kind of Object.keys(FIELDS) as DataKind[]) {
    const { index, missing } = matchHeaders(kind, headers);
    const score = Object.values(index).filter((i) => i >= 0).length;
    if (missing.length === 0 && score > bestScore) {
      best = kind;
      bestScore = score;
    }
  }
  return best;
}

const ISO_DATE = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/;

/** A cell as the field type wants it, or a reason it cannot be. */
function readCell(type: FieldType, raw: unknown): { value: unknown } | { reason: string } {
  const blank = raw === null || raw === undefined || (typeof raw === 'string' && raw.trim() === '');
  if (type === 'optionalDate' && blank) return { value: null };
  if (blank) return { reason: 'is empty' };
  switch (type) {
    case 'text':
      // Text is kept exactly as typed (a customer called "=cmd" stays that string).
      return { value: typeof raw === 'string' ? raw : String(raw) };
    case 'number': {
      const n = typeof raw === 'number' ? raw : typeof raw === 'string' ? Number(raw.replace(/[,\s]/g, '')) : NaN;
      return Number.isFinite(n) ? { value: n } : { reason: `"${String(raw)}" is not a number` };
    }
    case 'date':
    case 'optionalDate': {
      if (typeof raw === 'number' && Number.isFinite(raw) && raw > 0) return { value: raw };
      if (raw instanceof Date && !isNaN(raw.getTime())) return { value: dateSerial(raw.getUTCFullYear(), raw.getUTCMonth() + 1, raw.getUTCDate()) };
      const m = typeof raw === 'string' ? ISO_DATE.exec(raw.trim()) : null;
      if (m) {
        const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
        const serial = dateSerial(y, mo, d);
        if (serialToIso(serial) === `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}`) return { value: serial };
      }
      return { reason: `"${String(raw)}" is not a date (a date cell or yyyy-mm-dd)` };
    }
    case 'stage': {
      const c = codeOf(String(raw), STAGES, stageAliases());
      return c ? { value: c } : { reason: `"${String(raw)}" is not a stage (${STAGES.map((s) => STAGE_LABELS['en-US'][s]).join(', ')})` };
    }
    case 'status': {
      const c = codeOf(String(raw), TASK_STATUSES, statusAliases());
      return c ? { value: c } : { reason: `"${String(raw)}" is not a status (${TASK_STATUSES.map((s) => STATUS_LABELS['en-US'][s]).join(', ')})` };
    }
    case 'level': {
      const c = codeOf(String(raw), REP_LEVELS, LEVEL_LABELS);
      return c ? { value: c } : { reason: `"${String(raw)}" is not a level (new, core, senior)` };
    }
  }
}

/** Rules beyond types: amounts and counts that must not be negative, a 0–100 process score. */
function checkRow(kind: DataKind, row: Record<string, unknown>): { key: string; reason: string } | null {
  const neg = (keys: string[]): { key: string; reason: string } | null => {
    for (const k of keys) if ((row[k] as number) < 0) return { key: k, reason: 'must not be negative' };
    return null;
  };
  if (kind === 'transactions') return neg(['amount']);
  if (kind === 'evaluation') {
    const n = neg(['target', 'actual', 'newCustomers', 'leads', 'won', 'collected', 'receivables', 'process']);
    if (n) return n;
    if ((row.process as number) > 100) return { key: 'process', reason: 'must be between 0 and 100' };
  }
  return null;
}

/**
 * Reads a table the user points at. Headers decide the kind (either language, in any order, extra
 * columns ignored); entirely blank rows are skipped; every bad cell is reported, not just the first.
 */
export function parseDataTable(headers: string[], rows: unknown[][]): ParsedTable {
  const kind = detectKind(headers);
  if (kind === 'unknown') {
    return {
      ok: false,
      kind,
      problems: [{ row: 0, column: '', reason: 'the headers match no known table (transactions, pipeline, evaluation or reps)' }],
    };
  }
  const { index } = matchHeaders(kind, headers);
  const problems: DataProblem[] = [];
  const out: Record<string, unknown>[] = [];
  rows.forEach((cells, r) => {
    if (cells.every((c) => c === null || c === undefined || c === '')) return;
    const row: Record<string, unknown> = {};
    let bad = false;
    for (const d of FIELDS[kind]) {
      const i = index[d.key];
      const column = i >= 0 ? String(headers[i]) : d.headers[0];
      if (i === -1) {
        row[d.key] = d.type === 'optionalDate' ? null : '';
        continue;
      }
      const raw = cells[i];
      if (d.optional && d.type === 'text' && (raw === null || raw === undefined || raw === '')) {
        row[d.key] = '';
        continue;
      }
      const res = readCell(d.type, raw);
      if ('reason' in res) {
        problems.push({ row: r + 1, column, reason: res.reason });
        bad = true;
      } else {
        row[d.key] = res.value;
      }
    }
    if (!bad) {
      const rule = checkRow(kind, row);
      if (rule) {
        problems.push({ row: r + 1, column: String(headers[index[rule.key]]), reason: rule.reason });
        bad = true;
      }
    }
    if (!bad) out.push(row);
  });
  if (problems.length > 0) return { ok: false, kind, problems };
  if (out.length === 0) return { ok: false, kind, problems: [{ row: 0, column: '', reason: 'the table has no data rows' }] };
  // Every field was read and type-checked above, so the records have the kind's shape.
  return { ok: true, kind, rows: out } as unknown as ParsedTable;
}

/**
 * One recognised table as the team's Dataset: the other tables are absent (null or empty), never
 * filled from the sample. Deal ids are made from the table and row. The report date is the latest
 * date in the table, or `asOfWithoutDates` for a table that has none (a roster).
 */
export function datasetFromTable(parsed: Extract<ParsedTable, { ok: true }>, source: string, asOfWithoutDates = 0): Dataset {
  const empty: Dataset = { origin: 'user', deals: [], reps: [], roster: false, quotas: [], annualTargets: [], pipeline: null, payments: null, activity: null, prospects: [], asOf: asOfWithoutDates };
  const rep = (name: string, region: string | null = null, team: string | null = null, level: DataRep['level'] = null): DataRep => ({ name, region, team, level, start: null, end: null, manager: null });
  const reps = (names: string[]) => [...new Set(names)].map((n) => rep(n));
  const latest = (dates: number[]) => dates.reduce((a, b) => Math.max(a, b), 0) || asOfWithoutDates;
  switch (parsed.kind) {
    case 'transactions':
      return {
        ...empty,
        deals: parsed.rows.map((t, i) => ({
          id: `${source}#${i + 2}`,
          customer: t.customer,
          date: t.date,
          amount: t.amount,
          splits: [{ rep: t.rep, share: 1 }],
          region: t.region || null,
          productLine: t.productLine || null,
          cancelled: null,
          collected: null,
        })),
        reps: reps(parsed.rows.map((t) => t.rep)),
        asOf: latest(parsed.rows.map((t) => t.date)),
      };
    case 'pipeline':
      return { ...empty, pipeline: parsed.rows, reps: reps(parsed.rows.map((r) => r.owner)), asOf: latest(parsed.rows.map((r) => r.date)) };
    case 'evaluation':
      return {
        ...empty,
        reps: [...new Map(parsed.rows.map((e) => [e.rep, rep(e.rep, e.region || null)])).values()],
        quotas: parsed.rows.map((e) => ({ scope: 'rep', name: e.rep, period: monthId(e.period), amount: e.target })),
        activity: parsed.rows.map((e) => ({ rep: e.rep, period: monthId(e.period), leads: e.leads, won: e.won, collected: e.collected, receivables: e.receivables, process: e.process })),
        asOf: latest(parsed.rows.map((e) => monthEnd(e.period))),
      };
    case 'reps':
      return { ...empty, roster: true, reps: parsed.rows.map((r) => rep(r.name, r.region || null, r.team || null, r.level)) };
  }
}
