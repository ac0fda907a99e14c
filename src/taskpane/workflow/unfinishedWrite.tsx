/**
 * A write to the live workbook that stopped part-way (src/excel/writePlan.ts): every entry is still
 * in the workbook, and the same action run again finishes the update. The pane offers that run
 * right where the error is shown ("完成更新"), and says so when it finds the record of such a write
 * on reading the workbook (the pane was closed, or Excel stopped, before the update was done).
 *
 * Finishing means running the step again — it reads the workbook afresh, so anything typed since
 * the failure is kept — not sending the sheet descriptions the failed run had computed: those were
 * made from the workbook as it was, and would overwrite what was typed since.
 */
import { Button, MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { PaneStrings } from '../../strings';
import { fill } from '../format';

/** The Office.js port's error for a write that stopped part-way (matched by name: see errors.ts). */
export function isInterruptedWrite(error: unknown): boolean {
  return (
    error instanceof Error &&
    error.name === 'ExcelPortError' &&
    (error as { interrupted?: unknown }).interrupted === true
  );
}

/** The offer to finish, beside the error. */
export function FinishWriteButton({ label, onFinish }: { label: string; onFinish: () => void }) {
  return (
    <Button appearance="primary" size="small" onClick={onFinish}>
      {label}
    </Button>
  );
}

/** What reading the workbook found: sheets an earlier update may have left partly updated. */
export function UnfinishedWriteNotice({
  strings,
  sheets,
}: {
  strings: PaneStrings;
  sheets: readonly string[];
}) {
  if (sheets.length === 0) return null;
  return (
    <MessageBar intent="warning" layout="multiline" role="status" data-testid="unfinished-write">
      <MessageBarBody>
        <MessageBarTitle>{strings.unfinishedTitle}</MessageBarTitle>
        {fill(strings.unfinishedBody, { sheets: sheets.join('、') })}
      </MessageBarBody>
    </MessageBar>
  );
}
