import { useId, useState } from 'react';
import { Body1, Button, Caption1 } from '@fluentui/react-components';
import { type CheckLocation, type CheckResult, checkWorkbook } from '../../app/check';
import { fill } from '../format';
import { OutcomeBar } from './OutcomeBar';
import { useAction } from './runner';
import { type StepProps, today } from './stepProps';
import { useStepStyles } from './styles';

export function locationText(location: CheckLocation): string {
  const where = location.cell ?? (location.row !== undefined ? `第 ${location.row} 行` : '');
  return `「${location.sheet}」${where}`;
}

/** 检查: every warning of the engine, each with the sheet and cell it concerns. */
export function CheckStep({ strings, access, info }: StepProps) {
  const styles = useStepStyles();
  const id = useId();
  const action = useAction(strings);
  const [result, setResult] = useState<CheckResult | null>(null);

  const run = () =>
    action.run(strings.checkStep, async () => {
      setResult(await access.run((port) => checkWorkbook(port, today())));
    });

  return (
    <section className={styles.section} aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`} className={styles.heading}>
        {strings.checkHeading}
      </h2>
      <div className={styles.buttons}>
        <Button
          appearance="primary"
          disabled={action.busy || info.settings === null}
          onClick={() => void run()}
        >
          {strings.checkRun}
        </Button>
      </div>
      <OutcomeBar outcome={action.outcome} />
      {result !== null &&
        (result.items.length === 0 ? (
          <Body1 as="p" className={styles.text}>
            {strings.checkNone}
          </Body1>
        ) : (
          <>
            <Body1 as="p" className={styles.text}>
              {fill(strings.checkCount, { n: result.items.length })}
            </Body1>
            <ul className={styles.list} aria-label={strings.checkListLabel}>
              {result.items.map((item, index) => (
                <li key={index}>
                  <Body1>{item.message}</Body1>
                  {item.location !== null && (
                    <Caption1 as="p" className={styles.muted}>
                      {fill(strings.checkWhere, { where: locationText(item.location) })}
                    </Caption1>
                  )}
                </li>
              ))}
            </ul>
          </>
        ))}
    </section>
  );
}
