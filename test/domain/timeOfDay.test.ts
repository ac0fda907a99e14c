import { parseTimeOfDay, timeFromDayFraction } from '../../src/domain/timeOfDay';

describe('time of day', () => {
  it.each([
    ['15:00', '15:00'],
    ['9:30', '09:30'],
    ['１５：００', '15:00'],
    ['15点', '15:00'],
    ['15时30分', '15:30'],
    ['下午3点', '15:00'],
    ['下午3:30', '15:30'],
    ['3点半', '03:30'],
    ['上午9点', '09:00'],
    ['14:30:00', '14:30'],
  ])('reads %s as %s', (typed, time) => {
    expect(parseTimeOfDay(typed)).toBe(time);
  });

  it.each(['', '下午', '25:00', '15:60', '三点', 'abc', '15'])('refuses %s', (typed) => {
    expect(parseTimeOfDay(typed)).toBeNull();
  });

  it('reads a cell Excel keeps as a time (a fraction of a day)', () => {
    expect(parseTimeOfDay(0.625)).toBe('15:00');
    expect(timeFromDayFraction(14.5 / 24)).toBe('14:30');
    expect(parseTimeOfDay(1.2)).toBeNull();
  });
});
