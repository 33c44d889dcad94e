import { decodeText, parseCsv } from '../../src/data/csv';
import { encodeGbk } from './gbk';

const rows = (text: string, delimiter?: number): unknown[][] => {
  const g = parseCsv(text, delimiter);
  return Array.from({ length: g.length }, (_, r) => Array.from({ length: g.width(r) }, (_, c) => g.cell(r, c)));
};

describe('CSV', () => {
  it('reads RFC 4180 quoting: delimiters, doubled quotes and line breaks inside quotes', () => {
    const text = 'Customer,Notes,Amount\r\n"Acme, Inc.","said ""yes""\r\nthen left","1,200.00"\r\nBeta,,5\r\n';
    expect(rows(text)).toEqual([
      ['Customer', 'Notes', 'Amount'],
      ['Acme, Inc.', 'said "yes"\r\nthen left', '1,200.00'],
      ['Beta', null, '5'],
    ]);
    // The record after a quoted line break starts on line 4: that is the row messages name.
    const g = parseCsv(text);
    expect([g.rowNumber(0), g.rowNumber(1), g.rowNumber(2)]).toEqual([1, 2, 4]);
  });

  it('takes LF, CR LF and CR line ends, a missing last line end and trailing delimiters', () => {
    expect(rows('a,b\nc,d')).toEqual([['a', 'b'], ['c', 'd']]);
    expect(rows('a,b\rc,d\r')).toEqual([['a', 'b'], ['c', 'd']]);
    expect(rows('a,b,\r\nc,d,')).toEqual([['a', 'b', null], ['c', 'd', null]]);
    const g = parseCsv('a\n\nb\n');
    expect([g.length, g.rowNumber(2)]).toEqual([3, 3]);
  });

  it('finds a semicolon or tab delimiter', () => {
    expect(rows('Kunde;Datum;Betrag\nA;2024-01-02;"1 234"\n')).toEqual([['Kunde', 'Datum', 'Betrag'], ['A', '2024-01-02', '1 234']]);
    expect(rows('a\tb\n"x\ty"\tz\n')).toEqual([['a', 'b'], ['x\ty', 'z']]);
  });

  it('reports a quote that never closes, with its line', () => {
    const g = parseCsv('a,b\n1,2\n"open,3\n4,5\n');
    expect(g.unterminatedQuoteLine).toBe(3);
  });

  it('decodes UTF-8 with and without BOM, GB18030/GBK and UTF-16, and refuses what is none of them', () => {
    const text = '客户名称,成交金额\r\n成都蜀锦纺织有限公司,"￥1,200.00"\r\n';
    const utf8 = new TextEncoder().encode(text);
    expect(decodeText(utf8)).toEqual({ ok: true, text, encoding: 'utf-8', bom: false });
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]))).toEqual({ ok: true, text, encoding: 'utf-8', bom: true });
    const gbk = encodeGbk(text);
    expect(gbk.length).toBeLessThan(utf8.length); // two bytes a character, not three
    expect(decodeText(gbk)).toEqual({ ok: true, text, encoding: 'gb18030', bom: false });
    const utf16 = new Uint8Array([0xff, 0xfe, ...new Uint8Array(Uint16Array.from(text, (c) => c.charCodeAt(0)).buffer)]);
    expect(decodeText(utf16)).toEqual({ ok: true, text, encoding: 'utf-16le', bom: true });
    expect(decodeText(new Uint8Array([0x61, 0x2c, 0xff, 0xfe, 0xfd, 0x0a]))).toEqual({ ok: false, reason: 'unreadable' });
    expect(decodeText(new Uint8Array([0x61, 0x00, 0x62, 0x00]))).toEqual({ ok: false, reason: 'unreadable' });
    expect(decodeText(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2]))).toEqual({ ok: false, reason: 'zip' });
    expect(decodeText(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 1, 2]))).toEqual({ ok: false, reason: 'xls' });
  });
});
