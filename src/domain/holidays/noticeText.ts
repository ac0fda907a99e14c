/**
 * A pasted notice as the reader sees it: one spelling for the many ways the web reposts it.
 * Full-width letters, digits and punctuation become ASCII ("（星期日）" and "(星期日)" read alike),
 * traditional characters become simplified ones (only those a notice uses), pinyin that spam sites
 * put after characters — 節(jié) — is dropped, line breaks become "\n" and a run of spaces or tabs
 * one space.
 *
 * Each character of the result remembers where it came from, so a finding can quote the sentence
 * exactly as the user pasted it.
 */

/** Traditional characters of the notices (and their reposts), each followed by its simplified form. */
const TRADITIONAL_PAIRS =
  '國国務务辦办廳厅關关於于節节勞劳動动慶庆調调補补週周與与連连農农曆历歷历臘腊勵励屬属機机構构' +
  '經经準准現现將将體体區区轄辖門门衛卫發发規规時时報报並并處处確确眾众衆众過过號号電电據据進进' +
  '優优則则個个別别訂订紀纪錯错實实際际較较長长禮礼當当這这後后來来會会應应結结帶带單单職职間间' +
  '點点從从兩两為为爲为總总數数開开對对';

const TO_SIMPLIFIED = new Map<string, string>();
for (let i = 0; i < TRADITIONAL_PAIRS.length; i += 2)
  TO_SIMPLIFIED.set(TRADITIONAL_PAIRS[i], TRADITIONAL_PAIRS[i + 1]);

/** Pinyin in brackets right after a character: 節(jié), 務（wù）. */
const PINYIN = /[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ]{1,7}[)）]/g;
const ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff]/;

export interface NoticeText {
  /** The normalized text. */
  text: string;
  /** For each character of `text`, its index in the pasted text (one more entry: the end). */
  origin: readonly number[];
  /** The pasted text. */
  source: string;
}

function mapped(char: string): string {
  const code = char.charCodeAt(0);
  // Full-width ASCII (！ … ～) → ASCII; the ideographic and no-break spaces → a space.
  if (code >= 0xff01 && code <= 0xff5e) return String.fromCharCode(code - 0xfee0);
  if (char === '\u3000' || char === '\u00a0') return ' ';
  return TO_SIMPLIFIED.get(char) ?? char;
}

export function normalizeNoticeText(source: string): NoticeText {
  const dropped = new Uint8Array(source.length);
  for (const match of source.matchAll(PINYIN)) dropped.fill(1, match.index, match.index + match[0].length);
  let text = '';
  const origin: number[] = [];
  for (let i = 0; i < source.length; i++) {
    const char = source[i];
    if (dropped[i] === 1 || ZERO_WIDTH.test(char)) continue;
    let out: string;
    if (char === '\r') {
      // \r\n is one line break; a lone \r (old Mac files) is one too.
      if (source[i + 1] === '\n') continue;
      out = '\n';
    } else out = char === '\t' ? ' ' : mapped(char);
    // A run of spaces is one: the reader's patterns then never try the ways to split a long run.
    if (out === ' ' && text.endsWith(' ')) continue;
    text += out;
    origin.push(i);
  }
  origin.push(source.length);
  return { text, origin, source };
}

/** The pasted text behind `text.slice(start, end)`, with its inner white space runs as one space. */
export function pastedSlice(notice: NoticeText, start: number, end: number): string {
  if (end <= start) return '';
  const from = notice.origin[start];
  const to = notice.origin[end - 1] + 1;
  return notice.source.slice(from, to).replace(/\s+/g, ' ').trim();
}
