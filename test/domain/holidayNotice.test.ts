/**
 * The State Council's holiday notices of 2011–2026 (test/fixtures/holiday-notices, sources in its
 * SOURCES.md) read to exactly the days off and 调休 working days that the chinese-days package has
 * for them; the forms the notices use, one by one; reposted variants found on the web and made
 * from the 2025 notice (half-width, traditional, no blank lines, a wrong weekday, a missing item …)
 * with the findings they must give.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import packageData from 'chinese-days/dist/chinese-days.json';
import { hasNoticeErrors, noticeHolidayEntries, readHolidayNotice } from '../../src/domain/holidays/notice';
import type { HolidayNotice } from '../../src/domain/holidays/noticeTypes';

const FIXTURES = path.join(__dirname, '..', 'fixtures', 'holiday-notices');
const text = (name: string) => readFileSync(path.join(FIXTURES, name), 'utf8');

/** 'YYYY-MM-DD off|working' for each day, in date order. */
const dayKeys = (notice: HolidayNotice) => notice.days.map((day) => `${day.date} ${day.kind}`);
const kinds = (notice: HolidayNotice) => notice.findings.map((finding) => finding.kind);

const data = packageData as { holidays: Record<string, string>; workdays: Record<string, string> };

/**
 * The package's days of a year's notice: a notice for Y may start in late December of Y-1 (元旦
 * 2023 from 2022-12-31, the 2012 notice's working day 2011-12-31) and ends with 国庆 in October; the
 * next notice's 元旦 starts on 29 December at the earliest. So: 25 December of Y-1 to 24 December of Y.
 */
function packageDays(year: number): string[] {
  const from = `${year - 1}-12-25`;
  const to = `${year}-12-24`;
  const within = (date: string) => date >= from && date <= to;
  return [
    ...Object.keys(data.holidays)
      .filter(within)
      .map((date) => `${date} off`),
    ...Object.keys(data.workdays)
      .filter(within)
      .map((date) => `${date} working`),
  ].sort();
}

/**
 * Where the package and the notice differ, day by day, and why. A one-off notice published later
 * in the year is in the package but not in the yearly notice; elsewhere the package lists the
 * weekend days around a holiday inconsistently (a weekend day off or not changes no working day).
 */
const DIFFERENCES: Record<number, { packageOnly: string[]; noticeOnly: string[]; why: string }> = {
  2011: {
    packageOnly: [],
    noticeOnly: ['2011-06-05 off'],
    why: '“端午节：6月4日至6日放假公休”: the package leaves out the Sunday inside the range',
  },
  2012: {
    packageOnly: [],
    noticeOnly: ['2012-06-23 off'],
    why: '“端午节：6月22日至24日放假公休”: the package leaves out the Saturday inside the range',
  },
  2014: {
    packageOnly: ['2014-04-06 off'],
    noticeOnly: [],
    why: '“清明节：4月5日放假，4月7日（星期一）补休”: the package adds the Sunday between them',
  },
  2015: {
    packageOnly: ['2015-09-03 off', '2015-09-04 off', '2015-09-06 working'],
    noticeOnly: [],
    why:
      'compared without the one-off notice of 13 May 2015 (国发明电〔2015〕1号, the 70th anniversary ' +
      'of the victory: 9月3日至5日调休放假, 9月6日上班), which the package includes',
  },
  2019: {
    packageOnly: [
      '2019-04-06 off',
      '2019-04-07 off',
      '2019-04-28 working',
      '2019-05-02 off',
      '2019-05-03 off',
      '2019-05-04 off',
      '2019-05-05 working',
      '2019-06-08 off',
      '2019-06-09 off',
      '2019-09-14 off',
      '2019-09-15 off',
    ],
    noticeOnly: [],
    why:
      'compared without the adjustment of 22 March 2019 (国办发明电〔2019〕3号: 劳动节 5月1日至4日, ' +
      '4月28日、5月5日上班); and the package adds the weekends after 清明、端午、中秋 “放假，与周末连休”',
  },
  2020: {
    packageOnly: ['2020-01-31 off', '2020-02-01 off', '2020-02-02 off'],
    noticeOnly: ['2020-02-01 working'],
    why:
      'compared without the extension of 26 January 2020 (国办发明电〔2020〕1号: 春节假期延长至2月2日), ' +
      'which made 2月1日 a day off instead of a working day',
  },
};

const YEARS = Array.from({ length: 16 }, (_, i) => 2011 + i);

