import { getDayDetail, isHoliday } from 'chinese-days';
import { dateOf, datesBetween, isWeekend } from '../../src/domain/date';
import { DEFAULT_HOLIDAY_CALENDAR, createHolidayCalendar } from '../../src/domain/holidays/calendar';
import { dragonBoatDay, lunarNewYear, midAutumnDay, qingmingDay } from '../../src/domain/holidays/lunar';
import {
  OFFICIAL_YEARS,
  hasOfficialData,
  officialDay,
  officialDays,
} from '../../src/domain/holidays/official';
import { provisionalDays, rulesFor } from '../../src/domain/holidays/provisional';

const calendar = DEFAULT_HOLIDAY_CALENDAR;
const d = dateOf;

describe('the chinese-days package (why we read its data, not its functions)', () => {
  it('calls every weekend a holiday', () => {
    // An ordinary Sunday (west of Greenwich the package looks at the Saturday before: also true).
    expect(isHoliday('2023-02-05')).toBe(true);
    expect(calendar.dayInfo(d(2023, 2, 5))).toEqual({
      date: '2023-02-05',
      kind: 'weekend',
      name: null,
      source: null,
    });
  });

  it('names the day of its data as "English,中文,天数"', () => {
    // Only read in zones east of Greenwich: the package answers for the previous day west of it.
    if (new Date(2023, 0, 27).getTimezoneOffset() <= 0) {
      expect(getDayDetail('2023-01-28')).toEqual({
        date: '2023-01-28',
        work: true,
        name: 'Spring Festival,春节,3',
      });
    }
    expect(officialDay(d(2023, 1, 28))).toEqual({
      date: '2023-01-28',
      kind: 'working',
      name: '春节',
      source: 'official',
    });
  });
});

describe('official calendar', () => {
  it('covers 2004–2026 and not 2027', () => {
    expect(OFFICIAL_YEARS[0]).toBe(2004);
    expect(OFFICIAL_YEARS).toContain(2026);
    expect(OFFICIAL_YEARS).toEqual(Array.from({ length: OFFICIAL_YEARS.length }, (_, i) => 2004 + i));
    expect(hasOfficialData(2026)).toBe(true);
    expect(hasOfficialData(2027)).toBe(false);
    expect(officialDays(2027)).toBeNull();
  });

  it('knows the 2023 春节 and 国庆 arrangements with their 调休 working days', () => {
    expect(calendar.dayInfo(d(2023, 1, 27))).toEqual({
      date: '2023-01-27',
      kind: 'off',
      name: '春节',
      source: 'official',
    });
    expect(calendar.dayInfo(d(2023, 1, 28))).toEqual({
      date: '2023-01-28',
      kind: 'working',
      name: '春节',
      source: 'official',
    });
    expect(calendar.isWorkingDay(d(2023, 1, 27))).toBe(false);
    expect(calendar.isWorkingDay(d(2023, 1, 28))).toBe(true); // a Saturday
    expect(calendar.isWorkingDay(d(2023, 1, 29))).toBe(true); // a Sunday
    expect(calendar.isWorkingDay(d(2023, 1, 30))).toBe(true);
    expect(calendar.dayInfo(d(2023, 10, 7)).kind).toBe('working');
    expect(calendar.dayInfo(d(2023, 9, 29))).toMatchObject({ kind: 'off', name: '中秋节' });
    expect(calendar.dayInfo(d(2023, 10, 6))).toMatchObject({ kind: 'off', name: '国庆节' });
  });

  it('uses the names of the 放假办法', () => {
    expect(calendar.dayInfo(d(2024, 4, 4)).name).toBe('清明节');
    expect(calendar.dayInfo(d(2024, 6, 10)).name).toBe('端午节');
    expect(calendar.dayInfo(d(2025, 10, 6)).name).toBe('中秋节');
    expect(calendar.dayInfo(d(2025, 1, 1)).name).toBe('元旦');
    expect(calendar.dayInfo(d(2015, 9, 3)).name).toBe('中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日');
  });

  it('includes the 2020 extension of the 春节 holiday to 2 February', () => {
    expect(datesBetween(d(2020, 1, 24), d(2020, 2, 2)).every((date) => !calendar.isWorkingDay(date))).toBe(
      true,
    );
    expect(calendar.isWorkingDay(d(2020, 2, 3))).toBe(true);
  });

  it('has 2024 and 2025 working weekends (补班)', () => {
    expect(calendar.dayInfo(d(2024, 2, 4))).toMatchObject({ kind: 'working', name: '春节' });
    expect(calendar.dayInfo(d(2025, 1, 26))).toMatchObject({ kind: 'working', name: '春节' });
    expect(calendar.dayInfo(d(2025, 2, 8))).toMatchObject({ kind: 'working', name: '春节' });
  });
});

