// A walk of the end-to-end test (scripts/e2e.js runs it after the year's walk, in the same page,
// with the pane's clock fixed at 2026-12-28): 活动材料 (issue 13) in file mode. The year's final
// download (January and February recorded) is opened again; the step starts on 机关第一党支部 and
// its current activity (25 December, the year's last: none is left after the fixed today); the
// secretary chooses 机关第二党支部 and its activity of 14 February (moved there by the day off, 实到
// 9 of 15), shows the notice (its lines checked, then copied and read back from the clipboard), and
// presses 签到表, 活动记录, 本月全部活动记录 and 写入通知表（打印）. The download holds the four sheets
// (通知, 签到表, 活动记录 and February's records), their titles, 应到 figures and names equal to
// the codes entered, one page per activity in the month's records, the codes and the user's
// sheets untouched. README's screenshot of the step: docs/images/workflow-6b-materials-320.png.
const fs = require('node:fs');
const JSZip = require('jszip');
const wb = require('./workbook');

const UNIT = '淄博市国土资源局张店分局';
const FIRST = '机关第一党支部';
const BRANCH = '机关第二党支部';
const USER_SHEETS = ['工作台账', '党费收缴', '党员花名册'];
/** The activity 2026-02-1, planned on 13 February and moved to Saturday 14 February (调休上班日). */
const ACTIVITY = { id: '2026-02-1', option: '2月14日 学习教育日（2026-02-1）' };
/** With nothing left in the year after 2026-12-28, the step starts on each branch's last activity. */
const DEFAULT_OPTION = '12月25日 党内民主评议日（2026-12-2）';
const SHEETS = {
  notice: `通知 ${ACTIVITY.id} ${BRANCH}`,
  signIn: `签到表 ${ACTIVITY.id} ${BRANCH}`,
  record: `活动记录 ${ACTIVITY.id} ${BRANCH}`,
  month: `活动记录 2026年2月 ${BRANCH}`,
};
const WHEN = '2026年2月14日（星期六）15:00';
const NOTICE_LINES = [
  '关于开展党员固定活动日活动的通知',
  '',
  `${BRANCH}全体党员：`,
  `根据《党员固定活动日制度实施方案》，定于${WHEN}开展党员固定活动日活动。现将有关事项通知如下：`,
  '一、主题：党员学习教育日',
  `二、时间：${WHEN}`,
  '三、地点：另行通知',
  '四、要求',
  '1. 原则上全体党员都要参加。党员无特殊情况不得无故迟到、早退，或不参加活动。',
  '2. 因事因病不能参加的，必须经党支部批准，请于活动前向党支部请假。',
  '3. 每次开展活动的党员到会率不得低于应参加党员总数的80%。',
  '4. 年老体弱、卧病在床经党支部同意不参加的党员，由联系人传达活动的内容和精神。',
  '',
  BRANCH,
  // Signed on the pane's today.
  '2026年12月28日',
];
const PRESENT = ['√', '迟', '早'];

/** The text shown for the chosen option of the native select named `name`. */
const shownOption = (scope, name) =>
  scope
    .getByRole('combobox', { name, exact: true })
    .evaluate((element) => element.options[element.selectedIndex]?.text ?? '');

/** Picks `label` in the native select named `name`, as a user does, and checks it shows. */
async function choose(scope, name, label, h) {
  await scope
    .getByRole('combobox', { name, exact: true })
    .selectOption({ label }, { timeout: h.ACTION_TIMEOUT_MS });
  h.expectEqual(await shownOption(scope, name), label, `活动材料: the choice shown in "${name}"`);
}

/** Column A's texts of a sheet's rows from..to (blank rows as ''). */
function columnTexts(sheet, column, from, to) {
  const texts = [];
  for (let row = from; row <= to; row += 1) texts.push(wb.textOf(sheet.getCell(row, column).value));
  return texts;
}

/** The first row whose column `column` reads `text` (a predicate: a text's test), or 0. */
function rowOf(sheet, column, test, from = 1) {
  for (let row = from; row <= sheet.rowCount; row += 1)
    if (test(wb.textOf(sheet.getCell(row, column).value))) return row;
  return 0;
}

