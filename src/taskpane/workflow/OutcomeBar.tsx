import { useEffect, useRef } from 'react';
import {
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  tokens,
  typographyStyles,
} from '@fluentui/react-components';
import type { PaneStrings } from '../../strings';
import { DateText } from './parts/DateText';
import { FoldedList } from './parts/FoldedList';
import type { Outcome } from './runner';
import { FinishWriteButton } from './unfinishedWrite';

const useStyles = makeStyles({
  // Focus lands here when an outcome appears: the ring shows where the pane moved the user.
  holder: {
    borderRadius: tokens.borderRadiusMedium,
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
    scrollMarginTop: '48px',
    scrollMarginBottom: tokens.spacingVerticalL,
  },
  list: {
    margin: `${tokens.spacingVerticalXS} 0 0`,
    paddingLeft: tokens.spacingHorizontalL,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXXS,
  },
  body: { whiteSpace: 'normal', minWidth: 0 },
  section: { ...typographyStyles.body1Strong, margin: `${tokens.spacingVerticalS} 0 0` },
});

/**
 * An action's outcome, where the action's button is: announced (errors at once, the rest politely)
 * and focused when it appears, so keyboard and screen-reader users land on it and sighted users see
 * it next to what they clicked. Long lists fold, showing their count; dates never break.
 */
export function OutcomeBar({ outcome, strings }: { outcome: Outcome | null; strings: PaneStrings }) {
  const styles = useStyles();
  const holder = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (outcome === null) return;
    holder.current?.focus({ preventScroll: true });
    holder.current?.scrollIntoView?.({ block: 'nearest' });
  }, [outcome]);
  if (outcome === null) return null;
  const list = (lines: readonly string[], label?: string) => (
    <FoldedList
      strings={strings}
      className={styles.list}
      label={label}
      items={lines.map((line, index) => (
        <DateText key={index} text={line} />
      ))}
    />
  );
  return (
    <div ref={holder} tabIndex={-1} className={styles.holder}>
      <MessageBar
        intent={outcome.intent}
        layout="multiline"
        role={outcome.intent === 'error' ? 'alert' : 'status'}
        data-intent={outcome.intent}
      >
        <MessageBarBody className={styles.body}>
          <MessageBarTitle>{outcome.title}</MessageBarTitle>
          <DateText text={outcome.body} />
          {outcome.lines.length > 0 && list(outcome.lines)}
          {(outcome.sections ?? []).map((section) =>
            section.lines.length === 0 ? null : (
              <div key={section.title}>
                <p className={styles.section}>{section.title}</p>
                {list(section.lines, section.title)}
              </div>
            ),
          )}
        </MessageBarBody>
        {outcome.finish !== undefined && (
          <MessageBarActions>
            <FinishWriteButton label={outcome.finish.label} onFinish={outcome.finish.run} />
          </MessageBarActions>
        )}
      </MessageBar>
    </div>
  );
}