describe('the official notices 2011–2026 against the chinese-days package', () => {
  it.each(YEARS)('%i: exactly the package’s days off and working days', (year) => {
    const notice = readHolidayNotice(text(`${year}.txt`));
    expect(notice.year).toBe(year);
    const difference = DIFFERENCES[year] ?? { packageOnly: [], noticeOnly: [], why: '' };
    const expected = packageDays(year);
    // The listed differences are true of the package (so this list cannot go stale silently).
    for (const day of difference.packageOnly) expect(expected).toContain(day);
    for (const day of difference.noticeOnly) expect(expected).not.toContain(day);
    const wanted = [
      ...expected.filter((day) => !difference.packageOnly.includes(day)),
      ...difference.noticeOnly,
    ];
    expect([...dayKeys(notice)].sort()).toEqual(wanted.sort());
    // An official notice agrees with itself and the 放假办法: no finding but how a part was read.
    expect(notice.findings.filter((finding) => finding.severity !== 'info')).toEqual([]);
  });

  it('reads every year into 7 holidays and the literal counts of days', () => {
    const counts = YEARS.map((year) => {
      const notice = readHolidayNotice(text(`${year}.txt`));
      const names = new Set(notice.items.flatMap((item) => item.holidays));
      expect(names).toEqual(new Set(['元旦', '春节', '清明节', '劳动节', '端午节', '中秋节', '国庆节']));
      const off = notice.days.filter((day) => day.kind === 'off').length;
      return `${year}:${off}+${notice.days.length - off}`;
    });
    expect(counts).toEqual([
      '2011:29+5',
      '2012:27+7',
      '2013:29+12',
      '2014:22+5',
      '2015:23+4',
      '2016:24+6',
      '2017:24+5',
      '2018:23+6',
      '2019:21+5',
      '2020:27+7',
      '2021:31+7',
      '2022:31+7',
      '2023:27+7',
      '2024:28+8',
      '2025:28+5',
      '2026:33+6',
    ]);
  });

  it('keeps the days a notice places in the year before, and their sentence', () => {
    const notice2023 = readHolidayNotice(text('2023.txt'));
    expect(notice2023.days[0]).toEqual({
      date: '2022-12-31',
      kind: 'off',
      holiday: '元旦',
      sentence: '一、元旦：2022年12月31日至2023年1月2日放假调休，共3天。',
      item: 1,
    });
    const notice2012 = readHolidayNotice(text('2012.txt'));
    expect(notice2012.days[0]).toMatchObject({
      date: '2011-12-31',
      kind: 'working',
      sentence: '2011年12月31日（星期六）上班。',
    });
    // The calendar of 2023 takes the notice's days of 2023 only.
    expect(noticeHolidayEntries(notice2023, 2023)[0]).toEqual({
      date: '2023-01-01',
      action: 'off',
      name: '元旦',
      origin: 'notice',
    });
    expect(noticeHolidayEntries(notice2023, 2022)).toEqual([
      { date: '2022-12-31', action: 'off', name: '元旦', origin: 'notice' },
    ]);
  });

  it('notes the 2024 encouragement to rest on 除夕 without counting it', () => {
    const notice = readHolidayNotice(text('2024.txt'));
    expect(notice.days.map((day) => day.date)).not.toContain('2024-02-09');
    expect(notice.findings).toEqual([
      {
        kind: 'encouraged',
        severity: 'info',
        message: '第二项（春节）：“鼓励……休息”是倡议，不是放假安排；2月9日 不计为放假日。',
        sentence: '鼓励各单位结合带薪年休假等制度落实，安排职工在除夕（2月9日）休息。',
        item: 2,
      },
    ]);
  });
});

/** A notice of 2027 with the given items (the heading gives the year). */
const notice2027 = (...items: string[]) =>
  readHolidayNotice(
    [
      '国务院办公厅关于2027年部分节假日安排的通知',
      ...items.map((item, i) => `${'一二三四五六七'[i]}、${item}`),
    ].join('\n'),
  );

