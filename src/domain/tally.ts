/**
 * Counting outcomes: one member at one activity has exactly one outcome, and a tally counts them.
 * 实到 = 出席 + 迟到 + 早退; 请假 = 事假 + 病假; and for members due,
 * 实到 + 请假 + 缺席 + 未登记 + 无效 = 应到.
 *
 * An activity with nothing recorded yet says nothing about attendance: over a period its person-times
 * stay in 应到 and 未登记 (so the sum above still holds) but are counted as `pending` too, and the
 * period's 到会率 leaves them out: 实到 / (应到 − pending), over the activities that have records.
 */

/**
 * not-due: not counted here (an invitee who did not come, exempt, off the roster, another branch).
 * invitee: an invitee (列席) who came; never counted in 应到 or 实到.
 * invalid: a due member whose cell holds no valid code (unknown text, conflicting entries, or 免
 * for a member the roster does not exempt).
 */
export type Outcome =
  | 'not-due'
  | 'present'
  | 'late'
  | 'left-early'
  | 'personal-leave'
  | 'sick-leave'
  | 'absent'
  | 'unrecorded'
  | 'invalid'
  | 'invitee';

export interface Tally {
  /** 应到 */
  due: number;
  /** 实到 = present + late + leftEarly */
  attended: number;
  /** 出席 (√) */
  present: number;
  /** 迟到 */
  late: number;
  /** 早退 */
  leftEarly: number;
  /** 请假 = personalLeave + sickLeave */
  leave: number;
  /** 事假 */
  personalLeave: number;
  /** 病假 */
  sickLeave: number;
  /** 缺席 (×, without approved reason) */
  absent: number;
  /** 未登记 */
  unrecorded: number;
  /** 无效 */
  invalid: number;
  /** 列席: invitees present */
  invitees: number;
  /**
   * Person-times (part of 应到 and 未登记) at held activities with nothing recorded at all: left out
   * of the rate, which only the activities with records can give.
   */
  pending: number;
}

/** A tally with its 到会率 = 实到 / (应到 − pending), null when that is 0 (nobody due, or nothing recorded). */
export interface RatedTally extends Tally {
  rate: number | null;
}

export function emptyTally(): Tally {
  return {
    due: 0,
    attended: 0,
    present: 0,
    late: 0,
    leftEarly: 0,
    leave: 0,
    personalLeave: 0,
    sickLeave: 0,
    absent: 0,
    unrecorded: 0,
    invalid: 0,
    invitees: 0,
    pending: 0,
  };
}

/** An empty tally with no rate yet, in the shape of RatedTally so rates can be set in place. */
export function emptyRatedTally(): RatedTally {
  return {
    due: 0,
    attended: 0,
    present: 0,
    late: 0,
    leftEarly: 0,
    leave: 0,
    personalLeave: 0,
    sickLeave: 0,
    absent: 0,
    unrecorded: 0,
    invalid: 0,
    invitees: 0,
    pending: 0,
    rate: null,
  };
}

/** Sets the tally's rate from its counts, in place, and returns it. */
export function withRate(tally: RatedTally): RatedTally {
  tally.rate = attendanceRate(tally);
  return tally;
}

/** The sum of tallies[from, to) with its rate. */
export function ratedSum(tallies: readonly Tally[], from = 0, to = tallies.length): RatedTally {
  const total = emptyRatedTally();
  for (let i = from; i < to; i += 1) addTally(total, tallies[i]);
  return withRate(total);
}

/** Adds one outcome to a tally, in place (tallies are built in tight loops). */
export function countOutcome(tally: Tally, outcome: Outcome): void {
  switch (outcome) {
    case 'not-due':
      return;
    case 'invitee':
      tally.invitees += 1;
      return;
    case 'present':
      tally.present += 1;
      tally.attended += 1;
      break;
    case 'late':
      tally.late += 1;
      tally.attended += 1;
      break;
    case 'left-early':
      tally.leftEarly += 1;
      tally.attended += 1;
      break;
    case 'personal-leave':
      tally.personalLeave += 1;
      tally.leave += 1;
      break;
    case 'sick-leave':
      tally.sickLeave += 1;
      tally.leave += 1;
      break;
    case 'absent':
      tally.absent += 1;
      break;
    case 'unrecorded':
      tally.unrecorded += 1;
      break;
    case 'invalid':
      tally.invalid += 1;
      break;
  }
  tally.due += 1;
}

/** Adds `from` into `into`, in place. */
export function addTally(into: Tally, from: Tally): void {
  into.due += from.due;
  into.attended += from.attended;
  into.present += from.present;
  into.late += from.late;
  into.leftEarly += from.leftEarly;
  into.leave += from.leave;
  into.personalLeave += from.personalLeave;
  into.sickLeave += from.sickLeave;
  into.absent += from.absent;
  into.unrecorded += from.unrecorded;
  into.invalid += from.invalid;
  into.invitees += from.invitees;
  into.pending += from.pending;
}

export function sumTallies(tallies: readonly Tally[]): Tally {
  const total = emptyTally();
  for (const tally of tallies) addTally(total, tally);
  return total;
}

/**
 * 到会率: 实到 / 应到 over what is recorded (应到 less the pending person-times of activities with
 * nothing recorded), or null when that leaves nobody (never NaN, never a 0% for "not recorded yet").
 */
export function attendanceRate(tally: Pick<Tally, 'due' | 'attended' | 'pending'>): number | null {
  const judged = tally.due - tally.pending;
  return judged <= 0 ? null : tally.attended / judged;
}

/** Whether a tally has person-times due but none of them recorded: its rate is 未登记, not 0%. */
export function nothingRecorded(tally: Pick<Tally, 'due' | 'pending'>): boolean {
  return tally.due > 0 && tally.pending === tally.due;
}

/** The tally with its rate, as a new object (written out field by field: spreading is slow in hot loops). */
export function rated(tally: Tally): RatedTally {
  return {
    due: tally.due,
    attended: tally.attended,
    present: tally.present,
    late: tally.late,
    leftEarly: tally.leftEarly,
    leave: tally.leave,
    personalLeave: tally.personalLeave,
    sickLeave: tally.sickLeave,
    absent: tally.absent,
    unrecorded: tally.unrecorded,
    invalid: tally.invalid,
    invitees: tally.invitees,
    pending: tally.pending,
    rate: attendanceRate(tally),
  };
}
