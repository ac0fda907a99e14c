/** The 补学登记 sheet (issue 13, 4): description and reading back. */
export { describeMakeUpSheet, hasMakeUpSheet, type MakeUpSheetInput } from './describe';
export { MAKE_UP_KIND } from './layout';
export { makeUpRecords, parseMakeUpGrid, type MakeUpSheetRead, type MakeUpSheetRow } from './parse';
