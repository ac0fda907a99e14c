/**
 * The text of string items: a shared string (<si>) or an inline string (<is>), plain or rich
 * (runs joined, as Office.js gives range.values). Phonetic runs (<rPh>, furigana) are not part of
 * the cell's text.
 */
import { unescapeSpreadsheetText, unescapeXml } from './xmlText';

const ITEM = /<(?:[\w.-]+:)?si(?=[\s>/])[^>]*?(?:\/>|>([\s\S]*?)<\/(?:[\w.-]+:)?si>)/g;
const PHONETIC = /<(?:[\w.-]+:)?rPh(?=[\s>/])[^>]*?(?:\/>|>[\s\S]*?<\/(?:[\w.-]+:)?rPh>)/g;
const TEXT = /<(?:[\w.-]+:)?t(?=[\s>/])[^>]*?(?:\/>|>([\s\S]*?)<\/(?:[\w.-]+:)?t>)/g;

/** The shared strings table in index order. */
export function parseSharedStrings(xml: string): string[] {
  const strings: string[] = [];
  for (const match of xml.matchAll(ITEM)) strings.push(stringItemText(match[1] ?? ''));
  return strings;
}

/** The text of the content of an <si> or <is> element. */
export function stringItemText(content: string): string {
  const body = content.includes('rPh') ? content.replace(PHONETIC, '') : content;
  let text = '';
  for (const match of body.matchAll(TEXT)) text += match[1] ?? '';
  return unescapeSpreadsheetText(unescapeXml(text));
}
