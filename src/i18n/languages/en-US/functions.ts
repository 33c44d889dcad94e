import type { FunctionsSection } from '../../catalogue';

const language = 'Language of labels and messages: "zh-CN" or "en-US" (default: the workbook template\'s, else en-US).';
const decimals = 'Decimal places of the result (default 2; negative rounds to tens, hundreds …).';
const boundary = '"lower" (default: an amount on a bound is in the band starting there) or "upper" (bands include their upper bound).';
const headers = 'FALSE to leave out the header row (default TRUE).';
const transactions = {
  customers: 'Customer of each transaction (a column); the number 1 and the text "1" are two customers.',
  dates: 'Date of each transaction (a column of Excel dates).',
  amounts: 'Amount of each transaction (a column, not negative).',
  asOf: 'Date recency is measured from (default: the latest date); later transactions are left out.',
  bins: 'Number of score levels, 2 to 20 (default 5).',
};

export const functions: FunctionsSection = {
  functions: {
    COMMISSION: {
      description: 'Tiered commission on an amount, exact to the cent: the sum of its band lines, each rounded half away from zero.',
      args: {
        amount: 'Sales amount (or credited amount), not negative.',
        tiers: 'Two columns [lower bound, rate], ascending, first bound 0.',
        mode: '"marginal" (default: each band at its rate) or "flat" (the reached band\'s rate on the whole amount).',
        quota: 'When given, the bounds are attainment fractions of this quota (0, 1, 1.2 …).',
        decimals,
        boundary,
        language,
      },
    },
    COMMISSIONLINES: {
      description: 'Commission audit lines: a header, one row per band used [from, to, base, rate, commission = ROUND(base × rate)] and a total, their sum, equal to SALES.COMMISSION.',
      args: {
        amount: 'Sales amount, not negative.',
        tiers: 'Two columns [lower bound, rate], ascending, first bound 0.',
        mode: '"marginal" (default) or "flat".',
        quota: 'When given, the bounds are attainment fractions of this quota.',
        decimals,
        boundary,
        language,
      },
    },
    SPLIT: {
      description: 'Splits a total in proportion to weights; the parts add up exactly to the total (largest remainder, ties to the earlier cell).',
      args: { total: 'The total to split, not negative.', weights: 'Weights, any shape; blank cells get no part.', decimals, language },
    },
    BONUSPOOL: {
      description: 'Team bonus pool split among members, paid when the team reached its target; the shares add up exactly to the pool.',
      args: {
        teamActual: "The team's total for the period.",
        teamTarget: "The team's target for the period.",
        poolRate: 'Share of the team total that funds the pool (e.g. 0.02).',
        contribution: 'One contribution value per member (a column).',
        collaboration: 'One collaboration rating per member (optional).',
        collaborationWeight: 'Weight of collaboration in the split, 0 to 1 (default 0.3).',
        decimals,
        language,
      },
    },
    SCORE: {
      description: 'Composite 0–100 score: completion, conversion, average order value, collection and process behaviour against benchmarks.',
      args: {
        metrics: 'Five values [completion, conversion, average order value, collection, process].',
        benchmarks: 'Five benchmarks that earn a full 100 sub-score.',
        weights: 'Five weights summing to 1 (default 0.30, 0.25, 0.20, 0.15, 0.10).',
        language,
      },
    },
    GRADE: {
      description: 'Grade of a score: Excellent / Good / Pass / Needs improvement (优秀/良好/合格/待改进 with language "zh-CN").',
      args: {
        score: 'The composite score.',
        cutoffs: 'Descending cut-offs (default 90, 80, 70).',
        labels: 'One more label than cut-offs, best first (default: the grade names in the language).',
        language,
      },
    },
    RISK: {
      description: 'Traffic light of a target from pace = actual ÷ (target × elapsed): "GREEN", "YELLOW" or "RED".',
      args: {
        actual: 'Achieved so far.',
        target: 'Target for the whole period.',
        elapsed: 'Fraction of the period gone, 0 to 1 (default 1).',
        green: 'Pace at or above which the light is green (default 1.0).',
        yellow: 'Pace at or above which the light is yellow (default 0.8).',
        language,
      },
    },
    PACE: {
      description: 'Projected attainment at the end of the period from the run rate so far (calendar days, asOf inclusive).',
      args: {
        actual: 'Achieved so far.',
        target: 'Target for the period.',
        start: 'First day of the period (a date).',
        end: 'Last day of the period (a date).',
        asOf: 'The day the actual is measured (a date).',
        language,
      },
    },
    RFM: {
      description: 'RFM per customer from a transactions table: customer, recency, frequency, monetary, R, F, M, RFM code and segment.',
      args: {
        ...transactions,
        headers,
        segments: '"grid" (default, R × F), "rfm10" (R package rfm), "cn8" (八类客户), or a range [name, Rmin, Rmax, Fmin, Fmax, Mmin, Mmax].',
        language,
      },
    },
    RFMTHRESHOLDS: {
      description: "The cut points of each RFM score: per score, the lowest and highest recency, frequency and monetary of its customers.",
      args: { ...transactions, language },
    },
    CUSTOMERTIER: {
      description: "Customer tier over the last 12 months: core, potential, developing, reactivate or lead (stable codes).",
      args: {
        purchases: 'Purchases in the window (a whole number).',
        amount: 'Amount bought in the window.',
        boughtBefore: 'TRUE if the customer bought before the window (default FALSE).',
        thresholds: '[core purchases, core amount, potential amount] (default 3, 500000, 200000).',
        language,
      },
    },
    ABC: {
      description: 'ABC (Pareto) classes, sorted by value descending: id, value, share, cumulative share, class.',
      args: {
        ids: 'Item ids (a column).',
        values: 'Item values (a column, not negative).',
        aCut: 'Cumulative share that closes class A (default 0.8).',
        bCut: 'Cumulative share that closes class B (default 0.95).',
        headers,
        language,
      },
    },
    LEADSCORE: {
      description: 'Weighted lead score 0–100: Σ weight × min(value ÷ max, 1) ÷ Σ weight × 100.',
      args: {
        values: 'One value per criterion.',
        weights: 'One weight per criterion.',
        maxima: 'The value that earns full marks per criterion (default 1).',
        language,
      },
    },
    FUNNEL: {
      description: 'Sales funnel per stage: count, conversion from the previous stage, from the first, and LOW under the threshold.',
      args: {
        counts: 'Count per stage, first stage first (whole numbers).',
        threshold: 'Stage conversion under which a stage is flagged LOW (default 0.3).',
        language,
      },
    },
    RETENTION: {
      description: 'Customer retention rate: (end − new) ÷ start.',
      args: {
        startCustomers: 'Customers at the start of the period.',
        endCustomers: 'Customers at the end of the period.',
        newCustomers: 'Customers gained during the period.',
        language,
      },
    },
    PAYOUT: {
      description: "One plan component's payout on an amount, exact to the cent, from the plan table as the Plans sheet lays it out.",
      args: {
        amount: 'Sales amount (or credited amount) for the period.',
        plan: 'Two columns [setting, value] then [lower, rate] rows, as on the Plans sheet (its header row may be included).',
        quota: "The period's quota; needed by attainment bands, accelerators and gates.",
        record: "The rep's record period sales, for a record bonus.",
        decimals: "Decimal places of the result (default: the plan's, else 2).",
        language,
      },
    },
  },
  enums: {
    MODE: { marginal: 'Each band of the amount at its own rate', flat: "The reached band's rate on the whole amount" },
    BOUNDARY: { lower: 'An amount on a bound is in the band starting there', upper: 'Bands include their upper bound ("up to 1,000,000 at 1 %")' },
    SEGMENTS: {
      grid: 'R × F grid: Champions, Loyal, … Lost',
      rfm10: "The ten segments of R package rfm's example (first match wins, else Others)",
      cn8: 'Chinese eight classes: R, F, M high or low against the mean',
    },
    LANGUAGE: { 'zh-CN': 'Chinese labels and messages', 'en-US': 'English labels and messages' },
  },
};
