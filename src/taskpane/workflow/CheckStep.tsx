import { useId, useState } from 'react';
import { Body1, Button, Caption1, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { type CheckItem, type CheckLocation, type CheckResult, checkWorkbook } from '../../app/check';
import type { PaneStrings } from '../../strings';
import { fill } from '../format';
import { OutcomeBar } from './OutcomeBar';
import { type Action, useAction } from './runner';
import { type StepProps, today } from './stepProps';
import { StepSection } from './StepSection';
import { useStepStyles } from './styles';

const useStyles = makeStyles({
  where: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: tokens.spacingHorizontalS },
  groups: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS, minWidth: 0 },
  groupHeading: { margin: 0, minWidth: 0 },
  // The heading's weight, the text wrapping at 320 px instead of widening the pane.
  groupButton: {
    width: '100%',
    justifyContent: 'flex-start',
    textAlign: 'start',
    fontWeight: tokens.fontWeightSemibold,
    overflowWrap: 'anywhere',
  },
  chevron: {
    transitionProperty: 'transform',
    transitionDuration: tokens.durationFaster,
    '@media (prefers-reduced-motion: reduce)': { transitionDuration: '0.01ms' },
  },
  chevronOpen: { transform: 'rotate(90deg)' },
  panel: { paddingBottom: tokens.spacingVerticalS },
});

/**
 * Fluent's ChevronRight 20 Regular, drawn here: Fluent's Accordion (and the motion library it pulls
 * in) would add 11 KB gzipped to the pane's first bundle for one disclosure per kind of item.
 */
function Chevron({ open }: { open: boolean }) {
  const own = useStyles();
  return (
    <svg
      className={mergeClasses(own.chevron, open && own.chevronOpen)}
      width="20"
      height="20"
      viewBox="0 0 20 20"
      fill="currentColor"
      aria-hidden="true"
      focusable="false"
    >
      <path d="M7.65 4.15c.2-.2.5-.2.7 0l5.49 5.46c.21.22.21.57 0 .78l-5.49 5.47a.5.5 0 0 1-.7-.71L12.8 10 7.65 4.85a.5.5 0 0 1 0-.7" />
    </svg>
  );
}

type CheckCode = CheckItem['code'];

/**
 * Each kind of item's heading, in the order the groups are shown: what cannot be read first, then
 * what the 党总支 checks (rates, absences, activity counts), then the records still to enter.
 */
const CODE_LABELS: Record<CheckCode, keyof PaneStrings> = {
  'sheet-problem': 'checkCodeSheetProblem',
  'empty-branch': 'checkCodeEmptyBranch',
  'orphan-sheet': 'checkCodeOrphanSheet',
  'below-threshold': 'checkCodeBelowThreshold',
  'absence-run': 'checkCodeAbsenceRun',
  'month-short': 'checkCodeMonthShort',
  'unknown-code': 'checkCodeUnknownCode',
  'orphan-entry': 'checkCodeOrphanEntry',
  'roster-row': 'checkCodeRosterRow',
  'shift-impossible': 'checkCodeShiftImpossible',
  'provisional-holidays': 'checkCodeProvisionalHolidays',
  unrecorded: 'checkCodeUnrecorded',
};

/** A group this small starts open; a longer one (60 未登记出勤 in a year) starts folded. */
export const OPEN_GROUP_LIMIT = 5;

export interface CheckGroup {
  code: CheckCode;
  items: CheckItem[];
}

/** The items by code in the order of CODE_LABELS, each group keeping the engine's order. */
export function groupCheckItems(items: readonly CheckItem[]): CheckGroup[] {
  const byCode = new Map<CheckCode, CheckItem[]>();
  for (const item of items) {
    const group = byCode.get(item.code);
    if (group === undefined) byCode.set(item.code, [item]);
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

/** One item: its message, where it is, and (inside Excel) the 定位 link named by that place. */
function CheckItemView({
  strings,
  item,
  locate,
  goTo,
}: {
  strings: PaneStrings;
  item: CheckItem;
  locate: Action;
  goTo: ((location: CheckLocation) => void) | null;
}) {
  const styles = useStepStyles();
  const own = useStyles();
  const location = item.location;
  return (
    <li>
      <Body1>{item.message}</Body1>
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
    </li>
  );
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

/**
 * 检查: every warning of the engine, grouped by kind under a heading with its count that folds and
 * unfolds the group (the accordion pattern: a heading holding a button with aria-expanded; a year
 * brings one 未登记出勤 per activity), each item with the sheet and cell it concerns (a link inside
 * Excel).
 */
export function CheckStep({ strings, access, info }: StepProps) {
  const styles = useStepStyles();
  const own = useStyles();
  const id = useId();
  const action = useAction(strings);
  const locate = useAction(strings);
  const [result, setResult] = useState<CheckResult | null>(null);
  const [open, setOpen] = useState<CheckCode[]>([]);
  const select = access.select;

  const run = () =>
    action.run(strings.checkStep, async () => {
      const checked = await access.run((port) => checkWorkbook(port, today()));
      setOpen(
        groupCheckItems(checked.items)
          .filter((group) => group.items.length <= OPEN_GROUP_LIMIT)
          .map((group) => group.code),
      );
      setResult(checked);
    });

  const goTo = (location: CheckLocation) =>
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

  const toggle = (code: CheckCode) =>
    setOpen((codes) => (codes.includes(code) ? codes.filter((c) => c !== code) : [...codes, code]));

  const groups = result === null ? [] : groupCheckItems(result.items);
  return (
    <StepSection heading={strings.checkHeading}>
      <div className={styles.buttons}>
        <Button
          appearance="primary"
          disabled={action.busy || info.settings === null}
          onClick={() => void run()}
        >
          {strings.checkRun}
        </Button>
      </div>
      <OutcomeBar outcome={action.outcome} />
      {result !== null &&
        (result.items.length === 0 ? (
          <Body1 as="p" className={styles.text}>
            {strings.checkNone}
          </Body1>
        ) : (
          <>
            <Body1 as="p" className={styles.text}>
              {fill(strings.checkCount, { n: result.items.length })}
            </Body1>
            <div role="group" aria-label={strings.checkListLabel} className={own.groups}>
              {groups.map((group) => {
                const heading = groupHeading(strings, group);
                const isOpen = open.includes(group.code);
                const panel = `${id}-${group.code}`;
                return (
                  <div key={group.code}>
                    <h3 className={own.groupHeading}>
                      <Button
                        appearance="subtle"
                        className={own.groupButton}
                        icon={<Chevron open={isOpen} />}
                        aria-expanded={isOpen}
                        aria-controls={panel}
                        onClick={() => toggle(group.code)}
                      >
                        {heading}
                      </Button>
                    </h3>
                    {/* Folded items stay in the page, hidden from view and from screen readers. */}
                    <div id={panel} hidden={!isOpen} className={own.panel}>
                      <ul className={styles.list} aria-label={heading}>
                        {group.items.map((item, index) => (
                          <CheckItemView
                            key={index}
                            strings={strings}
                            item={item}
                            locate={locate}
                            goTo={select === undefined ? null : goTo}
                          />
                        ))}
                      </ul>
                    </div>
                  </div>
                );
              })}
            </div>
          </>
        ))}
      <OutcomeBar outcome={locate.outcome} />
    </StepSection>
  );
}
