// The node side of the end-to-end test (scripts/e2e.js), on .xlsx files with ExcelJS: entering
// attendance codes the way a secretary would between two visits to the pane, computing the figures
// those codes must give, reading back the summary sheets the pane wrote, and a cell-by-cell
// snapshot of the user's own sheets.
//
// Cells are found as a person finds them: the add-in's sheets by the hidden `_PartyDay_<kind>`
// names it marks them with, activities by the id row of an 出勤 sheet, members by the 编号 column,
// summary columns by their header text — never by fixed positions of the current layout.
const ExcelJS = require('exceljs');

const MARK_PREFIX = '_PartyDay_';
/** Attendance sheet: the hidden row of activity ids and the member rows' helper columns (E–I). */
const ID_ROW_MARKER = '活动编号';
const PRESENT = new Set(['√', '迟', '早']);
const LEAVE = new Set(['事', '病']);
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

async function readWorkbook(file) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return workbook;
}

/** The add-in's sheets by kind ('settings', 'schedule', 'attendance.1', 'summary.month' …). */
function ownedSheets(workbook) {
  const owned = new Map();
  for (const { name, ranges } of workbook.definedNames.model) {
    if (!name.startsWith(MARK_PREFIX) || ranges.length === 0) continue;
    const sheetName = ranges[0].replace(/!.*$/, '').replace(/^'|'$/g, '').replace(/''/g, "'");
    const sheet = workbook.getWorksheet(sheetName);
    if (sheet) owned.set(name.slice(MARK_PREFIX.length), sheet);
  }
  return owned;
}

function textOf(value) {
  if (value === null || value === undefined) return '';
  if (typeof value === 'object' && 'richText' in value) return value.richText.map((r) => r.text).join('');
  if (typeof value === 'object' && 'result' in value) return textOf(value.result);
  return String(value);
}

function numberOf(value) {
  if (typeof value === 'number') return value;
  if (value instanceof Date) return (value.getTime() - EXCEL_EPOCH) / DAY_MS;
  if (value && typeof value === 'object' && 'result' in value) return numberOf(value.result);
  return NaN;
}

/**
 * An 出勤 sheet as the secretary sees it: the activities (id, date serial, column) and the members
 * (id, name, row) with the days each is due, from the helper columns the add-in keeps beside them
 * (计入应到, 在册起/止, 免参加起/止 as date serials).
 */
function readAttendanceSheet(sheet) {
  let idRow = 0;
  sheet.getColumn(1).eachCell((cell, row) => {
    if (idRow === 0 && textOf(cell.value) === ID_ROW_MARKER) idRow = row;
  });
  if (idRow === 0) throw new Error(`「${sheet.name}」没有“${ID_ROW_MARKER}”行`);
  const activities = [];
  sheet.getRow(idRow).eachCell((cell, column) => {
    const id = textOf(cell.value);
    if (/^\d{4}-\d{2}-\d+$/.test(id) && !activities.some((a) => a.id === id))
      activities.push({ id, column, serial: numberOf(sheet.getCell(idRow + 1, column).value) });
  });
  const members = [];
  // Members start below the date/theme/shift rows and end at the first figure row (应到).
  for (let row = idRow + 1; row <= sheet.rowCount; row += 1) {
    const first = textOf(sheet.getCell(row, 1).value);
    if (first === '应到') break;
    if (!/^M[0-9A-Z]+$/.test(first)) continue;
    const helper = (column) => numberOf(sheet.getCell(row, column).value);
    const [counted, from, to, exemptFrom, exemptTo] = [5, 6, 7, 8, 9].map(helper);
    members.push({
      id: first,
      name: textOf(sheet.getCell(row, 2).value),
      row,
      dueOn: (serial) =>
        counted === 1 && from <= serial && serial <= to && !(exemptFrom <= serial && serial <= exemptTo),
    });
  }
  return { sheet, activities, members };
}

/**
 * Writes the codes `codeFor(activityIndex, memberIndexAmongDue, activity, member)` into every due
 * member's cell of the chosen activities (the rest stay empty, as on a real sheet) and returns what
 * they must add up to, per activity and per member.
 */
