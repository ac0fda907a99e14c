/**
 * Text whose dates never break across lines: the pane wraps long Chinese sentences anywhere (a 320 px
 * pane must not scroll sideways), which split "5⏎月8日"; each date is kept on one line.
 */
import { Fragment } from 'react';
import { makeStyles } from '@fluentui/react-components';

const useStyles = makeStyles({ date: { whiteSpace: 'nowrap' } });

/** 2026-05-08, 2026年5月8日, 2026年5月, 5月8日 (with its weekday in brackets), 第 3 行. */
const DATES =
  /(\d{4}-\d{2}-\d{2}|\d{4}年\d{1,2}月(?:\d{1,2}日)?|\d{1,2}月\d{1,2}日(?:（星期.）)?|第\s*\d+\s*行)/;

/** The pieces of `text`: odd indexes are dates. */
export function splitDates(text: string): string[] {
  return text.split(DATES);
}

export function DateText({ text }: { text: string }) {
  const styles = useStyles();
  return (
    <>
      {splitDates(text).map((part, i) =>
        i % 2 === 1 ? (
          <span key={i} className={styles.date}>
            {part}
          </span>
        ) : (
          <Fragment key={i}>{part}</Fragment>
        ),
      )}
    </>
  );
}
