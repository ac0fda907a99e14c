/**
 * The notice checked against itself and against the calendar: the weekday and lunar day in each
 * date's brackets, each “共N天” against its range, 调休 working days on weekends and 补休 days on
 * weekdays, no day both off and working, every holiday of the year present once, and each
 * statutory day of 《全国年节及纪念日放假办法》 (the provisional calendar: 春节 from 除夕, 中秋 on
 * 八月十五 …) off under its own holiday.
 */
import { type CalendarDate, daysBetween, isWeekend, isoWeekday } from '../date';
import { HOLIDAY_NAMES } from '../../strings/calendar';
import { NOTICE_FINDINGS, STATUTORY_RULE_WORDS, weekdayWord } from '../../strings/notice';
import { isLunarNewYearsEve, lunarDayOf } from './lunar';
import type { NoticeReading, ReadItem, WrittenDate } from './noticeRead';
import type { NoticeDay, NoticeFinding } from './noticeTypes';
import { provisionalDays } from './provisional';

const NUMERALS = '一二三四五六七八九十';
const LUNAR_MONTHS = ['正', '二', '三', '四', '五', '六', '七', '八', '九', '十', '冬', '腊'];

/** 初七, 十五, 廿八, 三十. */
function lunarDayWord(day: number): string {
  if (day <= 10) return `初${NUMERALS[day - 1]}`;
  if (day < 20) return `十${NUMERALS[day - 11]}`;
  if (day === 20) return '二十';
  if (day < 30) return `廿${NUMERALS[day - 21]}`;
  return '三十';
}

/** 腊月廿九 (除夕), 正月初七. */
function lunarWords(date: CalendarDate): string {
  const lunar = lunarDayOf(date);
  const words = `${lunar.leap ? '闰' : ''}${LUNAR_MONTHS[lunar.month - 1]}月${lunarDayWord(lunar.day)}`;
  return isLunarNewYearsEve(date) ? `${words}（除夕）` : words;
}

function smallNumber(text: string): number {
  if (text === '十') return 10;
  if (text.startsWith('十')) return 10 + NUMERALS.indexOf(text[1]) + 1;
  if (text.startsWith('二十')) return text.length === 2 ? 20 : 20 + NUMERALS.indexOf(text[2]) + 1;
  if (text === '三十') return 30;
  return NUMERALS.indexOf(text) + 1;
}

/** A lunar day written in brackets (除夕, 正月初七, 农历腊月二十八, 大年初六); null for other words. */
function writtenLunarDay(word: string): { eve: true } | { month: number | null; day: number } | null {
  const text = word.replace(/^农历/, '');
  if (text === '除夕' || text === '大年三十' || text === '年三十') return { eve: true };
  const match =
    /^(大年)?(正|冬|腊|[一二三四五六七八九十]{1,2})?月?(初[一二三四五六七八九十]|十[一二三四五六七八九]?|二十[一二三四五六七八九]?|廿[一二三四五六七八九]|三十)$/.exec(
      text,
    );
  if (!match || (match[1] === undefined && match[2] === undefined)) return null;
  const monthWord = match[2];
  let month: number | null = match[1] !== undefined ? 1 : null;
  if (monthWord === '正') month = 1;
  else if (monthWord === '冬') month = 11;
  else if (monthWord === '腊') month = 12;
  else if (monthWord !== undefined) month = smallNumber(monthWord);
  const dayWord = match[3];
  let day: number;
  if (dayWord.startsWith('初')) day = smallNumber(dayWord.slice(1));
  else if (dayWord.startsWith('廿')) day = 20 + smallNumber(dayWord.slice(1));
  else day = smallNumber(dayWord);
  return { month, day };
}

const WEEKDAY_WORD = /^(?:星期|周|礼拜)([一二三四五六日天])$/;

function checkBrackets(written: WrittenDate, findings: NoticeFinding[]): void {
  if (written.annotation === null) return;
  const { date, item, sentence } = written;
  for (const word of written.annotation.split(/[、,\s]+/).filter((w) => w !== '')) {
    const weekday = WEEKDAY_WORD.exec(word);
    if (weekday) {
      const said = '一二三四五六'.indexOf(weekday[1]) + 1 || 7;
      if (said !== isoWeekday(date))
        findings.push({
          kind: 'weekday-mismatch',
          severity: 'warning',
          message: NOTICE_FINDINGS.weekdayMismatch(item.label, date, weekdayWord(isoWeekday(date)), word),
          sentence,
          item: item.number,
        });
      continue;
    }
    const lunar = writtenLunarDay(word);
    if (lunar === null) continue;
    const actual = lunarDayOf(date);
    const right =
      'eve' in lunar
        ? isLunarNewYearsEve(date)
        : actual.day === lunar.day && (lunar.month === null || lunar.month === actual.month);
    if (!right)
      findings.push({
        kind: 'lunar-mismatch',
        severity: 'warning',
        message: NOTICE_FINDINGS.lunarMismatch(item.label, date, lunarWords(date), word),
        sentence,
        item: item.number,
      });
  }
}

function itemOf(reading: NoticeReading, day: NoticeDay): ReadItem {
  return reading.items.find((item) => item.number === day.item) ?? reading.items[0];
}

