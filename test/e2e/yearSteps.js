// The steps of the end-to-end test's year (scripts/e2e.js runs them in order, in one page; the
// scenario's figures and its ExcelJS side are test/e2e/yearScenario.js): a copy of the fixture is
// opened through the file input; then 设置工作簿 → 导入党员 from its 花名册 → 节假日 → 生成活动安排
// (preview, write) → a day off added in 节假日's form, moving the activity of 13 February → 生成活动安排
// again (the preview and the file show it moved) → download. Attendance codes for January and
// February are entered into the downloaded file; the file is opened in the pane again → 出勤登记 (each
// branch's recorded and pending activities, the one under 80 %, where to record the current one) →
// 月度汇总 (February) and 年度汇总 → 检查 (grouped by kind) → download, under the same name as the file
// reopened. 出勤登记 and the check must list the one activity under 80 % on its new date.
//
// The steps are a list (STEPS): a new pane step is one more entry with its action and the outcome
// it waits for.
const fs = require('node:fs');
const path = require('node:path');
const { fail } = require('../../scripts/lib/browser');
const {
  ACTION_TIMEOUT_MS,
  flat,
  region,
  outcome,
  idle,
  choose,
  clickButton,
  openWorkbook,
  download,
  expectEqual,
} = require('./pane');
const {
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
} = require('./yearScenario');

/** Runs 预览活动安排 and returns the preview's shifted activities, once it says `shiftedCount` moved. */
async function previewShifts(page, scope, shiftedCount) {
  await clickButton(scope, '预览活动安排');
  const summary = scope.getByText(`2026 年共 72 次活动（3 个党支部），其中 ${shiftedCount} 次因节假日调整：`);
  await summary.waitFor({ timeout: ACTION_TIMEOUT_MS });
  await idle(page);
  return scope.getByRole('list', { name: '生成活动安排' }).getByRole('listitem').allInnerTexts();
}

/**
 * The year, step by step. After each step the screenshots show `shot`: the named region of the
 * pane (its heading), 'top' for the top of the pane (the file and its outcomes), a function giving
 * the part of the page to show, or null for none.
 */
