import type { Language } from '../language';
import { valueError } from '../errors';
import { isoToSerial, serialToIso } from './format';
import { PlanError, parsePlan, type Plan, type PlanComponent } from './schema';

/**
 * A plan as the Plans sheet lays it out, and as =SALES.PAYOUT reads it: a two-column range.
 *
 *   Setting         | Value
 *   id              | field          ← plan settings first (id, name, currency, decimals,
 *   effective from  | 2026-01-01        effective from / to, clawback days, draw type / amount)
 *   component       | base           ← opens a component; its settings follow
 *   kind            | rate table        (kind, name, basis, mode, min attainment, applies to,
 *   basis           | money              amount, rate, collaboration weight)
 *   mode            | marginal
 *   boundary        | lower          ← which band a bound is in: lower (default) or upper
 *   lower           | rate           ← optional header of the tier rows
 *   0               | 0.01           ← tier rows: a number in the first column
 *   200000          | 0.02
 *   component       | cap
 *   …
 *
 * Settings and choices may be written in English or Chinese; dates as yyyy-mm-dd text or serials;
 * "applies to" of a gate and a SPIFF's product lines and customers are comma-separated lists, and
 * "new customers only" is yes / no. A plan's "credit basis" is booked (deals) or collected (cash). Tier rows before any "component" row form a
 * rate table on their own, so a bare [settings; tiers] block is a component too; a rate table
 * without basis, mode or boundary is on money, marginal, lower bound inclusive (the seed's
 * convention).
 */
type Key =
  | 'version' | 'id' | 'name' | 'currency' | 'decimals' | 'effectiveFrom' | 'effectiveTo' | 'clawbackDays'
  | 'drawType' | 'drawAmount' | 'creditBasis' | 'maxRate' | 'component' | 'kind' | 'basis' | 'mode' | 'boundary'
  | 'minAttainment' | 'appliesTo' | 'amount' | 'rate' | 'collaborationWeight' | 'scope' | 'productLines'
  | 'customers' | 'newCustomer' | 'from' | 'to' | 'lower';

export const KEY_LABELS: Readonly<Record<Key, Readonly<Record<Language, string>>>> = {
  version: { 'en-US': 'version', 'zh-CN': '版本' },
  id: { 'en-US': 'id', 'zh-CN': '编号' },
  name: { 'en-US': 'name', 'zh-CN': '名称' },
  currency: { 'en-US': 'currency', 'zh-CN': '币种' },
  decimals: { 'en-US': 'decimals', 'zh-CN': '小数位' },
  effectiveFrom: { 'en-US': 'effective from', 'zh-CN': '生效日期' },
  effectiveTo: { 'en-US': 'effective to', 'zh-CN': '失效日期' },
  clawbackDays: { 'en-US': 'clawback days', 'zh-CN': '追回期(天)' },
  drawType: { 'en-US': 'draw type', 'zh-CN': '预支类型' },
  drawAmount: { 'en-US': 'draw amount', 'zh-CN': '每期预支' },
  creditBasis: { 'en-US': 'credit basis', 'zh-CN': '业绩口径' },
  maxRate: { 'en-US': 'max rate', 'zh-CN': '费率上限' },
  component: { 'en-US': 'component', 'zh-CN': '组成部分' },
  kind: { 'en-US': 'kind', 'zh-CN': '类型' },
  basis: { 'en-US': 'basis', 'zh-CN': '计提基础' },
  mode: { 'en-US': 'mode', 'zh-CN': '计算方式' },
  boundary: { 'en-US': 'boundary', 'zh-CN': '档位边界' },
  minAttainment: { 'en-US': 'min attainment', 'zh-CN': '最低达成率' },
  appliesTo: { 'en-US': 'applies to', 'zh-CN': '适用于' },
  amount: { 'en-US': 'amount', 'zh-CN': '金额' },
  rate: { 'en-US': 'rate', 'zh-CN': '费率' },
  collaborationWeight: { 'en-US': 'collaboration weight', 'zh-CN': '协作权重' },
  scope: { 'en-US': 'scope', 'zh-CN': '管理范围' },
  productLines: { 'en-US': 'product lines', 'zh-CN': '产品线' },
  customers: { 'en-US': 'customers', 'zh-CN': '客户' },
  newCustomer: { 'en-US': 'new customers only', 'zh-CN': '仅限新客户' },
  from: { 'en-US': 'from', 'zh-CN': '开始日期' },
  to: { 'en-US': 'to', 'zh-CN': '截止日期' },
  lower: { 'en-US': 'lower', 'zh-CN': '下限' },
};

