import type { TemplateProblemTexts } from '../../sections/templateProblems';

const typeNames: Record<string, string> = { number: 'a number', string: 'text', boolean: 'true or false', array: 'a list', object: 'an object' };
const bound = (value: number | string, percent?: boolean): string => (percent ? `${value} %` : String(value));
const entries = (n: number): string => (n === 1 ? '1 entry' : `${n} entries`);
const characters = (n: number): string => (n === 1 ? '1 character' : `${n} characters`);

const mb = (bytes: number) => `${(bytes / (1024 * 1024)).toFixed(1)} MB`;

export const templateProblems: TemplateProblemTexts = {
  reasons: {
    tooLarge: ({ bytes, max }) => `The file is ${mb(bytes)}; a template may be at most ${mb(max)}. Nothing was read from it.`,
    notJson: ({ detail }) => `The file is not valid JSON (${detail}).`,
    notObject: () => 'A template must be a JSON object.',
    noVersion: () => 'The "version" field is missing or not a number.',
    newerVersion: ({ version, current }) => `Version ${version} was made by a newer add-in; this one reads up to version ${current}.`,
    unknownVersion: ({ version }) => `Unknown template version ${version}.`,
    missing: () => 'Required, but missing.',
    wrongType: ({ expected }) => `Expected ${typeNames[expected] ?? expected}.`,
    tooSmall: ({ min, inclusive, percent }) => (inclusive ? `Must be at least ${bound(min, percent)}.` : `Must be more than ${bound(min, percent)}.`),
    tooBig: ({ max, inclusive, percent }) => (inclusive ? `Must be at most ${bound(max, percent)}.` : `Must be less than ${bound(max, percent)}.`),
    tooFewItems: ({ min }) => `Needs at least ${entries(min)}.`,
    tooManyItems: ({ max }) => `Allows at most ${entries(max)}.`,
    exactItems: ({ count }) => `Needs exactly ${entries(count)}.`,
    tooShort: ({ min }) => `Needs at least ${characters(min)}.`,
    tooLong: ({ max }) => `Allows at most ${characters(max)}.`,
    notInteger: () => 'Must be a whole number.',
    notNumber: () => 'Enter a number.',
    oneOf: ({ values }) => `Must be one of ${values.join(', ')}.`,
    unknownKeys: ({ keys }) => `Unknown field(s): ${keys.join(', ')}.`,
    rule: ({ rule }) =>
      ({
        tiersFirstZero: 'The first tier must start at 0.',
        tiersAscending: 'Each tier must start above the previous one.',
        weightsSum: 'The weights must add up to 100 %.',
        cutoffsDescending: 'Cut-offs must go down from the best grade (e.g. 90, 80, 70).',
        yellowAboveGreen: 'Yellow must not be above green.',
        abcOrder: 'The B cut-off must be above the A cut-off.',
        currencyCode: 'Use a three-letter ISO currency code, e.g. CNY.',
      })[rule],
    invalid: ({ detail }) => (detail ? `Invalid value: ${detail}.` : 'Invalid value.'),
  },
  root: '(the whole file)',
  more: (count) => (count === 1 ? '… and 1 more problem.' : `… and ${count.toLocaleString('en-US')} more problems.`),
};