describe('the forms of the items', () => {
  it('X月X日至X日放假调休，共N天 and the working days after it', () => {
    const notice = notice2027(
      '春节：2月5日（农历除夕、周五）至12日（农历正月初七、周五）放假调休，共8天。1月31日（周日）、2月20日（周六）上班。',
    );
    expect(dayKeys(notice)).toEqual([
      '2027-01-31 working',
      '2027-02-05 off',
      '2027-02-06 off',
      '2027-02-07 off',
      '2027-02-08 off',
      '2027-02-09 off',
      '2027-02-10 off',
      '2027-02-11 off',
      '2027-02-12 off',
      '2027-02-20 working',
    ]);
    expect(notice.days[1].sentence).toBe(
      '一、春节：2月5日（农历除夕、周五）至12日（农历正月初七、周五）放假调休，共8天。',
    );
    expect(notice.days[0].sentence).toBe('1月31日（周日）、2月20日（周六）上班。');
    // The notice lacks the other six holidays: each is named, and nothing else is wrong.
    expect(kinds(notice)).toEqual(Array(6).fill('holiday-missing'));
  });

  it('X月X日放假，与周末连休: the day alone; X月X日放假，X月X日（星期一）补休: both days', () => {
    expect(dayKeys(notice2027('清明节：4月5日放假，与周末连休。'))).toEqual(['2027-04-05 off']);
    expect(dayKeys(notice2027('劳动节：5月1日放假，5月3日（星期一）补休。'))).toEqual([
      '2027-05-01 off',
      '2027-05-03 off',
    ]);
    expect(dayKeys(notice2027('端午节：6月9日放假。'))).toEqual(['2027-06-09 off']);
    expect(dayKeys(notice2027('中秋节：9月15日（周三）放假1天，不调休。'))).toEqual(['2027-09-15 off']);
  });

  it('ranges across months, and a combined item named after both holidays', () => {
    const notice = notice2027('中秋节、国庆节：9月29日至10月6日放假调休，共8天。10月9日（星期六）上班。');
    expect(dayKeys(notice)).toEqual([
      ...['09-29', '09-30', '10-01', '10-02', '10-03', '10-04', '10-05', '10-06'].map((d) => `2027-${d} off`),
      '2027-10-09 working',
    ]);
    expect(new Set(notice.days.map((day) => day.holiday))).toEqual(new Set(['中秋节、国庆节']));
    expect(notice.items).toEqual([
      {
        number: 1,
        holidays: ['中秋节', '国庆节'],
        text: '一、中秋节、国庆节：9月29日至10月6日放假调休，共8天。10月9日（星期六）上班。',
      },
    ]);
  });

  it('a range across the new year, with both years written', () => {
    const notice = notice2027('元旦：2026年12月31日至2027年1月2日放假调休，共3天。');
    expect(dayKeys(notice)).toEqual(['2026-12-31 off', '2027-01-01 off', '2027-01-02 off']);
    expect(kinds(notice)).not.toContain('count-mismatch');
  });

  it('a range across the new year without the years is refused, not guessed', () => {
    const notice = notice2027('元旦：12月31日至1月2日放假调休，共3天。');
    expect(notice.days).toEqual([]);
    expect(notice.findings[0]).toMatchObject({
      kind: 'backward-range',
      severity: 'error',
      message:
        '第一项（元旦）：2027-12-31 至 2027-01-02 的结束日期早于开始日期；跨年的日期请写明年份，如“2026年12月31日至2027年1月2日”。',
    });
  });
});

describe('the year', () => {
  const items = '一、元旦：1月1日放假。';

  it('is read from the title, from 现将…年, or given by the caller (said so)', () => {
    expect(readHolidayNotice(`国务院办公厅关于2027年部分节假日安排的通知\n${items}`).year).toBe(2027);
    expect(readHolidayNotice(`现将2027年元旦、春节……通知如下。\n${items}`).year).toBe(2027);
    const given = readHolidayNotice(items, { year: 2027 });
    expect(given.year).toBe(2027);
    expect(given.findings.find((f) => f.kind === 'year-assumed')?.message).toBe(
      '通知中没有写明年份，按 2027 年读取。',
    );
  });

  it('is an error when neither the text nor the caller gives it, or when they disagree', () => {
    const none = readHolidayNotice(items);
    expect(none.year).toBeNull();
    expect(none.days).toEqual([]);
    expect(kinds(none)).toEqual(['no-year']);
    expect(hasNoticeErrors(none)).toBe(true);
    const other = readHolidayNotice(text('2026.txt'), { year: 2027 });
    expect(other.findings.find((f) => f.kind === 'year-mismatch')).toEqual({
      kind: 'year-mismatch',
      severity: 'error',
      message: '这是 2026 年的通知，不是 2027 年的；请粘贴 2027 年的通知，或在 2026 年度的工作簿中使用它。',
      sentence: null,
      item: null,
    });
  });

  it('says so when the text holds no arrangement', () => {
    const notice = readHolidayNotice('国务院办公厅关于2027年部分节假日安排的通知\n（正文略）');
    expect(notice.findings).toEqual([
      expect.objectContaining({ kind: 'no-items', severity: 'error', item: null }),
    ]);
  });
});