/** The header row of a plan table on the Plans sheet, per language. */
export const PLAN_TABLE_HEADERS: Readonly<Record<Language, readonly [string, string]>> = {
  'en-US': ['Setting', 'Value'],
  'zh-CN': ['设置项', '值'],
};

/** The rows without a leading Plans-sheet header row (in either language), so a whole table can be passed. */
export function withoutHeaderRow<Row extends readonly unknown[]>(rows: readonly Row[]): readonly Row[] {
  const first = rows[0];
  const isHeader =
    first !== undefined &&
    Object.values(PLAN_TABLE_HEADERS).some(
      ([k, v]) => typeof first[0] === 'string' && typeof first[1] === 'string' && first[0].trim().toLowerCase() === k.toLowerCase() && first[1].trim().toLowerCase() === v.toLowerCase(),
    );
  return isHeader ? rows.slice(1) : rows;
}

/** Choices written in the sheet, per language; the reader accepts any of them. */
export const CHOICE_LABELS: Readonly<Record<string, Readonly<Record<Language, string>>>> = {
  rateTable: { 'en-US': 'rate table', 'zh-CN': '费率表' },
  accelerator: { 'en-US': 'accelerator', 'zh-CN': '加速器' },
  gate: { 'en-US': 'gate', 'zh-CN': '门槛' },
  cap: { 'en-US': 'cap', 'zh-CN': '封顶' },
  recordBonus: { 'en-US': 'record bonus', 'zh-CN': '破纪录奖励' },
  teamPool: { 'en-US': 'team pool', 'zh-CN': '团队奖金池' },
  override: { 'en-US': 'override', 'zh-CN': '管理提成' },
  spiff: { 'en-US': 'SPIFF', 'zh-CN': '专项奖励' },
  booked: { 'en-US': 'booked', 'zh-CN': '签约额' },
  collected: { 'en-US': 'collected', 'zh-CN': '回款额' },
  direct: { 'en-US': 'direct reports', 'zh-CN': '直接下属' },
  all: { 'en-US': 'all reports', 'zh-CN': '全部下属' },
  yes: { 'en-US': 'yes', 'zh-CN': '是' },
  no: { 'en-US': 'no', 'zh-CN': '否' },
  money: { 'en-US': 'money', 'zh-CN': '金额' },
  attainment: { 'en-US': 'attainment', 'zh-CN': '达成率' },
  marginal: { 'en-US': 'marginal', 'zh-CN': '超额累进' },
  flat: { 'en-US': 'flat', 'zh-CN': '全额累进' },
  lower: { 'en-US': 'lower', 'zh-CN': '含下限' },
  upper: { 'en-US': 'upper', 'zh-CN': '含上限' },
  recoverable: { 'en-US': 'recoverable', 'zh-CN': '可追回' },
  nonRecoverable: { 'en-US': 'non-recoverable', 'zh-CN': '不可追回' },
};

export const CHOICES: Readonly<Record<'kind' | 'basis' | 'mode' | 'boundary' | 'drawType' | 'creditBasis' | 'scope' | 'newCustomer', readonly string[]>> = {
  kind: ['rateTable', 'accelerator', 'gate', 'cap', 'recordBonus', 'teamPool', 'override', 'spiff'],
  creditBasis: ['booked', 'collected'],
  scope: ['direct', 'all'],
  newCustomer: ['yes', 'no'],
  basis: ['money', 'attainment'],
  mode: ['marginal', 'flat'],
  boundary: ['lower', 'upper'],
  drawType: ['recoverable', 'nonRecoverable'],
};

const norm = (s: string) => s.trim().toLowerCase().replace(/[\s_-]+/g, '');

const KEY_BY_TEXT = new Map<string, Key>();
for (const [key, labels] of Object.entries(KEY_LABELS) as [Key, Record<Language, string>][]) {
  for (const t of [key, labels['en-US'], labels['zh-CN']]) KEY_BY_TEXT.set(norm(t), key);
}
const CHOICE_BY_TEXT = new Map<string, string>();
for (const [value, labels] of Object.entries(CHOICE_LABELS)) {
  for (const t of [value, labels['en-US'], labels['zh-CN']]) CHOICE_BY_TEXT.set(norm(t), value);
}

type Cell = unknown;
const isBlank = (c: Cell) => c === null || c === undefined || (typeof c === 'string' && c.trim() === '');

function dateValue(v: Cell): Cell {
  if (typeof v !== 'string') return v;
  return isoToSerial(v) ?? v;
}

function choice(v: Cell): Cell {
  return typeof v === 'string' ? (CHOICE_BY_TEXT.get(norm(v)) ?? v) : v;
}