/** Every value beside a label cell (the cell to its right), in order: a record's 应到, 实到… */
function besideLabels(sheet, label) {
  const values = [];
  sheet.eachRow((row) =>
    row.eachCell((cell, column) => {
      if (wb.textOf(cell.value) === label) values.push(wb.textOf(row.getCell(column + 1).value));
    }),
  );
  return values;
}

/** The manual page breaks (rows) of a sheet, from its XML: ExcelJS does not read them back. */
async function rowBreaksOf(file, sheetName) {
  const zip = await JSZip.loadAsync(fs.readFileSync(file));
  const workbook = await zip.file('xl/workbook.xml').async('string');
  const rels = await zip.file('xl/_rels/workbook.xml.rels').async('string');
  const escaped = sheetName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const id = new RegExp(`<sheet [^>]*name="${escaped}"[^>]*r:id="([^"]+)"`).exec(workbook)?.[1];
  const relationship = [...rels.matchAll(/<Relationship [^>]*>/g)]
    .map((match) => match[0])
    .find((element) => element.includes(`Id="${id}"`));
  const target = relationship && /Target="([^"]+)"/.exec(relationship)?.[1];
  if (!id || !target) throw new Error(`「${sheetName}」: not found in the package`);
  const xml = await zip.file(`xl/${target.replace(/^\/?xl\//, '')}`).async('string');
  return [...xml.matchAll(/<brk id="(\d+)"/g)].map((match) => Number(match[1]));
}

/**
 * What the codes entered for the activity give: the members due in their order, who was present,
 * and the 缺席人员及原因 text of the record (事假, 病假, 无故缺席, 迟到, 早退; 无 for none).
 */
function expectedRecord(t) {
  const { view, perMember, figures } = t.expected.get(BRANCH);
  const serial = figures.get(ACTIVITY.id).serial;
  const due = view.members.filter((member) => member.dueOn(serial));
  const markOf = (member) => perMember.get(member.id).marks.get(ACTIVITY.id);
  const named = (head) =>
    due
      .filter((member) => markOf(member) === head)
      .map((member) => member.name)
      .join('、') || '无';
  const absent = [
    ['事假', '事'],
    ['病假', '病'],
    ['无故缺席', '×'],
    ['迟到', '迟'],
    ['早退', '早'],
  ]
    .map(([label, head]) => `${label}：${named(head)}`)
    .join('\n');
  const present = new Set(due.filter((member) => PRESENT.includes(markOf(member))).map((m) => m.name));
  return { figures: figures.get(ACTIVITY.id), names: due.map((member) => member.name), present, absent };
}

