/**
 * The number format of each cell style (<cellXfs> of styles.xml): a custom format by its id in
 * <numFmts>, else one of Excel's built-in formats. Built-in formats are not stored in the file;
 * their codes here are those ExcelJS gives, and for the East Asian date formats (27–36, 50–58)
 * the ones Chinese Excel shows, so a date formatted 2027年3月12日 by Chinese Excel or WPS still
 * reads as a date.
 */
import { elementPattern, innerXml, parseAttributes } from './xmlText';

const BUILT_IN: Readonly<Record<number, string>> = {
  0: 'General',
  1: '0',
  2: '0.00',
  3: '#,##0',
  4: '#,##0.00',
  9: '0%',
  10: '0.00%',
  11: '0.00E+00',
  12: '# ?/?',
  13: '# ??/??',
  14: 'mm-dd-yy',
  15: 'd-mmm-yy',
  16: 'd-mmm',
  17: 'mmm-yy',
  18: 'h:mm AM/PM',
  19: 'h:mm:ss AM/PM',
  20: 'h:mm',
  21: 'h:mm:ss',
  22: 'm/d/yy "h":mm',
  27: 'yyyy"年"m"月"',
  28: 'm"月"d"日"',
  29: 'm"月"d"日"',
  30: 'm-d-yy',
  31: 'yyyy"年"m"月"d"日"',
  32: 'h"时"mm"分"',
  33: 'h"时"mm"分"ss"秒"',
  34: '上午/下午 h"时"mm"分"',
  35: '上午/下午 h"时"mm"分"ss"秒"',
  36: 'yyyy"年"m"月"',
  37: '#,##0 ;(#,##0)',
  38: '#,##0 ;[Red](#,##0)',
  39: '#,##0.00 ;(#,##0.00)',
  40: '#,##0.00 ;[Red](#,##0.00)',
  45: 'mm:ss',
  46: '[h]:mm:ss',
  47: 'mmss.0',
  48: '##0.0E+0',
  49: '@',
  50: 'yyyy"年"m"月"',
  51: 'm"月"d"日"',
  52: 'yyyy"年"m"月"',
  53: 'm"月"d"日"',
  54: 'm"月"d"日"',
  55: '上午/下午 h"时"mm"分"',
  56: '上午/下午 h"时"mm"分"ss"秒"',
  57: 'yyyy"年"m"月"',
  58: 'm"月"d"日"',
};

/** The code of a built-in number format id, or undefined for an id Excel does not define. */
export function builtInFormat(id: number): string | undefined {
  return BUILT_IN[id];
}

/** The custom number formats of a styles part, by id. */
export function parseNumberFormats(stylesXml: string): Map<number, string> {
  const formats = new Map<number, string>();
  const block = elementPattern('numFmts', '').exec(stylesXml)?.[0];
  for (const match of block?.match(elementPattern('numFmt')) ?? []) {
    const attributes = parseAttributes(match);
    const id = Number(attributes.get('numFmtId'));
    const code = attributes.get('formatCode');
    if (Number.isInteger(id) && code !== undefined) formats.set(id, code);
  }
  return formats;
}

/** The number format of each cell style, by its index in <cellXfs>. */
export function cellNumberFormats(stylesXml: string | null): string[] {
  if (stylesXml === null) return [];
  const custom = parseNumberFormats(stylesXml);
  const block = elementPattern('cellXfs', '').exec(stylesXml)?.[0];
  if (block === undefined) return [];
  return (innerXml(block).match(/<(?:[\w.-]+:)?xf(?=[\s>/])[^>]*>/g) ?? []).map((tag) => {
    const id = Number(parseAttributes(tag).get('numFmtId') ?? 0);
    return custom.get(id) ?? BUILT_IN[id] ?? 'General';
  });
}