/** Numbers typed as text ("0.015") count as numbers; anything else is left for the schema to reject. */
function numeric(v: Cell): Cell {
  if (typeof v !== 'string' || v.trim() === '') return v;
  const n = Number(v.trim());
  return Number.isFinite(n) ? n : v;
}

interface Draft {
  data: Record<string, unknown>;
  /** JSON path ("components.1.tiers.0") → 1-based row, so errors name the row. */
  rowOf: Map<string, number>;
}

const PLAN_KEYS: ReadonlySet<Key> = new Set(['version', 'id', 'name', 'currency', 'decimals', 'effectiveFrom', 'effectiveTo', 'clawbackDays', 'drawType', 'drawAmount', 'creditBasis', 'maxRate']);

/** A comma-separated cell as a list (either comma, as typed in English or Chinese). */
const list = (v: Cell): Cell => (typeof v === 'string' ? v.split(/[,，]/).map((s) => s.trim()).filter((s) => s !== '') : [v]);

/** yes / no, 是 / 否, or Excel's TRUE / FALSE. */
function yesNo(v: Cell): Cell {
  if (typeof v === 'boolean') return v;
  const c = choice(v);
  return c === 'yes' ? true : c === 'no' ? false : v;
}

/** The rows as plan JSON (before validation). */
export function rowsToDraft(rows: readonly (readonly Cell[])[]): Draft {
  const data: Record<string, unknown> = { version: 1 };
  const components: Record<string, unknown>[] = [];
  const rowOf = new Map<string, number>();
  let current: Record<string, unknown> | null = null;
  let draw: Record<string, unknown> | null = null;
  const open = (id: Cell, row: number) => {
    current = { id: typeof id === 'number' ? String(id) : id };
    components.push(current);
    rowOf.set(`components.${components.length - 1}`, row);
    return current;
  };
  rows.forEach((cells, i) => {
    const row = i + 1;
    const [k, v] = [cells[0], cells[1]];
    if (isBlank(k) && isBlank(v)) return;
    if (typeof k === 'number') {
      const c = current ?? open('tiers', row);
      if (c.kind === undefined) c.kind = 'rateTable';
      const tiers = (c.tiers ??= []) as unknown[];
      rowOf.set(`components.${components.length - 1}.tiers.${tiers.length}`, row);
      tiers.push({ lower: k, rate: numeric(v) });
      return;
    }
    const key = typeof k === 'string' ? KEY_BY_TEXT.get(norm(k)) : undefined;
    if (key === undefined) throw valueError('unknownSetting', { row, key: String(k) });
    if (key === 'lower') return;
    if (key === 'component') {
      open(v, row);
      return;
    }
    if (current === null && PLAN_KEYS.has(key)) {
      // A blank optional setting is left out, so the schema's default applies.
      if (isBlank(v)) return;
      if (key === 'drawType' || key === 'drawAmount') {
        draw ??= {};
        draw[key === 'drawType' ? 'type' : 'amount'] = key === 'drawType' ? choice(v) : numeric(v);
        data.draw = draw;
        rowOf.set('draw', row);
      } else {
        data[key] =
          key === 'effectiveFrom' || key === 'effectiveTo' ? dateValue(v) : key === 'creditBasis' ? choice(v) : key === 'id' || key === 'name' || key === 'currency' ? v : numeric(v);
        rowOf.set(key, row);
      }
      return;
    }
    const c: Record<string, unknown> = current ?? open('tiers', row);
    const path = `components.${components.length - 1}.${key}`;
    rowOf.set(path, row);
    if (key === 'appliesTo') {
      const ids = list(v) as unknown[];
      c.appliesTo = c.kind === 'cap' ? ids[0] : ids;
    } else if (key === 'productLines' || key === 'customers') {
      if (!isBlank(v)) c[key] = list(v);
    } else if (key === 'newCustomer') {
      if (!isBlank(v)) c.newCustomer = yesNo(v);
    } else if (key === 'from' || key === 'to') {
      if (!isBlank(v)) c[key] = dateValue(v);
    } else if (key === 'kind' || key === 'basis' || key === 'mode' || key === 'boundary' || key === 'scope') {
      c[key] = choice(v);
      if (key === 'kind' && c.kind === 'cap' && Array.isArray(c.appliesTo)) c.appliesTo = c.appliesTo[0];
    } else if (key === 'name') {
      c.name = isBlank(v) ? undefined : String(v);
    } else {
      c[key] = numeric(v);
    }
  });
  // What a sheet leaves out of a rate table means the seed's convention: money bands, marginal.
  for (const c of components) {
    if (c.kind === 'rateTable') c.basis ??= 'money';
    if (c.kind === 'rateTable' || c.kind === 'accelerator') c.mode ??= 'marginal';
  }
  data.components = components;
  return { data, rowOf };
}

