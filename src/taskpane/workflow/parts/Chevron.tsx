import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  chevron: {
    flexShrink: 0,
    transitionProperty: 'transform',
    transitionDuration: tokens.durationFaster,
    '@media (prefers-reduced-motion: reduce)': { transitionDuration: '0.01ms' },
  },
  open: { transform: 'rotate(90deg)' },
});

/**
 * Fluent's ChevronRight 20 Regular, drawn here: Fluent's Accordion (and the motion library it pulls
 * in) would add 11 KB gzipped to the pane's first bundle for a few disclosures.
 */
export function Chevron({ open }: { open: boolean }) {
  const styles = useStyles();
  return (
    <svg
      className={mergeClasses(styles.chevron, open && styles.open)}
      width="20"
      height="20"
      viewBox="0 0 20 20"
      fill="currentColor"
      aria-hidden="true"
      focusable="false"
    >
      <path d="M7.65 4.15c.2-.2.5-.2.7 0l5.49 5.46c.21.22.21.57 0 .78l-5.49 5.47a.5.5 0 0 1-.7-.71L12.8 10 7.65 4.85a.5.5 0 0 1 0-.7" />
    </svg>
  );
}
