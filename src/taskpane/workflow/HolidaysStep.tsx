import { useId, useState } from 'react';
import {
  Badge,
  Body1,
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Radio,
  RadioGroup,
  makeStyles,
  tokens,
  typographyStyles,
} from '@fluentui/react-components';
import {
  addManualHoliday,
  type HolidayListing,
  listHolidays,
  type ManualHolidayResult,
} from '../../app/holidays';
import type { HolidaySource, ManualAction } from '../../domain/holidays/types';
import type { PaneStrings } from '../../strings';
import { fill } from '../format';
import { NoticePaste } from './NoticePaste';
import { OutcomeBar } from './OutcomeBar';
import { ActionButton } from './parts/ActionButton';
import { DateText } from './parts/DateText';
import { Disclosure } from './parts/Disclosure';
import { useAction } from './runner';
import type { StepProps } from './stepProps';
import { StepSection } from './StepSection';
import { useStepStyles } from './styles';

const useStyles = makeStyles({
  form: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    paddingTop: tokens.spacingVerticalS,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    minWidth: 0,
  },
  formHeading: { ...typographyStyles.body1Strong, margin: 0 },
});

/** A list this long starts open; the year's (39 days) starts folded. */
const OPEN_LIST_LIMIT = 10;

function kindText(strings: PaneStrings, action: ManualAction): string {
  if (action === 'off') return strings.holidaysAddOff;
  return action === 'working' ? strings.holidaysAddWorking : strings.holidaysAddRemove;
}

/** The outcome of a day written to 节假日: what was written, then what to do about 活动安排. */
function addedOutcome(strings: PaneStrings, result: ManualHolidayResult) {
  const { entry, replaced, moved, report } = result;
  // The short word (不放假) in the sentence; the radio's label explains it at length.
  const kind = entry.action === 'remove' ? strings.holidaysAddRemoveShort : kindText(strings, entry.action);
  const parts = [
    fill(strings.holidaysAddDone, { sheet: result.sheet, date: entry.date, kind, name: entry.name ?? '' }),
  ];
  if (replaced !== null)
    parts.push(fill(strings.holidaysAddReplaced, { kind: kindText(strings, replaced.action) }));
  parts.push(strings.holidaysAddRegenerate);
  // The list below the sentence names each activity that moves.
  parts.push(
    moved.length > 0 ? fill(strings.holidaysAddMoved, { n: moved.length }) : strings.holidaysAddNoMove,
  );
  return {
    intent: report.notices.length > 0 ? ('warning' as const) : ('success' as const),
    title: strings.doneTitle,
    body: parts.join(''),
    lines: [
      ...moved.map((activity) =>
        fill(strings.holidaysAddMovedItem, { branch: activity.branch, from: activity.from, to: activity.to }),
      ),
      ...report.notices,
    ],
  };
}

function sourceText(strings: PaneStrings, source: HolidaySource): string {
  if (source === 'official') return strings.holidaysSourceOfficial;
  if (source === 'notice') return strings.holidaysSourceNotice;
  return source === 'provisional' ? strings.holidaysSourceProvisional : strings.holidaysSourceManual;
}