/** The same problems, each with the sheet row its path was read from (the closest enclosing one). */
function withRows(e: unknown, rowOf: Map<string, number>, offset: number): never {
  if (!(e instanceof PlanError)) throw e;
  const issues = e.issues.map((issue) => {
    const parts = issue.path === '' ? [] : issue.path.split('.');
    for (let n = parts.length; n > 0; n--) {
      const row = rowOf.get(parts.slice(0, n).join('.'));
      if (row !== undefined) return { ...issue, row: row + offset };
    }
    return issue;
  });
  throw new PlanError(issues, e.more);
}

/** A whole plan from its rows (no header row); errors name the row and the JSON path. */
export function readPlanRows(rows: readonly (readonly Cell[])[], rowOffset = 0): Plan {
  const { data, rowOf } = rowsToDraft(rows);
  try {
    return parsePlan(data);
  } catch (e) {
    return withRows(e, rowOf, rowOffset);
  }
}

/**
 * The components in a range (plan settings optional): what =SALES.PAYOUT computes. The
 * settings it does not need are filled in, so the same schema checks the components.
 */
export function readComponentRows(rows: readonly (readonly Cell[])[]): { components: PlanComponent[]; decimals: number | null } {
  const { data, rowOf } = rowsToDraft(rows);
  const decimals = typeof data.decimals === 'number' ? data.decimals : null;
  const stub = { version: 1, id: 'payout', name: 'payout', currency: 'XXX', decimals: decimals ?? 2, effectiveFrom: 1, components: data.components };
  try {
    return { components: parsePlan(stub).components, decimals };
  } catch (e) {
    return withRows(e, rowOf, 0);
  }
}

/** A plan as the two-column rows of its table, in the given language. */
export function planToRows(plan: Plan, language: Language): (string | number)[][] {
  const label = (k: Key) => KEY_LABELS[k][language];
  const pick = (v: string) => CHOICE_LABELS[v]?.[language] ?? v;
  const rows: (string | number)[][] = [
    [label('id'), plan.id],
    [label('name'), plan.name],
    [label('currency'), plan.currency],
    [label('decimals'), plan.decimals],
    [label('effectiveFrom'), serialToIso(plan.effectiveFrom)],
    [label('effectiveTo'), plan.effectiveTo === null ? '' : serialToIso(plan.effectiveTo)],
    [label('clawbackDays'), plan.clawbackDays ?? ''],
    [label('drawType'), plan.draw === null ? '' : pick(plan.draw.type)],
    [label('drawAmount'), plan.draw === null ? '' : plan.draw.amount],
    [label('creditBasis'), pick(plan.creditBasis)],
    [label('maxRate'), plan.maxRate],
  ];
  for (const c of plan.components) {
    rows.push([label('component'), c.id], [label('kind'), pick(c.kind)]);
    if (c.name !== undefined) rows.push([label('name'), c.name]);
    switch (c.kind) {
      case 'rateTable':
      case 'accelerator':
        if (c.kind === 'rateTable') rows.push([label('basis'), pick(c.basis)]);
        rows.push([label('mode'), pick(c.mode)], [label('boundary'), pick(c.boundary)], [label('lower'), label('rate')]);
        for (const t of c.tiers) rows.push([t.lower, t.rate]);
        break;
      case 'gate':
        rows.push([label('minAttainment'), c.minAttainment]);
        if (c.appliesTo !== undefined) rows.push([label('appliesTo'), c.appliesTo.join(', ')]);
        break;
      case 'cap':
        rows.push([label('appliesTo'), c.appliesTo], [label('amount'), c.amount]);
        break;
      case 'recordBonus':
        rows.push([label('rate'), c.rate]);
        break;
      case 'teamPool':
        rows.push([label('rate'), c.rate], [label('collaborationWeight'), c.collaborationWeight]);
        break;
      case 'override':
        rows.push([label('rate'), c.rate], [label('scope'), pick(c.scope)]);
        break;
      case 'spiff':
        rows.push([label('amount'), c.amount]);
        if (c.productLines !== undefined) rows.push([label('productLines'), c.productLines.join(', ')]);
        if (c.customers !== undefined) rows.push([label('customers'), c.customers.join(', ')]);
        if (c.newCustomer !== undefined) rows.push([label('newCustomer'), pick(c.newCustomer ? 'yes' : 'no')]);
        if (c.from !== undefined) rows.push([label('from'), serialToIso(c.from)]);
        if (c.to !== undefined) rows.push([label('to'), serialToIso(c.to)]);
        break;
    }
  }
  return rows;
}
