import type { FunctionsSection } from '../../catalogue';

const language = '标签与提示的语言："zh-CN" 或 "en-US"（默认取工作簿模板的语言，没有模板时为 en-US）。';
const decimals = '结果的小数位数（默认 2；负数表示取整到十位、百位……）。';
const boundary = '"lower"（默认，金额恰在分界点时计入从该点开始的档位）或 "upper"（档位含上限，如“100万以内（含）1%”）。';
const headers = 'FALSE 表示不输出标题行（默认 TRUE）。';
const transactions = {
  customers: '每笔交易的客户（一列）；数字 1 与文本 "1" 视为两个客户。',
  dates: '每笔交易的日期（一列 Excel 日期）。',
  amounts: '每笔交易的金额（一列，不能为负）。',
  asOf: '计算最近购买天数的基准日（默认为数据中最晚的日期）；此后的交易不计入。',
  bins: '评分档数，2 到 20（默认 5）。',
};

export const functions: FunctionsSection = {
  functions: {
    COMMISSION: {
      description: '按阶梯费率计算提成，精确到分：各档位明细行分别四舍五入（远离零）后的合计。',
      args: {
        amount: '销售额（或计入的业绩），不能为负。',
        tiers: '两列 [下限, 费率]，按下限升序排列，第一个下限为 0。',
        mode: '"marginal"（默认，超额累进：每段按本段费率）或 "flat"（全额累进：达到的档位费率乘以全部金额）。',
        quota: '给出时，下限表示该定额的达成率（0、1、1.2 ……）。',
        decimals,
        boundary,
        language,
      },
    },
    COMMISSIONLINES: {
      description: '提成明细：标题行、每个用到的档位一行 [起点, 终点, 计提基数, 费率, 提成 = ROUND(计提基数 × 费率)]，以及各行之和、等于 SALES.COMMISSION 的合计行。',
      args: {
        amount: '销售额，不能为负。',
        tiers: '两列 [下限, 费率]，按下限升序排列，第一个下限为 0。',
        mode: '"marginal"（默认，超额累进）或 "flat"（全额累进）。',
        quota: '给出时，下限表示该定额的达成率。',
        decimals,
        boundary,
        language,
      },
    },
    SPLIT: {
      description: '按权重拆分总额，各部分之和精确等于总额（最大余数法，余数相同时先给靠前的单元格）。',
      args: { total: '要拆分的总额，不能为负。', weights: '权重，任意形状；空单元格不分配。', decimals, language },
    },
    BONUSPOOL: {
      description: '团队奖金池在成员间分配，团队达成目标才发放；各份额之和精确等于奖金池。',
      args: {
        teamActual: '团队本期实际业绩。',
        teamTarget: '团队本期目标。',
        poolRate: '计提奖金池的团队业绩比例（例如 0.02）。',
        contribution: '每位成员的贡献值（一列）。',
        collaboration: '每位成员的协作评分（可选）。',
        collaborationWeight: '协作在分配中的权重，0 到 1（默认 0.3）。',
        decimals,
        language,
      },
    },
    SCORE: {
      description: '0–100 综合绩效分：完成率、转化率、客单价、回款率与过程行为对照基准值加权。',
      args: {
        metrics: '五个值 [完成率, 转化率, 客单价, 回款率, 过程行为]。',
        benchmarks: '五个基准值，达到即得该项满分 100。',
        weights: '五个权重，合计为 1（默认 0.30、0.25、0.20、0.15、0.10）。',
        language,
      },
    },
    GRADE: {
      description: '分数对应的评级：优秀 / 良好 / 合格 / 待改进（language 为 "en-US" 时为英文）。',
      args: {
        score: '综合分。',
        cutoffs: '递减的分界点（默认 90、80、70）。',
        labels: '比分界点多一个的评级名称，从高到低（默认为所选语言的评级名称）。',
        language,
      },
    },
    RISK: {
      description: '目标的红黄绿灯：进度 = 实际 ÷ (目标 × 已过时间比例)，返回 "GREEN"、"YELLOW" 或 "RED"。',
      args: {
        actual: '截至目前的实际业绩。',
        target: '整个考核期的目标。',
        elapsed: '考核期已过的比例，0 到 1（默认 1）。',
        green: '进度不低于此值为绿灯（默认 1.0）。',
        yellow: '进度不低于此值为黄灯（默认 0.8）。',
        language,
      },
    },
    PACE: {
      description: '按目前的日均进度预测期末达成率（按自然日计算，含 asOf 当天）。',
      args: {
        actual: '截至目前的实际业绩。',
        target: '本期目标。',
        start: '考核期第一天（日期）。',
        end: '考核期最后一天（日期）。',
        asOf: '实际业绩的统计日（日期）。',
        language,
      },
    },
    RFM: {
      description: '由交易表计算每位客户的 RFM：客户、最近购买天数、购买频次、购买金额、R、F、M、RFM 代码与客户分群。',
      args: {
        ...transactions,
        headers,
        segments: '"grid"（默认，R × F 网格）、"rfm10"（R 语言 rfm 包的十类）、"cn8"（八类客户模型），或规则区域 [名称, Rmin, Rmax, Fmin, Fmax, Mmin, Mmax]。',
        language,
      },
    },
    RFMTHRESHOLDS: {
      description: 'RFM 各评分的分界：每个分数对应客户的最近购买天数、频次和金额的最小值与最大值。',
      args: { ...transactions, language },
    },
    CUSTOMERTIER: {
      description: '近 12 个月的客户层级：core（核心）、potential（潜力）、developing（发展）、reactivate（待激活）或 lead（新线索）。',
      args: {
        purchases: '窗口期内的购买次数（整数）。',
        amount: '窗口期内的购买金额。',
        boughtBefore: '窗口期之前购买过则为 TRUE（默认 FALSE）。',
        thresholds: '[核心客户购买次数, 核心客户金额, 潜力客户金额]（默认 3、500000、200000）。',
        language,
      },
    },
    ABC: {
      description: 'ABC（帕累托）分类，按金额从高到低：编号、金额、占比、累计占比、分类。',
      args: {
        ids: '编号（一列）。',
        values: '金额（一列，不能为负）。',
        aCut: 'A 类截止的累计占比（默认 0.8）。',
        bCut: 'B 类截止的累计占比（默认 0.95）。',
        headers,
        language,
      },
    },
    LEADSCORE: {
      description: '线索加权评分 0–100：Σ 权重 × min(值 ÷ 满分值, 1) ÷ Σ 权重 × 100。',
      args: {
        values: '每项指标的值。',
        weights: '每项指标的权重。',
        maxima: '每项指标得满分所需的值（默认 1）。',
        language,
      },
    },
    FUNNEL: {
      description: '销售漏斗：每个阶段的数量、相对上一阶段的转化率、相对第一阶段的转化率，以及低于阈值的“偏低”标记。',
      args: {
        counts: '每个阶段的数量，从第一阶段开始（整数）。',
        threshold: '阶段转化率低于此值时标记为偏低（默认 0.3）。',
        language,
      },
    },
    RETENTION: {
      description: '客户留存率：(期末客户数 − 新增客户数) ÷ 期初客户数。',
      args: {
        startCustomers: '期初客户数。',
        endCustomers: '期末客户数。',
        newCustomers: '本期新增客户数。',
        language,
      },
    },
    PAYOUT: {
      description: '按“提成方案”表的布局，计算一个方案组成部分对某金额的提成，精确到分。',
      args: {
        amount: '本期销售额（或计入的业绩）。',
        plan: '两列 [设置项, 值]，然后是 [下限, 费率] 行，与“提成方案”表相同（可包含表头行）。',
        quota: '本期定额；按达成率计提、加速器和门槛需要。',
        record: '该销售的历史最高单期业绩，用于破纪录奖励。',
        decimals: '结果的小数位数（默认取方案中的设置，否则为 2）。',
        language,
      },
    },
  },
  enums: {
    MODE: { marginal: '超额累进：每段按本段费率', flat: '全额累进：达到的档位费率乘以全部金额' },
    BOUNDARY: { lower: '含下限：恰在分界点的金额计入从该点开始的档位', upper: '含上限：如“100万以内（含）1%”' },
    SEGMENTS: {
      grid: 'R × F 网格：重要价值客户……已流失',
      rfm10: 'R 语言 rfm 包示例的十类（先匹配者优先，其余为“其他”）',
      cn8: '八类客户模型：R、F、M 与均值比较的高低',
    },
    LANGUAGE: { 'zh-CN': '中文标签与提示', 'en-US': '英文标签与提示' },
  },
};
