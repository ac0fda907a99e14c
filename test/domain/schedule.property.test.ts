import fc from 'fast-check';
import type { Activity } from '../../src/domain/activity';
import {
  type CalendarDate,
  type IsoWeekday,
  daysBetween,
  isoWeekday,
  monthKey,
  monthKeyOf,
  dateOf,
  daysInMonth,
} from '../../src/domain/date';
import { DEFAULT_HOLIDAY_CALENDAR, createHolidayCalendar } from '../../src/domain/holidays/calendar';
import { generateSchedule } from '../../src/domain/schedule';
import type { ScheduleSettings } from '../../src/domain/settings';
import { isActivityDay } from '../../src/domain/shift';

const settingsArb = fc.record({
  weekday: fc.integer({ min: 1, max: 7 }).map((n) => n as IsoWeekday),
  reading: fc.constantFrom<ScheduleSettings['reading']>('nth-weekday', 'calendar-week'),
  policy: fc.constantFrom<ScheduleSettings['policy']>('postpone', 'advance'),
  weekendWorkdaysCount: fc.boolean(),
});
const yearArb = fc.integer({ min: 2004, max: 2030 });
const branches = ['甲', '乙'];

function byBranch(activities: readonly Activity[], branch: string): Activity[] {
  return activities.filter((a) => a.branch === branch);
}

describe('schedule properties over random years, policies, readings and weekdays', () => {
  it('holds every activity on an activity day of its planned month, within the allowed shift', () => {
    fc.assert(
      fc.property(yearArb, settingsArb, (year, settings) => {
        const { activities } = generateSchedule({ year, branches, settings });
        const provisional = DEFAULT_HOLIDAY_CALENDAR.isProvisionalYear(year);
        // One expect per run: collecting the broken rules keeps 150 runs fast and says what broke.
        const broken = activities.flatMap((a) => {
          const rules = {
            activityDay: isActivityDay(DEFAULT_HOLIDAY_CALENDAR, a.date, settings.weekendWorkdaysCount),
            sameMonth: monthKeyOf(a.date) === monthKeyOf(a.plannedDate),
            idInMonth: a.id.startsWith(monthKeyOf(a.plannedDate)),
            plannedWeekday: isoWeekday(a.plannedDate) === settings.weekday,
            withinAWeek: Math.abs(daysBetween(a.plannedDate, a.date)) <= 7,
            shiftedFlag: a.shifted === (a.date !== a.plannedDate),
            reasonWhenShifted: (a.reason === null) === !a.shifted,
            provisionalFlag: a.provisional === provisional,
          };
          return Object.entries(rules)
            .filter(([, ok]) => !ok)
            .map(([rule]) => `${a.id} ${a.date}: ${rule}`);
        });
        expect(broken).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });

  it('gives the default two a month, or says which month is short', () => {
    fc.assert(
      fc.property(yearArb, settingsArb, (year, settings) => {
        const { activities, warnings } = generateSchedule({ year, branches, settings });
        const broken: string[] = [];
        for (const branch of branches) {
          for (let month = 1; month <= 12; month++) {
            const key = monthKey(year, month);
            const count = byBranch(activities, branch).filter((a) => monthKeyOf(a.date) === key).length;
            const flagged = warnings.some(
              (w) => w.code === 'month-short' && w.branch === branch && w.month === key,
            );
            if (flagged !== count < 2)
              broken.push(`${branch} ${key}: ${count} activities, flagged ${flagged}`);
          }
        }
        expect(broken).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });

  it('keeps ids unique per branch, dates increasing within a month, and branches in order', () => {
    fc.assert(
      fc.property(yearArb, settingsArb, (year, settings) => {
        const { activities } = generateSchedule({ year, branches, settings });
        expect([...new Set(activities.map((a) => a.branch))]).toEqual(branches);
        for (const branch of branches) {
          const own = byBranch(activities, branch);
          expect(new Set(own.map((a) => a.id)).size).toBe(own.length);
          const dates = own.map((a) => a.date);
          expect(dates).toEqual([...dates].sort());
          expect(new Set(dates).size).toBe(dates.length);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('with random extra days off, every planned day is held or reported as impossible', () => {
    const offDaysArb = fc.array(
      fc.record({ month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 31 }) }),
      { maxLength: 60 },
    );
    fc.assert(
      fc.property(
        fc.integer({ min: 2020, max: 2028 }),
        settingsArb,
        offDaysArb,
        (year, settings, offDays) => {
          const manual = offDays
            .filter(({ month, day }) => day <= daysInMonth(year, month))
            .map(({ month, day }) => ({ date: dateOf(year, month, day), action: 'off' as const }));
          const calendar = createHolidayCalendar({ manual });
          const { activities, warnings } = generateSchedule({ year, branches: ['甲'], settings, calendar });
          for (const a of activities)
            expect(isActivityDay(calendar, a.date, settings.weekendWorkdaysCount)).toBe(true);
          const held = new Set<CalendarDate>(activities.map((a) => a.plannedDate));
          const impossibleMonths = new Set(
            warnings.filter((w) => w.code === 'shift-impossible').map((w) => w.month),
          );
          const plain = generateSchedule({
            year,
            branches: ['甲'],
            settings,
            calendar: createHolidayCalendar({ useOfficial: false, useProvisional: false }),
          });
          for (const planned of plain.activities.map((a) => a.plannedDate)) {
            expect(held.has(planned) || impossibleMonths.has(monthKeyOf(planned))).toBe(true);
          }
        },
      ),
      { numRuns: 100 },
    );
  });
});
