import { useId, useState } from 'react';
import {
  Badge,
  Body1,
  Button,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
} from '@fluentui/react-components';
import { type HolidayListing, listHolidays } from '../../app/holidays';
import type { HolidaySource } from '../../domain/holidays/types';
import type { PaneStrings } from '../../strings';
import { fill } from '../format';
import { OutcomeBar } from './OutcomeBar';
import { useAction } from './runner';
import type { StepProps } from './stepProps';
import { useStepStyles } from './styles';

function sourceText(strings: PaneStrings, source: HolidaySource): string {
  if (source === 'official') return strings.holidaysSourceOfficial;
  return source === 'provisional' ? strings.holidaysSourceProvisional : strings.holidaysSourceManual;
}

/** 节假日: the year's days with their source; a clear warning when the official notice is missing. */
export function HolidaysStep({ strings, access, info }: StepProps) {
  const styles = useStepStyles();
  const id = useId();
  const action = useAction(strings);
  const [listing, setListing] = useState<HolidayListing | null>(null);
  const year = info.settings?.year ?? new Date().getFullYear();

  const show = () =>
    action.run(fill(strings.holidaysShow, { year }), async () => {
      setListing(await access.run((port) => listHolidays(port, year)));
    });

  return (
    <section className={styles.section} aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`} className={styles.heading}>
        {strings.holidaysHeading}
      </h2>
      <div className={styles.buttons}>
        <Button disabled={action.busy} onClick={() => void show()}>
          {fill(strings.holidaysShow, { year })}
        </Button>
      </div>
      <OutcomeBar outcome={action.outcome} />
      {listing !== null && (
        <>
          {!listing.hasOfficialData && (
            <MessageBar intent="warning" layout="multiline">
              <MessageBarBody>
                <MessageBarTitle>
                  {fill(strings.holidaysProvisionalTitle, { year: listing.year })}
                </MessageBarTitle>
                {strings.holidaysProvisionalBody}
              </MessageBarBody>
            </MessageBar>
          )}
          <Body1 as="p" className={styles.text}>
            {fill(strings.holidaysCounts, listing.counts)}
          </Body1>
          <ul className={styles.list} aria-label={fill(strings.holidaysListLabel, { year: listing.year })}>
            {listing.days.map((day) => (
              <li key={day.date}>
                {day.date} {day.name}{' '}
                {day.kind === 'working' ? strings.holidaysKindWorking : strings.holidaysKindOff}{' '}
                <Badge
                  appearance="tint"
                  size="small"
                  color={
                    day.source === 'official'
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
        </>
      )}
    </section>
  );
}
