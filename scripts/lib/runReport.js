// The report of an Excel run (scripts/lib/receiver.js's record): printed by `npm run test:excel`
// and by the run on the fake in `npm test`, and the verdict both exit with.
const MARKS = { pass: '✓', fail: '✗', fake: '○', observed: '·' };

const shown = (value) => {
  const text = JSON.stringify(value);
  return text === undefined
    ? '—'
    : text.length > 600
      ? `${text.slice(0, 600)}…（共 ${text.length} 字符）`
      : text;
};

/** Which steps failed, which never reported, and (on the fake) known failures that now pass. */
function verdict(record, { knownFailures = {} } = {}) {
  const expected = record.info ? record.info.steps : [];
  const received = new Set(record.steps.map((step) => step.id));
  const failed = record.steps.filter((step) => step.status === 'fail').map((step) => step.id);
  return {
    failed: failed.filter((id) => !(id in knownFailures)),
    knownFailed: failed.filter((id) => id in knownFailures),
    fixed: Object.keys(knownFailures).filter((id) => received.has(id) && !failed.includes(id)),
    missing: expected.filter((id) => !received.has(id)),
    errors: record.errors,
    ended: record.ended,
  };
}

function passed(result) {
  return (
    result.ended &&
    result.failed.length === 0 &&
    result.missing.length === 0 &&
    result.fixed.length === 0 &&
    result.errors.length === 0
  );
}

/** The report as lines of text. */
function formatReport(record, options = {}) {
  const lines = [];
  const info = record.info;
  if (!info) return ['没有收到任何结果（测试窗格没有开始运行）。'];
  const where =
    info.host === 'excel'
      ? `Excel（平台 ${info.platform ?? '未知'}，版本 ${info.officeVersion ?? '未知'}）`
      : 'Excel API 的严格模拟（test/fakes/excel），Chromium';
  const api =
    info.excelApi.length > 0 ? `ExcelApi ${info.excelApi[0]}–${info.excelApi.at(-1)}` : 'ExcelApi —';
  lines.push(`Excel 实测报告：${where}；${api}；加载项 ${info.version}；开始于 ${info.startedAt}`);
  lines.push(`  ${info.userAgent}`);
  const known = options.knownFailures || {};
  for (const step of record.steps) {
    const syncs = step.syncs ? `，同步 ${step.syncs.join('/')}` : '';
    const note = step.status === 'fail' && step.id in known ? `（已知问题：${known[step.id]}）` : '';
    lines.push(`${MARKS[step.status]} ${step.title}  ${(step.ms / 1000).toFixed(1)} 秒${syncs}${note}`);
    for (const check of step.checks) {
      if (check.status === 'pass') continue;
      lines.push(`    ${MARKS[check.status]} ${check.what}`);
      lines.push(`        读回：${shown(check.actual)}`);
      if (check.expected !== undefined) lines.push(`        应为：${shown(check.expected)}`);
    }
  }
  const result = verdict(record, options);
  for (const id of result.missing) lines.push(`✗ 没有收到步骤 ${id} 的结果`);
  for (const id of result.fixed)
    lines.push(`✗ ${id} 列为已知问题，现在却通过了：请从已知问题中删去它（${known[id]}）`);
  for (const error of result.errors) lines.push(`✗ 接收端拒绝了一条结果：${error}`);
  if (!result.ended) lines.push('✗ 运行没有结束（没有收到结束消息）');
  const count = (status) => record.steps.filter((step) => step.status === status).length;
  const failedCount = result.failed.length + result.missing.length + result.fixed.length;
  const knownText = result.knownFailed.length > 0 ? `，${result.knownFailed.length} 个已知问题` : '';
  lines.push(
    `步骤：${count('pass')} 通过，${failedCount} 失败${knownText}，${count('fake')} 仅 Excel 能回答（模拟），${count('observed')} 记录`,
  );
  lines.push(`excel-run: ${count('pass')} passed, ${failedCount} failed`);
  return lines;
}

module.exports = { verdict, passed, formatReport };