describe('lunar and solar-term dates', () => {
  it('finds 春节, 清明, 端午 and 中秋 in any time zone', () => {
    expect(lunarNewYear(2023)).toBe('2023-01-22');
    expect(lunarNewYear(2027)).toBe('2027-02-06');
    expect(lunarNewYear(2028)).toBe('2028-01-26');
    expect(lunarNewYear(2030)).toBe('2030-02-03');
    expect(qingmingDay(2024)).toBe('2024-04-04');
    expect(qingmingDay(2027)).toBe('2027-04-05');
    expect(qingmingDay(2028)).toBe('2028-04-04');
    expect(dragonBoatDay(2023)).toBe('2023-06-22');
    expect(dragonBoatDay(2027)).toBe('2027-06-09');
    expect(dragonBoatDay(2028)).toBe('2028-05-28');
    expect(midAutumnDay(2023)).toBe('2023-09-29');
    expect(midAutumnDay(2027)).toBe('2027-09-15');
    expect(midAutumnDay(2028)).toBe('2028-10-03');
  });
});

describe('provisional calendar (《全国年节及纪念日放假办法》)', () => {
  it('estimates 2027 under the 2025 rules: 除夕 to 初三, two days for 劳动节', () => {
    expect(provisionalDays(2027).map((day) => `${day.date} ${day.name}`)).toEqual([
      '2027-01-01 元旦',
      '2027-02-05 春节',
      '2027-02-06 春节',
      '2027-02-07 春节',
      '2027-02-08 春节',
      '2027-04-05 清明节',
      '2027-05-01 劳动节',
      '2027-05-02 劳动节',
      '2027-06-09 端午节',
      '2027-09-15 中秋节',
      '2027-10-01 国庆节',
      '2027-10-02 国庆节',
      '2027-10-03 国庆节',
    ]);
    expect(provisionalDays(2027).every((day) => day.kind === 'off' && day.source === 'provisional')).toBe(
      true,
    );
  });

  it('joins the names when 中秋 falls on 国庆 (2028-10-03)', () => {
    expect(provisionalDays(2028).find((day) => day.date === '2028-10-03')?.name).toBe('国庆节、中秋节');
  });

  it('applies the rules in force each year', () => {
    expect(rulesFor(2024).springFestival).toEqual([0, 1, 2]);
    expect(rulesFor(2025).springFestival).toEqual([-1, 0, 1, 2]);
    expect(rulesFor(2010).springFestival).toEqual([-1, 0, 1]);
    expect(rulesFor(2005).labourDay).toEqual([1, 2, 3]);
    const spring = (year: number) =>
      provisionalDays(year)
        .filter((day) => day.name === '春节')
        .map((day) => day.date);
    expect(spring(2024)).toEqual(['2024-02-10', '2024-02-11', '2024-02-12']);
    expect(spring(2010)).toEqual(['2010-02-13', '2010-02-14', '2010-02-15']);
    expect(provisionalDays(2005).some((day) => day.name === '清明节')).toBe(false);
    expect(provisionalDays(2024).filter((day) => day.name === '劳动节')).toHaveLength(1);
  });

  it('is confirmed by every official notice of 2004–2026: each estimated day is a day off or a weekend', () => {
    for (const year of OFFICIAL_YEARS) {
      const off = new Set(
        officialDays(year)
          ?.filter((day) => day.kind === 'off')
          .map((day) => day.date),
      );
      const unconfirmed = provisionalDays(year).filter((day) => !off.has(day.date) && !isWeekend(day.date));
      expect({ year, unconfirmed }).toEqual({ year, unconfirmed: [] });
    }
  });
});

