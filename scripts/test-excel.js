#!/usr/bin/env node
// `npm run test:excel`: the whole year inside a real Excel, for anyone with Excel (desktop on
// Windows or Mac, or Excel on the web). It builds the test pane (src/testpane), serves it at
// https://localhost:3100 with the developer certificates `npm start` uses, sideloads
// manifest.test-excel.xml into desktop Excel where there is one (as `npm start` does for the add-in)
// and waits. In Excel, open a new blank workbook and click 开始 → 运行 Excel 实测: the test pane runs
// the year and the probes and posts each step's result here. Then it prints the report, saves it
// to artifacts/excel-run/, removes the sideloading and exits 0 only when no step failed.
//
//   npm run test:excel                     serve, sideload, wait up to 30 minutes
//   npm run test:excel -- --no-sideload    serve and wait only (Excel on the web, or sideload by hand)
//   TEST_EXCEL_TIMEOUT_MIN=60 npm run test:excel
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { startReceiver } = require('./lib/receiver');
const { formatReport, verdict, passed } = require('./lib/runReport');
const { ROOT, OFFICE_JS_DIR, TEST_MANIFEST, TEST_EXCEL_PORT, buildTestPane } = require('./lib/testpane');
const { readAddinId, sideloadPlan, sideload, prepareCertificates, DEV_CERTS_DIR } = require('./start');

const TIMEOUT_MIN = Number(process.env.TEST_EXCEL_TIMEOUT_MIN) || 30;
const ARTIFACTS = path.join(ROOT, 'artifacts', 'excel-run');

function say(line) {
  console.log(`[test:excel] ${line}`);
}

/** What to do in Excel, for each way of running it. */
function instructions(origin, sideloaded) {
  return [
    sideloaded
      ? '桌面版 Excel 已登记测试清单：在 Excel 中新建一个空白工作簿，点“开始”选项卡上的“运行 Excel 实测”。'
      : `桌面版 Excel：把 ${TEST_MANIFEST} 按 README“旁加载”一节的方法加入，新建空白工作簿，点“开始 → 运行 Excel 实测”。`,
    `Excel 网页版：新建空白工作簿 → 开始 → 加载项 → 更多加载项 → 上传我的加载项，选择 ${TEST_MANIFEST}。`,
    `  网页版只加载证书受信任的地址：先在同一浏览器中打开 ${origin}/testpane.html 并信任证书。`,
    '测试窗格会在这个工作簿里添加工作表、输入内容（请勿用自己的工作簿），每完成一步在此打印一行。',
  ];
}

function credentials() {
  const files = ['localhost.key', 'localhost.crt', 'ca.crt'].map((f) => path.join(DEV_CERTS_DIR, f));
  if (!files.every((f) => fs.existsSync(f)))
    throw new Error(`没有开发证书（${DEV_CERTS_DIR}）；office-addin-dev-certs 未能生成。`);
  const [key, cert, ca] = files.map((f) => fs.readFileSync(f));
  return { key, cert, ca };
}

function save(record) {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  const info = record.info || {};
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const file = path.join(ARTIFACTS, `${info.host || 'none'}-${info.platform || 'unknown'}-${stamp}.json`);
  fs.writeFileSync(file, `${JSON.stringify(record, null, 2)}\n`);
  return path.relative(ROOT, file);
}

async function main() {
  const noSideload = process.argv.includes('--no-sideload');
  await prepareCertificates((message) => console.warn(`[test:excel] 注意: ${message}`));
  const tempDir = fs.mkdtempSync(path.join(os.tmpdir(), 'party-day-test-excel-'));
  let undo;
  let receiver;
  try {
    say('正在构建测试窗格…');
    const build = buildTestPane(path.join(tempDir, 'testpane'));
    receiver = await startReceiver({
      root: build,
      officeJsDir: OFFICE_JS_DIR,
      credentials: credentials(),
      port: TEST_EXCEL_PORT,
      onMessage: (message) => {
        if (message.kind === 'start')
          say(`开始：${message.run.host}，${message.run.platform}，${message.run.officeVersion}`);
        if (message.kind === 'step') say(`${message.step.status.padEnd(8)} ${message.step.title}`);
      },
    });
    say(`测试窗格：${receiver.origin}/testpane.html（Ctrl+C 停止）`);
    const plan = sideloadPlan({
      platform: process.platform,
      manifestPath: fs.realpathSync(TEST_MANIFEST),
      addinId: readAddinId(fs.readFileSync(TEST_MANIFEST, 'utf8')),
      homeDir: os.homedir(),
    });
    if (!noSideload && plan.kind !== 'web-only')
      undo = sideload(plan, fs.realpathSync(TEST_MANIFEST), {
        button: '运行 Excel 实测',
        info: say,
        warn: (message) => console.warn(`[test:excel] 注意: ${message}`),
      });
    for (const line of instructions(receiver.origin, Boolean(undo))) say(line);
    process.on('SIGINT', () => {
      if (undo) undo();
      process.exit(130);
    });

    const timeout = new Promise((resolve) =>
      setTimeout(() => resolve(null), TIMEOUT_MIN * 60 * 1000).unref(),
    );
    const record = (await Promise.race([receiver.finished, timeout])) || receiver.record;
    console.log('');
    for (const line of formatReport(record)) console.log(line);
    if (!record.ended) console.log(`（${TIMEOUT_MIN} 分钟内没有完成；TEST_EXCEL_TIMEOUT_MIN 可加长等待）`);
    if (record.info) say(`报告已保存：${save(record)}（其中探针的结果可填入 docs/excel-verification.md）`);
    process.exitCode = passed(verdict(record)) ? 0 : 1;
  } finally {
    if (undo) undo();
    if (receiver) await receiver.close();
    fs.rmSync(tempDir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(`[test:excel] 失败：${error.message}`);
  process.exit(1);
});