describe('reposts found on the web (test/fixtures/holiday-notices/variant-*.txt)', () => {
  const same = (variant: string, year: number) =>
    expect(dayKeys(readHolidayNotice(text(variant)))).toEqual(
      dayKeys(readHolidayNotice(text(`${year}.txt`))),
    );

  it.each([
    ['variant-2023-traditional.txt', 2023],
    ['variant-2026-pinyin.txt', 2026],
    ['variant-2021-stray-commas.txt', 2021],
    ['variant-2019-unnumbered.txt', 2019],
    ['variant-2015-lunar.txt', 2015],
  ])('%s reads like the notice of %i, with no finding', (variant, year) => {
    same(variant, year);
    expect(readHolidayNotice(text(variant)).findings).toEqual([]);
  });

  it('a repost that puts 除夕 and 大年初六 on the wrong days: the dates are read, the brackets found wrong', () => {
    const notice = readHolidayNotice(text('variant-2015-wrong-lunar.txt'));
    same('variant-2015-wrong-lunar.txt', 2015);
    expect(notice.findings).toEqual([
      {
        kind: 'lunar-mismatch',
        severity: 'warning',
        message:
          '第二项（春节）：2015-02-15 是农历腊月廿七，括号里写的是“除夕”。已按日期 2015-02-15 读取，请核对原文。',
        sentence: '2月15日(除夕)、2月28日(大年初六)上班。',
        item: 2,
      },
      {
        kind: 'lunar-mismatch',
        severity: 'warning',
        message:
          '第二项（春节）：2015-02-28 是农历正月初十，括号里写的是“大年初六”。已按日期 2015-02-28 读取，请核对原文。',
        sentence: '2月15日(除夕)、2月28日(大年初六)上班。',
        item: 2,
      },
    ]);
  });

  it('a repost whose 劳动节 heading is garbled: its days are not read into 清明节, and 劳动节 is missing', () => {
    const notice = readHolidayNotice(text('variant-2016-dashes.txt'));
    expect(notice.days.filter((day) => day.date.startsWith('2016-05'))).toEqual([]);
    expect(notice.findings).toEqual([
      {
        kind: 'unknown-heading',
        severity: 'error',
        message:
          '第三项（清明节）之后的这一句像是另一项，但冒号前的节日名称无法识别（可能是转载时的乱码）。这一句的日期没有读取；请对照原文改正节日名称。',
        sentence: '——?jiǎng)趧?dòng)節(jié):5月1日放假,5月2日(星期一)補(bǔ)休。',
        item: 3,
      },
      {
        kind: 'holiday-missing',
        severity: 'error',
        message:
          '通知中没有“劳动节”一项（按《全国年节及纪念日放假办法》应在 2016-05-01 放假）。可能漏贴了一段，请粘贴通知全文。',
        sentence: null,
        item: null,
      },
    ]);
  });

  it('a repost that lost the 1 of 10月: the date is refused, the rest read', () => {
    const notice = readHolidayNotice(text('variant-2017-typo.txt'));
    expect(kinds(notice)).toEqual(['bad-date']);
    expect(notice.findings[0].message).toBe(
      '第六项（中秋节、国庆节）：“0月1日”不是有效的日期，请对照原文改正。',
    );
    expect(notice.findings[0].sentence).toBe('六、中秋节、国庆节:0月1日至8日放假调休,共8天。');
    // 9月30日 上班 of the same item is still read.
    expect(dayKeys(notice)).toContain('2017-09-30 working');
    expect(dayKeys(notice).filter((day) => day.startsWith('2017-10'))).toEqual([]);
  });
});

