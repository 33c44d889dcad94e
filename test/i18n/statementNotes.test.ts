import { note } from '../../src/core/plans/explain';
import { renderStatementNote } from '../../src/i18n';

describe('statement notes', () => {
  it('a pool missed by a named team names it; a roster without teams or regions (one unnamed team) leaves no blank before the colon', () => {
    const named = note('poolMissed', { team: 'East', total: '900.00', target: '1,000.00' });
    const unnamed = note('poolMissed', { team: '', total: '900.00', target: null });
    expect(renderStatementNote('en-US', named)).toBe('Team East: 900.00 < target 1,000.00, no pool');
    expect(renderStatementNote('en-US', unnamed)).toBe('Team: no team target, no pool');
    expect(renderStatementNote('zh-CN', named)).toBe('团队 East：900.00 < 目标 1,000.00，不设奖金池');
    expect(renderStatementNote('zh-CN', unnamed)).toBe('团队：无团队目标，不设奖金池');
  });
});
