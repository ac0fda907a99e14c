/**
 * Everything a secretary entered in a workbook, as the app's parsers read it (readWorkbookState),
 * flattened to one entry per key: member by id, attendance by branch + member id + activity id,
 * an activity's details by branch + activity id, a cell of a column she added by sheet + row key +
 * its header, a manual holiday by date, a row kept as typed (待更正) by its cells. Positions never
 * enter a key, so a row that moved is the same entry, and an entry filed beside another member's
 * id is a different one.
 */
import type { Cell } from '../../src/workbook/description';
import type { WorkbookState } from '../../src/workbook/state';
import type { UserColumns } from '../../src/workbook/sheets/userColumns';

export type Entered = Map<string, string>;

function userColumnEntries(into: Entered, sheet: string, columns: UserColumns): void {
  const headers = columns.columns.map((column) => JSON.stringify(column.header));
  for (const [key, cells] of columns.rows)
    cells.forEach((cell, i) => {
      if (cell !== null && cell !== '') into.set(`user|${sheet}|${key}|${headers[i]}`, JSON.stringify(cell));
    });
  // Rows with no key: counted by their cells, wherever they are.
  countInto(into, `user-loose|${sheet}`, columns.loose);
}

function countInto(into: Entered, prefix: string, rows: ReadonlyArray<readonly Cell[]>): void {
  const counts = new Map<string, number>();
  for (const row of rows) {
    const key = JSON.stringify(row);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  for (const [key, count] of counts) into.set(`${prefix}|${key}`, String(count));
}

export function enteredData(state: WorkbookState): Entered {
  const into: Entered = new Map();
  if (state.settings !== null) {
    const { branches, ...rest } = state.settings;
    into.set('settings', JSON.stringify(rest));
    // renamedFrom is the record of a rename not yet carried through, not something entered.
    branches.forEach((branch) => {
      const { renamedFrom: _ignored, ...kept } = branch;
      void _ignored;
      into.set(`branch|${branch.name}`, JSON.stringify(kept));
    });
    into.set('branch-order', branches.map((branch) => branch.name).join(','));
  }
  for (const member of state.members) into.set(`member|${member.id}`, JSON.stringify(member));
  for (const entry of state.attendance) {
    const key = `mark|${entry.branch}|${entry.memberId}|${entry.activityId}`;
    const value = JSON.stringify([entry.raw, entry.note ?? null]);
    const earlier = into.get(key);
    into.set(key, earlier === undefined ? value : `${earlier}+${value}`);
  }
  for (const row of state.scheduleRows) {
    const { branch: _b, activityId: _a, ...details } = row.details;
    void _b;
    void _a;
    into.set(`activity|${row.branch}|${row.activityId}`, JSON.stringify({ theme: row.theme, ...details }));
  }
  for (const holiday of state.manualHolidays) into.set(`holiday|${holiday.date}`, JSON.stringify(holiday));
  for (const row of state.keptRosterRows) {
    if ('memberId' in row) into.set(`unreadable|${row.memberId}`, JSON.stringify(row.cells));
  }
  countInto(
    into,
    'kept-roster',
    state.keptRosterRows.flatMap((row) =>
      'memberId' in row ? [] : [[...row.cells, null, ...(row.userCells ?? [])]],
    ),
  );
  countInto(
    into,
    'kept-holidays',
    state.keptHolidayRows.map((row) => [...row.cells, null, ...(row.userCells ?? [])]),
  );
  countInto(
    into,
    'kept-schedule',
    state.keptScheduleRows.map((row) => [...row.cells, null, ...(row.userCells ?? [])]),
  );
  userColumnEntries(into, 'roster', state.userColumns.roster);
  userColumnEntries(into, 'holidays', state.userColumns.holidays);
  userColumnEntries(into, 'schedule', state.userColumns.schedule);
  for (const [branch, columns] of state.userColumns.attendance)
    userColumnEntries(into, `attendance:${branch}`, columns);
  return into;
}

/**
 * What is wrong with the entries read part-way through an action: each must be as it was before the
 * action or as the action makes it (an imported member, a holiday added); one that is neither —
 * gone, changed, or filed under another key — is listed.
 */
export function enteredProblems(before: Entered, after: Entered, during: Entered): string[] {
  const problems: string[] = [];
  const keys = new Set([...before.keys(), ...after.keys(), ...during.keys()]);
  for (const key of keys) {
    const now = during.get(key);
    if (now === before.get(key) || now === after.get(key)) continue;
    problems.push(
      `${key}: ${now ?? '(missing)'} — before ${before.get(key) ?? '(none)'}, after ${after.get(key) ?? '(none)'}`,
    );
  }
  return problems;
}