/** Checks the download: the four sheets and their key cells, the codes and the user's sheets unchanged. */
async function verifyDownload(t, file, h) {
  const book = await wb.readWorkbook(file);
  const before = (await wb.readWorkbook(t.final)).worksheets.map((sheet) => sheet.name);
  const names = book.worksheets.map((sheet) => sheet.name);
  h.expectEqual(
    names.filter((name) => !before.includes(name)).sort(),
    Object.values(SHEETS).sort(),
    '活动材料: the sheets the step added to the download',
  );
  h.expectEqual(
    before.filter((name) => !names.includes(name)),
    [],
    '活动材料: sheets of the opened file missing from the download',
  );
  const want = expectedRecord(t);
  const { due, attended } = want.figures;

  // 通知: the lines the pane showed, then a 通知送达登记 of every member due.
  const notice = book.getWorksheet(SHEETS.notice);
  const delivery = rowOf(notice, 1, (text) => text.startsWith('通知送达登记'));
  if (delivery === 0) h.fail(`「${SHEETS.notice}」 has no 通知送达登记.`);
  h.expectEqual(
    columnTexts(notice, 1, 1, delivery - 1).filter((text) => text !== ''),
    NOTICE_LINES.filter((line) => line !== ''),
    `「${SHEETS.notice}」: the notice's lines`,
  );
  const noticeHeader = rowOf(notice, 2, (text) => text === '姓名', delivery);
  h.expectEqual(
    columnTexts(notice, 2, noticeHeader + 1, noticeHeader + want.names.length),
    want.names,
    `「${SHEETS.notice}」: the members to notify`,
  );
  if (rowOf(notice, 1, (text) => text === `应通知 ${due} 人。`) === 0)
    h.fail(`「${SHEETS.notice}」 does not say 应通知 ${due} 人。`);

  // 签到表: its heading, every member due with their category, and the footer's 应到.
  const signIn = book.getWorksheet(SHEETS.signIn);
  h.expectEqual(
    ['A1', 'A2', 'D2', 'A3', 'A4'].map((address) => wb.textOf(signIn.getCell(address).value)),
    [
      `${BRANCH}党员固定活动日签到表`,
      `单位：${UNIT}`,
      `党支部：${BRANCH}`,
      '主题：党员学习教育日',
      `时间：${WHEN}`,
    ],
    `「${SHEETS.signIn}」: its title and heading`,
  );
  const signInHeader = rowOf(signIn, 2, (text) => text === '姓名');
  h.expectEqual(
    columnTexts(signIn, 2, signInHeader + 1, signInHeader + want.names.length + 1),
    [...want.names, ''],
    `「${SHEETS.signIn}」: the members due`,
  );
  const categories = new Map(
    want.names.map((name, i) => [name, wb.textOf(signIn.getCell(signInHeader + 1 + i, 3).value)]),
  );
  if (
    rowOf(signIn, 1, (text) => text === `应到 ${due} 人，实到 ____ 人（正式党员 ____、预备党员 ____）`) === 0
  )
    h.fail(`「${SHEETS.signIn}」 has no footer 应到 ${due} 人.`);

  // 活动记录: the figures and names the codes give (the 正式/预备 split by the 签到表's 类别).
  const formal = [...want.present].filter((name) => categories.get(name) === '正式').length;
  const record = book.getWorksheet(SHEETS.record);
  h.expectEqual(wb.textOf(record.getCell('A1').value), `${BRANCH}党员固定活动日活动记录`, '活动记录 title');
  h.expectEqual(
    ['活动类型', '活动编号', '时间', '应到', '实到', '缺席人员及原因'].map((label) =>
      besideLabels(record, label),
    ),
    [
      ['党员学习教育日'],
      [ACTIVITY.id],
      [WHEN],
      [`${due} 人`],
      [`${attended} 人（正式党员 ${formal} 人、预备党员 ${attended - formal} 人）`],
      [want.absent],
    ],
    `「${SHEETS.record}」: 活动类型 活动编号 时间 应到 实到 缺席人员及原因`,
  );

  // February's records: the month's two activities, one page each.
  const month = book.getWorksheet(SHEETS.month);
  h.expectEqual(
    ['活动编号', '应到'].map((label) => besideLabels(month, label)),
    [
      [ACTIVITY.id, '2026-02-2'],
      [`${due} 人`, `${due} 人`],
    ],
    `「${SHEETS.month}」: 活动编号 and 应到 of each activity`,
  );
  h.expectEqual(
    besideLabels(month, '缺席人员及原因')[0],
    want.absent,
    `「${SHEETS.month}」: the first record's absent`,
  );
  const secondTitle = rowOf(month, 1, (text) => text === `${BRANCH}党员固定活动日活动记录`, 2);
  h.expectEqual(await rowBreaksOf(file, SHEETS.month), [secondTitle - 1], `「${SHEETS.month}」: page breaks`);

  // Nothing of what was entered is lost: the activity's codes, and the user's own sheets.
  const attendance = wb.readAttendanceSheet(wb.ownedSheets(book).get('attendance.2'));
  const column = attendance.activities.find((activity) => activity.id === ACTIVITY.id).column;
  const { perMember } = t.expected.get(BRANCH);
  h.expectEqual(
    attendance.members.map((member) => wb.textOf(attendance.sheet.getCell(member.row, column).value)),
    attendance.members.map((member) => perMember.get(member.id).marks.get(ACTIVITY.id) ?? ''),
    `the codes of ${ACTIVITY.id} in ${BRANCH}'s attendance sheet`,
  );
  const original = wb.snapshotSheets(await wb.readWorkbook(h.FIXTURE), USER_SHEETS);
  const differences = wb.snapshotDifferences(original, wb.snapshotSheets(book, USER_SHEETS));
  if (differences.length > 0)
    h.fail(`活动材料: the user's sheets changed:\n  ${differences.slice(0, 20).join('\n  ')}`);
  h.expectEqual(names.slice(0, USER_SHEETS.length), USER_SHEETS, '活动材料: the user’s sheets stay first');
  return { due, attended, formal };
}

