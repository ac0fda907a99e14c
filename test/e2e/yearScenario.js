// The year's walk of the end-to-end test (scripts/e2e.js; its steps in the pane are
// test/e2e/yearSteps.js): the scenario's figures and its file side, in ExcelJS.
//
// A copy of test/fixtures/existing-workbook.xlsx (the user's 工作台账, 党费收缴 with the defined name
// 党费合计, and a 党员花名册) is set up for 2026 with three branches and a day off of the unit's own.
// Attendance codes for January and February are entered into the downloaded file with ExcelJS, as a
// secretary would in Excel or WPS, one activity under 80 %. The final file must hold the figures the
// entered codes give, and the user's three sheets must be intact cell by cell.
const fs = require('node:fs');
const path = require('node:path');
const { ROOT, fail } = require('../../scripts/lib/browser');
const wb = require('./workbook');
const { expectEqual, expectClose } = require('./pane');

const FIXTURE = path.join(ROOT, 'test', 'fixtures', 'existing-workbook.xlsx');
const FIXTURE_NAME = 'existing-workbook.xlsx';
// The pane's "today": records are complete up to it. Fixed so that the check and the summaries do
// not depend on the day the test runs (2026 is a year with the State Council's official calendar).
const TODAY = '2026-12-28T10:00:00+08:00';
const YEAR = 2026;
const UNIT = '淄博市国土资源局张店分局';
const BRANCHES = ['机关第一党支部', '机关第二党支部', '离退休党支部'];
const USER_SHEETS = ['工作台账', '党费收缴', '党员花名册'];

// What the secretary records for January and February. Each activity gets the mix below, shifted
// by one member per activity; with 15 members due that is 实到 12 of 15 (√ 10, 迟 1, 早 1), 请假 2
// (one with a reason), 缺席 1: exactly 80 %, which meets the threshold. One activity is worse.
const MIX = ['√', '√', '迟', '√', '早', '√', '事：外出培训', '√', '√', '病', '√', '√', '×', '√', '√'];
// A day off the unit adds in 节假日 (source 手工) on the second Friday of February. The activity
// planned for it is postponed to the next working day, Saturday 14 February: a 调休 working day of
// the State Council's 2026 calendar (春节 15–23 February), which counts as a working day.
const DAY_OFF = { date: '2026-02-13', name: '单位统一放假', activity: '2026-02-1', movedTo: '2026-02-14' };
// 机关第二党支部's activity moved to 2026-02-14: 实到 9 of 15 (60 %), the activity the check must list.
const POOR = { branch: '机关第二党支部', activity: DAY_OFF.activity, date: '2026年2月14日', day: '2月14日' };
const POOR_MIX = ['√', '√', '×', '√', '事', '×', '√', '病', '√', '×', '√', '迟', '√', '×', '√'];
const RECORDED_MONTHS = ['2026-01', '2026-02'];
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

/** 'YYYY-MM-DD' → the date serial an .xlsx cell holds. */
const serialOf = (date) => (Date.parse(`${date}T00:00:00Z`) - EXCEL_EPOCH) / DAY_MS;
/** A date serial → '2月14日', as the pane writes dates. */
function dayText(serial) {
  const date = new Date(EXCEL_EPOCH + serial * DAY_MS);
  return `${date.getUTCMonth() + 1}月${date.getUTCDate()}日`;
}

/**
 * The 出勤 sheets of the planned download filled in as a secretary would in Excel or WPS (January and
 * February: MIX, POOR_MIX for POOR), saved as t.recorded; t.expected holds what the codes give in each
 * branch, t.before the fixture's user sheets as they were.
 */
async function recordAttendance(t) {
  const book = await wb.readWorkbook(t.planned);
  t.before = wb.snapshotSheets(await wb.readWorkbook(FIXTURE), USER_SHEETS);
  const owned = wb.ownedSheets(book);
  t.expected = new Map();
  for (const [index, branch] of BRANCHES.entries()) {
    const sheet = owned.get(`attendance.${index + 1}`);
    if (!sheet) fail(`the downloaded file has no attendance sheet for ${branch}.`);
    const view = wb.readAttendanceSheet(sheet);
    // The downloaded file has the activity on its new day, under the same activity id.
    const moved = view.activities.find((activity) => activity.id === DAY_OFF.activity);
    if (!moved || moved.serial !== serialOf(DAY_OFF.movedTo))
      fail(
        `「${sheet.name}」: activity ${DAY_OFF.activity} is on serial ${moved?.serial}, expected ${DAY_OFF.movedTo}.`,
      );
    const recorded = wb.enterAttendance(
      view,
      (activity) => RECORDED_MONTHS.includes(activity.id.slice(0, 7)),
      (activityIndex, memberIndex, activity) => {
        const mix = branch === POOR.branch && activity.id === POOR.activity ? POOR_MIX : MIX;
        return mix[(memberIndex + activityIndex) % mix.length];
      },
    );
    t.expected.set(branch, { ...recorded, view });
  }
  // Saved under the downloaded file's name, as Ctrl+S in Excel or WPS would.
  const recorded = path.join(t.tempDir, 'recorded', path.basename(t.planned));
  fs.mkdirSync(path.dirname(recorded), { recursive: true });
  await book.xlsx.writeFile(recorded);
  t.recorded = recorded;
  const poor = t.expected.get(POOR.branch).figures.get(POOR.activity);
  t.log(
    `entered √ 迟 早 事 病 × for January and February in 3 branches; ${POOR.branch} ${POOR.activity}: ` +
      `实到 ${poor.attended} / 应到 ${poor.due}`,
  );
}

