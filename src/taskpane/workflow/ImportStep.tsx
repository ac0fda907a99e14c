import { useEffect, useRef, useState } from 'react';
import { Body1, Button, Field, Select, makeStyles } from '@fluentui/react-components';
import type { BranchImportReport } from '../../app/branchImport';
import { previewCsvImport, type RosterFile } from '../../app/csvRoster';
import { generateWorkbook } from '../../app/generate';
import { type ImportPreview, previewSheetImport } from '../../app/importPreview';
import { type BranchDecision, defaultDecisions } from '../../domain/branchMatch';
import { applyNoteDates } from '../../domain/rosterReview';
import type { PaneStrings } from '../../strings';
import { problemLine } from '../../workbook/problems';
import { fill } from '../format';
import { PaneInputError } from './errors';
import { ImportBranches } from './ImportBranches';
import { ImportNoteDates } from './ImportNoteDates';
import { OutcomeBar } from './OutcomeBar';
import { ActionButton } from './parts/ActionButton';
import { type Outcome, useAction } from './runner';
import { type StepProps, writtenText } from './stepProps';
import { StepSection } from './StepSection';
import { useStepStyles } from './styles';

const useStyles = makeStyles({ hidden: { display: 'none' } });

/** The source select's value for a CSV file (sheet names cannot start with a colon). */
const FILE = ':file';

/** The preview as an outcome: what can be imported, then 必须处理 (rows left out) apart from 提示. */
function previewOutcome(strings: PaneStrings, preview: ImportPreview, encoding: string | null): Outcome {
  const errors = preview.problems.filter((problem) => problem.severity === 'error');
  const warnings = preview.problems.filter((problem) => problem.severity === 'warning');
  const branches = preview.branches
    .map((b) => fill(strings.importBranchCount, { branch: b.branch, n: b.count }))
    .join('、');
  const body = preview.canImport
    ? fill(strings.importSummary, {
        sheet: preview.source,
        rows: preview.rowCount,
        members: preview.members.length,
        branches,
      })
    : fill(strings.importNothing, { sheet: preview.source });
  return {
    intent: !preview.canImport ? 'error' : errors.length > 0 ? 'warning' : 'info',
    title: strings.importPreviewTitle,
    body: encoding === null ? body : `${body}${fill(strings.importEncoding, { encoding })}`,
    lines: [],
    sections: [
      { title: fill(strings.mustFixTitle, { n: errors.length }), lines: errors.map(problemLine) },
      { title: fill(strings.toLookTitle, { n: warnings.length }), lines: warnings.map(problemLine) },
    ],
  };
}

/** What happened to the roster's branches, in the secretary's words. */
function branchLines(strings: PaneStrings, report: BranchImportReport | null): string[] {
  if (report === null) return [];
  return [
    ...report.mapped.map((e) => fill(strings.importMapped, { roster: e.roster, n: e.count, branch: e.to })),
    ...report.skipped.map((e) => fill(strings.importSkipped, { roster: e.roster, n: e.count })),
    ...report.added
      .filter((e) => e.decided)
      .map((e) => fill(strings.importAdded, { roster: e.roster, n: e.count })),
  ];
}

/**
 * 导入党员: pick the user's sheet or a CSV file, preview what would be imported (what must be fixed,
 * what to look at), match the roster's branch names with 设置's, take dates from 备注, then import.
 */
