/**
 * The pane's 关于与诊断 section: what it shows and the text it copies for a bug report. Spread into
 * the pane's tables (./pane.ts), so the same key check covers them.
 */
export const diagnosticsZh = {
  diagnosticsHeading: '关于与诊断',
  diagnosticsShow: '显示诊断信息',
  diagnosticsHide: '收起诊断信息',
  diagnosticsIntro:
    '报告问题时，请把下面的信息复制给管理员。这些信息只在本机显示，本助手不会把它们发送到任何地方。',
  diagnosticsReportTitle: '党员固定活动日助手 诊断信息',
  diagnosticsVersion: '加载项版本',
  diagnosticsHost: '运行环境',
  diagnosticsHostExcel: 'Excel（{platform} 平台）',
  diagnosticsHostBrowser: '浏览器（未在 Office 中运行）',
  diagnosticsOfficeVersion: 'Office 版本',
  diagnosticsLanguage: 'Office 显示语言',
  diagnosticsExcelApi: '支持的 ExcelApi 要求集',
  diagnosticsExcelApiRange: '{from} 至 {to}（共 {n} 个）',
  diagnosticsUserAgent: '浏览器标识',
  diagnosticsLastError: '最近一次错误',
  diagnosticsLastErrorLine: '{time} {name}（代码 {code}，Excel 代码 {excelCode}）：{message}',
  diagnosticsNone: '无',
  diagnosticsUnknown: '未知',
  diagnosticsCopy: '复制诊断信息',
  diagnosticsCopied: '已复制到剪贴板，可粘贴到邮件或消息中。',
  diagnosticsCopyFailed: '无法自动复制：文字已选中，请按 Ctrl+C（Mac 上按 ⌘+C）复制。',
  diagnosticsTextLabel: '诊断信息（可选中复制）',
} satisfies Record<string, string>;

export const diagnosticsEn: Record<keyof typeof diagnosticsZh, string> = {
  diagnosticsHeading: 'About and diagnostics',
  diagnosticsShow: 'Show diagnostics',
  diagnosticsHide: 'Hide diagnostics',
  diagnosticsIntro:
    'When reporting a problem, copy the information below for your administrator. It is shown on this computer only; the assistant never sends it anywhere.',
  diagnosticsReportTitle: 'Fixed Activity Day Assistant diagnostics',
  diagnosticsVersion: 'Add-in version',
  diagnosticsHost: 'Running in',
  diagnosticsHostExcel: 'Excel ({platform})',
  diagnosticsHostBrowser: 'A browser (not in Office)',
  diagnosticsOfficeVersion: 'Office version',
  diagnosticsLanguage: 'Office display language',
  diagnosticsExcelApi: 'ExcelApi requirement sets',
  diagnosticsExcelApiRange: '{from} to {to} ({n} sets)',
  diagnosticsUserAgent: 'Browser user agent',
  diagnosticsLastError: 'Last error',
  diagnosticsLastErrorLine: '{time} {name} (code {code}, Excel code {excelCode}): {message}',
  diagnosticsNone: 'None',
  diagnosticsUnknown: 'Unknown',
  diagnosticsCopy: 'Copy diagnostics',
  diagnosticsCopied: 'Copied to the clipboard; paste it into an e-mail or message.',
  diagnosticsCopyFailed: 'Could not copy automatically: the text is selected, press Ctrl+C (⌘+C on a Mac).',
  diagnosticsTextLabel: 'Diagnostics (select to copy)',
};