function enterAttendance(sheetView, chosen, codeFor) {
  const figures = new Map();
  const perMember = new Map(sheetView.members.map((m) => [m.id, { name: m.name, marks: new Map() }]));
  sheetView.activities
    .filter((activity) => chosen(activity))
    .forEach((activity, activityIndex) => {
      const f = { due: 0, attended: 0, late: 0, leftEarly: 0, leave: 0, absent: 0, unrecorded: 0 };
      sheetView.members
        .filter((member) => member.dueOn(activity.serial))
        .forEach((member, memberIndex) => {
          const code = codeFor(activityIndex, memberIndex, activity, member);
          sheetView.sheet.getCell(member.row, activity.column).value = code;
          const head = code.slice(0, 1);
          f.due += 1;
          if (PRESENT.has(head)) f.attended += 1;
          if (head === '迟') f.late += 1;
          if (head === '早') f.leftEarly += 1;
          if (LEAVE.has(head)) f.leave += 1;
          if (head === '×') f.absent += 1;
          perMember.get(member.id).marks.set(activity.id, head);
        });
      figures.set(activity.id, { ...f, rate: f.attended / f.due, serial: activity.serial });
    });
  return { figures, perMember };
}

/** Header text → first column, from one or two header rows (the second wins where it has text). */
function headerColumns(sheet, ...rows) {
  const columns = new Map();
  for (const row of rows) {
    sheet.getRow(row).eachCell({ includeEmpty: false }, (cell, column) => {
      const text = textOf(cell.value);
      if (text !== '' && !columns.has(text)) columns.set(text, column);
    });
  }
  return columns;
}

function findRow(sheet, predicate, from = 1) {
  for (let row = from; row <= sheet.rowCount; row += 1) if (predicate(sheet.getRow(row), row)) return row;
  return 0;
}

const rowHas = (text) => (row) => row.values.some((value) => textOf(value) === text);

/**
 * 月度汇总, one branch's page: each activity's row by date serial, with the columns named as the
 * sheet names them (应到 实到 请假 缺席 迟到 早退 未登记 到会率 达标).
 */
function readMonthlyBranchPage(sheet, branch, titleText) {
  const title = findRow(sheet, (row) =>
    row.values.some((v) => textOf(v).startsWith(`${branch} `) && textOf(v).includes(titleText)),
  );
  if (title === 0) throw new Error(`「${sheet.name}」没有 ${branch} 的页（${titleText}）`);
  const header = findRow(sheet, (row) => rowHas('日期')(row) && rowHas('应到')(row), title);
  const columns = headerColumns(sheet, header);
  const rows = new Map();
  for (let row = header + 1; row <= sheet.rowCount; row += 1) {
    const first = textOf(sheet.getCell(row, 1).value);
    if (first === '合计' || first === '') break;
    const get = (name) => sheet.getCell(row, columns.get(name)).value;
    rows.set(numberOf(get('日期')), {
      due: get('应到'),
      attended: get('实到'),
      leave: get('请假'),
      absent: get('缺席'),
      late: get('迟到'),
      leftEarly: get('早退'),
      unrecorded: get('未登记'),
      rate: get('到会率'),
      met: textOf(get('达标')),
    });
  }
  return rows;
}

/** 月度汇总's first page: the row of each branch (应到人次 实到人次 … 到会率 未达标). */
function readMonthlyBranchTable(sheet) {
  const header = findRow(sheet, (row) => rowHas('应到人次')(row) && rowHas('党支部')(row));
  if (header === 0) throw new Error(`「${sheet.name}」没有各党支部汇总表`);
  const columns = headerColumns(sheet, header);
  const rows = new Map();
  for (let row = header + 1; row <= sheet.rowCount; row += 1) {
    const branch = textOf(sheet.getCell(row, columns.get('党支部')).value);
    if (textOf(sheet.getCell(row, 1).value) === '合计' || branch === '') break;
    const get = (name) => sheet.getCell(row, columns.get(name)).value;
    rows.set(branch, {
      due: get('应到人次'),
      attended: get('实到人次'),
      leave: get('请假人次'),
      absent: get('缺席人次'),
      late: get('迟到'),
      leftEarly: get('早退'),
      unrecorded: get('未登记'),
      rate: get('到会率'),
      below: get('未达标'),
    });
  }
  return rows;
}

/**
 * 年度汇总, one branch's block: per member the 实到 of each month and the year's 应到/实到/请假/缺席,
 * then the branch's 实到人次, 到会率 and 未达标次数 per month.
 */