function checkDays(reading: NoticeReading, findings: NoticeFinding[]): void {
  const byDate = new Map<CalendarDate, NoticeDay[]>();
  for (const day of reading.days) byDate.set(day.date, [...(byDate.get(day.date) ?? []), day]);
  for (const [date, days] of byDate) {
    const off = days.find((day) => day.kind === 'off');
    const working = days.find((day) => day.kind === 'working');
    if (off && working) {
      findings.push({
        kind: 'off-and-working',
        severity: 'error',
        message: NOTICE_FINDINGS.offAndWorking(
          date,
          itemOf(reading, off).label,
          itemOf(reading, working).label,
        ),
        sentence: working.sentence,
        item: working.item,
      });
    } else if (days.length > 1) {
      findings.push({
        kind: 'duplicate-day',
        severity: 'warning',
        message: NOTICE_FINDINGS.duplicateDay(
          date,
          itemOf(reading, days[0]).label,
          itemOf(reading, days[1]).label,
        ),
        sentence: days[1].sentence,
        item: days[1].item,
      });
    }
    if (working && !off && !isWeekend(date))
      findings.push({
        kind: 'working-on-weekday',
        severity: 'warning',
        message: NOTICE_FINDINGS.workingOnWeekday(
          itemOf(reading, working).label,
          date,
          weekdayWord(isoWeekday(date)),
        ),
        sentence: working.sentence,
        item: working.item,
      });
  }
  for (const written of reading.dates)
    if (written.makeUp && isWeekend(written.date))
      findings.push({
        kind: 'make-up-on-weekend',
        severity: 'warning',
        message: NOTICE_FINDINGS.makeUpOnWeekend(
          written.item.label,
          written.date,
          weekdayWord(isoWeekday(written.date)),
        ),
        sentence: written.sentence,
        item: written.item.number,
      });
}

/** How a finding states where the 放假办法 puts a holiday's day. */
function ruleWords(holiday: string, date: CalendarDate): string {
  if (holiday === HOLIDAY_NAMES.newYear) return STATUTORY_RULE_WORDS.newYear;
  if (holiday === HOLIDAY_NAMES.qingming) return STATUTORY_RULE_WORDS.qingming;
  if (holiday === HOLIDAY_NAMES.labourDay) return STATUTORY_RULE_WORDS.labourDay(Number(date.slice(8)));
  if (holiday === HOLIDAY_NAMES.nationalDay) return STATUTORY_RULE_WORDS.nationalDay(Number(date.slice(8)));
  const words = lunarWords(date);
  return STATUTORY_RULE_WORDS.lunar(isLunarNewYearsEve(date) ? '除夕' : words);
}

/** The statutory days of each holiday of a year; kept, as the lunar dates take a moment to find. */
const STATUTORY = new Map<number, ReadonlyMap<string, readonly CalendarDate[]>>();

function statutoryDays(year: number): ReadonlyMap<string, readonly CalendarDate[]> {
  let days = STATUTORY.get(year);
  if (days === undefined) {
    const byName = new Map<string, CalendarDate[]>();
    for (const day of provisionalDays(year))
      for (const name of day.name.split('、')) byName.set(name, [...(byName.get(name) ?? []), day.date]);
    days = byName;
    STATUTORY.set(year, days);
  }
  return days;
}

/** Every holiday of the year in an item once; each statutory day off under its holiday. */
function checkStatutory(reading: NoticeReading, year: number, findings: NoticeFinding[]): void {
  const statutory = statutoryDays(year);
  const itemsOf = new Map<string, ReadItem[]>();
  for (const item of reading.items)
    for (const holiday of item.holidays) itemsOf.set(holiday, [...(itemsOf.get(holiday) ?? []), item]);
  // An item with a date that could not be read is checked again once it is corrected.
  const unreadable = new Set(
    reading.findings.filter((finding) => finding.severity === 'error').map((finding) => finding.item),
  );
  for (const [holiday, dates] of statutory) {
    const items = itemsOf.get(holiday) ?? [];
    if (items.length === 0) {
      findings.push({
        kind: 'holiday-missing',
        severity: 'error',
        message: NOTICE_FINDINGS.holidayMissing(holiday, dates.join('、')),
        sentence: null,
        item: null,
      });
      continue;
    }
    if (items.length > 1)
      findings.push({
        kind: 'duplicate-holiday',
        severity: 'warning',
        message: NOTICE_FINDINGS.duplicateHoliday(holiday, items[0].label, items[1].label),
        sentence: items[1].text,
        item: items[1].number,
      });
    if (items.some((item) => unreadable.has(item.number))) continue;
    for (const date of dates) {
      const off = reading.days.filter((day) => day.date === date && day.kind === 'off');
      if (off.length === 0) {
        findings.push({
          kind: 'statutory-not-off',
          severity: 'warning',
          message: NOTICE_FINDINGS.statutoryNotOff(holiday, date, ruleWords(holiday, date)),
          sentence: items[0].text,
          item: items[0].number,
        });
      } else if (!off.some((day) => day.holiday.split('、').includes(holiday))) {
        findings.push({
          kind: 'statutory-under-other',
          severity: 'warning',
          message: NOTICE_FINDINGS.statutoryUnderOther(holiday, date, itemOf(reading, off[0]).label),
          sentence: off[0].sentence,
          item: off[0].item,
        });
      }
    }
  }
}

function checkCounts(reading: NoticeReading, findings: NoticeFinding[]): void {
  for (const count of reading.counts) {
    const actual = daysBetween(count.from, count.to) + 1;
    if (actual !== count.written)
      findings.push({
        kind: 'count-mismatch',
        severity: 'warning',
        message: NOTICE_FINDINGS.countMismatch(count.item.label, count.from, count.to, count.written, actual),
        sentence: count.sentence,
        item: count.item.number,
      });
  }
}

/** The findings of the checks, for a reading of `year` (2000–2099). */
export function checkNoticeReading(reading: NoticeReading, year: number): NoticeFinding[] {
  const findings: NoticeFinding[] = [];
  for (const written of reading.dates) checkBrackets(written, findings);
  checkCounts(reading, findings);
  checkDays(reading, findings);
  checkStatutory(reading, year, findings);
  return findings;
}
