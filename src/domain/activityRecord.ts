/**
 * What the per-activity materials print about one activity, from the same ledger and monthly
 * summary as the summaries (so every figure equals theirs): who signs the 签到表 (members due that
 * day, and the exempt ones marked 免参加), and the 活动记录's figures and name lists — 应到, 实到
 * split into 正式/预备, 列席, and the absent grouped as 事假/病假/无故缺席 and 迟到/早退.
 */
import { activityKey } from './activity';
import type { CalendarDate } from './date';
import type { BranchLedger, Ledger } from './ledger';
import { type Member, type MemberCategory } from './member';
import { memberLabels } from './memberLabels';
import { standingOn } from './standing';
import type { ActivityLine, PersonMark, PersonRef } from './summaries';

/** One line of the 签到表. */
export interface SignInPerson {
  memberId: string;
  /** As shown (namesakes told apart). */
  label: string;
  category: MemberCategory;
  /** 免参加 that day: listed, with 免参加 in 备注. */
  exempt: boolean;
}

/** Members of the branch due that day, and those exempt that day, in roster order. */
export function signInPeople(members: readonly Member[], branch: string, date: CalendarDate): SignInPerson[] {
  const own = members.filter((member) => member.branch === branch);
  const labels = memberLabels(own);
  return own.flatMap((member) => {
    const standing = standingOn(member, date);
    if (standing !== 'due' && standing !== 'exempt') return [];
    return [
      {
        memberId: member.id,
        label: labels.get(member.id) ?? member.name,
        category: member.category,
        exempt: standing === 'exempt',
      },
    ];
  });
}

export interface ActivityRecordFigures {
  due: number;
  /** 实到 = present + late + left early. */
  attended: number;
  attendedFormal: number;
  attendedProbationary: number;
  /** Not yet recorded. */
  unrecorded: number;
}

export interface ActivityRecordNames {
  personalLeave: PersonMark[];
  sickLeave: PersonMark[];
  absent: PersonMark[];
  late: PersonMark[];
  leftEarly: PersonMark[];
  invitees: PersonRef[];
  unrecorded: PersonRef[];
}

export interface ActivityRecord {
  line: ActivityLine;
  figures: ActivityRecordFigures;
  names: ActivityRecordNames;
}

function branchColumn(ledger: Ledger, line: ActivityLine): { branch: BranchLedger; column: number } {
  const branch = ledger.branches.find((b) => b.branch === line.branch);
  const column = branch?.activities.findIndex(
    (a) => activityKey(a) === activityKey({ branch: line.branch, id: line.activityId }),
  );
  if (branch === undefined || column === undefined || column < 0)
    throw new RangeError(`No ledger column for ${line.branch} ${line.activityId}`);
  return { branch, column };
}

/** The record of the activity of `line` (a line of monthlySummary over the same ledger). */
export function activityRecord(ledger: Ledger, line: ActivityLine): ActivityRecord {
  const { branch, column } = branchColumn(ledger, line);
  let formal = 0;
  let probationary = 0;
  for (const row of branch.rows) {
    const outcome = row.outcomes[column];
    if (outcome !== 'present' && outcome !== 'late' && outcome !== 'left-early') continue;
    if (row.member.category === '正式党员') formal += 1;
    else probationary += 1;
  }
  const marks = (code: PersonMark['code']) =>
    [...line.absentees, ...line.lateOrEarly].filter((mark) => mark.code === code);
  return {
    line,
    figures: {
      due: line.figures.due,
      attended: line.figures.attended,
      attendedFormal: formal,
      attendedProbationary: probationary,
      unrecorded: line.figures.unrecorded,
    },
    names: {
      personalLeave: marks('事'),
      sickLeave: marks('病'),
      absent: marks('×'),
      late: marks('迟'),
      leftEarly: marks('早'),
      invitees: line.invitees,
      unrecorded: line.unrecorded,
    },
  };
}