describe('variants of the 2025 notice', () => {
  const official = text('2025.txt');
  const officialDays = dayKeys(readHolidayNotice(official));
  const halfWidth = (source: string) =>
    source.replace(/[\uff01-\uff5e]/g, (char) => String.fromCharCode(char.charCodeAt(0) - 0xfee0));
  const replaced = (from: string, to: string) => {
    expect(official).toContain(from);
    return official.replace(from, to);
  };

  it('half-width punctuation, no blank lines, all on one line, CRLF: the same days, no finding', () => {
    for (const variant of [
      halfWidth(official),
      official.replace(/\n\n/g, '\n'),
      official.replace(/\s*\n\s*/g, ''),
      official.replace(/\n/g, '\r\n'),
      official.replace(/\n/g, ' '),
    ]) {
      const notice = readHolidayNotice(variant);
      expect(dayKeys(notice)).toEqual(officialDays);
      expect(notice.findings).toEqual([]);
    }
  });

  it('a wrong weekday in brackets: read by the date, found', () => {
    const notice = readHolidayNotice(replaced('4月4日（周五）', '4月4日（周四）'));
    expect(dayKeys(notice)).toEqual(officialDays);
    expect(notice.findings).toEqual([
      {
        kind: 'weekday-mismatch',
        severity: 'warning',
        message:
          '第三项（清明节）：2025-04-04 是星期五，括号里写的是周四。已按日期 2025-04-04 读取，请核对原文。',
        sentence: '三、清明节：4月4日（周四）至6日（周日）放假，共3天。',
        item: 3,
      },
    ]);
  });

  it('a missing item: an error naming the holiday and its statutory day', () => {
    const notice = readHolidayNotice(
      replaced('五、端午节：5月31日（周六）至6月2日（周一）放假，共3天。', ''),
    );
    expect(notice.findings).toEqual([
      {
        kind: 'holiday-missing',
        severity: 'error',
        message:
          '通知中没有“端午节”一项（按《全国年节及纪念日放假办法》应在 2025-05-31 放假）。可能漏贴了一段，请粘贴通知全文。',
        sentence: null,
        item: null,
      },
    ]);
    expect(hasNoticeErrors(notice)).toBe(true);
  });

  it('共N天 that does not match the range', () => {
    const notice = readHolidayNotice(replaced('放假调休，共8天。1月26日', '放假调休，共7天。1月26日'));
    expect(notice.findings.map((f) => f.message)).toEqual([
      '第二项（春节）：写的是“共7天”，但 2025-01-28 至 2025-02-04 是 8 天；请核对日期和天数。',
    ]);
  });

  it('a holiday put off its statutory day, under its own item and under another', () => {
    const moved = readHolidayNotice(
      replaced('5月31日（周六）至6月2日（周一）', '6月7日（周六）至9日（周一）'),
    );
    expect(moved.findings.map((f) => `${f.kind} ${f.message}`)).toEqual([
      'statutory-not-off 按《全国年节及纪念日放假办法》，端午节（农历五月初五）应放假，即 2025-05-31；通知中这一天没有放假，请核对日期。',
    ]);
    // 2025-10-06 is 中秋: an item naming 国庆节 alone holds it under the wrong holiday.
    const under = readHolidayNotice(replaced('六、国庆节、中秋节：', '六、国庆节：'));
    expect(under.findings.map((f) => f.kind)).toEqual(['holiday-missing']);
    const both = readHolidayNotice(
      replaced('六、国庆节、中秋节：', '六、国庆节：').replace(
        '一、元旦：',
        '七、中秋节：10月7日（周二）放假。\n一、元旦：',
      ),
    );
    expect(both.findings.map((f) => `${f.kind} ${f.message}`)).toContain(
      'statutory-under-other 按《全国年节及纪念日放假办法》，2025-10-06 是中秋节；通知把这一天放在第六项（国庆节）中，请核对。',
    );
  });

  it('a working day on a weekday, a 补休 on a weekend, a day both off and working', () => {
    const weekday = readHolidayNotice(replaced('4月27日（周日）上班', '4月28日（周一）上班'));
    expect(weekday.findings.map((f) => f.message)).toEqual([
      '第四项（劳动节）：上班日 2025-04-28 是星期一，本来就是工作日；调休上班日应在周六或周日，请核对。',
    ]);
    const makeUp = readHolidayNotice(
      replaced('1月1日（周三）放假1天，不调休。', '1月1日（周三）放假，1月4日（周六）补休。'),
    );
    expect(makeUp.findings.map((f) => f.message)).toEqual([
      '第一项（元旦）：补休日 2025-01-04 是星期六，本来就不上班；补休日应在周一至周五，请核对。',
    ]);
    const both = readHolidayNotice(replaced('4月27日（周日）上班', '4月27日（周日）、5月2日（周五）上班'));
    expect(both.findings.map((f) => `${f.severity} ${f.message}`)).toEqual([
      'error 2025-05-02 在第四项（劳动节）中放假，又在第四项（劳动节）中上班；一天不能既放假又上班，请核对。',
    ]);
    expect(noticeHolidayEntries(both, 2025).map((entry) => entry.date)).not.toContain('2025-05-02');
  });

  it('an item pasted twice', () => {
    const item = '三、清明节：4月4日（周五）至6日（周日）放假，共3天。';
    const notice = readHolidayNotice(replaced(item, `${item}\n${item}`));
    expect(dayKeys(notice)).toEqual(officialDays);
    expect(notice.findings.map((f) => f.kind)).toEqual([
      'duplicate-day',
      'duplicate-day',
      'duplicate-day',
      'duplicate-holiday',
    ]);
  });
});
