/**
 * 汇总多个支部, the 党总支's roll-up of the branches' own workbooks: the step's frame. Its form, its
 * text, the engine of `party-day merge` and the roll-up sheets are loaded with import() when the
 * step is shown (a workbook open in file mode, or the live one read inside Excel), and the file port
 * that reads the branch files only when the roll-up runs: none of it is in the pane's first bundle.
 */
import { lazy, Suspense } from 'react';
import { Body1, Button, Caption1, Field, Select, Spinner } from '@fluentui/react-components';
import { paneStrings } from '../../strings';
import { loadFileSession } from '../file/loadFileSession';
import { fill } from '../format';
import { OutcomeBar } from './OutcomeBar';
import { ActionButton } from './parts/ActionButton';
import { FoldedList } from './parts/FoldedList';
import type { RollupKit } from './rollup/kit';
import { useAction } from './runner';
import { stamp, type StepProps, today, writtenText } from './stepProps';
import { StepSection } from './StepSection';
import { useStepStyles } from './styles';

const RollupPanel = lazy(() => import(/* webpackChunkName: "rollup" */ './rollup/RollupPanel'));

const KIT: Omit<RollupKit, 'language'> = {
  Body1,
  Button,
  Caption1,
  Field,
  Select,
  OutcomeBar,
  ActionButton,
  FoldedList,
  useAction,
  useStepStyles,
  fill,
  today,
  stamp,
  writtenText,
  loadFileSession,
};

export function RollupStep(props: StepProps) {
  const language = props.strings === paneStrings('en') ? 'en' : 'zh';
  return (
    <StepSection heading={props.strings.rollupHeading}>
      <Suspense fallback={<Spinner size="tiny" label={props.strings.rollupLoading} />}>
        <RollupPanel {...props} kit={{ ...KIT, language }} />
      </Suspense>
    </StepSection>
  );
}