describe('the merged calendar', () => {
  it('marks a year without a notice provisional and leaves its weekends alone', () => {
    expect(calendar.isProvisionalYear(2027)).toBe(true);
    expect(calendar.isProvisionalYear(2026)).toBe(false);
    expect(calendar.hasOfficialData(2027)).toBe(false);
    expect(calendar.dayInfo(d(2027, 2, 5))).toEqual({
      date: '2027-02-05',
      kind: 'off',
      name: '春节',
      source: 'provisional',
    });
    expect(calendar.dayInfo(d(2027, 2, 13)).kind).toBe('weekend'); // no 调休 invented
    expect(calendar.isWorkingDay(d(2027, 2, 9))).toBe(true);
  });

  it('estimates every year when the official data is switched off', () => {
    const estimated = createHolidayCalendar({ useOfficial: false });
    expect(estimated.isProvisionalYear(2023)).toBe(true);
    expect(estimated.dayInfo(d(2023, 1, 27)).kind).toBe('workday'); // 初六: off only by the 2023 notice
    expect(estimated.dayInfo(d(2023, 1, 23))).toMatchObject({ kind: 'off', source: 'provisional' });
  });

  it('lets the user add days off and working days and remove entries, the user winning', () => {
    const mine = createHolidayCalendar({
      manual: [
        { date: d(2023, 3, 3), action: 'off', name: '单位运动会' },
        { date: d(2027, 2, 20), action: 'working' },
        { date: d(2023, 1, 27), action: 'remove' },
        { date: d(2027, 2, 5), action: 'off' },
      ],
    });
    expect(mine.dayInfo(d(2023, 3, 3))).toEqual({
      date: '2023-03-03',
      kind: 'off',
      name: '单位运动会',
      source: 'manual',
    });
    expect(mine.dayInfo(d(2027, 2, 20))).toEqual({
      date: '2027-02-20',
      kind: 'working',
      name: '上班',
      source: 'manual',
    });
    expect(mine.isWorkingDay(d(2027, 2, 20))).toBe(true);
    expect(mine.dayInfo(d(2023, 1, 27))).toEqual({
      date: '2023-01-27',
      kind: 'workday',
      name: null,
      source: null,
    });
    // An entry for a known holiday keeps its name.
    expect(mine.dayInfo(d(2027, 2, 5))).toEqual({
      date: '2027-02-05',
      kind: 'off',
      name: '春节',
      source: 'manual',
    });
    // The default calendar is untouched.
    expect(calendar.dayInfo(d(2023, 1, 27)).kind).toBe('off');
  });

  it('stops calling a year provisional once the user has entered every estimated day', () => {
    const notice = provisionalDays(2027).map((day) => ({ date: day.date, action: 'off' as const }));
    const entered = createHolidayCalendar({ manual: notice });
    expect(entered.isProvisionalYear(2027)).toBe(false);
    expect(entered.daysOfYear(2027).every((day) => day.source === 'manual')).toBe(true);
  });

  it('lists a year’s days in date order', () => {
    const days = calendar.daysOfYear(2023);
    expect(days[0]).toEqual({ date: '2023-01-01', kind: 'off', name: '元旦', source: 'official' });
    expect(days.map((day) => day.date)).toEqual([...days.map((day) => day.date)].sort());
    expect(days.filter((day) => day.kind === 'working').map((day) => day.date)).toEqual([
      '2023-01-28',
      '2023-01-29',
      '2023-04-23',
      '2023-05-06',
      '2023-06-25',
      '2023-10-07',
      '2023-10-08',
    ]);
  });
});
