/**
 * The task pane's text, one file per step or topic under ./pane/. `paneZh` is the reference table;
 * each English table is typed from its Chinese one, so a key missing from (or added only to) the
 * English table fails `tsc`. Wording follows the policy 《党员固定活动日制度实施方案》.
 */
import { generalEn, generalZh } from './pane/general';
import { fileModeEn, fileModeZh } from './pane/fileMode';
import { setupEn, setupZh } from './pane/setup';
import { importEn, importZh } from './pane/import';
import { holidaysEn, holidaysZh } from './pane/holidays';
import { scheduleEn, scheduleZh } from './pane/schedule';
import { attendanceEn, attendanceZh } from './pane/attendance';
import { summaryEn, summaryZh } from './pane/summary';
import { checkEn, checkZh } from './pane/check';
import { unfinishedWriteEn, unfinishedWriteZh } from './pane/unfinishedWrite';
import { rollupEn, rollupZh } from './pane/rollup';
import { diagnosticsEn, diagnosticsZh } from './diagnostics';
import { NOTICE_PANE_EN, NOTICE_PANE_ZH } from './notice';

export const paneZh = {
  ...generalZh,
  ...fileModeZh,
  ...setupZh,
  ...importZh,
  ...holidaysZh,
  ...scheduleZh,
  ...attendanceZh,
  ...summaryZh,
  ...checkZh,
  ...rollupZh,
  ...unfinishedWriteZh,
  // The notice panel of 节假日 and 关于与诊断 keep their texts in their own files.
  ...NOTICE_PANE_ZH,
  ...diagnosticsZh,
};

/** Every key of the pane's string table, each a plain string in every language. */
export type PaneStrings = Record<keyof typeof paneZh, string>;

export const paneEn: PaneStrings = {
  ...generalEn,
  ...fileModeEn,
  ...setupEn,
  ...importEn,
  ...holidaysEn,
  ...scheduleEn,
  ...attendanceEn,
  ...summaryEn,
  ...checkEn,
  ...rollupEn,
  ...unfinishedWriteEn,
  ...NOTICE_PANE_EN,
  ...diagnosticsEn,
};

export { HOLIDAY_ENTRY_TEXT } from './pane/holidays';
