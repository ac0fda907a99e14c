/**
 * Reads the arrangement out of a notice's text: its year, its items (“一、元旦：……”) and, sentence
 * by sentence, the days off and the 调休 working days. The forms the notices have used since 2008:
 *
 *   X月X日至X日放假调休，共N天。        X月X日（星期六）、X月X日（星期日）上班。
 *   X月X日放假，与周末连休。            X月X日放假，X月X日（星期一）补休。
 *   X月X日放假。                        X月X日（周三）放假1天，不调休。
 *   2022年12月31日至2023年1月2日放假调休（across a year and across months）
 *   中秋节、国庆节：10月1日至8日……      鼓励……在除夕（2月9日）休息（not a day off: noted）
 *
 * Every date keeps what its brackets say (星期日, 农历除夕、周二) and every “共N天” its range, for
 * the checks in noticeChecks.ts. What cannot be read becomes a finding, never a guess.
 */
import { type CalendarDate, calendarDate, compareDates, datesBetween } from '../date';
import { NOTICE_FINDINGS, NOTICE_HOLIDAY_WORDS, itemLabel } from '../../strings/notice';
import { type NoticeText, normalizeNoticeText, pastedSlice } from './noticeText';
import type { NoticeDay, NoticeFinding, NoticeItem } from './noticeTypes';
import type { HolidayKind } from './types';

/** An item as read, with the label findings name it by. */
export interface ReadItem extends NoticeItem {
  label: string;
}

/** A date written in the notice (a range has two), with its brackets. */
export interface WrittenDate {
  date: CalendarDate;
  /** What its brackets say (“农历除夕、周二”), normalized; null without brackets. */
  annotation: string | null;
  kind: HolidayKind;
  /** Written before 补休: a day off given back for a holiday on a weekend. */
  makeUp: boolean;
  item: ReadItem;
  sentence: string;
}

/** “共N天” (or “放假N天”) and the days off of its sentence. */
export interface WrittenCount {
  from: CalendarDate;
  to: CalendarDate;
  written: number;
  item: ReadItem;
  sentence: string;
}

export interface NoticeReading {
  /** The year read with: the one the text names, else the caller's. */
  year: number | null;
  /** The year the text names; null when it names none. */
  namedYear: number | null;
  items: ReadItem[];
  dates: WrittenDate[];
  /** Every day, ranges expanded, in the order written. */
  days: NoticeDay[];
  counts: WrittenCount[];
  findings: NoticeFinding[];
}

const escape = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const NAMES = Object.keys(NOTICE_HOLIDAY_WORDS)
  .sort((a, b) => b.length - a.length)
  .map(escape)
  .join('|');
const NUMERALS = '一二三四五六七八九十';
/** What may stand before an item's name: 一、 / 1. / (一) / —— / 2018年, and stray commas of reposts. */
const PREFIX = `[ \\t]*(?:\\(?([${NUMERALS}]{1,3}|\\d{1,2})\\)?)?[ \\t]*[,、.]*[ \\t]*[-—–_·•*]*[ \\t]*(?:\\d{4}[ \\t]*年[ \\t]*)?`;
/** An item's heading: the prefix, its holidays (元旦 / 中秋节、国庆节), a colon. */
const HEADING = new RegExp(
  `(^|[\\n。;\\s])(${PREFIX}((?:${NAMES})(?:[ \\t]*[、,和与及][ \\t]*(?:${NAMES}))*)[ \\t]*:)`,
  'g',
);
/** A heading whose name is not a holiday (garbled in a repost), at the start of a sentence. */
const OTHER_HEADING = new RegExp(`^${PREFIX}([^\\d:\\n]{1,20}):`);
/** 2027年2月5日 / 2月5日 / 5日, then its brackets. */
const DATE = /(^|[^\d])(?:(\d{4})\s*年\s*)?(?:(\d{1,2})\s*月\s*)?(\d{1,2})\s*日(?:\s*\(([^()]{0,40})\))?/g;
const RANGE_JOIN = /^\s*(?:至|到|~|-|—|–|－)\s*$/;
const OFF_WORD = /放假|补休|休息|调休/g;
const WORK_WORD = /上班|补班/g;
const COUNT = /(?:共|放假)\s*(\d{1,2}|[一二三四五六七八九十]{1,3})\s*天/;
const ENCOURAGED = /鼓励|倡导|提倡/;

function chineseNumber(text: string): number {
  if (/^\d+$/.test(text)) return Number(text);
  // 一 … 九十九: 十 alone is 10, 十二 12, 二十 20, 二十八 28.
  const digit = (char: string | undefined) => (char === undefined ? 0 : NUMERALS.indexOf(char) + 1);
  const ten = text.indexOf('十');
  if (ten < 0) return digit(text[0]);
  return (ten === 0 ? 1 : digit(text[0])) * 10 + (ten === text.length - 1 ? 0 : digit(text[ten + 1]));
}

