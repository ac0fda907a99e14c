/**
 * A line of dates ("待登记 22 次：1月9日、1月23日 …"): a few shown, the rest behind a button naming the
 * count, so a year of unrecorded activities takes one line, not twenty-two.
 */
import { useState } from 'react';
import { Body1, Button, makeStyles, tokens } from '@fluentui/react-components';
import type { PaneStrings } from '../../strings';
import { fill } from '../format';
import { DateText } from './parts/DateText';

const useStyles = makeStyles({
  wrap: { display: 'flex', flexWrap: 'wrap', alignItems: 'baseline', columnGap: tokens.spacingHorizontalXS },
  line: { margin: 0 },
  more: {
    minWidth: 0,
    padding: `0 ${tokens.spacingHorizontalXS}`,
    height: 'auto',
    verticalAlign: 'baseline',
  },
});

/** Dates shown while folded: the first ones and the last. */
const FIRST = 3;

export function DateList({
  strings,
  template,
  dates,
}: {
  strings: PaneStrings;
  /** With {n} (the count) and {dates}. */
  template: string;
  dates: readonly string[];
}) {
  const styles = useStyles();
  const [open, setOpen] = useState(false);
  const folds = dates.length > FIRST + 2;
  const shown = folds && !open ? [...dates.slice(0, FIRST), '…', dates[dates.length - 1]] : dates;
  return (
    <div className={styles.wrap}>
      <Body1 as="p" className={styles.line}>
        <DateText text={fill(template, { n: dates.length, dates: shown.join('、') })} />
      </Body1>
      {folds && !open && (
        <Button size="small" appearance="transparent" className={styles.more} onClick={() => setOpen(true)}>
          {fill(strings.attendanceMoreDates, { n: dates.length })}
        </Button>
      )}
    </div>
  );
}
