/** The import preview's transfer dates found in 备注: each offered, ticked to be used as 在册止/在册起. */
import { useId } from 'react';
import { Body1, Checkbox, makeStyles, tokens, typographyStyles } from '@fluentui/react-components';
import type { NoteDateOffer } from '../../app/importPreview';
import type { PaneStrings } from '../../strings';
import { useStepStyles } from './styles';

const useStyles = makeStyles({
  box: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXS,
    paddingTop: tokens.spacingVerticalS,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    minWidth: 0,
  },
  heading: { ...typographyStyles.body1Strong, margin: 0 },
});

export interface ImportNoteDatesProps {
  strings: PaneStrings;
  offers: readonly NoteDateOffer[];
  accepted: ReadonlySet<number>;
  onToggle(index: number, accepted: boolean): void;
}

export function ImportNoteDates({ strings, offers, accepted, onToggle }: ImportNoteDatesProps) {
  const styles = useStepStyles();
  const own = useStyles();
  const id = useId();
  if (offers.length === 0) return null;
  return (
    <section className={own.box} aria-labelledby={id}>
      <h3 id={id} className={own.heading}>
        {strings.importNoteDatesHeading}
      </h3>
      <Body1 as="p" className={styles.text}>
        {strings.importNoteDatesIntro}
      </Body1>
      {offers.map((offer, index) => (
        <Checkbox
          key={`${offer.memberId}-${offer.field}`}
          checked={accepted.has(index)}
          label={offer.message}
          onChange={(_, data) => onToggle(index, data.checked === true)}
        />
      ))}
    </section>
  );
}
