/**
 * What 关于与诊断 shows, gathered from Office.js where the pane runs inside Office
 * (Office.context.diagnostics: host, platform and version; the display language; the ExcelApi
 * requirement sets answered by isSetSupported) and from the browser otherwise, and the plain text
 * the copy button puts on the clipboard. Nothing here is sent anywhere.
 */
import type { PaneStrings } from '../../strings';
import { fill } from '../format';
import type { LastError } from './lastError';

/** The parts of Office.context that diagnostics read; null outside Office. */
export interface OfficeFacts {
  diagnostics: { host: string; platform: string; version: string } | null;
  displayLanguage: string | null;
  isSetSupported: (name: string, minVersion: string) => boolean;
}

export interface Diagnostics {
  version: string;
  office: { platform: string; version: string; language: string | null } | null;
  /** ExcelApi requirement sets supported, e.g. ['1.1', …, '1.17']; empty outside Excel. */
  excelApi: string[];
  userAgent: string;
  lastError: LastError | null;
}

/** ExcelApi versions asked about: 1.1 to 1.30 (Microsoft adds about one a year). */
const EXCEL_API_VERSIONS = Array.from({ length: 30 }, (_, i) => `1.${i + 1}`);

/** The ExcelApi requirement sets a host answers to, e.g. ['1.1', …, '1.17']. */
export function supportedExcelApi(isSetSupported: (name: string, minVersion: string) => boolean): string[] {
  return EXCEL_API_VERSIONS.filter((version) => isSetSupported('ExcelApi', version));
}

/** Office.context's facts, read defensively: office.js may be absent or not yet initialised. */
export function readOfficeFacts(): OfficeFacts | null {
  try {
    if (typeof Office === 'undefined' || !Office.context) return null;
    const context = Office.context;
    const diagnostics = context.diagnostics
      ? {
          host: String(context.diagnostics.host),
          platform: String(context.diagnostics.platform),
          version: context.diagnostics.version,
        }
      : null;
    return {
      diagnostics,
      displayLanguage: context.displayLanguage ?? null,
      isSetSupported: (name, version) => context.requirements?.isSetSupported(name, version) ?? false,
    };
  } catch {
    return null;
  }
}

export function collectDiagnostics(
  office: OfficeFacts | null,
  version: string,
  userAgent: string,
  lastError: LastError | null,
): Diagnostics {
  const inOffice = office?.diagnostics ?? null;
  return {
    version,
    office: inOffice
      ? { platform: inOffice.platform, version: inOffice.version, language: office?.displayLanguage ?? null }
      : null,
    excelApi: inOffice && office ? supportedExcelApi(office.isSetSupported) : [],
    userAgent,
    lastError,
  };
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The error's time on this computer's clock, as 2026-12-31 16:00:05. */
export function localTime(at: Date): string {
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())} ${pad(at.getHours())}:${pad(at.getMinutes())}:${pad(at.getSeconds())}`;
}

/** The lines shown and copied: [label, value] in order. */
export function diagnosticsLines(d: Diagnostics, strings: PaneStrings): Array<[string, string]> {
  const unknown = strings.diagnosticsUnknown;
  const none = strings.diagnosticsNone;
  const api =
    d.excelApi.length === 0
      ? none
      : fill(strings.diagnosticsExcelApiRange, {
          from: d.excelApi[0],
          to: d.excelApi[d.excelApi.length - 1],
          n: d.excelApi.length,
        });
  const error = d.lastError
    ? fill(strings.diagnosticsLastErrorLine, {
        time: localTime(d.lastError.at),
        name: d.lastError.name,
        code: d.lastError.code ?? none,
        excelCode: d.lastError.excelCode ?? none,
        message: d.lastError.message,
      })
    : none;
  return [
    [strings.diagnosticsVersion, d.version],
    [
      strings.diagnosticsHost,
      d.office
        ? fill(strings.diagnosticsHostExcel, { platform: d.office.platform })
        : strings.diagnosticsHostBrowser,
    ],
    [strings.diagnosticsOfficeVersion, d.office?.version || unknown],
    [strings.diagnosticsLanguage, d.office?.language || unknown],
    [strings.diagnosticsExcelApi, api],
    [strings.diagnosticsUserAgent, d.userAgent || unknown],
    [strings.diagnosticsLastError, error],
  ];
}

/** The text the copy button copies: a title, then one line per fact. */
export function diagnosticsText(d: Diagnostics, strings: PaneStrings): string {
  return [
    strings.diagnosticsReportTitle,
    ...diagnosticsLines(d, strings).map(([label, value]) => `${label}：${value}`),
  ].join('\n');
}