/** The final download against the codes entered and the fixture: every figure and every user cell. */
async function verifyFinalFile(t) {
  const book = await wb.readWorkbook(t.final);
  const owned = wb.ownedSheets(book);
  const month = owned.get('summary.month');
  const annual = owned.get('summary.year');
  if (!month || !annual)
    fail(`the final file lacks 月度汇总 or 年度汇总 (sheets: ${book.worksheets.map((s) => s.name)}).`);
  let checked = 0;

  const table = wb.readMonthlyBranchTable(month);
  for (const branch of BRANCHES) {
    const { figures, perMember, view } = t.expected.get(branch);
    const february = [...figures.entries()].filter(([id]) => id.startsWith('2026-02'));
    const page = wb.readMonthlyBranchPage(month, branch, `${YEAR}年2月`);
    expectEqual(page.size, february.length, `月度汇总 ${branch}: activities in February`);
    for (const [id, f] of february) {
      const row = page.get(f.serial);
      if (!row) fail(`月度汇总 ${branch}: no row for activity ${id}.`);
      const what = `月度汇总 ${branch} ${id}`;
      expectEqual(
        [row.due, row.attended, row.leave, row.absent, row.late, row.leftEarly, row.unrecorded],
        [f.due, f.attended, f.leave, f.absent, f.late, f.leftEarly, 0],
        `${what} 应到 实到 请假 缺席 迟到 早退 未登记`,
      );
      expectClose(row.rate, f.attended / f.due, `${what} 到会率`);
      expectEqual(row.met, f.attended / f.due >= 0.8 ? '是' : '否', `${what} 达标`);
      checked += 9;
    }
    const sum = (key) => february.reduce((total, [, f]) => total + f[key], 0);
    const line = table.get(branch);
    if (!line) fail(`月度汇总: no row for ${branch} in the table across branches.`);
    expectEqual(
      [line.due, line.attended, line.leave, line.absent, line.late, line.leftEarly, line.unrecorded],
      [sum('due'), sum('attended'), sum('leave'), sum('absent'), sum('late'), sum('leftEarly'), 0],
      `月度汇总 across branches, ${branch} 应到人次 实到人次 请假人次 缺席人次 迟到 早退 未登记`,
    );
    expectClose(line.rate, sum('attended') / sum('due'), `月度汇总 across branches, ${branch} 到会率`);
    expectEqual(line.below, branch === POOR.branch ? 1 : 0, `月度汇总 across branches, ${branch} 未达标`);
    checked += 9;

    // 年度汇总: each member's 实到 in January and February, the year's 应到 (every activity the
    // member was due at, from the sheet's own columns) and 实到/请假/缺席; the branch's lines.
    const year = wb.readAnnualBranch(annual, branch);
    for (const member of view.members) {
      const got = year.members.get(member.name);
      if (!got) fail(`年度汇总 ${branch}: no row for ${member.name}.`);
      const marks = [...perMember.get(member.id).marks.entries()];
      const count = (prefix, heads) =>
        marks.filter(([id, h]) => id.startsWith(prefix) && heads.includes(h)).length;
      const what = `年度汇总 ${branch} ${member.name}`;
      // March to December are held (today is 28 December) with nothing recorded: 未登记, not 0.
      expectEqual(
        got.months,
        Array.from({ length: 12 }, (_, i) => (i < 2 ? count(`2026-0${i + 1}`, ['√', '迟', '早']) : '未登记')),
        `${what} 各月实到次数`,
      );
      const due = view.activities.filter((activity) => member.dueOn(activity.serial)).length;
      expectEqual(
        [got.due, got.attended, got.leave, got.absent],
        [due, count('2026', ['√', '迟', '早']), count('2026', ['事', '病']), count('2026', ['×'])],
        `${what} 全年 应到 实到 请假 缺席`,
      );
      checked += 16;
    }
    for (const [index, prefix] of RECORDED_MONTHS.entries()) {
      const inMonth = [...figures.entries()].filter(([id]) => id.startsWith(prefix)).map(([, f]) => f);
      const attended = inMonth.reduce((total, f) => total + f.attended, 0);
      const due = inMonth.reduce((total, f) => total + f.due, 0);
      const what = `年度汇总 ${branch} ${index + 1}月`;
      expectEqual(year.attendedPerMonth[index], attended, `${what} 实到人次`);
      expectClose(year.ratePerMonth[index], attended / due, `${what} 到会率`);
      expectEqual(
        year.belowPerMonth[index],
        inMonth.filter((f) => f.attended / f.due < 0.8).length,
        `${what} 未达标次数`,
      );
      checked += 3;
    }
  }

  const differences = wb.snapshotDifferences(t.before, wb.snapshotSheets(book, USER_SHEETS));
  if (differences.length > 0) fail(`the user's sheets changed:\n  ${differences.slice(0, 20).join('\n  ')}`);
  const cells = Object.values(t.before.sheets).reduce((n, sheet) => n + Object.keys(sheet.cells).length, 0);
  expectEqual(
    book.worksheets.slice(0, USER_SHEETS.length).map((sheet) => sheet.name),
    USER_SHEETS,
    'the user’s sheets stay first, in their order',
  );
  t.log(
    `final file: ${checked} summary figures equal the entered codes; ${cells} cells of ${USER_SHEETS.join('、')}, ` +
      `their merges and the name ${t.before.definedNames.join(' ')} unchanged`,
  );
}

module.exports = {
  FIXTURE,
  FIXTURE_NAME,
  TODAY,
  YEAR,
  UNIT,
  BRANCHES,
  DAY_OFF,
  POOR,
  serialOf,
  dayText,
  recordAttendance,
  verifyFinalFile,
};
