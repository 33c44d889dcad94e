import { freeIdentifier, freeSheetName } from '../../src/sheets/writePlan/names';
import { isFillable, parseAddress, parseRange, rewriteFormula } from '../../src/sheets/writePlan/refs';
import { cost, utf8Length } from '../../src/excel/batch';

describe('formula helpers', () => {
  it('shifts relative rows only, outside strings, names, functions and structured references', () => {
    const f = 'IF(A2="B2",LOG10($C$2)+D$3+E4*1.5E3+SPK_W1+Tbl[@[Q1]],\'My sheet\'!F5:G6)';
    expect(rewriteFormula(f, { rowShift: 3 })).toBe('IF(A5="B2",LOG10($C$2)+D$3+E7*1.5E3+SPK_W1+Tbl[@[Q1]],\'My sheet\'!F8:G9)');
  });

  it('renames sheets and names (tables too) wherever they are referenced', () => {
    const sheets = new Map([['Settings', 'Settings (2)']]);
    const names = new Map([['SPK_RiskGreen', 'SPK_RiskGreen_2'], ['SPK_Evaluation', 'SPK_Evaluation_2']]);
    expect(rewriteFormula("'Settings'!$B$2+Settings!B3+spk_riskgreen+SUM(SPK_Evaluation[Actual])+\"SPK_RiskGreen\"+Other!SPK_RiskGreen", { sheets, names })).toBe(
      "'Settings (2)'!$B$2+'Settings (2)'!B3+SPK_RiskGreen_2+SUM(SPK_Evaluation_2[Actual])+\"SPK_RiskGreen\"+Other!SPK_RiskGreen",
    );
  });

  it('tells a fillable column from one whose formulas differ', () => {
    expect(isFillable('C4/D4', (i) => `C${4 + i}/D${4 + i}`, 100)).toBe(true);
    expect(isFillable('C4/D4', (i) => (i === 50 ? 'C4/D4' : `C${4 + i}/D${4 + i}`), 100)).toBe(false);
    expect(isFillable('SUM(4:4)', () => 'SUM(4:4)', 3)).toBe(false);
  });

  it('parses addresses', () => {
    expect(parseRange('$B$2:F20')).toEqual({ row: 1, col: 1, rows: 19, cols: 5 });
    expect(parseRange('C:C')).toEqual({ row: 0, col: 2, rows: 1_048_576, cols: 1 });
    expect(parseAddress("'It''s'!AA10")).toEqual({ sheet: "It's", rect: { row: 9, col: 26, rows: 1, cols: 1 } });
    expect(() => parseRange('1A')).toThrow('not an A1 reference');
  });

  it('picks free names', () => {
    expect(freeSheetName('Evaluation', new Set(['evaluation', 'evaluation (2)']))).toBe('Evaluation (3)');
    expect(freeSheetName('A very long sheet name of 31 ch', new Set(['a very long sheet name of 31 ch']))).toBe('A very long sheet name of 3 (2)');
    expect(freeSheetName('Q1/Q2: [draft]', new Set())).toBe('Q1_Q2_ _draft_');
    expect(freeIdentifier('SPK_X', new Set(['spk_x', 'spk_x_2']))).toBe('SPK_X_3');
  });

  it('measures request bytes in UTF-8', () => {
    expect(utf8Length('a提€😀')).toBe(1 + 3 + 3 + 4);
    expect(cost([['提成']])).toBe(Buffer.byteLength(JSON.stringify([['提成']])) + 64);
  });
});

describe('rowShifter', () => {
  it('gives the same text as rewriteFormula for any shift', () => {
    const f = 'SUMPRODUCT(($B$5:$B$104=$B5)*(A5>"x1")*Tbl[@[C2]])+LOG10(C5)+1E5';
    const { rowShifter } = jest.requireActual<typeof import('../../src/sheets/writePlan/refs')>('../../src/sheets/writePlan/refs');
    const at = rowShifter(f);
    for (const k of [0, 1, 7, 9999]) expect(at(k)).toBe(rewriteFormula(f, { rowShift: k }));
    expect(at(2)).toBe('SUMPRODUCT(($B$5:$B$104=$B7)*(A7>"x1")*Tbl[@[C2]])+LOG10(C7)+1E5');
  });
});
