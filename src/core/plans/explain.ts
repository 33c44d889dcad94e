import type { Language } from '../language';

/**
 * One-line explanations of statement lines, per language. Every argument arrives formatted
 * (money, percent, ISO date), so a sentence reads the same as the cells beside it.
 */
export interface BandText {
  band: number;
  from: string;
  to: string | null;
  /** Attainment bounds ("80%") when the band is on attainment. */
  fromPct: string | null;
  toPct: string | null;
  base: string;
  rate: string;
  amount: string;
  flat: boolean;
  /** The band includes its upper bound and not its lower one. */
  upper: boolean;
}

export interface Texts {
  band(t: BandText): string;
  noQuota(): string;
  cap(cap: string, before: string, amount: string): string;
  gateMet(attainment: string, min: string): string;
  gateMissed(attainment: string | null, min: string, components: string): string;
  record(credit: string, record: string, rate: string, amount: string): string;
  recordNotBeaten(credit: string, record: string): string;
  noRecord(): string;
  pool(team: string, total: string, target: string, rate: string, pool: string, amount: string): string;
  poolMissed(team: string, total: string, target: string | null): string;
  clawback(deal: string, closed: string, cancelled: string, period: string, amount: string): string;
  drawAdvance(draw: string, earnings: string, amount: string, balance: string): string;
  drawRecovery(amount: string, outstanding: string): string;
  drawGuarantee(draw: string, earnings: string, amount: string): string;
  noPlan(date: string): string;
}

const range = (from: string, to: string | null) => `${from}–${to ?? '∞'}`;
/** A band that includes its upper bound, in words: "over 1,000,000.00 up to 2,000,000.00". */
const upperEn = (band: number, from: string, to: string | null) =>
  to === null ? `over ${from}` : band === 1 ? `up to ${to}` : `over ${from} up to ${to}`;
const upperZh = (band: number, from: string, to: string | null) =>
  to === null ? `${from}以上` : band === 1 ? `${to}以内（含）` : `${from}以上至${to}（含）`;

const EN: Texts = {
  band: (t) => {
    const r = (from: string, to: string | null) => (t.upper ? upperEn(t.band, from, to) : range(from, to));
    const pct = t.fromPct === null ? '' : ` = ${r(t.fromPct, t.toPct)} of quota`;
    return t.flat
      ? `Band ${t.band} reached (${r(t.from, t.to)}${pct}): whole ${t.base} × ${t.rate} = ${t.amount}`
      : `Band ${t.band} (${r(t.from, t.to)}${pct}): ${t.base} × ${t.rate} = ${t.amount}`;
  },
  noQuota: () => 'No quota for this period: bands on attainment pay nothing',
  cap: (cap, before, amount) => `Cap ${cap}: ${before} reduced by ${amount}`,
  gateMet: (att, min) => `Gate met: attainment ${att} ≥ ${min}`,
  gateMissed: (att, min, comps) =>
    `Gate not met: attainment ${att ?? 'unknown (no quota)'} < ${min}, no payout from ${comps}`,
  record: (credit, record, rate, amount) => `Record bonus: (${credit} − record ${record}) × ${rate} = ${amount}`,
  recordNotBeaten: (credit, record) => `Record bonus: credit ${credit} does not beat the record ${record}`,
  noRecord: () => 'Record bonus: no record yet to beat',
  pool: (team, total, target, rate, pool, amount) =>
    `Team ${team}: ${total} ≥ target ${target}, pool ${rate} = ${pool}, your share ${amount}`,
  poolMissed: (team, total, target) =>
    target === null ? `Team ${team}: no team target, no pool` : `Team ${team}: ${total} < target ${target}, no pool`,
  clawback: (deal, closed, cancelled, period, amount) =>
    `Clawback: deal ${deal} (closed ${closed}, cancelled ${cancelled}) reverses ${amount} of ${period}`,
  drawAdvance: (draw, earnings, amount, balance) =>
    `Recoverable draw ${draw}: earnings ${earnings} topped up by ${amount}, to recover later (balance ${balance})`,
  drawRecovery: (amount, outstanding) => `Draw recovery: ${amount} of the ${outstanding} advanced earlier`,
  drawGuarantee: (draw, earnings, amount) => `Non-recoverable draw ${draw}: earnings ${earnings} topped up by ${amount}`,
  noPlan: (date) => `No plan in effect on ${date}`,
};

const ZH: Texts = {
  band: (t) => {
    const r = (from: string, to: string | null) => (t.upper ? upperZh(t.band, from, to) : range(from, to));
    const pct = t.fromPct === null ? '' : `，即指标的 ${r(t.fromPct, t.toPct)}`;
    return t.flat
      ? `达到第${t.band}档（${r(t.from, t.to)}${pct}）：全额 ${t.base} × ${t.rate} = ${t.amount}`
      : `第${t.band}档（${r(t.from, t.to)}${pct}）：${t.base} × ${t.rate} = ${t.amount}`;
  },
  noQuota: () => '本期无指标：按达成率的档位不计提',
  cap: (cap, before, amount) => `封顶 ${cap}：${before} 扣减 ${amount}`,
  gateMet: (att, min) => `达到门槛：达成率 ${att} ≥ ${min}`,
  gateMissed: (att, min, comps) => `未达门槛：达成率 ${att ?? '未知（无指标）'} < ${min}，${comps} 不计提`,
  record: (credit, record, rate, amount) => `破纪录奖励：（${credit} − 纪录 ${record}）× ${rate} = ${amount}`,
  recordNotBeaten: (credit, record) => `破纪录奖励：业绩 ${credit} 未超过纪录 ${record}`,
  noRecord: () => '破纪录奖励：尚无历史纪录',
  pool: (team, total, target, rate, pool, amount) =>
    `团队 ${team}：${total} ≥ 目标 ${target}，奖金池 ${rate} = ${pool}，个人分配 ${amount}`,
  poolMissed: (team, total, target) =>
    target === null ? `团队 ${team}：无团队目标，不设奖金池` : `团队 ${team}：${total} < 目标 ${target}，不设奖金池`,
  clawback: (deal, closed, cancelled, period, amount) =>
    `追回：订单 ${deal}（${closed} 成交，${cancelled} 取消）冲回 ${period} 的提成 ${amount}`,
  drawAdvance: (draw, earnings, amount, balance) =>
    `可追回预支 ${draw}：收入 ${earnings} 补足 ${amount}，以后追回（余额 ${balance}）`,
  drawRecovery: (amount, outstanding) => `追回预支：${amount}（此前预支余额 ${outstanding}）`,
  drawGuarantee: (draw, earnings, amount) => `不可追回保底 ${draw}：收入 ${earnings} 补足 ${amount}`,
  noPlan: (date) => `${date} 无生效的提成方案`,
};

export const TEXTS: Readonly<Record<Language, Texts>> = { 'en-US': EN, 'zh-CN': ZH };
