import { useState } from 'react';
import { Body1, Button, Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { type CheckItem, type CheckLocation, type CheckResult, checkWorkbook } from '../../app/check';
import type { PaneStrings } from '../../strings';
import { fill } from '../format';
import { OutcomeBar } from './OutcomeBar';
import { ActionButton } from './parts/ActionButton';
import { DateText } from './parts/DateText';
import { Disclosure } from './parts/Disclosure';
import { type Action, useAction } from './runner';
import { type StepProps, today } from './stepProps';
import { StepSection } from './StepSection';
import { useStepStyles } from './styles';

const useStyles = makeStyles({
  where: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: tokens.spacingHorizontalS },
  groups: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS, minWidth: 0 },
});

/**
 * A group of findings: the sheet problems that block an action (必须处理) apart from those that do
 * not, then each kind of warning.
 */
type CheckGroupCode = CheckItem['code'] | 'sheet-error';

/**
 * Each kind of item's heading, in the order the groups are shown: what must be fixed first, then
 * what cannot be read, what the 党总支 checks (rates, absences, activity counts), then the records
 * still to enter.
 */
const CODE_LABELS: Record<CheckGroupCode, keyof PaneStrings> = {
  'sheet-error': 'checkCodeSheetError',
  'empty-branch': 'checkCodeEmptyBranch',
  'orphan-sheet': 'checkCodeOrphanSheet',
  'sheet-problem': 'checkCodeSheetProblem',
  'below-threshold': 'checkCodeBelowThreshold',
  'absence-run': 'checkCodeAbsenceRun',
  'unexcused-limit': 'checkCodeUnexcusedLimit',
  'month-short': 'checkCodeMonthShort',
  'unknown-code': 'checkCodeUnknownCode',
  'orphan-entry': 'checkCodeOrphanEntry',
  'off-roster-entry': 'checkCodeOffRosterEntry',
  'roster-row': 'checkCodeRosterRow',
  'shift-impossible': 'checkCodeShiftImpossible',
  'provisional-holidays': 'checkCodeProvisionalHolidays',
  unrecorded: 'checkCodeUnrecorded',
  'leave-unapproved': 'checkCodeLeaveUnapproved',
  'makeup-overdue': 'checkCodeMakeUpOverdue',
  'makeup-date': 'checkCodeMakeUpDate',
};

/** A group this small starts open; a longer one (60 未登记出勤 in a year) starts folded. */
export const OPEN_GROUP_LIMIT = 5;

export interface CheckGroup {
  code: CheckGroupCode;
  items: CheckItem[];
}

function groupCode(item: CheckItem): CheckGroupCode {
  return item.code === 'sheet-problem' && item.severity === 'error' ? 'sheet-error' : item.code;
}

/** The items by kind in the order of CODE_LABELS, each group keeping the engine's order. */
export function groupCheckItems(items: readonly CheckItem[]): CheckGroup[] {
  const byCode = new Map<CheckGroupCode, CheckItem[]>();
  for (const item of items) {
    const code = groupCode(item);
    const group = byCode.get(code);
    if (group === undefined) byCode.set(code, [item]);
    else group.push(item);
  }
  const order = Object.keys(CODE_LABELS);
  return [...byCode.entries()]
    .sort(([a], [b]) => order.indexOf(a) - order.indexOf(b))
    .map(([code, grouped]) => ({ code, items: grouped }));
}

export function groupHeading(strings: PaneStrings, group: CheckGroup): string {
  return fill(strings.checkGroup, { label: strings[CODE_LABELS[group.code]], n: group.items.length });
}

export function locationText(location: CheckLocation): string {
  const where = location.cell ?? (location.row !== undefined ? `第 ${location.row} 行` : '');
  return `「${location.sheet}」${where}`;
}

/** What to select for a location: its cell, else its whole row, else the sheet's first cell. */
export function selectionOf(location: CheckLocation): string {
  if (location.cell !== undefined) return location.cell;
  return location.row !== undefined ? `${location.row}:${location.row}` : 'A1';
}

