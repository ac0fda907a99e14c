import { makeStyles, tokens, typographyStyles } from '@fluentui/react-components';

/** The layout every step shares: a titled section, fields stacked to fit a 320 px pane. */
export const useStepStyles = makeStyles({
  section: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
    padding: tokens.spacingVerticalM,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
    minWidth: 0,
  },
  heading: { ...typographyStyles.subtitle2, margin: 0 },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  text: { margin: 0 },
  list: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXXS,
  },
  muted: { margin: 0, color: tokens.colorNeutralForeground3 },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  grow: { flexGrow: 1, minWidth: '120px' },
  /**
   * A drop-down whose options can be long (an activity's date, theme and id): a grid item keeps its
   * content's width unless told it may shrink, and the pane would scroll sideways at 320 px.
   */
  shrinkingSelect: { minWidth: 0, maxWidth: '100%' },
  /** Something the pane found and offers to use (the roster's branches). */
  offer: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXS,
    padding: tokens.spacingVerticalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
});
