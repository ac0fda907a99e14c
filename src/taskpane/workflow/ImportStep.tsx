import { useEffect, useState } from 'react';
import { Body1, Button, Field, Select } from '@fluentui/react-components';
import { generateWorkbook } from '../../app/generate';
import { type ImportPreview, previewSheetImport } from '../../app/importPreview';
import { problemLine } from '../../workbook/problems';
import { fill } from '../format';
import { OutcomeBar } from './OutcomeBar';
import { useAction } from './runner';
import { type StepProps, writtenText } from './stepProps';
import { StepSection } from './StepSection';
import { useStepStyles } from './styles';

/** 导入党员: pick the user's sheet, preview what would be imported and each problem row, then import. */
export function ImportStep({ strings, access, info, refresh }: StepProps) {
  const styles = useStepStyles();
  const action = useAction(strings);
  const [sheet, setSheet] = useState<string>(info.rosterSheet ?? info.userSheets[0] ?? '');
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  useEffect(() => {
    setSheet(info.rosterSheet ?? info.userSheets[0] ?? '');
    setPreview(null);
  }, [info.rosterSheet, info.userSheets]);

  const runPreview = () =>
    action.run(fill(strings.importStepRead, { sheet }), async () => {
      const result = await access.run((port) => previewSheetImport(port, sheet));
      setPreview(result);
      if (result === null) return;
      const branches = result.branches.map((b) => `${b.branch} ${b.count} 人`).join('、');
      action.setOutcome({
        intent: !result.canImport ? 'error' : result.problems.length > 0 ? 'warning' : 'info',
        title:
          result.problems.length > 0
            ? fill(strings.problemsTitle, { n: result.problems.length })
            : strings.doneTitle,
        body: result.canImport
          ? fill(strings.importSummary, {
              sheet: result.source,
              rows: result.rowCount,
              members: result.members.length,
              branches,
            })
          : fill(strings.importNothing, { sheet: result.source }),
        lines: result.problems.map(problemLine),
      });
    });

  const runImport = () =>
    action.run(strings.setupStepWrite, async () => {
      if (preview === null) return;
      const result = await access.run((port) =>
        generateWorkbook(port, {
          settings: info.settings ?? undefined,
          members: preview.members,
          importProblems: preview.problems,
        }),
      );
      setPreview(null);
      await refresh();
      const lines = [...result.report.notices];
      if (result.missingMembers.length > 0)
        lines.push(fill(strings.importMissing, { n: result.missingMembers.length }));
      action.setOutcome({
        intent: lines.length > 0 ? 'warning' : 'success',
        title: strings.doneTitle,
        body: `${fill(strings.importDone, { members: preview.members.length })}${writtenText(strings, result.report)}`,
        lines,
      });
    });

  return (
    <StepSection heading={strings.importHeading}>
      {info.userSheets.length === 0 ? (
        <Body1 as="p" className={styles.muted}>
          {strings.importNoSheets}
        </Body1>
      ) : (
        <Field label={strings.importSheet}>
          <Select
            value={sheet}
            onChange={(_, data) => {
              setSheet(data.value);
              setPreview(null);
            }}
          >
            {info.userSheets.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </Select>
        </Field>
      )}
      <div className={styles.buttons}>
        <Button disabled={action.busy || sheet === ''} onClick={() => void runPreview()}>
          {strings.importPreview}
        </Button>
        <Button
          appearance="primary"
          disabled={action.busy || preview === null || !preview.canImport}
          onClick={() => void runImport()}
        >
          {strings.importRun}
        </Button>
      </div>
      <OutcomeBar outcome={action.outcome} />
    </StepSection>
  );
}