/** One item: its message, where it is, and (inside Excel) the 定位 link, its outcome beside it. */
function CheckItemView({
  strings,
  item,
  locate,
  goTo,
  located,
}: {
  strings: PaneStrings;
  item: CheckItem;
  locate: Action;
  goTo: ((location: CheckLocation) => void) | null;
  located: boolean;
}) {
  const styles = useStepStyles();
  const own = useStyles();
  const location = item.location;
  return (
    <li>
      <Body1>
        <DateText text={item.message} />
      </Body1>
      {location !== null && (
        <div className={own.where}>
          <Caption1 as="p" className={styles.muted}>
            {fill(strings.checkWhere, { where: locationText(location) })}
          </Caption1>
          {goTo !== null && (
            <Button
              size="small"
              appearance="subtle"
              // The visible word, then where: every link of the list has its own name.
              aria-label={fill(strings.checkLocateLabel, { where: locationText(location) })}
              disabled={locate.busy}
              onClick={() => goTo(location)}
            >
              {strings.checkLocate}
            </Button>
          )}
        </div>
      )}
      {located && <OutcomeBar outcome={locate.outcome} strings={strings} />}
    </li>
  );
}

/**
 * 检查: every finding, grouped by kind under a heading with its count that folds and unfolds the
 * group (a year brings one 未登记出勤 per activity); what must be fixed first. Each item names the
 * sheet and cell it concerns (a link inside Excel, its outcome right under it).
 */
export function CheckStep({ strings, access, info, now }: StepProps) {
  const styles = useStepStyles();
  const own = useStyles();
  const action = useAction(strings);
  const locate = useAction(strings);
  const [result, setResult] = useState<CheckResult | null>(null);
  const [open, setOpen] = useState<CheckGroupCode[]>([]);
  const [located, setLocated] = useState<CheckItem | null>(null);
  const select = access.select;

  const run = () =>
    action.run(strings.checkStep, async () => {
      const checked = await access.run((port) => checkWorkbook(port, today(now())));
      const groups = groupCheckItems(checked.items);
      setOpen(groups.filter((group) => group.items.length <= OPEN_GROUP_LIMIT).map((group) => group.code));
      setResult(checked);
      const mustFix = groups.find((group) => group.code === 'sheet-error')?.items.length ?? 0;
      action.setOutcome({
        intent: checked.items.length === 0 ? 'success' : mustFix > 0 ? 'warning' : 'info',
        title: strings.checkTitle,
        body:
          checked.items.length === 0
            ? strings.checkNone
            : `${fill(strings.checkCount, { n: checked.items.length })}${mustFix > 0 ? fill(strings.checkMustFix, { n: mustFix }) : ''}`,
        lines: [],
      });
    });

  const goTo = (item: CheckItem, location: CheckLocation) => {
    setLocated(item);
    void locate.run(strings.checkLocateStep, async () => {
      if (select === undefined) return;
      await select(location.sheet, selectionOf(location));
      locate.setOutcome({
        intent: 'success',
        title: strings.doneTitle,
        body: fill(strings.checkLocated, { where: locationText(location) }),
        lines: [],
      });
    });
  };

  const toggle = (code: CheckGroupCode) =>
    setOpen((codes) => (codes.includes(code) ? codes.filter((c) => c !== code) : [...codes, code]));

  const groups = result === null ? [] : groupCheckItems(result.items);
  return (
    <StepSection heading={strings.checkHeading}>
      <div className={styles.buttons}>
        <ActionButton
          appearance="primary"
          busy={action.busy}
          reason={info.settings === null ? strings.needsSetup : null}
          onClick={() => void run()}
        >
          {strings.checkRun}
        </ActionButton>
      </div>
      <OutcomeBar outcome={action.outcome} strings={strings} />
      {groups.length > 0 && (
        <div role="group" aria-label={strings.checkListLabel} className={own.groups}>
          {groups.map((group) => {
            const heading = groupHeading(strings, group);
            return (
              <Disclosure
                key={group.code}
                heading={heading}
                initiallyOpen={false}
                open={open.includes(group.code)}
                onToggle={() => toggle(group.code)}
              >
                <ul className={styles.list} aria-label={heading}>
                  {group.items.map((item, index) => (
                    <CheckItemView
                      key={index}
                      strings={strings}
                      item={item}
                      locate={locate}
                      goTo={
                        select === undefined || item.location === null
                          ? null
                          : (location) => goTo(item, location)
                      }
                      located={located === item}
                    />
                  ))}
                </ul>
              </Disclosure>
            );
          })}
        </div>
      )}
    </StepSection>
  );
}
