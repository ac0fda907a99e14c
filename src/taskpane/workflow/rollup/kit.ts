/**
 * What the lazily loaded 汇总多个支部 panel uses of the pane's first bundle, handed to it as a prop
 * by ../RollupStep.tsx instead of imported. Why: webpack concatenates the first bundle's modules into
 * one scope (smaller and faster); a module another chunk imports must stay a module of its own, and
 * so must each module it shares with the rest — importing the pane's parts (the outcome bar, the
 * runner, Fluent's controls) from the panel's chunk added 9 KB gzip to the first bundle, more than
 * the panel itself. Types only here: nothing is imported at run time.
 */
import type { Body1, Button, Caption1, Field, Select } from '@fluentui/react-components';
import type { Language } from '../../../strings';
import type { loadFileSession } from '../../file/loadFileSession';
import type { fill } from '../../format';
import type { OutcomeBar } from '../OutcomeBar';
import type { ActionButton } from '../parts/ActionButton';
import type { FoldedList } from '../parts/FoldedList';
import type { useAction } from '../runner';
import type { stamp, today, writtenText } from '../stepProps';
import type { useStepStyles } from '../styles';

export interface RollupKit {
  language: Language;
  Body1: typeof Body1;
  Button: typeof Button;
  Caption1: typeof Caption1;
  Field: typeof Field;
  Select: typeof Select;
  OutcomeBar: typeof OutcomeBar;
  ActionButton: typeof ActionButton;
  FoldedList: typeof FoldedList;
  useAction: typeof useAction;
  useStepStyles: typeof useStepStyles;
  fill: typeof fill;
  today: typeof today;
  stamp: typeof stamp;
  writtenText: typeof writtenText;
  loadFileSession: typeof loadFileSession;
}
