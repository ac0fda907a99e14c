/**
 * The activity 活动材料 starts on: the branch's next live activity on or after today, the day itself
 * included, else its last one; cancelled activities are offered but never the default.
 */
import { type ActivityChoice, activityChoicesOf, defaultActivity } from '../../src/app/activityChoices';
import { dateOf } from '../../src/domain/date';
import { EMPTY_STATE } from '../../src/workbook/state';

const choice = (id: string, date: string | null, cancelled = false): ActivityChoice => ({
  id,
  branch: '机关第一党支部',
  date: date as ActivityChoice['date'],
  theme: 'study',
  cancelled,
});

const CHOICES = [
  choice('2027-03-1', '2027-03-12'),
  choice('2027-03-2', '2027-03-26'),
  choice('2027-12-2', '2027-12-24'),
  choice('2027-03-X9', '2027-03-19', true),
];

describe('defaultActivity', () => {
  it('takes the next activity on or after today, the day itself included', () => {
    expect(defaultActivity(CHOICES, dateOf(2027, 3, 10))?.id).toBe('2027-03-1');
    expect(defaultActivity(CHOICES, dateOf(2027, 3, 12))?.id).toBe('2027-03-1');
    expect(defaultActivity(CHOICES, dateOf(2027, 3, 13))?.id).toBe('2027-03-2');
  });

  it('skips a cancelled activity, and takes the last one once the year’s are over', () => {
    expect(defaultActivity(CHOICES, dateOf(2027, 3, 19))?.id).toBe('2027-03-2');
    expect(defaultActivity(CHOICES, dateOf(2027, 12, 31))?.id).toBe('2027-12-2');
  });

  it('gives none for a branch without live activities', () => {
    expect(defaultActivity([], dateOf(2027, 3, 10))).toBeNull();
    expect(defaultActivity([CHOICES[3]], dateOf(2027, 3, 10))).toBeNull();
  });
});

describe('activityChoicesOf', () => {
  it('offers nothing before the workbook is set up', () => {
    expect(activityChoicesOf(EMPTY_STATE)).toEqual([]);
  });
});
