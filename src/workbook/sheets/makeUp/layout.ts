/** Where the 补学登记 sheet keeps what: title, note, header, then one row per member and activity. */
export const MAKE_UP_KIND = 'makeUp';

/** The title and what to do, as plain text (the printed title is in the page header). */
export const TITLE_ROW = 1;
export const HEADER_ROW = 2;
export const FIRST_ROW = 3;

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

/**
 * One width for columns A–L: each run of widths is a call of its own in Excel, and the sheet is
 * written with every generation, so it stays one (long text wraps).
 */
export const COLUMN_WIDTH = 13;
