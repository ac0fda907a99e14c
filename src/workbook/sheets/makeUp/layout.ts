/** Where the 补学登记 sheet keeps what: title, note, header, then one row per member and activity. */
export const MAKE_UP_KIND = 'makeUp';

export const TITLE_ROW = 1;
export const NOTE_ROW = 2;
export const HEADER_ROW = 3;
export const FIRST_ROW = 4;

/** 姓名 支部 活动日期 主题 出勤: written from the engine on every generation. */
export const SHOWN_COLUMNS = 5;
/** 请假批准人 补学方式 补学日期 传达人 内容或心得 备注: what the secretary types, kept by key. */
export const FIRST_TYPED_COLUMN = 6;
export const TYPED_COLUMNS = 6;
export const APPROVER_COLUMN = 6;
export const METHOD_COLUMN = 7;
export const DONE_COLUMN = 8;
export const CONTACT_COLUMN = 9;
export const STATUS_COLUMN = 12;
/** Hidden key columns: 人员编号, 活动编号. */
export const MEMBER_ID_COLUMN = 13;
export const ACTIVITY_ID_COLUMN = 14;
export const WIDTH = 14;
/** The last column printed (the keys are hidden). */
export const LAST_SHOWN_COLUMN = STATUS_COLUMN;

/** Widths in characters, columns A to L. */
export const WIDTHS = [8, 12, 11, 12, 12, 10, 10, 11, 8, 28, 14, 16] as const;