export function ImportStep({ strings, access, info, refresh, rosterFile }: StepProps) {
  const styles = useStepStyles();
  const own = useStyles();
  const action = useAction(strings);
  const input = useRef<HTMLInputElement>(null);
  const [csv, setCsv] = useState<RosterFile | null>(rosterFile ?? null);
  const [source, setSource] = useState<string>(
    rosterFile ? FILE : (info.rosterSheet ?? info.userSheets[0] ?? ''),
  );
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [decisions, setDecisions] = useState<Map<string, BranchDecision>>(new Map());
  const [accepted, setAccepted] = useState<Set<number>>(new Set());
  useEffect(() => {
    setSource((current) => (current === FILE ? FILE : (info.rosterSheet ?? info.userSheets[0] ?? '')));
    setPreview(null);
  }, [info.rosterSheet, info.userSheets]);
  useEffect(() => {
    if (!rosterFile) return;
    setCsv(rosterFile);
    setSource(FILE);
    setPreview(null);
  }, [rosterFile]);

  const settingsBranches = info.settings?.branches;
  const showPreview = (result: ImportPreview, encoding: string | null) => {
    setPreview(result);
    setDecisions(
      new Map(
        (result.reconciliation ? defaultDecisions(result.reconciliation) : []).map((d) => [d.roster, d]),
      ),
    );
    setAccepted(new Set());
    action.setOutcome(previewOutcome(strings, result, encoding));
  };

  const runPreview = () => {
    const file = source === FILE ? csv : null;
    const label = file
      ? fill(strings.importCsvRead, { name: file.name })
      : fill(strings.importStepRead, { sheet: source });
    return action.run(label, async () => {
      if (file) {
        const result = previewCsvImport(file, { settingsBranches });
        showPreview(result, result.encoding);
        return;
      }
      const result = await access.run((port) => previewSheetImport(port, source, { settingsBranches }));
      setPreview(result);
      if (result !== null) showPreview(result, null);
    });
  };

  const chooseCsv = (chosen: File | undefined) => {
    if (!chosen) return;
    void action.run(fill(strings.importCsvRead, { name: chosen.name }), async () => {
      if (!/\.(csv|txt)$/i.test(chosen.name))
        throw new PaneInputError(fill(strings.importOnlyCsv, { name: chosen.name }));
      const file = { name: chosen.name, bytes: new Uint8Array(await chosen.arrayBuffer()) };
      setCsv(file);
      setSource(FILE);
      const result = previewCsvImport(file, { settingsBranches });
      showPreview(result, result.encoding);
    });
  };

  const runImport = () =>
    action.run(strings.setupStepWrite, async () => {
      if (preview === null) return;
      const offers = preview.noteDates.filter((_, index) => accepted.has(index));
      const members = applyNoteDates(preview.members, offers);
      const result = await access.run((port) =>
        generateWorkbook(port, {
          settings: info.settings ?? undefined,
          members,
          importProblems: preview.problems,
          importedColumns: preview.columns,
          branchDecisions: [...decisions.values()],
          requireUnit: true,
        }),
      );
      setPreview(null);
      await refresh();
      const skipped = (result.branchImport?.skipped ?? []).reduce((sum, entry) => sum + entry.count, 0);
      const lines = [
        ...branchLines(strings, result.branchImport),
        ...offers.map((offer) =>
          fill(strings.importNoteDateApplied, {
            row: offer.row,
            name: offer.name,
            field: offer.field === 'onRosterTo' ? strings.importFieldTo : strings.importFieldFrom,
            date: offer.date,
          }),
        ),
        ...result.emptyBranches.map((branch) => fill(strings.importEmptyBranch, { branch })),
        ...result.report.notices,
      ];
      if (result.missingMembers.length > 0)
        lines.push(fill(strings.importMissing, { n: result.missingMembers.length }));
      action.setOutcome({
        intent: result.emptyBranches.length > 0 || result.missingMembers.length > 0 ? 'warning' : 'success',
        title: strings.doneTitle,
        body: `${fill(strings.importDone, { members: members.length - skipped })}${writtenText(strings, result.report)}`,
        lines,
      });
    });

  const importReason =
    info.settings === null
      ? strings.importNeedsSetup
      : preview === null
        ? strings.importNeedsPreview
        : !preview.canImport
          ? strings.importNothingToImport
          : null;
  const hasSource = source === FILE ? csv !== null : source !== '';
  return (
    <StepSection heading={strings.importHeading}>
      {info.userSheets.length === 0 && csv === null ? (
        <Body1 as="p" className={styles.muted}>
          {strings.importNoSheets}
        </Body1>
      ) : (
        <Field label={strings.importSheet}>
          <Select
            value={source}
            onChange={(_, data) => {
              setSource(data.value);
              setPreview(null);
            }}
          >
            {info.userSheets.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
            {csv !== null && (
              <option value={FILE}>{fill(strings.importSourceFile, { name: csv.name })}</option>
            )}
          </Select>
        </Field>
      )}
      <input
        ref={input}
        type="file"
        accept=".csv,text/csv"
        aria-label={strings.importCsvLabel}
        className={own.hidden}
        onChange={(event) => {
          chooseCsv(event.target.files?.[0]);
          event.target.value = '';
        }}
      />
      <div className={styles.buttons}>
        <ActionButton
          busy={action.busy}
          reason={hasSource ? null : strings.importNeedsSource}
          onClick={() => void runPreview()}
        >
          {strings.importPreview}
        </ActionButton>
        <Button disabled={action.busy} onClick={() => input.current?.click()}>
          {strings.importChooseCsv}
        </Button>
        <ActionButton
          appearance="primary"
          busy={action.busy}
          reason={importReason}
          onClick={() => void runImport()}
        >
          {strings.importRun}
        </ActionButton>
      </div>
      <OutcomeBar outcome={action.outcome} strings={strings} />
      {preview !== null && preview.reconciliation !== null && (
        <ImportBranches
          strings={strings}
          reconciliation={preview.reconciliation}
          branches={(settingsBranches ?? []).map((branch) => branch.name)}
          decisions={decisions}
          onDecide={(decision) => setDecisions((old) => new Map(old).set(decision.roster, decision))}
        />
      )}
      {preview !== null && (
        <ImportNoteDates
          strings={strings}
          offers={preview.noteDates}
          accepted={accepted}
          onToggle={(index, on) =>
            setAccepted((old) => {
              const next = new Set(old);
              if (on) next.add(index);
              else next.delete(index);
              return next;
            })
          }
        />
      )}
    </StepSection>
  );
}
