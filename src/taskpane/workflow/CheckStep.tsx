import { useId, useState } from 'react';
import { Body1, Button, Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { type CheckLocation, type CheckResult, checkWorkbook } from '../../app/check';
import { fill } from '../format';
import { OutcomeBar } from './OutcomeBar';
import { useAction } from './runner';
import { type StepProps, today } from './stepProps';
import { useStepStyles } from './styles';

const useStyles = makeStyles({
  where: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: tokens.spacingHorizontalS },
});

export function locationText(location: CheckLocation): string {
  const where = location.cell ?? (location.row !== undefined ? `第 ${location.row} 行` : '');
  return `「${location.sheet}」${where}`;
}

/** What to select for a location: its cell, else its whole row, else the sheet's first cell. */
export function selectionOf(location: CheckLocation): string {
  if (location.cell !== undefined) return location.cell;
  return location.row !== undefined ? `${location.row}:${location.row}` : 'A1';
}

/** 检查: every warning of the engine, each with the sheet and cell it concerns (a link inside Excel). */
export function CheckStep({ strings, access, info }: StepProps) {
  const styles = useStepStyles();
  const own = useStyles();
  const id = useId();
  const action = useAction(strings);
  const locate = useAction(strings);
  const [result, setResult] = useState<CheckResult | null>(null);
  const select = access.select;

  const run = () =>
    action.run(strings.checkStep, async () => {
      setResult(await access.run((port) => checkWorkbook(port, today())));
    });

  const goTo = (location: CheckLocation) =>
    locate.run(strings.checkLocateStep, async () => {
      if (select === undefined) return;
      await select(location.sheet, selectionOf(location));
      locate.setOutcome({
        intent: 'success',
        title: strings.doneTitle,
        body: fill(strings.checkLocated, { where: locationText(location) }),
        lines: [],
      });
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
              {result.items.map((item, index) => {
                const location = item.location;
                return (
                  <li key={index}>
                    <Body1>{item.message}</Body1>
                    {location !== null && (
                      <div className={own.where}>
                        <Caption1 as="p" className={styles.muted}>
                          {fill(strings.checkWhere, { where: locationText(location) })}
                        </Caption1>
                        {select !== undefined && (
                          <Button
                            size="small"
                            appearance="subtle"
                            // The visible word, then where: every link of the list has its own name.
                            aria-label={fill(strings.checkLocateLabel, { where: locationText(location) })}
                            disabled={locate.busy}
                            onClick={() => void goTo(location)}
                          >
                            {strings.checkLocate}
                          </Button>
                        )}
                      </div>
                    )}
                  </li>
                );
              })}
            </ul>
          </>
        ))}
      <OutcomeBar outcome={locate.outcome} />
    </section>
  );
}
