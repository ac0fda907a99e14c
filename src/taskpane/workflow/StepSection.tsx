import { useId, type ReactNode } from 'react';
import { useStepStyles } from './styles';

/**
 * One step of the workflow: a section named by its heading, so screen readers list the steps as
 * regions and the e2e test finds each by its name.
 */
export function StepSection({ heading, children }: { heading: string; children: ReactNode }) {
  const styles = useStepStyles();
  const id = useId();
  return (
    <section className={styles.section} aria-labelledby={id}>
      <h2 id={id} className={styles.heading}>
        {heading}
      </h2>
      {children}
    </section>
  );
}
