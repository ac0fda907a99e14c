/** Something the branch or the 党总支 should look at. Messages are Chinese and say what to do. */
export type WarningCode =
  | 'below-threshold'
  | 'month-short'
  | 'absence-run'
  | 'unrecorded'
  | 'unknown-code'
  | 'provisional-holidays'
  | 'shift-impossible'
  | 'roster-row'
  /** Attendance entered for a member id that is not on the branch's roster. */
  | 'orphan-entry';

export interface DomainWarning {
  code: WarningCode;
  message: string;
  branch?: string;
  activityId?: string;
  memberId?: string;
  /** The month concerned, 'YYYY-MM'. */
  month?: string;
}
