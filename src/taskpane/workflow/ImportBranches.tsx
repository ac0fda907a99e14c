/**
 * The import preview's branch matching: each name of the roster that 设置 does not know gets a
 * choice — match it to a branch of 设置 (remembered there), add it, or leave its people out — and the
 * branches of 设置 nobody in the roster reaches are named.
 */
import { useId } from 'react';
import { Body1, Field, Select, makeStyles, tokens, typographyStyles } from '@fluentui/react-components';
import type { BranchDecision, BranchReconciliation } from '../../domain/branchMatch';
import type { PaneStrings } from '../../strings';
import { fill } from '../format';
import { useStepStyles } from './styles';

const useStyles = makeStyles({
  box: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    paddingTop: tokens.spacingVerticalS,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    minWidth: 0,
  },
  heading: { ...typographyStyles.body1Strong, margin: 0 },
});

const ADD = 'add';
const SKIP = 'skip';
const mapValue = (branch: string) => `map:${branch}`;

function valueOf(decision: BranchDecision | undefined): string {
  if (decision === undefined || decision.action === 'add') return ADD;
  return decision.action === 'skip' ? SKIP : mapValue(decision.to);
}

function decisionOf(roster: string, value: string): BranchDecision {
  if (value === SKIP) return { roster, action: 'skip' };
  if (value.startsWith('map:')) return { roster, action: 'map', to: value.slice('map:'.length) };
  return { roster, action: 'add' };
}

export interface ImportBranchesProps {
  strings: PaneStrings;
  reconciliation: BranchReconciliation;
  /** 设置's branch names, in order. */
  branches: readonly string[];
  decisions: ReadonlyMap<string, BranchDecision>;
  onDecide(decision: BranchDecision): void;
}

export function ImportBranches({
  strings,
  reconciliation,
  branches,
  decisions,
  onDecide,
}: ImportBranchesProps) {
  const styles = useStepStyles();
  const own = useStyles();
  const id = useId();
  const { unknown, matched, empty } = reconciliation;
  const aliased = matched.filter((entry) => entry.viaAlias);
  const chosen = new Set(
    [...decisions.values()].flatMap((decision) => (decision.action === 'map' ? [decision.to] : [])),
  );
  const stillEmpty = empty.filter((branch) => !chosen.has(branch));
  if (unknown.length === 0 && aliased.length === 0 && stillEmpty.length === 0) return null;
  return (
    <section className={own.box} aria-labelledby={id}>
      <h3 id={id} className={own.heading}>
        {strings.importBranchesHeading}
      </h3>
      {unknown.length > 0 && (
        <Body1 as="p" className={styles.text}>
          {fill(strings.importBranchesIntro, { n: unknown.length })}
        </Body1>
      )}
      {unknown.map((entry) => (
        <Field
          key={entry.roster}
          label={fill(strings.importBranchLabel, { roster: entry.roster, n: entry.count })}
        >
          <Select
            value={valueOf(decisions.get(entry.roster))}
            onChange={(_, data) => onDecide(decisionOf(entry.roster, data.value))}
          >
            {branches.map((branch) => (
              <option key={branch} value={mapValue(branch)}>
                {fill(strings.importBranchMap, { branch })}
              </option>
            ))}
            <option value={ADD}>{strings.importBranchAdd}</option>
            <option value={SKIP}>{strings.importBranchSkip}</option>
          </Select>
        </Field>
      ))}
      {aliased.map((entry) => (
        <Body1 as="p" key={entry.roster} className={styles.muted}>
          {fill(strings.importBranchAlias, { roster: entry.roster, branch: entry.branch })}
        </Body1>
      ))}
      {stillEmpty.map((branch) => (
        <Body1 as="p" key={branch} className={styles.text}>
          {fill(strings.importBranchEmpty, { branch })}
        </Body1>
      ))}
    </section>
  );
}