/** 节假日: the year's days with their source; a clear warning when the official notice is missing. */
export function HolidaysStep({ strings, access, info, refresh, now }: StepProps) {
  const styles = useStepStyles();
  const own = useStyles();
  const id = useId();
  const action = useAction(strings);
  const add = useAction(strings);
  const [listing, setListing] = useState<HolidayListing | null>(null);
  const [date, setDate] = useState('');
  const [kind, setKind] = useState<ManualAction>('off');
  const [name, setName] = useState('');
  const year = info.settings?.year ?? now().getFullYear();

  const showOutcome = (listed: HolidayListing) =>
    action.setOutcome({
      intent: listed.hasOfficialData ? 'info' : 'warning',
      title: fill(strings.holidaysListTitle, { year: listed.year }),
      body: fill(strings.holidaysCounts, listed.counts),
      lines: [],
    });

  const show = () =>
    action.run(fill(strings.holidaysShow, { year }), async () => {
      const listed = await access.run((port) => listHolidays(port, year));
      setListing(listed);
      showOutcome(listed);
    });

  const submit = () =>
    add.run(strings.holidaysAddStep, async () => {
      // Written and listed again in one go: inside Excel both share one Excel.run.
      const { result, listed } = await access.run(async (port) => {
        const written = await addManualHoliday(port, year, { date, action: kind, name });
        return { result: written, listed: listing === null ? null : await listHolidays(port, year) };
      });
      if (listed !== null) {
        setListing(listed);
        showOutcome(listed);
      }
      await refresh();
      add.setOutcome(addedOutcome(strings, result));
    });

  const kinds: ManualAction[] = ['off', 'working', 'remove'];

  return (
    <StepSection heading={strings.holidaysHeading}>
      <div className={styles.buttons}>
        <Button disabled={action.busy} onClick={() => void show()}>
          {fill(strings.holidaysShow, { year })}
        </Button>
      </div>
      <OutcomeBar outcome={action.outcome} strings={strings} />
      {listing !== null && (
        <>
          {!listing.hasOfficialData && !listing.fromNotice && (
            <MessageBar intent="warning" layout="multiline">
              <MessageBarBody>
                <MessageBarTitle>
                  {fill(strings.holidaysProvisionalTitle, { year: listing.year })}
                </MessageBarTitle>
                {strings.holidaysProvisionalBody}
              </MessageBarBody>
            </MessageBar>
          )}
          {/* 39 days would push the steps below out of sight: folded, its count in the heading. */}
          <Disclosure
            heading={fill(strings.holidaysListHeading, { year: listing.year, n: listing.days.length })}
            initiallyOpen={listing.days.length <= OPEN_LIST_LIMIT}
          >
            <ul className={styles.list} aria-label={fill(strings.holidaysListLabel, { year: listing.year })}>
              {listing.days.map((day) => (
                <li key={day.date}>
                  <DateText text={`${day.date} ${day.name}`} />{' '}
                  {day.kind === 'working' ? strings.holidaysKindWorking : strings.holidaysKindOff}{' '}
                  <Badge
                    appearance="tint"
                    size="small"
                    color={
                      day.source === 'official' || day.source === 'notice'
                        ? 'success'
                        : day.source === 'provisional'
                          ? 'warning'
                          : 'informative'
                    }
                  >
                    {sourceText(strings, day.source)}
                  </Badge>
                </li>
              ))}
            </ul>
          </Disclosure>
        </>
      )}
      <NoticePaste
        {...{ strings, access, info, refresh, now, year }}
        relist={listing !== null}
        onListed={(listed) => {
          // The counts above the list are the year's as written, not those before the notice.
          setListing(listed);
          showOutcome(listed);
        }}
      />
      <div className={own.form} role="group" aria-labelledby={`${id}-add`}>
        <h3 id={`${id}-add`} className={own.formHeading}>
          {strings.holidaysAddHeading}
        </h3>
        <Body1 as="p" className={styles.muted}>
          {info.settings === null ? strings.needsSetup : strings.holidaysAddIntro}
        </Body1>
        {/* An example as the hint, not a placeholder: a grey date in the box looked like one filled in. */}
        <Field
          label={strings.holidaysAddDate}
          hint={fill(strings.holidaysAddDateHint, { example: `${year}-05-06` })}
        >
          <Input value={date} onChange={(_, data) => setDate(data.value)} />
        </Field>
        <Field label={strings.holidaysAddKind}>
          <RadioGroup value={kind} onChange={(_, data) => setKind(data.value as ManualAction)}>
            {kinds.map((value) => (
              <Radio key={value} value={value} label={kindText(strings, value)} />
            ))}
          </RadioGroup>
        </Field>
        <Field label={strings.holidaysAddName} hint={strings.holidaysAddNameHint}>
          <Input value={name} onChange={(_, data) => setName(data.value)} />
        </Field>
        <div className={styles.buttons}>
          <ActionButton
            appearance="primary"
            busy={add.busy}
            reason={info.settings === null ? strings.needsSetup : null}
            onClick={() => void submit()}
          >
            {strings.holidaysAddRun}
          </ActionButton>
        </div>
        <OutcomeBar outcome={add.outcome} strings={strings} />
      </div>
    </StepSection>
  );
}
