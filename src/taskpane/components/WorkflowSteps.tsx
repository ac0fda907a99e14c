import { Body1Strong, Caption1, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import type { PaneStrings } from '../../strings';

/** The product's workflow, in the order a secretary works through it. */
const STEPS: ReadonlyArray<{ name: keyof PaneStrings; detail: keyof PaneStrings }> = [
  { name: 'stepSetupName', detail: 'stepSetupDetail' },
  { name: 'stepMembersName', detail: 'stepMembersDetail' },
  { name: 'stepHolidaysName', detail: 'stepHolidaysDetail' },
  { name: 'stepScheduleName', detail: 'stepScheduleDetail' },
  { name: 'stepAttendanceName', detail: 'stepAttendanceDetail' },
  { name: 'stepMonthlyName', detail: 'stepMonthlyDetail' },
  { name: 'stepAnnualName', detail: 'stepAnnualDetail' },
  { name: 'stepCheckName', detail: 'stepCheckDetail' },
  { name: 'rollupHeading', detail: 'stepRollupDetail' },
];

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  heading: { margin: 0 },
  intro: { margin: 0, color: tokens.colorNeutralForeground3 },
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
  },
  item: {
    display: 'flex',
    columnGap: tokens.spacingHorizontalS,
    alignItems: 'flex-start',
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  number: {
    flexShrink: 0,
    width: '24px',
    height: '24px',
    borderRadius: tokens.borderRadiusCircular,
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'center',
    backgroundColor: tokens.colorBrandBackground,
    color: tokens.colorNeutralForegroundOnBrand,
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightSemibold,
  },
  body: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS, minWidth: 0 },
  nameRow: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: tokens.spacingHorizontalS },
  detail: { margin: 0, color: tokens.colorNeutralForeground2 },
});

/** The steps as an overview, for a browser before file mode is chosen (inside Excel the steps themselves show). */
export function WorkflowSteps({ strings }: { strings: PaneStrings }) {
  const styles = useStyles();
  return (
    <section className={styles.section} aria-labelledby="steps-heading">
      <Subtitle2 as="h2" id="steps-heading" className={styles.heading}>
        {strings.stepsHeading}
      </Subtitle2>
      <Caption1 as="p" className={styles.intro}>
        {strings.stepsIntro}
      </Caption1>
      <ol className={styles.list}>
        {STEPS.map((step, index) => (
          <li key={step.name} className={styles.item}>
            <span aria-hidden="true" className={styles.number}>
              {index + 1}
            </span>
            <div className={styles.body}>
              <div className={styles.nameRow}>
                <Body1Strong>{strings[step.name]}</Body1Strong>
              </div>
              <Caption1 as="p" className={styles.detail}>
                {strings[step.detail]}
              </Caption1>
            </div>
          </li>
        ))}
      </ol>
    </section>
  );
}
