/**
 * What the pane says after a roll-up: how many branches, what was written where, then which file
 * each branch came from (with its 报送情况 and what it has not recorded), the files not used, the
 * conflicts the engine found (its own messages, naming the files) and each file's reading notes.
 */
import type { PortWriteReport } from '../../../app/port';
import type { RollupResult } from '../../../app/rollup/rollup';
import type { ReportStatus } from '../../../domain/rollup';
import type { PaneStrings } from '../../../strings';
import { monthDay } from '../../../strings/digest';
import type { RollupPaneStrings } from '../../../strings/rollupPane';
import { problemLine } from '../../../workbook/problems';
import { fill } from '../../format';
import type { Outcome, OutcomeSection } from '../runner';
import { writtenText } from '../stepProps';

function statusText(t: RollupPaneStrings, status: ReportStatus): string {
  if (status === 'reported') return t.statusReported;
  if (status === 'partial') return t.statusPartial;
  return status === 'unreported' ? t.statusUnreported : t.statusNothingDue;
}

/** One line per branch rolled up, then one per file that gave nothing. */
function sourceLines(t: RollupPaneStrings, result: RollupResult): string[] {
  const branches = result.reports.map((report) =>
    fill(t.sourceLine, {
      branch: report.branch,
      file: report.file,
      status: statusText(t, report.status),
      pending:
        report.pending.length > 0
          ? fill(t.pendingNote, { dates: report.pending.map((p) => monthDay(p.date)).join('、') })
          : '',
    }),
  );
  const unused = result.files
    .filter((file) => !file.used)
    .map((file) => fill(t.unusedLine, { file: file.file }));
  return [...branches, ...unused];
}

/** The conflicts, then each file's reading notes. */
function findings(t: RollupPaneStrings, result: RollupResult): OutcomeSection[] {
  const conflicts =
    result.conflicts.length === 0
      ? []
      : [
          {
            title: fill(t.conflictsTitle, { n: result.conflicts.length }),
            lines: result.conflicts.map((conflict) => conflict.message),
          },
        ];
  return [
    ...conflicts,
    ...result.problems.map(({ file, problems }) => ({
      title: fill(t.problemsTitle, { file, n: problems.length }),
      lines: problems.map(problemLine),
    })),
  ];
}

/** Nothing could be rolled up: nothing was written; what each file is, by name. */
export function nothingUsableOutcome(
  strings: PaneStrings,
  t: RollupPaneStrings,
  result: RollupResult,
): Outcome {
  return {
    intent: 'error',
    title: strings.errorTitle,
    body: t.nothingUsable,
    lines: [],
    sections: findings(t, result),
  };
}

export function rolledUpOutcome(
  strings: PaneStrings,
  t: RollupPaneStrings,
  result: RollupResult,
  report: PortWriteReport,
  canDownload: boolean,
): Outcome {
  const warn = result.conflicts.length > 0 || result.problems.length > 0 || report.notices.length > 0;
  const body = [
    fill(t.done, { branches: result.branches.length, files: result.files.length }),
    writtenText(strings, report),
    canDownload ? fill(t.doneFile, { download: strings.fileDownload }) : t.doneExcel,
    result.conflicts.length === 0 ? t.noConflicts : '',
  ].join('');
  return {
    intent: warn ? 'warning' : 'success',
    title: strings.doneTitle,
    body,
    lines: report.notices,
    sections: [
      { title: fill(t.sourcesTitle, { n: result.branches.length }), lines: sourceLines(t, result) },
      ...findings(t, result),
    ],
  };
}
