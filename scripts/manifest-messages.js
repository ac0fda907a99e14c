// The validator's messages, in Chinese for the people who deploy the add-in (the office's IT staff
// or the secretary who sideloads it). Element and file names stay as written in manifest.xml so the
// reader can search for them.

/** "第 N 行" when the line is known. */
const at = (line) => (line ? `（第 ${line} 行）` : '');

const messages = {
  xmllintMissing: () =>
    '找不到 xmllint，无法按清单架构（XSD）检查 manifest.xml。请先安装：Debian/Ubuntu 运行 ' +
    '`apt-get update && apt-get install -y libxml2-utils`；macOS 已自带；Windows 可在 WSL 中安装 libxml2-utils。',
  xmllintFailed: (detail) => `xmllint 运行失败：${detail}`,
  schemaError: (line, element, detail, expected) =>
    `清单不符合架构${at(line)}${element ? `，元素 <${element}>` : ''}：` +
    (expected ? `此处应为 <${expected.join('>、<')}>（缺少该元素，或元素顺序不对）。` : '') +
    `[xmllint] ${detail}`,
  parseError: (line, detail) => `manifest.xml 不是格式正确的 XML${at(line)}：${detail}`,
  fileMissing: (file) => `找不到清单文件 ${file}。`,

  notTaskPaneApp: (found) => `根元素应为 <OfficeApp xsi:type="TaskPaneApp">，实际为 ${found}。`,
  missingElement: (element) =>
    `缺少 <${element}> 元素：Office 需要它才能加载本加载项，请在 manifest.xml 中补上。`,
  missingWorkbookHost: () => '<Hosts> 中没有 <Host Name="Workbook"/>：本加载项只在 Excel 中运行，请补上。',
  missingExcelApi: () =>
    '<Requirements> 中没有 <Set Name="ExcelApi" MinVersion="…"/>：请写明本加载项需要的 ExcelApi 最低版本（见 docs/support-matrix.md）。',

  residUnresolved: (element, line, resid, kind) =>
    `<${element}>${at(line)}的 resid="${resid}" 在 <Resources> 的 ${kind} 中找不到对应的 id；请添加该资源或改正 resid。`,
  residWrongKind: (element, line, resid, expectedKind, actualKind) =>
    `<${element}>${at(line)}的 resid="${resid}" 应指向 ${expectedKind}，却指向了 ${actualKind}。`,
  duplicateResource: (id, line) => `资源 id="${id}"${at(line)}重复定义；每个资源 id 只能出现一次。`,
  unusedResource: (id, line) => `资源 id="${id}"${at(line)}没有被任何 resid 引用（可删除）。`,

  urlInvalid: (where, line, value) => `<${where}>${at(line)}的地址 "${value}" 不是有效的网址。`,
  urlNotHttps: (where, line, value) =>
    `<${where}>${at(line)}的地址 "${value}" 必须以 https:// 开头：Office 只加载 HTTPS 地址。`,
  urlOutsideBase: (where, line, value, base) =>
    `<${where}>${at(line)}的地址 "${value}" 不在加载项地址 ${base} 之下；内网电脑可能打不开它。`,
  localhostInProduction: (line, value) =>
    `生产清单${at(line)}仍含有本机地址 "${value}"：用户的电脑打不开它。请用 ADDIN_BASE_URL=https://服务器地址/ npm run build 重新生成。`,

  iconMissing: (where, line, url, file) => `<${where}>${at(line)}引用的图标 ${url} 不存在（应在 ${file}）。`,
  iconNotPng: (where, line, file) =>
    `<${where}>${at(line)}引用的图标 ${file} 不是 PNG 图片，无法确认尺寸；请使用 PNG。`,
  iconWrongSize: (where, line, file, actual, expected, reason) =>
    `<${where}>${at(line)}引用的图标 ${file} 是 ${actual.width}×${actual.height} 像素，` +
    `应为 ${expected.map((s) => `${s}×${s}`).join(' 或 ')}（${reason}）。`,
  sizeFromUsage: (size, element) => `<${element} size="${size}">`,
  sizeFromName: (name) => `文件名 ${name}`,
  sizeFromElement: (element) => `<${element}> 的规定尺寸`,

  pageNotBuilt: (where, line, page) =>
    `<${where}>${at(line)}引用的页面 ${page} 不会由构建生成（webpack.config.js 的 HtmlWebpackPlugin 中没有 filename: '${page}'）。`,
  pageMissingInDist: (where, line, page, distDir) =>
    `<${where}>${at(line)}引用的页面 ${page} 不在 ${distDir} 中。`,
  fileMissingUnderBase: (where, line, url, file) =>
    `<${where}>${at(line)}引用的文件 ${url} 不存在（应在 ${file}）。`,
  webpackUnreadable: (detail) => `无法从 webpack.config.js 读出构建生成的页面：${detail}`,
  baseUrlUnknown: () => '无法确定加载项地址：<DefaultSettings><SourceLocation> 缺失或不是有效网址。',

  ok: (file) => `${file}：通过检查。`,
  failed: (file, count) => `${file}：发现 ${count} 个问题，Office 可能无法加载本加载项。`,
  warning: (file, text) => `${file}：提示：${text}`,
};

module.exports = { messages };
