import {
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { Outcome } from './runner';
import { FinishWriteButton } from './unfinishedWrite';

const useStyles = makeStyles({
  list: { margin: `${tokens.spacingVerticalXS} 0 0`, paddingLeft: tokens.spacingHorizontalL },
  body: { whiteSpace: 'normal' },
});

/** An action's outcome; errors are announced at once (role alert), the rest politely. */
export function OutcomeBar({ outcome }: { outcome: Outcome | null }) {
  const styles = useStyles();
  if (outcome === null) return null;
  return (
    <MessageBar
      intent={outcome.intent}
      layout="multiline"
      role={outcome.intent === 'error' ? 'alert' : 'status'}
      data-intent={outcome.intent}
    >
      <MessageBarBody className={styles.body}>
        <MessageBarTitle>{outcome.title}</MessageBarTitle>
        {outcome.body}
        {outcome.lines.length > 0 && (
          <ul className={styles.list}>
            {outcome.lines.map((line, index) => (
              <li key={index}>{line}</li>
            ))}
          </ul>
        )}
      </MessageBarBody>
      {outcome.finish !== undefined && (
        <MessageBarActions>
          <FinishWriteButton label={outcome.finish.label} onFinish={outcome.finish.run} />
        </MessageBarActions>
      )}
    </MessageBar>
  );
}
