#!/usr/bin/env node
// `npm start`: serves the task pane at https://localhost:3000 (webpack serve --mode development)
// with office-addin-dev-certs certificates, then sideloads manifest.xml into desktop Excel where
// there is one (Windows: the WEF\Developer registry key; macOS: the wef folder) and opens Excel.
// On Linux, or without Excel, it prints the addresses and how to sideload into Excel on the web.
// Ctrl+C stops the server and removes the sideloaded registration again.
//
//   npm start                    serve + sideload
//   npm start -- --no-sideload   serve only
const fs = require('node:fs');
const https = require('node:https');
const os = require('node:os');
const path = require('node:path');
const { X509Certificate } = require('node:crypto');
const { spawn, spawnSync } = require('node:child_process');

const ROOT = path.resolve(__dirname, '..');
const MANIFEST = path.join(ROOT, 'manifest.xml');
const PORT = 3000;
const BASE_URL = `https://localhost:${PORT}/`;
const URLS = {
  taskpane: `${BASE_URL}taskpane.html`,
  fileMode: `${BASE_URL}taskpane.html?mode=file`,
};
/** Where Office looks for developer add-ins on Windows (what office-addin-dev-settings writes). */
const WEF_DEVELOPER_KEY = 'HKCU\\Software\\Microsoft\\Office\\16.0\\WEF\\Developer';
const EXCEL_APP_PATH_KEY = 'HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\App Paths\\excel.exe';
/** office-addin-dev-certs' own folder and file names. */
const DEV_CERTS_DIR = path.join(os.homedir(), '.office-addin-dev-certs');

/** The add-in's id: the first <Id> of the manifest, a GUID. */
function readAddinId(manifestXml) {
  const match =
    /<Id>\s*([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})\s*<\/Id>/.exec(
      manifestXml,
    );
  return match ? match[1] : undefined;
}

/**
 * How to sideload on a platform, as data: the commands to run (program, arguments) or the file to
 * copy. Kept pure so that tests can check the Windows and macOS plans on any machine.
 */
function sideloadPlan({ platform, manifestPath, addinId, homeDir }) {
  switch (platform) {
    case 'win32':
      return {
        kind: 'registry',
        register: [
          'reg',
          ['add', WEF_DEVELOPER_KEY, '/v', addinId, '/t', 'REG_SZ', '/d', manifestPath, '/f'],
        ],
        unregister: ['reg', ['delete', WEF_DEVELOPER_KEY, '/v', addinId, '/f']],
        findExcel: ['reg', ['query', EXCEL_APP_PATH_KEY, '/ve']],
      };
    case 'darwin': {
      const wefDir = path.join(
        homeDir,
        'Library',
        'Containers',
        'com.microsoft.Excel',
        'Data',
        'Documents',
        'wef',
      );
      return {
        kind: 'wef-folder',
        wefDir,
        target: path.join(wefDir, `${addinId}.manifest.xml`),
        excelApp: '/Applications/Microsoft Excel.app',
        open: ['open', ['-a', 'Microsoft Excel']],
      };
    }
    default:
      return { kind: 'web-only' };
  }
}

/** The default value in `reg query KEY /ve` output, e.g. Excel's executable path. */
function parseRegDefaultValue(output) {
  const line = output.split(/\r?\n/).find((l) => /\sREG_(EXPAND_)?SZ\s/.test(l));
  if (!line) return undefined;
  const value = line.replace(/^.*?\sREG_(EXPAND_)?SZ\s+/, '').trim();
  return value === '' ? undefined : value.replace(/^"(.*)"$/, '$1');
}