const STEPS = [
  {
    id: 'open',
    title: '打开工作簿',
    shot: 'top',
    run: async (t) => {
      const copy = path.join(t.tempDir, 'user', FIXTURE_NAME);
      fs.mkdirSync(path.dirname(copy), { recursive: true });
      fs.copyFileSync(FIXTURE, copy);
      await openWorkbook(t, copy);
      t.log(`opened a copy of ${FIXTURE_NAME}`);
    },
  },
  {
    id: 'setup',
    title: '设置工作簿',
    shot: '设置工作簿',
    run: async (t) => {
      const scope = region(t.page, '设置工作簿');
      await scope.getByRole('textbox', { name: /^单位名称/ }).fill(UNIT);
      await scope.getByLabel('党支部（每行一个）', { exact: true }).fill(BRANCHES.join('\n'));
      await scope.getByLabel('年度', { exact: true }).fill(String(YEAR));
      await clickButton(scope, '设置工作簿');
      const text = await outcome(t.page, scope, `已设置 ${YEAR} 年度工作簿：3 个党支部`, 'setup');
      t.log(text.split('\n')[1] ?? text);
    },
  },
  {
    id: 'import',
    title: '导入党员',
    shot: '导入党员',
    run: async (t) => {
      const scope = region(t.page, '导入党员');
      await choose(scope, '从哪里导入', '党员花名册');
      await clickButton(scope, '预览导入');
      const preview = await outcome(
        t.page,
        scope,
        '“党员花名册”共 45 行，可导入 45 人：机关第一党支部 15 人、机关第二党支部 15 人、离退休党支部 15 人。',
        'import preview',
      );
      // The fixture's 花名册 is clean: the preview is informational, with no problem rows listed.
      const bar = scope.getByRole('status').filter({ hasText: '可导入 45 人' });
      expectEqual(await bar.getAttribute('data-intent'), 'info', 'the import preview intent');
      expectEqual(await bar.getByRole('listitem').count(), 0, 'problem rows in the import preview');
      t.log(`preview: ${preview.replace(/\s+/g, ' ')}`);
      await t.shoot('import-preview', scope);
      await clickButton(scope, '导入');
      await outcome(t.page, scope, '已导入 45 人', 'import');
    },
  },
  {
    id: 'holidays',
    title: '节假日',
    shot: '节假日',
    run: async (t) => {
      const scope = region(t.page, '节假日');
      await clickButton(scope, `查看 ${YEAR} 年节假日`);
      await outcome(t.page, scope, '放假 33 天，调休上班 6 天。', 'holidays');
      // 39 days start folded under a heading with their count; opened, the list shows them all.
      await clickButton(scope, `${YEAR} 年节假日列表（39 天）`);
      const list = scope.getByRole('list', { name: `${YEAR} 年节假日列表` });
      await list.waitFor({ timeout: ACTION_TIMEOUT_MS });
      expectEqual(await list.getByRole('listitem').count(), 39, 'days listed for 2026');
      if ((await scope.getByText(`${YEAR} 年尚无国务院放假通知数据`).count()) > 0)
        fail(`holidays: ${YEAR} is shown as estimated, expected the official notice.`);
      expectEqual(
        (await list.getByRole('listitem').first().innerText()).replace(/\s+/g, ' ').trim(),
        '2026-01-01 元旦 放假 官方',
        'the first holiday',
      );
      // Folded again, as a reader first sees it (and as the screenshot shows it).
      await clickButton(scope, `${YEAR} 年节假日列表（39 天）`);
      await list.waitFor({ state: 'hidden' });
    },
  },
  {
    id: 'schedule',
    title: '生成活动安排',
    shot: '生成活动安排',
    run: async (t) => {
      const scope = region(t.page, '生成活动安排');
      const shifted = await previewShifts(t.page, scope, 3);
      expectEqual(
        shifted,
        BRANCHES.map((b) => `${b}：原定 2026-09-25（中秋节假期），顺延至 2026-09-28（星期一）`),
        'the shifted activities in the preview',
      );
      await t.shoot('schedule-preview', scope);
      await clickButton(scope, '写入活动安排');
      await outcome(t.page, scope, '已写入“活动安排”：72 次活动', 'schedule');
    },
  },
  {
    id: 'holiday-add',
    title: '节假日：添加一天',
    shot: (page) => region(page, '节假日').getByRole('group', { name: '添加或删除一天', exact: true }),
    run: async (t) => {
      const scope = region(t.page, '节假日');
      const form = scope.getByRole('group', { name: '添加或删除一天', exact: true });
      await form.getByLabel('日期（YYYY-MM-DD）', { exact: true }).fill(DAY_OFF.date);
      await form.getByRole('radio', { name: '放假', exact: true }).check();
      // exact: the field 单位名称 of 设置工作簿 contains 名称 too.
      await form.getByLabel('名称', { exact: true }).fill(DAY_OFF.name);
      await clickButton(form, '写入节假日表');
      const text = await outcome(
        t.page,
        form,
        `已在“节假日”表写入：${DAY_OFF.date} 放假（${DAY_OFF.name}），来源“手工”。`,
        'adding a day off',
      );
      if (!text.includes('重新生成后将调整 3 次活动：'))
        fail(`adding a day off: the outcome does not say that 3 activities move: "${flat(text)}".`);
      const moved = await form.getByRole('status').getByRole('listitem').allInnerTexts();
      expectEqual(
        moved,
        BRANCHES.map((b) => `${b}：${DAY_OFF.date} 改为 ${DAY_OFF.movedTo}`),
        'the activities the day off moves',
      );
      // The year's list shown above is read again: the day is in it, marked 手工.
      await scope.getByText('放假 34 天，调休上班 6 天。').waitFor();
      await clickButton(scope, `${YEAR} 年节假日列表（40 天）`);
      const list = scope.getByRole('list', { name: `${YEAR} 年节假日列表` });
      await list.waitFor();
      const day = list.getByRole('listitem').filter({ hasText: DAY_OFF.date });
      expectEqual(
        flat(await day.innerText()),
        `${DAY_OFF.date} ${DAY_OFF.name} 放假 手工`,
        'the day in the list',
      );
      t.log(`day off ${DAY_OFF.date}: ${moved.length} activities move to ${DAY_OFF.movedTo}`);
    },
  },
  {
    id: 'schedule-again',
    title: '再次生成活动安排',
    shot: '生成活动安排',
    run: async (t) => {
      const scope = region(t.page, '生成活动安排');
      const shifted = await previewShifts(t.page, scope, 6);
      expectEqual(
        [...shifted].sort(),
        BRANCHES.flatMap((b) => [
          `${b}：原定 ${DAY_OFF.date}（${DAY_OFF.name}，手工录入），顺延至 ${DAY_OFF.movedTo}（调休上班日）`,
          `${b}：原定 2026-09-25（中秋节假期），顺延至 2026-09-28（星期一）`,
        ]).sort(),
        'the shifted activities in the preview after the day off',
      );
      await t.shoot('schedule-again-preview', scope);
      await clickButton(scope, '写入活动安排');
      await outcome(t.page, scope, '已写入“活动安排”：72 次活动', 'schedule again');
    },
  },
  {
    id: 'download-planned',
    title: '下载（安排）',
    shot: '下载',
    run: async (t) => {
      t.planned = await download(t, 'planned');
    },
  },
  {
    id: 'attendance',
    title: '在 Excel/WPS 中登记出勤（ExcelJS）',
    shot: null,
    run: recordAttendance,
  },
  {
    id: 'reopen',
    title: '再次打开',
    shot: 'top',
    run: async (t) => {
      await openWorkbook(t, t.recorded);
    },
  },
  {
    id: 'attendance-status',
    title: '出勤登记',
    shot: '出勤登记',
    run: async (t) => {
      const scope = region(t.page, '出勤登记');
      await clickButton(scope, '查看登记情况');
      await scope
        .getByRole('region', { name: BRANCHES[0], exact: true })
        .waitFor({ timeout: ACTION_TIMEOUT_MS });
      await idle(t.page);
      const today = serialOf(TODAY.slice(0, 10));
      for (const branch of BRANCHES) {
        const { view, figures } = t.expected.get(branch);
        const box = scope.getByRole('region', { name: branch, exact: true });
        const lines = (await box.locator('p').allInnerTexts()).map(flat);
        const what = `出勤登记 ${branch}`;
        // Every activity up to the fixed today is held; January and February are fully recorded.
        const held = view.activities.filter((activity) => activity.serial <= today);
        const pending = held.filter((activity) => !figures.has(activity.id));
        expectEqual(held.length, 24, `${what}: activities held by ${TODAY.slice(0, 10)}`);
        expectEqual(
          lines[0],
          `已登记 ${figures.size} 次，部分登记 0 次，待登记 ${pending.length} 次，尚未开展 0 次。`,
          `${what}: counts`,
        );
        // Twenty dates fold to the first three and the last, the count in the line.
        const dates = pending.map((a) => dayText(a.serial));
        expectEqual(
          lines[1],
          `待登记 ${pending.length} 次：${[...dates.slice(0, 3), '…', dates[dates.length - 1]].join('、')}`,
          `${what}: pending`,
        );
        if ((await box.getByRole('button', { name: `显示全部 ${pending.length} 个日期` }).count()) !== 1)
          fail(`${what}: no button to show all ${pending.length} pending dates.`);
        const below = lines.filter((line) => line.startsWith('低于 80% 的活动：'));
        const poor = figures.get(POOR.activity);
        expectEqual(
          below,
          branch === POOR.branch
            ? [
                `低于 80% 的活动：${POOR.day}（到会率 ${Math.round((poor.attended / poor.due) * 1000) / 10}%）`,
              ]
            : [],
          `${what}: under the threshold`,
        );
        // The current activity: the last one held, with the sheet and the cell of its first member.
        const current = held[held.length - 1];
        const cell = view.sheet.getCell(view.members[0].row, current.column).address;
        const at = lines.findIndex((line) => line.startsWith(`当前活动：${dayText(current.serial)} `));
        if (at < 0)
          fail(
            `${what}: no line for the current activity ${dayText(current.serial)}: ${JSON.stringify(lines)}`,
          );
        expectEqual(
          lines[at + 1],
          `下载后在 Excel 或 WPS 中打开“${view.sheet.name}”工作表，从 ${cell} 单元格起登记这次活动。`,
          `${what}: where to record the current activity`,
        );
        // File mode: no button to open Excel's grid (the one button unfolds the dates).
        expectEqual(await box.getByRole('button').count(), 1, `${what}: buttons in file mode`);
        if (branch === POOR.branch) t.log(`${branch}: ${lines[0]} ${below[0]}; ${lines[at]} → ${cell}`);
      }
    },
  },
  {
    id: 'summary-month',
    title: '月度汇总',
    shot: '月度汇总 / 年度汇总',
    run: async (t) => {
      const scope = region(t.page, '月度汇总 / 年度汇总');
      await choose(scope, '汇总期间', '月度');
      await choose(scope, '月份', '2 月');
      await choose(scope, '党支部', '全部党支部');
      await clickButton(scope, '生成汇总表');
      await outcome(t.page, scope, '已写入“月度汇总”', 'monthly summary');
    },
  },
  {
    id: 'summary-year',
    title: '年度汇总',
    shot: '月度汇总 / 年度汇总',
    run: async (t) => {
      const scope = region(t.page, '月度汇总 / 年度汇总');
      await choose(scope, '汇总期间', '年度');
      await clickButton(scope, '生成汇总表');
      await outcome(t.page, scope, '已写入“年度汇总”', 'annual summary');
    },
  },
  {
    id: 'check',
    title: '检查',
    shot: '检查',
    run: async (t) => {
      const scope = region(t.page, '检查');
      await clickButton(scope, '检查工作簿');
      const results = scope.getByRole('group', { name: '检查结果', exact: true });
      await results.waitFor({ timeout: ACTION_TIMEOUT_MS });
      await idle(t.page);
      // Grouped by kind, a heading with its count each; a year's 未登记出勤 starts folded.
      const headings = (await results.getByRole('heading', { level: 3 }).allInnerTexts()).map(flat);
      const unrecordedHeading = `未登记出勤 ${BRANCHES.length * 20} 项`;
      // 补学 is owed for every 事, 病 and × entered, none has a 补学日期 and the fixed today is
      // months past the 30 days; no 事/病 has a 请假批准人 either.
      const entered = [...t.expected.values()].flatMap((b) => [...b.figures.values()]);
      const leave = entered.reduce((total, f) => total + f.leave, 0);
      const owed = entered.reduce((total, f) => total + f.leave + f.absent, 0);
      const wanted = [
        '到会率低于要求 1 项',
        '连续无故缺席 1 项',
        unrecordedHeading,
        `请假未填批准人 ${leave} 项`,
        `逾期未补学 ${owed} 项`,
      ];
      if (JSON.stringify(headings) !== JSON.stringify(wanted))
        fail(`check: the groups are ${JSON.stringify(headings)}, expected ${JSON.stringify(wanted)}.`);
      const toggle = results.getByRole('button', { name: unrecordedHeading, exact: true });
      expectEqual(await toggle.getAttribute('aria-expanded'), 'false', 'the 未登记出勤 group starts folded');
      // Opened from the keyboard, as a user without a mouse does.
      await toggle.focus();
      await t.page.keyboard.press('Enter');
      await results.getByRole('list', { name: unrecordedHeading, exact: true }).waitFor();
      const items = (await results.getByRole('listitem').allInnerTexts()).map(flat);
      const below = items.filter((text) => /到会率 .*低于 80%/.test(text));
      const poor = t.expected.get(POOR.branch).figures.get(POOR.activity);
      // The codes were chosen so that this one activity alone is under 80 % (the rest at 80 % or more).
      const under = [...t.expected.values()]
        .flatMap((b) => [...b.figures.values()])
        .filter((f) => f.rate < 0.8);
      expectEqual(under.length, 1, 'activities under 80% by the codes entered');
      expectEqual(below.length, 1, `activities under 80% in the check (${JSON.stringify(below)})`);
      const want = `${POOR.branch} ${POOR.date}`;
      if (!below[0].startsWith(want) || !below[0].includes(`实到 ${poor.attended} / 应到 ${poor.due}`))
        fail(
          `check: the item under the threshold is "${below[0]}", expected ${want} with 实到 ${poor.attended} / 应到 ${poor.due}.`,
        );
      if (!below[0].includes('位置：「活动安排」'))
        fail(`check: the item under the threshold names no place in 活动安排: "${below[0]}".`);
      // Every activity from March to December is past the fixed today and has no record.
      const unrecorded = items.filter((text) => text.includes('未登记出勤'));
      expectEqual(unrecorded.length, BRANCHES.length * 20, 'unrecorded activities in the check');
      const total = headings.reduce((sum, heading) => sum + Number(/ (\d+) 项$/.exec(heading)[1]), 0);
      await scope.getByText(`发现 ${total} 项需要关注：`).waitFor();
      // Folded again: the screenshot shows the groups.
      await toggle.press('Enter');
      await results.getByRole('list', { name: unrecordedHeading, exact: true }).waitFor({ state: 'hidden' });
      // Without the focus ring the screenshot shows the groups as a reader first sees them.
      await toggle.blur();
      t.log(`check: ${items.length} items in ${headings.join('、')}; under 80%: ${below[0].slice(0, 60)}…`);
    },
  },
  {
    id: 'download-final',
    title: '下载（汇总）',
    shot: '下载',
    run: async (t) => {
      t.final = await download(t, 'final');
    },
  },
];

module.exports = { STEPS };