/** The year the notice names: 关于2027年部分节假日…, 现将2027年…, 2027年元旦、…. */
function yearOf(text: string): number | null {
  const patterns = [/(\d{4})\s*年\s*部分节假日/, /现将\s*(\d{4})\s*年/, /(\d{4})\s*年\s*元旦\s*[、,]/];
  for (const pattern of patterns) {
    const match = pattern.exec(text);
    if (match) return Number(match[1]);
  }
  return null;
}

interface Heading {
  /** Where the heading (its prefix) starts in the normalized text, and where its colon ends. */
  start: number;
  bodyStart: number;
  number: number | null;
  holidays: string[];
}

function headings(text: string): Heading[] {
  const found: Heading[] = [];
  for (const match of text.matchAll(HEADING)) {
    const start = match.index + match[1].length;
    const names = match[4].split(/[ \t]*[、,和与及][ \t]*/).map((word) => NOTICE_HOLIDAY_WORDS[word]);
    found.push({
      start,
      bodyStart: start + match[2].length,
      number: match[3] === undefined ? null : chineseNumber(match[3]),
      holidays: [...new Set(names)],
    });
  }
  return found;
}

interface Sentence {
  start: number;
  end: number;
}

/** The sentences of an item's body: ended by 。 ; a line break, or a full stop between non-digits. */
function sentences(text: string, start: number, end: number): Sentence[] {
  const result: Sentence[] = [];
  let from = start;
  for (let i = start; i < end; i++) {
    const char = text[i];
    const stop =
      char === '。' ||
      char === ';' ||
      char === '\n' ||
      (char === '.' && !/\d/.test(text[i - 1] ?? '') && !/\d/.test(text[i + 1] ?? ''));
    if (stop) {
      result.push({ start: from, end: i + 1 });
      from = i + 1;
    }
  }
  if (from < end) result.push({ start: from, end });
  return result;
}

/** The sentence with its brackets (and a 不调休) blanked: keywords are searched outside them. */
function masked(text: string): string {
  return text.replace(/\([^()]*\)/g, (part) => ' '.repeat(part.length)).replace(/不调休/g, '   ');
}

interface DateMatch {
  start: number;
  end: number;
  year: number | null;
  month: number | null;
  day: number;
  annotation: string | null;
  text: string;
}