/** What to print so that the pane can be used without desktop Excel. */
function webInstructions(manifestPath) {
  return [
    `任务窗格地址 (task pane):        ${URLS.taskpane}`,
    `浏览器文件模式 (file mode):      ${URLS.fileMode}`,
    '在 Excel 网页版中旁加载 (Excel on the web):',
    '  打开一个工作簿 → 开始 → 加载项 → 更多加载项 → 上传我的加载项（旧界面：插入 → Office 加载项 → 上传我的加载项），',
    `  选择 ${manifestPath}，再点“开始”选项卡上的“活动日助手”按钮。`,
    '  网页版 Excel 只加载证书受信任的地址：先在同一浏览器中打开上面的任务窗格地址并信任证书。',
  ];
}

function warn(message) {
  console.warn(`[npm start] 注意: ${message}`);
}

function info(message) {
  console.log(`[npm start] ${message}`);
}

/** Whether a PEM certificate file exists and stays valid for at least another day. */
function certificateStillValid(file) {
  try {
    const certificate = new X509Certificate(fs.readFileSync(file));
    return new Date(certificate.validTo).getTime() > Date.now() + 24 * 60 * 60 * 1000;
  } catch {
    return false;
  }
}

/**
 * Makes (and where possible trusts) the localhost certificates. Installing the CA needs sudo on
 * Linux and a prompt on macOS; when that fails, office-addin-dev-certs throws but has written the
 * certificates, so the server still uses them and the browser asks the user to accept them.
 * `warnUser` prints the warnings (npm run test:excel gives its own prefix).
 */
async function prepareCertificates(warnUser = warn) {
  const devCerts = require('office-addin-dev-certs');
  const files = ['ca.crt', 'localhost.crt', 'localhost.key'].map((f) => path.join(DEV_CERTS_DIR, f));
  const caHint = `可在浏览器中把 ${files[0]} 导入为受信任的根证书颁发机构。`;
  // Linux has no desktop Excel and a plain user cannot add a CA system-wide: keep valid certificates
  // instead of regenerating (and failing to install) them on every start.
  if (
    process.platform === 'linux' &&
    files.every((f) => fs.existsSync(f)) &&
    certificateStillValid(files[1])
  ) {
    warnUser(`开发证书的 CA 未加入系统信任库，浏览器会提示证书不受信任。${caHint}`);
    return;
  }
  try {
    await devCerts.ensureCertificatesAreInstalled();
  } catch (error) {
    const reason = String(error && error.message ? error.message : error).split('\n')[0];
    warnUser(
      `无法把开发证书的 CA 加入系统信任库（${reason}），继续启动；浏览器会提示证书不受信任。${caHint}`,
    );
  }
  if (!files.every((f) => fs.existsSync(f))) {
    warnUser('没有生成开发证书，改用 webpack 自带的自签名证书。');
  }
}

/** Resolves once the dev server answers over HTTPS; rejects if it exits first or takes too long. */
function waitForServer(child, timeoutMs = 180000) {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    let exited = false;
    child.once('exit', (code) => {
      exited = true;
      reject(new Error(`开发服务器已退出（代码 ${code}）。端口 ${PORT} 是否已被占用？`));
    });
    const attempt = () => {
      if (exited) return;
      const request = https.get(
        { host: 'localhost', port: PORT, path: '/taskpane.html', rejectUnauthorized: false, timeout: 5000 },
        (response) => {
          response.resume();
          if (response.statusCode === 200) resolve();
          else retry();
        },
      );
      request.on('error', retry);
      request.on('timeout', () => request.destroy());
    };
    const retry = () => {
      if (exited) return;
      if (Date.now() - started > timeoutMs)
        reject(new Error(`开发服务器 ${timeoutMs / 1000} 秒内没有响应。`));
      else setTimeout(attempt, 1000);
    };
    attempt();
  });
}

function run([program, args]) {
  return spawnSync(program, args, { encoding: 'utf8', windowsHide: true });
}

/**
 * Registers the manifest with desktop Excel and opens Excel. Returns how to undo it, if anything.
 * `say` gives the ribbon button to click and how to print (npm run test:excel has its own).
 */
