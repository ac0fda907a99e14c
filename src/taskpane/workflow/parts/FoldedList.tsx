/**
 * A list that shows its first few items and folds the rest behind a button naming the count
 * ("显示全部 39 项"), so a long list (holidays, problem rows, findings) does not push the next step
 * thousands of pixels down. Short lists show whole.
 */
import { useId, useState, type ReactNode } from 'react';
import { Button, makeStyles, tokens } from '@fluentui/react-components';
import type { PaneStrings } from '../../../strings';
import { fill } from '../../format';

const useStyles = makeStyles({
  list: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXXS,
  },
  toggle: { alignSelf: 'flex-start', minWidth: 0 },
  wrap: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS, minWidth: 0 },
});

/** Items shown while folded; a list of one more than this shows whole (a button for one item is silly). */
export const FOLDED_ITEMS = 5;

export interface FoldedListProps {
  strings: PaneStrings;
  items: readonly ReactNode[];
  /** The list's accessible name. */
  label?: string;
  className?: string;
  /** Items shown while folded (default FOLDED_ITEMS). */
  shown?: number;
}

export function FoldedList({ strings, items, label, className, shown = FOLDED_ITEMS }: FoldedListProps) {
  const styles = useStyles();
  const id = useId();
  const [open, setOpen] = useState(false);
  const folds = items.length > shown + 1;
  const visible = folds && !open ? items.slice(0, shown) : items;
  return (
    <div className={styles.wrap}>
      <ul id={id} className={className ?? styles.list} aria-label={label}>
        {visible.map((item, index) => (
          <li key={index}>{item}</li>
        ))}
      </ul>
      {folds && (
        <Button
          size="small"
          appearance="transparent"
          className={styles.toggle}
          aria-expanded={open}
          aria-controls={id}
          onClick={() => setOpen((value) => !value)}
        >
          {open ? fill(strings.foldLess, { n: shown }) : fill(strings.foldMore, { n: items.length })}
        </Button>
      )}
    </div>
  );
}
