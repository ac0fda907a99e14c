/**
 * One action at a time: while an action runs every action button is disabled and the status shows
 * its current step; each step keeps its own outcome (what was written where, or what to do).
 */
import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from 'react';
import type { PaneStrings } from '../../strings';
import { useRecordError } from '../diagnostics/lastError';
import { shownError } from './errors';
import { isInterruptedWrite } from './unfinishedWrite';

export interface Outcome {
  intent: 'success' | 'warning' | 'error' | 'info';
  title: string;
  body: string;
  lines: string[];
  /** A write that stopped part-way: running the step again finishes it (./unfinishedWrite.tsx). */
  finish?: { label: string; run: () => void };
  /** Further lists under their own headings (必须处理, 提示), each folded when long. */
  sections?: OutcomeSection[];
}

export interface OutcomeSection {
  title: string;
  lines: string[];
}

interface RunnerState {
  /** The current step's text while an action runs; null when idle. */
  step: string | null;
  setStep(step: string | null): void;
  guard: { current: boolean };
}

const RunnerContext = createContext<RunnerState | null>(null);

export function RunnerProvider({ children }: { children: ReactNode }) {
  const [step, setStep] = useState<string | null>(null);
  const guard = useRef(false);
  const value = useMemo(() => ({ step, setStep, guard }), [step]);
  return <RunnerContext.Provider value={value}>{children}</RunnerContext.Provider>;
}

export function useRunnerStep(): string | null {
  return useContext(RunnerContext)?.step ?? null;
}

export interface Action {
  busy: boolean;
  outcome: Outcome | null;
  setOutcome(outcome: Outcome | null): void;
  /** Runs `work` unless another action is running; its errors become the outcome. */
  run<T>(firstStep: string, work: (progress: (step: string) => void) => Promise<T>): Promise<T | undefined>;
}

export function useAction(strings: PaneStrings): Action {
  const context = useContext(RunnerContext);
  if (context === null) throw new Error('useAction outside RunnerProvider');
  const { step, setStep, guard } = context;
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const recordError = useRecordError();
  const run = useCallback(
    async <T,>(firstStep: string, work: (progress: (step: string) => void) => Promise<T>) => {
      // The ref, not state: a double click arrives before React re-renders the disabled button.
      if (guard.current) return undefined;
      guard.current = true;
      setStep(firstStep);
      setOutcome(null);
      try {
        // Let the spinner paint before synchronous work (ExcelJS, the engine) holds the thread.
        await new Promise((resolve) => setTimeout(resolve, 0));
        return await work(setStep);
      } catch (error) {
        recordError(error);
        const shown = shownError(error, strings);
        // Finishing is the same step again: it reads the workbook afresh (./unfinishedWrite.tsx).
        const finish = isInterruptedWrite(error)
          ? { label: strings.finishWrite, run: () => void again.current(firstStep, work) }
          : undefined;
        setOutcome({
          intent: 'error',
          title: strings.errorTitle,
          body: shown.message,
          lines: shown.lines,
          finish,
        });
        return undefined;
      } finally {
        guard.current = false;
        setStep(null);
      }
    },
    [guard, setStep, strings, recordError],
  );
  const again = useRef(run);
  again.current = run;
  return { busy: step !== null, outcome, setOutcome, run };
}
