/**
 * “粘贴国务院通知” in the 节假日 step: the notice's text pasted into a box, previewed (each item
 * with its sentence, its days and what checking it found; the activities that move), then written
 * to the 节假日 sheet as 来源 通知. Writing takes the text as previewed: once the text changes, it
 * must be previewed again.
 */
import { useId, useState } from 'react';
import {
  Badge,
  Body1,
  Button,
  Field,
  Textarea,
  makeStyles,
  tokens,
  typographyStyles,
} from '@fluentui/react-components';
import type { HolidayListing } from '../../app/holidays';
import {
  type NoticePreview,
  type NoticeWriteResult,
  previewHolidayNotice,
  writeHolidayNotice,
} from '../../app/notice';
import { weekdayName } from '../../domain/date';
import type { NoticeFinding, NoticeSeverity } from '../../domain/holidays/noticeTypes';
import type { PaneStrings } from '../../strings';
import { itemLabel } from '../../strings/notice';
import { fill } from '../format';
import { OutcomeBar } from './OutcomeBar';
import type { Outcome } from './runner';
import { useAction } from './runner';
import type { StepProps } from './stepProps';
import { useStepStyles } from './styles';

const useStyles = makeStyles({
  panel: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    paddingTop: tokens.spacingVerticalS,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    minWidth: 0,
  },
  heading: { ...typographyStyles.body1Strong, margin: 0 },
  items: {
    margin: 0,
    padding: 0,
    listStyleType: 'none',
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
  },
  item: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXXS,
    paddingLeft: tokens.spacingHorizontalS,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke2}`,
    minWidth: 0,
  },
  sentence: { margin: 0, overflowWrap: 'anywhere' },
  findings: { margin: 0, paddingLeft: 0, listStyleType: 'none' },
  finding: { overflowWrap: 'anywhere' },
  days: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    color: tokens.colorNeutralForeground2,
  },
});

const BADGE_COLOR: Readonly<Record<NoticeSeverity, 'danger' | 'warning' | 'informative'>> = {
  error: 'danger',
  warning: 'warning',
  info: 'informative',
};

function severityText(strings: PaneStrings, severity: NoticeSeverity): string {
  if (severity === 'error') return strings.noticeSeverityError;
  return severity === 'warning' ? strings.noticeSeverityWarning : strings.noticeSeverityInfo;
}

function Findings({ strings, findings }: { strings: PaneStrings; findings: readonly NoticeFinding[] }) {
  const own = useStyles();
  if (findings.length === 0) return null;
  return (
    <ul className={own.findings}>
      {findings.map((finding, index) => (
        <li key={index} className={own.finding} data-severity={finding.severity}>
          <Badge appearance="tint" size="small" color={BADGE_COLOR[finding.severity]}>
            {severityText(strings, finding.severity)}
          </Badge>{' '}
          {finding.message}
        </li>
      ))}
    </ul>
  );
}

/** The preview: how many days, whether it can be written, each item with its days and findings. */
function Preview({ strings, preview }: { strings: PaneStrings; preview: NoticePreview }) {
  const styles = useStepStyles();
  const own = useStyles();
  const { notice } = preview;
  const count = (severity: NoticeSeverity) => notice.findings.filter((f) => f.severity === severity).length;
  const errors = count('error');
  const warnings = count('warning');
  return (
    <>
      <Body1 as="p" className={styles.text}>
        {fill(strings.noticeSummary, { ...preview.counts, year: preview.year, items: notice.items.length })}
      </Body1>
      <Body1 as="p" className={styles.text}>
        {errors > 0
          ? fill(strings.noticeErrorCount, { n: errors })
          : warnings > 0
            ? fill(strings.noticeWarningCount, { n: warnings })
            : strings.noticeNoErrors}
      </Body1>
      {notice.findings.some((finding) => finding.item === null) && (
        <div role="group" aria-label={strings.noticeGeneralLabel}>
          <Findings strings={strings} findings={notice.findings.filter((finding) => finding.item === null)} />
        </div>
      )}
      <ol className={own.items} aria-label={strings.noticeItemsLabel}>
        {notice.items.map((item) => {
          const label = itemLabel(item.number, item.holidays);
          const days = notice.days.filter((day) => day.item === item.number);
          return (
            <li key={`${item.number}-${item.text}`} className={own.item}>
              <Body1 as="p" className={own.sentence}>
                {item.text}
              </Body1>
              <Findings strings={strings} findings={notice.findings.filter((f) => f.item === item.number)} />
              {days.length > 0 && (
                <ul className={own.days} aria-label={fill(strings.noticeDaysLabel, { item: label })}>
                  {days.map((day) => (
                    <li key={`${day.date}-${day.kind}`}>
                      {day.date} {weekdayName(day.date)}{' '}
                      {day.kind === 'off' ? strings.holidaysKindOff : strings.holidaysKindWorking}
                    </li>
                  ))}
                </ul>
              )}
            </li>
          );
        })}
      </ol>
      {preview.canWrite && (
        <>
          <Body1 as="p" className={styles.text}>
            {preview.moved.length > 0
              ? fill(strings.noticeMoves, { n: preview.moved.length })
              : strings.noticeNoMoves}
          </Body1>
          {preview.moved.length > 0 && (
            <ul className={styles.list}>
              {preview.moved.map((activity) => (
                <li key={`${activity.branch}-${activity.activityId}`}>
                  {fill(strings.noticeMovedItem, {
                    branch: activity.branch,
                    from: activity.from,
                    to: activity.to,
                  })}
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </>
  );
}

function writtenOutcome(strings: PaneStrings, result: NoticeWriteResult): Outcome {
  const parts = [
    fill(strings.noticeDone, { sheet: result.sheet, year: result.year, ...result.counts }),
    ...(result.replaces.notice > 0
      ? [fill(strings.noticeReplacedNotice, { n: result.replaces.notice })]
      : []),
    ...(result.replaces.provisional > 0
      ? [fill(strings.noticeReplacedEstimate, { n: result.replaces.provisional })]
      : []),
    ...(result.keptManual > 0 ? [fill(strings.noticeKeptManual, { n: result.keptManual })] : []),
    strings.noticeRegenerate,
    result.moved.length > 0 ? fill(strings.noticeMoves, { n: result.moved.length }) : strings.noticeNoMoves,
  ];
  return {
    intent: result.report.notices.length > 0 ? 'warning' : 'success',
    title: strings.doneTitle,
    body: parts.join(''),
    lines: [
      ...result.moved.map((activity) =>
        fill(strings.noticeMovedItem, { branch: activity.branch, from: activity.from, to: activity.to }),
      ),
      ...result.report.notices,
    ],
  };
}

export interface NoticePasteProps extends StepProps {
  /** The workbook's year (the year of the notice to paste). */
  year: number;
  /** Whether the step shows the year's list, to be read again once the notice is written. */
  relist: boolean;
  onListed(listing: HolidayListing): void;
}

export function NoticePaste({ strings, access, info, refresh, year, relist, onListed }: NoticePasteProps) {
  const styles = useStepStyles();
  const own = useStyles();
  const id = useId();
  const read = useAction(strings);
  const write = useAction(strings);
  const [text, setText] = useState('');
  const [preview, setPreview] = useState<{ text: string; preview: NoticePreview } | null>(null);
  const stale = preview !== null && preview.text !== text;
  const ready = info.settings !== null;

  const runPreview = () =>
    read.run(strings.noticePreviewStep, async () => {
      write.setOutcome(null);
      const shown = text;
      setPreview({
        text: shown,
        preview: await access.run((port) => previewHolidayNotice(port, year, shown)),
      });
    });

  const runWrite = () =>
    write.run(strings.noticeWriteStep, async () => {
      const shown = text;
      // The result lists the year as written: no second read of the workbook.
      const result = await access.run((port) => writeHolidayNotice(port, year, shown));
      if (relist) onListed(result.listing);
      setPreview(null);
      await refresh();
      write.setOutcome(writtenOutcome(strings, result));
    });

  return (
    <div className={own.panel} role="group" aria-labelledby={`${id}-notice`}>
      <h3 id={`${id}-notice`} className={own.heading}>
        {strings.noticeHeading}
      </h3>
      <Body1 as="p" className={styles.muted}>
        {ready ? fill(strings.noticeIntro, { year }) : strings.needsSetup}
      </Body1>
      <Field
        label={strings.noticeText}
        validationState={stale ? 'warning' : 'none'}
        validationMessage={stale ? strings.noticeStale : undefined}
      >
        <Textarea
          value={text}
          rows={6}
          resize="vertical"
          placeholder={fill(strings.noticePlaceholder, { year })}
          onChange={(_, data) => setText(data.value)}
        />
      </Field>
      <div className={styles.buttons}>
        <Button disabled={read.busy || !ready || text.trim() === ''} onClick={() => void runPreview()}>
          {strings.noticePreview}
        </Button>
        <Button
          appearance="primary"
          disabled={write.busy || !ready || preview === null || stale || !preview.preview.canWrite}
          onClick={() => void runWrite()}
        >
          {strings.noticeWrite}
        </Button>
      </div>
      <OutcomeBar outcome={read.outcome} strings={strings} />
      {preview !== null && <Preview strings={strings} preview={preview.preview} />}
      <OutcomeBar outcome={write.outcome} strings={strings} />
    </div>
  );
}
