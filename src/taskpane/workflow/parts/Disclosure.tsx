/**
 * A heading that folds and unfolds what is under it, with the count in its name ("节假日 39 天"):
 * the accordion pattern (a heading holding a button with aria-expanded). Folded content stays in
 * the page, hidden from view and from screen readers.
 */
import { useId, useState, type ReactNode } from 'react';
import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { Chevron } from './Chevron';

const useStyles = makeStyles({
  heading: { margin: 0, minWidth: 0 },
  // The heading's weight, the text wrapping at 320 px instead of widening the pane.
  button: {
    width: '100%',
    justifyContent: 'flex-start',
    textAlign: 'start',
    fontWeight: tokens.fontWeightSemibold,
    overflowWrap: 'anywhere',
  },
  panel: { paddingBottom: tokens.spacingVerticalS },
});

export interface DisclosureProps {
  heading: string;
  /** Heading level of the disclosure (3 inside a step). */
  level?: 3 | 4;
  initiallyOpen: boolean;
  children: ReactNode;
  /** Controlled use: the open state and its setter (the check step keeps them per kind). */
  open?: boolean;
  onToggle?(): void;
}

export function Disclosure({ heading, level = 3, initiallyOpen, children, open, onToggle }: DisclosureProps) {
  const styles = useStyles();
  const panel = useId();
  const [own, setOwn] = useState(initiallyOpen);
  const isOpen = open ?? own;
  const Heading = level === 3 ? 'h3' : 'h4';
  return (
    <div>
      <Heading className={styles.heading}>
        <Button
          appearance="subtle"
          className={styles.button}
          icon={<Chevron open={isOpen} />}
          aria-expanded={isOpen}
          aria-controls={panel}
          onClick={() => (onToggle ? onToggle() : setOwn((value) => !value))}
        >
          {heading}
        </Button>
      </Heading>
      <div id={panel} hidden={!isOpen} className={styles.panel}>
        {children}
      </div>
    </div>
  );
}