function sideload(plan, manifestPath, say = { button: '活动日助手', info, warn }) {
  if (plan.kind === 'registry') {
    const registered = run(plan.register);
    if (registered.status !== 0) {
      say.warn(`无法写入注册表 ${WEF_DEVELOPER_KEY}：${(registered.stderr || '').trim()}`);
      return undefined;
    }
    say.info(`已在 ${WEF_DEVELOPER_KEY} 登记清单 ${manifestPath}`);
    const excel = parseRegDefaultValue(run(plan.findExcel).stdout || '');
    if (excel && fs.existsSync(excel)) {
      spawn(excel, [], { detached: true, stdio: 'ignore' }).unref();
      say.info(
        `正在打开 Excel（若 Excel 已在运行，请关闭后重新打开），然后在“开始”选项卡点击“${say.button}”。`,
      );
    } else {
      say.warn('没有找到桌面版 Excel，已跳过打开 Excel。');
    }
    return () => run(plan.unregister);
  }
  if (plan.kind === 'wef-folder') {
    if (!fs.existsSync(plan.excelApp)) {
      say.warn(`没有找到 ${plan.excelApp}，已跳过旁加载。`);
      return undefined;
    }
    fs.mkdirSync(plan.wefDir, { recursive: true });
    fs.copyFileSync(manifestPath, plan.target);
    say.info(`已把清单复制到 ${plan.target}`);
    run(plan.open);
    say.info(
      `正在打开 Excel，然后在“开始”选项卡点击“${say.button}”（或“插入 → 我的加载项”中选择本加载项）。`,
    );
    return () => fs.rmSync(plan.target, { force: true });
  }
  return undefined;
}

async function main() {
  const noSideload = process.argv.includes('--no-sideload');
  if (!fs.existsSync(MANIFEST)) throw new Error(`找不到清单 ${MANIFEST}`);
  const addinId = readAddinId(fs.readFileSync(MANIFEST, 'utf8'));
  if (!addinId) throw new Error(`${MANIFEST} 中没有 <Id>（GUID），无法旁加载。`);

  await prepareCertificates();

  const webpackCli = require.resolve('webpack-cli/bin/cli.js');
  const server = spawn(process.execPath, [webpackCli, 'serve', '--mode', 'development'], {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...process.env, DEV_CERTS_CHECKED: '1' },
  });

  let undoSideload;
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    if (undoSideload) {
      undoSideload();
      info('已取消旁加载登记。');
    }
    server.kill('SIGTERM');
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  server.on('exit', (code, signal) => {
    if (!stopping && undoSideload) undoSideload();
    process.exit(stopping ? 0 : (code ?? (signal ? 1 : 0)));
  });

  try {
    await waitForServer(server);
  } catch (error) {
    if (!server.killed && server.exitCode === null) server.kill('SIGTERM');
    throw error;
  }
  console.log('');
  info(`开发服务器已启动: ${BASE_URL}  (Ctrl+C 停止)`);
  for (const line of webInstructions(MANIFEST)) info(line);

  const plan = sideloadPlan({
    platform: process.platform,
    manifestPath: MANIFEST,
    addinId,
    homeDir: os.homedir(),
  });
  if (noSideload) {
    info('已按 --no-sideload 跳过旁加载。');
  } else if (plan.kind === 'web-only') {
    info(`${process.platform} 上没有桌面版 Excel，请用上面的网页版或文件模式地址。`);
  } else {
    try {
      undoSideload = sideload(plan, fs.realpathSync(MANIFEST));
    } catch (error) {
      warn(`旁加载失败（${error.message}），开发服务器继续运行；可按上面的步骤手动旁加载。`);
    }
  }
}

module.exports = {
  readAddinId,
  sideloadPlan,
  sideload,
  prepareCertificates,
  DEV_CERTS_DIR,
  parseRegDefaultValue,
  webInstructions,
  URLS,
  WEF_DEVELOPER_KEY,
};

if (require.main === module) {
  main().catch((error) => {
    console.error(`[npm start] 启动失败: ${error.message}`);
    process.exit(1);
  });
}
