/**
 * The per-activity sheets' identities: one 活动通知, one 签到表 and one 活动记录 per activity, and
 * one 本月全部活动记录 per branch and month. Kinds are `notice.<n>.<id>`, `signin.<n>.<id>`,
 * `record.<n>.<id>` and `records.<n>.<yyyy_mm>`, n being the branch's 出勤 sheet number (stable across renames and
 * reordering) and the id's '-' written '_'. They are printouts: written whole each time from the
 * records, nothing in them is read back.
 */
import { MAX_SHEET_NAME_LENGTH, truncate } from '../../sheetNames';

export const MATERIAL_KIND_PREFIXES = ['notice.', 'signin.', 'record.', 'records.'] as const;

/** The tab colour of every per-activity printout. */
export const MATERIALS_TAB_COLOR = '#70AD47';

/** True for the kinds of the per-activity printouts (no action reads their cells). */
export function isMaterialKind(kind: string): boolean {
  return MATERIAL_KIND_PREFIXES.some((prefix) => kind.startsWith(prefix));
}

const idPart = (id: string) => id.replace(/-/g, '_');

export function noticeKind(branchNumber: number, activityId: string): string {
  return `notice.${branchNumber}.${idPart(activityId)}`;
}

export function signInKind(branchNumber: number, activityId: string): string {
  return `signin.${branchNumber}.${idPart(activityId)}`;
}

export function recordKind(branchNumber: number, activityId: string): string {
  return `record.${branchNumber}.${idPart(activityId)}`;
}

export function monthRecordsKind(branchNumber: number, year: number, month: number): string {
  return `records.${branchNumber}.${year}_${String(month).padStart(2, '0')}`;
}

/** A sheet name Excel accepts: its forbidden characters dropped, cut to 31 characters. */
export function printableSheetName(wanted: string): string {
  const clean = wanted.replace(/[[\]:*?/\\]/g, '').replace(/^'+|'+$/g, '');
  return truncate(clean, MAX_SHEET_NAME_LENGTH).replace(/'+$/, '').trim();
}
