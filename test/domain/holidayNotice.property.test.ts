/**
 * Whatever is pasted, reading a notice never throws, and what it returns holds together: real
 * dates in date order, every day in an item of the notice, every finding with a message. Random
 * text, random runs of the notices' own words, and the 2025 notice with characters deleted,
 * inserted or swapped. The seed is fixed and printed in the test names, so a failure replays.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { parseIsoDate } from '../../src/domain/date';
import { readHolidayNotice } from '../../src/domain/holidays/notice';
import type { HolidayNotice } from '../../src/domain/holidays/noticeTypes';

const SEED = 20271116;
const RUNS = 300;
const OFFICIAL = readFileSync(path.join(__dirname, '..', 'fixtures', 'holiday-notices', '2025.txt'), 'utf8');

/** The notices' own words and marks, so random text often looks like (part of) a notice. */
const WORDS = [
  '一、',
  '二、',
  '十、',
  '——',
  '元旦',
  '春节',
  '春節',
  '清明节',
  '劳动节',
  '端午',
  '中秋节',
  '国庆节',
  '、',
  '：',
  ':',
  '，',
  ',',
  '。',
  '.',
  ';',
  '（',
  '）',
  '(',
  ')',
  '至',
  '-',
  '~',
  '月',
  '日',
  '年',
  '1',
  '2',
  '9',
  '12',
  '31',
  '2027',
  '0',
  '放假',
  '调休',
  '不调休',
  '补休',
  '上班',
  '共',
  '天',
  '星期',
  '周',
  '日',
  '六',
  '农历',
  '除夕',
  '正月',
  '初七',
  '腊月',
  '廿',
  '鼓励',
  '休息',
  '关于2027年部分节假日安排的通知',
  '现将2026年',
  '\n',
  '\n\n',
  ' ',
  '\t',
  '\r\n',
  '(jié)',
];

function wellFormed(notice: HolidayNotice): void {
  const dates = notice.days.map((day) => day.date);
  for (const date of dates) expect(parseIsoDate(date)).toBe(date);
  expect([...dates].sort()).toEqual(dates);
  const numbers = new Set(notice.items.map((item) => item.number));
  for (const day of notice.days) expect(numbers.has(day.item)).toBe(true);
  for (const finding of notice.findings) {
    expect(finding.message.length).toBeGreaterThan(0);
    if (finding.item !== null) expect(numbers.has(finding.item)).toBe(true);
  }
  // Days only when the year is known and in range.
  if (notice.year === null) expect(notice.days).toEqual([]);
}

describe('reading a notice never throws', () => {
  it(`random text (fast-check seed ${SEED})`, () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', maxLength: 300 }),
        fc.option(fc.integer({ min: 1990, max: 2110 })),
        (text, year) => {
          wellFormed(readHolidayNotice(text, year === null ? {} : { year }));
        },
      ),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it(`runs of the notices' own words (fast-check seed ${SEED})`, () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...WORDS), { maxLength: 120 }), (words) => {
        wellFormed(readHolidayNotice(words.join(''), { year: 2027 }));
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it(`the 2025 notice with characters deleted, inserted or swapped (fast-check seed ${SEED})`, () => {
    const edit = fc.record({
      at: fc.nat({ max: OFFICIAL.length - 1 }),
      length: fc.integer({ min: 1, max: 12 }),
      insert: fc.constantFrom('', ...WORDS),
    });
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 6 }), (edits) => {
        let text = OFFICIAL;
        for (const { at, length, insert } of edits) {
          const from = Math.min(at, text.length);
          text = text.slice(0, from) + insert + text.slice(from + length);
        }
        wellFormed(readHolidayNotice(text));
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('long runs of white space and repeated marks end quickly (no pattern retries every split)', () => {
    for (const text of [
      `一${' \t'.repeat(5000)}元旦`,
      `${' '.repeat(20000)}x`,
      `一、元旦:${'1月1日至'.repeat(2000)}`,
      `${'('.repeat(3000)}1月1日${')'.repeat(3000)}`,
      '、'.repeat(20000),
    ])
      wellFormed(readHolidayNotice(text, { year: 2027 }));
  });
});
