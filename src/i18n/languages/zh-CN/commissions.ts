import type { CommissionTexts } from '../../sections/commissions';

const range = (from: string, to: string | null) => `${from}–${to ?? '∞'}`;
/** 含上限的档位："100万以内（含）"、"100万以上至200万（含）"。 */
const upper = (band: number, from: string, to: string | null) => (to === null ? `${from}以上` : band === 1 ? `${to}以内（含）` : `${from}以上至${to}（含）`);
const pct = (x: number) => `${Math.round(x * 1_000_000) / 10_000}%`;

export const commissions: CommissionTexts = {
  notes: {
    band: (t) => {
      const r = (from: string, to: string | null) => (t.upper ? upper(t.band, from, to) : range(from, to));
      const quota = t.fromPct === null ? '' : `，即指标的 ${r(t.fromPct, t.toPct)}`;
      return t.flat
        ? `达到第${t.band}档（${r(t.from, t.to)}${quota}）：全额 ${t.base} × ${t.rate} = ${t.amount}`
        : `第${t.band}档（${r(t.from, t.to)}${quota}）：${t.base} × ${t.rate} = ${t.amount}`;
    },
    noQuota: () => '本期无指标：按达成率的档位不计提',
    cap: ({ cap, before, amount }) => `封顶 ${cap}：${before} 扣减 ${amount}`,
    gateMet: ({ attainment, min }) => `达到门槛：达成率 ${attainment} ≥ ${min}`,
    gateMissed: ({ attainment, min, components }) => `未达门槛：达成率 ${attainment ?? '未知（无指标）'} < ${min}，${components} 不计提`,
    record: ({ credit, record, rate, amount }) => `破纪录奖励：（${credit} − 纪录 ${record}）× ${rate} = ${amount}`,
    recordNotBeaten: ({ credit, record }) => `破纪录奖励：业绩 ${credit} 未超过纪录 ${record}`,
    noRecord: () => '破纪录奖励：尚无历史纪录',
    pool: ({ team, total, target, rate, pool, amount }) => `团队 ${team}：${total} ≥ 目标 ${target}，奖金池 ${rate} = ${pool}，个人分配 ${amount}`,
    poolMissed: ({ team, total, target }) => `${team === '' ? '团队' : `团队 ${team}`}：${target === null ? '无团队目标，不设奖金池' : `${total} < 目标 ${target}，不设奖金池`}`,
    override: ({ rep, base, rate, amount, indirect }) => `管理提成（${rep}${indirect ? '，间接下属' : ''}）：${base} × ${rate} = ${amount}`,
    noReports: () => '管理提成：本期下属无业绩',
    spiff: ({ name, deal, closed, spiff, share, amount }) =>
      share === null ? `专项奖励 ${name}：订单 ${deal}（${closed} 成交）奖励 ${spiff}` : `专项奖励 ${name}：订单 ${deal}（${closed} 成交）奖励 ${spiff}，按你的分成 ${share} 计 ${amount}`,
    clawback: ({ deal, closed, cancelled, period, amount }) => `追回：订单 ${deal}（${closed} 成交，${cancelled} 取消）冲回 ${period} 的提成 ${amount}`,
    overrideClawback: ({ deal, rep, closed, cancelled, period, amount }) => `管理提成追回：${rep} 的订单 ${deal}（${closed} 成交，${cancelled} 取消）冲回 ${period} 的 ${amount}`,
    drawAdvance: ({ draw, earnings, amount, balance }) => `可追回预支 ${draw}：收入 ${earnings} 补足 ${amount}，以后追回（余额 ${balance}）`,
    drawRecovery: ({ amount, outstanding }) => `追回预支：${amount}（此前预支余额 ${outstanding}）`,
    drawGuarantee: ({ draw, earnings, amount }) => `不可追回保底 ${draw}：收入 ${earnings} 补足 ${amount}`,
    noPlan: ({ date }) => `${date} 无生效的提成方案`,
    priorPeriod: ({ deal, period, snapshot, amount }) =>
      deal === null
        ? `以前期间调整：已结账期间 ${period}（快照“${snapshot}”）结账后方案、指标或汇率有变，${amount}`
        : `以前期间调整：已结账期间 ${period}（快照“${snapshot}”）结账后订单 ${deal} 有变，${amount}`,
    fxCredit: ({ currency, amount, rate, repCurrency, repRate, credit }) =>
      `${currency} 业绩：${amount} × ${rate}${repRate === null ? '' : ` ÷ ${repRate}`} = ${credit} ${repCurrency}（按 ${repCurrency} 最小单位四舍五入）`,
    fxTotal: ({ currency, total, rate, companyCurrency, companyTotal }) => `合计 ${total} ${currency} × ${rate} = ${companyTotal} ${companyCurrency}（按 ${companyCurrency} 最小单位四舍五入）`,
  },
  lineKinds: {
    band: '档位',
    noQuota: '无指标',
    cap: '封顶',
    recordBonus: '破纪录奖励',
    gate: '门槛',
    teamPool: '团队奖金池',
    override: '管理提成',
    spiff: '专项奖励',
    clawback: '追回',
    overrideClawback: '管理提成追回',
    drawAdvance: '预支',
    drawRecovery: '预支追回',
    drawGuarantee: '保底补足',
    noPlan: '无方案',
    priorPeriod: '以前期间调整',
  },
  reason: (r) => {
    switch (r.code) {
      case 'missing':
        return '必填';
      case 'wrongType':
        return `应为${({ number: '数字', string: '文本', boolean: '是/否', object: '对象', array: '列表' } as Record<string, string>)[r.expected] ?? r.expected}`;
      case 'notInteger':
        return '应为整数';
      case 'tooSmall':
        return r.inclusive ? `不能小于 ${r.min}` : `应大于 ${r.min}`;
      case 'tooBig':
        return r.inclusive ? `不能大于 ${r.max}` : `应小于 ${r.max}`;
      case 'tooShort':
        return r.min <= 1 ? '不能为空' : `至少 ${r.min} 个字符`;
      case 'tooLong':
        return `最多 ${r.max} 个字符`;
      case 'tooFewItems':
        return `至少需要 ${r.min} 项`;
      case 'tooManyItems':
        return `最多 ${r.max} 项`;
      case 'oneOf':
        return `应为以下之一：${r.values.join('、')}`;
      case 'unknownKeys':
        return `无法识别的设置：${r.keys.join('、')}`;
      case 'notJson':
        return `不是有效的 JSON（${r.detail}）`;
      case 'currencyCode':
        return '应为三个大写字母的币种代码，如 CNY';
      case 'firstBandZero':
        return '第一档须从 0 开始';
      case 'ascending':
        return '各档下限须严格递增';
      case 'toBeforeFrom':
        return '不能早于开始日期';
      case 'duplicateComponent':
        return `编号 "${r.id}" 重复`;
      case 'notCreditComponent':
        return `"${r.ref}" 不是本方案的费率表、加速器或破纪录奖励`;
      case 'onePool':
        return '每个方案最多一个团队奖金池';
      case 'moneyDecimals':
        return `小数位不能超过 ${r.decimals} 位（方案的最小货币单位）`;
      case 'rateAboveMax':
        return `不能超过 ${pct(r.max)}（如需更高，请调高方案的费率上限 maxRate）`;
      case 'invalid':
        return '无效';
    }
  },
  fxTable: {
    title: (company) => `汇率：各期每单位外币折合 ${company}`,
    period: '期间',
    currency: '币种',
    rate: (company) => `汇率（${company}）`,
  },
  statement: {
    currency: '币种',
    basis: { booked: '业绩口径：签约额', collected: '业绩口径：回款额' },
    inCompany: (currency) => `应发提成（${currency}）`,
    grandTotal: (currency) => `合计（${currency}）`,
  },
  boundary: '档位边界',
  boundaryLower: '含下限（恰好等于分界点的金额归入从该点起的档位）',
  boundaryUpper: '含上限（“100万以内1%”：恰好100万仍属于1%这一档）',
};