function readAnnualBranch(sheet, branch) {
  const monthsRow = findRow(sheet, (row) => rowHas('1月')(row) && rowHas('12月')(row));
  const groupRow = monthsRow - 1;
  const months = headerColumns(sheet, monthsRow);
  const yearColumn = (name) => {
    for (let column = 1; column <= sheet.columnCount; column += 1)
      if (
        textOf(sheet.getCell(groupRow, column).value) === '全年' &&
        textOf(sheet.getCell(monthsRow, column).value) === name
      )
        return column;
    throw new Error(`「${sheet.name}」没有“全年 ${name}”列`);
  };
  const year = {
    due: yearColumn('应到'),
    attended: yearColumn('实到'),
    leave: yearColumn('请假'),
    absent: yearColumn('缺席'),
  };
  const start = findRow(sheet, (row) => textOf(row.getCell(1).value) === branch, monthsRow);
  if (start === 0) throw new Error(`「${sheet.name}」没有 ${branch}`);
  const month = (row, m) => sheet.getCell(row, months.get(`${m}月`)).value;
  const members = new Map();
  let row = start + 1;
  for (; row <= sheet.rowCount && typeof sheet.getCell(row, 1).value === 'number'; row += 1) {
    members.set(textOf(sheet.getCell(row, 2).value), {
      months: Array.from({ length: 12 }, (_, i) => month(row, i + 1)),
      due: sheet.getCell(row, year.due).value,
      attended: sheet.getCell(row, year.attended).value,
      leave: sheet.getCell(row, year.leave).value,
      absent: sheet.getCell(row, year.absent).value,
    });
  }
  const line = (label) => {
    const at = findRow(sheet, (r) => textOf(r.getCell(1).value) === label, row);
    if (at === 0) throw new Error(`「${sheet.name}」${branch} 没有“${label}”行`);
    return Array.from({ length: 12 }, (_, i) => month(at, i + 1));
  };
  return {
    members,
    attendedPerMonth: line('支部合计（实到人次）'),
    ratePerMonth: line('到会率'),
    belowPerMonth: line('未达标次数'),
  };
}

/**
 * Everything a user's sheet holds that the add-in must leave alone: each cell's value or formula
 * and number format, the merges, the sheet order; and the workbook's own defined names.
 */
function snapshotSheets(workbook, names) {
  const sheets = {};
  for (const name of names) {
    const sheet = workbook.getWorksheet(name);
    if (!sheet) {
      sheets[name] = null;
      continue;
    }
    const cells = {};
    sheet.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (cell) => {
        if (cell.isMerged && cell.master !== cell) return;
        const value = cell.value;
        // cell.formula spells out a shared formula too, so a change in how it is stored is no change.
        const content =
          cell.type === ExcelJS.ValueType.Formula
            ? { formula: cell.formula }
            : { value: value instanceof Date ? value.toISOString() : value };
        cells[cell.address] = { ...content, numFmt: cell.numFmt ?? null };
      }),
    );
    sheets[name] = { merges: [...(sheet.model.merges ?? [])].sort(), cells };
  }
  const definedNames = workbook.definedNames.model
    .filter((entry) => !entry.name.startsWith(MARK_PREFIX) && !entry.name.startsWith('PD_'))
    .map((entry) => `${entry.name}=${entry.ranges.join(',')}`)
    .sort();
  return { sheets, definedNames };
}

/** Every difference between two snapshots, as lines naming the sheet and cell. */
function snapshotDifferences(expected, actual) {
  const lines = [];
  for (const [name, sheet] of Object.entries(expected.sheets)) {
    const got = actual.sheets[name];
    if (!got) {
      lines.push(`「${name}」 is missing`);
      continue;
    }
    if (JSON.stringify(sheet.merges) !== JSON.stringify(got.merges))
      lines.push(
        `「${name}」 merges ${JSON.stringify(got.merges)}, expected ${JSON.stringify(sheet.merges)}`,
      );
    const addresses = new Set([...Object.keys(sheet.cells), ...Object.keys(got.cells)]);
    for (const address of addresses) {
      const want = JSON.stringify(sheet.cells[address] ?? null);
      const have = JSON.stringify(got.cells[address] ?? null);
      if (want !== have) lines.push(`「${name}」!${address}: ${have}, expected ${want}`);
    }
  }
  if (JSON.stringify(expected.definedNames) !== JSON.stringify(actual.definedNames))
    lines.push(
      `defined names ${JSON.stringify(actual.definedNames)}, expected ${JSON.stringify(expected.definedNames)}`,
    );
  return lines;
}

module.exports = {
  readWorkbook,
  ownedSheets,
  textOf,
  numberOf,
  readAttendanceSheet,
  enterAttendance,
  readMonthlyBranchPage,
  readMonthlyBranchTable,
  readAnnualBranch,
  snapshotSheets,
  snapshotDifferences,
};