module.exports = {
  title: '活动材料：通知、签到表、活动记录',
  /** README's screenshot of the step (E2E_DOCS_IMAGES=1), by shot name. */
  docsImages: { materials: 'workflow-6b-materials-320.png' },
  /**
   * `t` is the walk's context (page, tempDir, log, shoot, and the year's final, expected); `h` the
   * helpers scripts/e2e.js passes (test/e2e/pane.js's): region, outcome, clickButton, openWorkbook,
   * download, idle, flat, expectEqual, fail, FIXTURE, ACTION_TIMEOUT_MS.
   */
  async run(t, h) {
    await h.openWorkbook(t, t.final);
    const step = h.region(t.page, '活动材料');
    await step.waitFor();
    h.expectEqual(await shownOption(step, '党支部'), FIRST, '活动材料: the branch it starts on');
    h.expectEqual(
      await shownOption(step, '活动'),
      DEFAULT_OPTION,
      `活动材料: ${FIRST}'s activity it starts on`,
    );
    await choose(step, '党支部', BRANCH, h);
    h.expectEqual(
      await shownOption(step, '活动'),
      DEFAULT_OPTION,
      `活动材料: ${BRANCH}'s activity it starts on`,
    );
    await choose(step, '活动', ACTIVITY.option, h);

    await h.clickButton(step, '活动通知');
    const box = step.getByRole('textbox', { name: '活动通知全文', exact: true });
    await box.waitFor({ timeout: h.ACTION_TIMEOUT_MS });
    await h.idle(t.page);
    const notice = await box.inputValue();
    h.expectEqual(notice.split('\n'), NOTICE_LINES, '活动材料: the notice shown');
    // 复制 puts the notice itself on the clipboard (the pane's own origin may read it back here).
    const origin = new URL(t.page.url()).origin;
    await t.page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
    await h.clickButton(step, '复制');
    await h.outcome(t.page, step, '已复制，可以粘贴到工作群或文档中。', '活动材料: copy');
    h.expectEqual(
      await t.page.evaluate(() => navigator.clipboard.readText()),
      notice,
      '活动材料: the text copied',
    );
    t.log(`${BRANCH} ${ACTIVITY.id}: the notice's ${NOTICE_LINES.length} lines shown and copied`);

    const written = (...sheets) => `已写入工作表：${sheets.join('、')}。`;
    const presses = [
      ['签到表', SHEETS.signIn, [SHEETS.notice, SHEETS.signIn, SHEETS.record]],
      ['活动记录', SHEETS.record, [SHEETS.notice, SHEETS.signIn, SHEETS.record]],
      ['本月全部活动记录', SHEETS.month, [SHEETS.notice, SHEETS.signIn, SHEETS.record, SHEETS.month]],
      ['写入通知表（打印）', SHEETS.notice, [SHEETS.notice, SHEETS.signIn, SHEETS.record]],
    ];
    for (const [button, sheet, sheets] of presses) {
      await h.clickButton(step, button);
      const said = h.flat(
        await h.outcome(
          t.page,
          step,
          `已写入“${sheet}”。下载后在 Excel 或 WPS 中打开该表，按 Ctrl+P 打印存档。`,
          `活动材料: ${button}`,
        ),
      );
      if (!said.includes(written(...sheets)))
        h.fail(`活动材料: ${button}'s outcome does not list ${written(...sheets)}: "${said}"`);
    }
    // The notice stays under the outcome, for copying again after printing.
    h.expectEqual(await box.inputValue(), notice, '活动材料: the notice after the sheets were written');
    await t.shoot('materials', step);

    const file = await h.download(t, 'materials');
    const { due, attended, formal } = await verifyDownload(t, file, h);
    t.log(
      `download: ${Object.values(SHEETS).join('、')}; 应到 ${due}, 实到 ${attended} (正式 ${formal}), ` +
        `February's records one page each; codes and the user's sheets unchanged`,
    );
  },
};
