/**
 * 活动通知: the notice a secretary pastes into the office chat or prints before an activity —
 * addressed to the branch's members, with 主题, 时间 (date, weekday, time of day), 地点 and the
 * policy's 要求 (四、3: no coming late, leaving early or staying away without reason; leave only
 * with the branch's approval; the 到会率 threshold), signed by the branch with the date.
 */
import type { Activity } from './activity';
import { type CalendarDate, weekdayName } from './date';
import type { ActivityDetails } from './summaries';
import { themeById } from './themes';
import { NOTICE_TEXT as T } from '../strings/materials';

export interface ActivityNoticeInput {
  activity: Pick<Activity, 'branch' | 'date' | 'theme'>;
  details?: ActivityDetails | null;
  /** 设置's 活动时间, used when the activity has no time of its own. */
  defaultTime: string;
  /** 到会率 threshold, 0–1. */
  threshold: number;
  /** The day the notice is signed. */
  issuedOn: CalendarDate;
}

/** The notice as lines of text (an empty string is a blank line). */
export function activityNoticeLines(input: ActivityNoticeInput): string[] {
  const { activity, details } = input;
  const day = T.day(activity.date, weekdayName(activity.date));
  const time = details?.time ?? input.defaultTime;
  return [
    T.title,
    '',
    T.addressee(activity.branch),
    T.opening(day, time),
    T.theme(themeById(activity.theme).fullName, details?.topic),
    T.time(day, time),
    T.place(details?.place),
    T.requirements,
    ...T.rules(input.threshold),
    '',
    activity.branch,
    T.signedOn(input.issuedOn),
  ];
}

/** The notice as one text, lines joined by newlines. */
export function activityNoticeText(input: ActivityNoticeInput): string {
  return activityNoticeLines(input).join('\n');
}