function dateMatches(sentence: string): DateMatch[] {
  // Dates inside brackets (除夕（2月9日）) belong to the words around them, not to the arrangement.
  const brackets = [...sentence.matchAll(/\([^()]*\)/g)].map((m) => [m.index, m.index + m[0].length]);
  const result: DateMatch[] = [];
  for (const match of sentence.matchAll(DATE)) {
    const start = match.index + match[1].length;
    if (brackets.some(([from, to]) => from < start && start < to)) continue;
    result.push({
      start,
      end: match.index + match[0].length,
      year: match[2] === undefined ? null : Number(match[2]),
      month: match[3] === undefined ? null : Number(match[3]),
      day: Number(match[4]),
      annotation: match[5] === undefined ? null : match[5].trim(),
      text: match[0].slice(match[1].length).replace(/\s*\(.*$/, ''),
    });
  }
  return result;
}

/** The first keyword after `from`: the kind of the dates before it. */
function kindAfter(plain: string, from: number): { kind: HolidayKind; makeUp: boolean } | null {
  let best: { at: number; kind: HolidayKind; makeUp: boolean } | null = null;
  for (const [pattern, kind] of [
    [OFF_WORD, 'off'],
    [WORK_WORD, 'working'],
  ] as const) {
    pattern.lastIndex = from;
    const match = pattern.exec(plain);
    if (match && (best === null || match.index < best.at))
      best = { at: match.index, kind, makeUp: match[0] === '补休' };
  }
  return best;
}

class Reader {
  readonly items: ReadItem[] = [];
  readonly dates: WrittenDate[] = [];
  readonly days: NoticeDay[] = [];
  readonly counts: WrittenCount[] = [];
  readonly findings: NoticeFinding[] = [];

  constructor(
    private readonly notice: NoticeText,
    private readonly year: number | null,
  ) {}

  private find(
    kind: NoticeFinding['kind'],
    severity: NoticeFinding['severity'],
    message: string,
    item: ReadItem,
    sentence: string,
  ) {
    this.findings.push({ kind, severity, message, sentence, item: item.number });
  }

  readItem(heading: Heading, place: number, end: number): void {
    const { text } = this.notice;
    const number = heading.number ?? place;
    const item: ReadItem = {
      number,
      holidays: heading.holidays,
      label: itemLabel(number, heading.holidays),
      text: '',
    };
    this.items.push(item);
    let read = false;
    let first = true;
    let itemEnd = heading.bodyStart;
    for (const part of sentences(text, heading.bodyStart, end)) {
      const body = text.slice(part.start, part.end);
      if (/^[\s,、。;.]*$/.test(body)) continue;
      const sentence = pastedSlice(this.notice, first ? heading.start : part.start, part.end);
      first = false;
      if (OTHER_HEADING.test(body.trim())) {
        // The rest of this body belongs to an item whose name we cannot read.
        this.find('unknown-heading', 'error', NOTICE_FINDINGS.unknownHeading(item.label), item, sentence);
        break;
      }
      const matches = dateMatches(body);
      // “鼓励……在除夕（2月9日）休息”: an encouragement, its date in brackets; noted, not read.
      const mentioned = [...body.matchAll(/(\d{1,2})\s*月\s*(\d{1,2})\s*日/g)].map((m) => m[0]);
      if (ENCOURAGED.test(body) && mentioned.length > 0) {
        itemEnd = part.end;
        this.find(
          'encouraged',
          'info',
          NOTICE_FINDINGS.encouraged(item.label, mentioned.join('、')),
          item,
          sentence,
        );
        continue;
      }
      if (matches.length === 0) {
        // The paragraph after the items (节假日期间……, a signature, a repost's noise) ends the item.
        if (read) break;
        continue;
      }
      itemEnd = part.end;
      read = true;
      this.readSentence(body, matches, item, sentence);
    }
    item.text = pastedSlice(this.notice, heading.start, itemEnd);
  }

  private readSentence(body: string, matches: DateMatch[], item: ReadItem, sentence: string): void {
    const plain = masked(body);
    // Asserted, not annotated: TypeScript would keep a `let … = null` narrowed to null in the loop.
    let context = null as { year: number; month: number } | null;
    let unreadable = false;
    const resolved: Array<{ match: DateMatch; date: CalendarDate }> = [];
    for (const match of matches) {
      // A day alone (至3日) takes the month and year before it; a month without a year, the notice's.
      const month: number | null = match.month ?? context?.month ?? null;
      const year: number | null = match.year ?? (match.month === null ? context?.year : this.year) ?? null;
      if (month === null) {
        // After a date that could not be read, a day alone (至8日) has no month to take: one finding is enough.
        if (unreadable) continue;
        this.find(
          'day-without-month',
          'error',
          NOTICE_FINDINGS.dayWithoutMonth(item.label, match.text),
          item,
          sentence,
        );
        continue;
      }
      // Without a year (none in the text, none given) there is no date; that finding is the notice's.
      if (year === null) continue;
      const date = calendarDate(year, month, match.day);
      if (date === null) {
        unreadable = true;
        this.find('bad-date', 'error', NOTICE_FINDINGS.badDate(item.label, match.text), item, sentence);
        continue;
      }
      context = { year, month };
      resolved.push({ match, date });
    }
    let unread = false;
    const offDates: CalendarDate[] = [];
    for (let i = 0; i < resolved.length; i++) {
      const first = resolved[i];
      let last = first;
      const next = resolved[i + 1];
      if (next && RANGE_JOIN.test(body.slice(first.match.end, next.match.start))) {
        last = next;
        i++;
        if (compareDates(last.date, first.date) < 0) {
          this.find(
            'backward-range',
            'error',
            NOTICE_FINDINGS.backwardRange(item.label, first.date, last.date),
            item,
            sentence,
          );
          continue;
        }
      }
      const kind = kindAfter(plain, last.match.end);
      if (kind === null) {
        unread = true;
        continue;
      }
      for (const point of first === last ? [first] : [first, last])
        this.dates.push({
          date: point.date,
          annotation: point.match.annotation,
          kind: kind.kind,
          makeUp: kind.makeUp,
          item,
          sentence,
        });
      for (const date of datesBetween(first.date, last.date)) {
        this.days.push({
          date,
          kind: kind.kind,
          holiday: item.holidays.join('、'),
          sentence,
          item: item.number,
        });
        if (kind.kind === 'off') offDates.push(date);
      }
    }
    if (unread)
      this.find('unread-sentence', 'error', NOTICE_FINDINGS.unreadSentence(item.label), item, sentence);
    const count = COUNT.exec(plain);
    if (count && offDates.length > 0) {
      const sorted = [...offDates].sort(compareDates);
      this.counts.push({
        from: sorted[0],
        to: sorted[sorted.length - 1],
        written: chineseNumber(count[1]),
        item,
        sentence,
      });
    }
  }
}

/** Reads `source`; `fallbackYear` is used when the text names no year of its own. */
export function readNoticeText(source: string, fallbackYear: number | null): NoticeReading {
  const notice = normalizeNoticeText(source);
  const written = yearOf(notice.text);
  const year = written ?? fallbackYear;
  const reader = new Reader(notice, year);
  const found = headings(notice.text);
  found.forEach((heading, index) => {
    const end = found[index + 1]?.start ?? notice.text.length;
    reader.readItem(heading, index + 1, end);
  });
  return {
    year,
    namedYear: written,
    items: reader.items,
    dates: reader.dates,
    days: reader.days,
    counts: reader.counts,
    findings: reader.findings,
  };
}
