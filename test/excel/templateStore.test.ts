import { createExcelHost } from '../../src/excel/excelHost';
import { WriteLock } from '../../src/excel/lock';
import { TEMPLATE_NAMESPACE, templateJson, templateXml } from '../../src/excel/templateStore';
import { refusal, rejection } from '../support/hostProblems';
import { FakeEnv } from './fakeExcel';

describe('template store (custom XML part)', () => {
  const template = { version: 2, name: 'East <&> "region"', weights: [0.3, 0.25], note: '提成 ]]> 规则' };

  it('round-trips the template through the workbook and replaces it on save', async () => {
    const env = new FakeEnv();
    const h = createExcelHost({ env, lock: new WriteLock() });
    expect(await h.loadTemplate()).toBeNull();
    await h.saveTemplate(template);
    expect(env.state.xmlParts).toHaveLength(1);
    expect(env.state.xmlParts[0].ns).toBe(TEMPLATE_NAMESPACE);
    expect(await h.loadTemplate()).toEqual(template);
    await h.saveTemplate({ ...template, version: 3 });
    expect(env.state.xmlParts).toHaveLength(1);
    expect(await h.loadTemplate()).toEqual({ ...template, version: 3 });
  });

  it('escapes XML and reads CDATA', () => {
    expect(templateXml({ a: '<b>' })).toContain('{"a":"&lt;b&gt;"}');
    expect(templateJson(`<template xmlns="x"><![CDATA[{"a":1}]]></template>`)).toBe('{"a":1}');
    expect(templateJson('<other/>')).toBeNull();
  });

  it('reports a stored template that is not JSON, and a host without ExcelApi 1.5', async () => {
    const env = new FakeEnv(18, [], 'zh-CN');
    env.state.addPart(`<template xmlns="${TEMPLATE_NAMESPACE}">{not json</template>`);
    expect(await refusal(createExcelHost({ env, lock: new WriteLock() }).loadTemplate(), 'zh-CN')).toBe('此工作簿中保存的模板不是有效的 JSON，已忽略。');
    const old = createExcelHost({ env: new FakeEnv(4), lock: new WriteLock() });
    expect(await rejection(old.saveTemplate(template))).toEqual({ code: 'unavailable', params: { feature: 'templateStorage', version: '1.5' } });
    expect(await refusal(old.saveTemplate(template))).toBe('This version of Excel does not support storing the template in the workbook (requires ExcelApi 1.5).');
  });
});
