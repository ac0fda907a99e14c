/**
 * A step's button that says why it cannot be used yet ("请先点“预览活动安排”"): the reason shows
 * under it and is its description, and the button stays focusable (aria-disabled) so keyboard and
 * screen-reader users reach it and hear why. While another action runs it is plainly disabled.
 */
import { useId, type ReactNode } from 'react';
import { Button, type ButtonProps, Caption1, makeStyles, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  wrap: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS, minWidth: 0 },
  reason: { margin: 0, color: tokens.colorNeutralForeground3, maxWidth: '36em' },
});

export interface ActionButtonProps {
  appearance?: ButtonProps['appearance'];
  /** Another action is running. */
  busy: boolean;
  /** Why the button cannot be used yet; null when it can. */
  reason: string | null;
  onClick(): void;
  children: ReactNode;
}

export function ActionButton({ appearance, busy, reason, onClick, children }: ActionButtonProps) {
  const styles = useStyles();
  const id = useId();
  const blocked = reason !== null;
  return (
    <span className={styles.wrap}>
      <Button
        appearance={appearance}
        disabled={busy && !blocked}
        disabledFocusable={blocked}
        aria-describedby={blocked ? id : undefined}
        onClick={blocked || busy ? undefined : onClick}
      >
        {children}
      </Button>
      {blocked && (
        <Caption1 as="p" id={id} className={styles.reason}>
          {reason}
        </Caption1>
      )}
    </span>
  );
}
