/**
 * 汇总多个支部: the step's frame. Its form, the roll-up engine and the roll-up sheets are loaded with
 * import() when the step is shown (a workbook open in file mode, or the live one read inside Excel),
 * and the file port that reads the branch files only when the roll-up runs, so none of it is in the
 * pane's first bundle.
 */
import { lazy, Suspense } from 'react';
import { Spinner } from '@fluentui/react-components';
import type { StepProps } from './stepProps';
import { StepSection } from './StepSection';

const RollupPanel = lazy(() => import(/* webpackChunkName: "rollup-step" */ './rollup/RollupPanel'));

export function RollupStep(props: StepProps) {
  return (
    <StepSection heading={props.strings.rollupHeading}>
      <Suspense fallback={<Spinner size="tiny" label={props.strings.rollupLoading} />}>
        <RollupPanel {...props} />
      </Suspense>
    </StepSection>
  );
}
