import type { CommissionErrorTexts } from '../../sections/commissions';
import { commissions } from './commissions';

const or = (xs: readonly string[]) => xs.map((x) => `"${x}"`).join(' 或 ');

export const commissionErrors: CommissionErrorTexts = {
  notPositive: ({ arg }) => `${arg} 须大于 0`,
  notACurrency: ({ arg, value }) => `${arg}："${value}" 不是三个字母的币种代码（如 USD）`,
  quotaZero: () => 'quota 为 0：按达成率的档位需要指标',
  emptyList: ({ arg }) => `${arg}：至少需要一项`,
  tooManyDecimals: ({ arg, decimals }) => `${arg} 的小数位超过 ${decimals} 位`,
  tiersFirstBound: () => 'tiers：第一档下限须为 0',
  tiersAscending: ({ row }) => `tiers：各档下限须严格递增（第 ${row} 行）`,
  tierRateNegative: ({ row }) => `tiers：第 ${row} 行费率为负数`,
  notADate: ({ arg, value }) => `${arg} 应为日期（Excel 日期序号整数），实际为 ${value}`,
  endBeforeStart: ({ arg }) => `${arg}：结束早于开始`,
  periodsOverlap: ({ first, second }) => `期间 ${first} 与 ${second} 重叠`,
  planVersionsDiffer: ({ plan }) => `plans："${plan}" 的各版本须使用相同币种和小数位`,
  planVersionsOverlap: ({ plan, from }) => `plans："${plan}" 的版本重叠（${from} 生效的版本早于上一版本结束）`,
  duplicateId: ({ arg, id }) => `${arg}：编号 "${id}" 重复`,
  planRequired: ({ rep }) => `销售 ${rep}：有多个方案时须指定方案`,
  unknownPlan: ({ rep, plan }) => `销售 ${rep}：没有方案 "${plan}"`,
  unknownRep: ({ arg, rep }) => `${arg}：未知销售 "${rep}"`,
  unknownPeriod: ({ arg, period }) => `${arg}：未知期间 "${period}"`,
  unknownManager: ({ rep, manager }) => `销售 ${rep}：上级 "${manager}" 不在销售名单中`,
  managerCycle: ({ rep }) => `销售 ${rep}：沿上级关系追溯又回到了 ${rep}`,
  duplicateQuota: ({ rep, period }) => `quotas：${rep} 在 ${period} 有第二个指标`,
  cancelledBeforeClosed: ({ deal }) => `${deal}：取消日期早于成交日期`,
  creditTooLarge: ({ rep }) => `${rep} 的业绩过大，无法精确累加`,
  sharesNotOne: ({ deal, total }) => `${deal}：分成比例合计为 ${total}，不是 1`,
  shareOutOfRange: ({ arg }) => `${arg} 应大于 0 且不超过 1`,
  collectionsExceedDeal: ({ deal, collected, amount }) => `${deal}：回款合计 ${collected}，超过订单金额 ${amount}`,
  fxMissing: ({ currency, period }) => `${period} 没有 ${currency} 的汇率`,
  currencyDecimals: ({ currency }) => `${currency} 在公司设置和方案中的小数位不一致`,
  noStatement: ({ rep, period }) => `${rep} 在 ${period} 没有提成明细（未在职且无业绩）`,
  payoutNoComponent: () => 'plan：区域中没有费率表、加速器或破纪录奖励',
  quotaRequired: () => '需要 quota：方案含按达成率的档位或门槛',
  planTableHeaders: ({ expected }) => `方案表：表头须为 ${or(expected)}`,
  unknownSetting: ({ row, key }) => `plan：第 ${row} 行：无法识别的设置项 "${key}"`,
  planRule: ({ reason }) => commissions.reason(reason),
  planInvalid: ({ issues, more }) =>
    `方案无效：${issues.map((i) => `${i.row === null ? '' : `第 ${i.row} 行，`}${i.path === '' ? '（方案）' : i.path}：${commissions.reason(i.reason)}`).join('；')}${more > 0 ? `；另有 ${more} 个问题` : ''}`,
};
