/**
 * 汇总多个支部, the 党总支's roll-up of the branches' own workbooks: the step's frame. It starts
 * folded (a branch secretary never needs it); its form, its text, the engine of `party-day merge`
 * and the roll-up sheets are loaded with import() when the user opens it, and the file port that
 * reads the branch files when the roll-up runs: none of it is in the pane's first bundle, and the
 * pane inside Excel downloads none of it unless the step is used.
 */
import { lazy, Suspense, useId, useState } from 'react';
import { Button, Caption1, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import { Chevron } from './parts/Chevron';
import type { StepProps } from './stepProps';
import { StepSection } from './StepSection';
import { useStepStyles } from './styles';

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM, minWidth: 0 },
});

const RollupPanel = lazy(() => import(/* webpackChunkName: "rollup" */ './rollup/RollupPanel'));

export function RollupStep(props: StepProps) {
  const { strings } = props;
  const styles = useStepStyles();
  const own = useStyles();
  const panel = useId();
  const [open, setOpen] = useState(false);
  return (
    <StepSection heading={strings.rollupHeading}>
      <Caption1 as="p" className={styles.muted}>
        {strings.stepRollupDetail}
      </Caption1>
      <div className={styles.buttons}>
        <Button
          icon={<Chevron open={open} />}
          aria-expanded={open}
          aria-controls={open ? panel : undefined}
          onClick={() => setOpen((value) => !value)}
        >
          {strings.rollupOpen}
        </Button>
      </div>
      {open && (
        <div id={panel} className={own.panel}>
          <Suspense fallback={<Spinner size="tiny" label={strings.rollupLoading} />}>
            <RollupPanel {...props} />
          </Suspense>
        </div>
      )}
    </StepSection>
  );
}
