import { useEffect, useRef } from 'react';
import {
  Body1,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  tokens,
  typographyStyles,
} from '@fluentui/react-components';
import type { PaneStrings } from '../../strings';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  // A plain <h2> (Fluent's text presets take no ref) so that focus can be moved to it.
  heading: { ...typographyStyles.subtitle2, margin: 0 },
  text: { margin: 0 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL },
});

/**
 * What file mode will do. It is not built yet, so nothing here pretends to open a file: the section
 * describes the three stages and says plainly that this version cannot do them.
 */
export function FileModeSection({ strings, takeFocus }: { strings: PaneStrings; takeFocus: boolean }) {
  const styles = useStyles();
  const headingRef = useRef<HTMLHeadingElement>(null);

  // The button that led here has gone; keyboard and screen-reader users continue from the heading.
  useEffect(() => {
    if (takeFocus) headingRef.current?.focus();
  }, [takeFocus]);

  return (
    <section className={styles.section} aria-labelledby="file-mode-heading">
      <h2 id="file-mode-heading" tabIndex={-1} ref={headingRef} className={styles.heading}>
        {strings.fileModeHeading}
      </h2>
      <Body1 as="p" className={styles.text}>
        {strings.fileModeIntro}
      </Body1>
      <ol className={styles.list}>
        <li>
          <Body1>{strings.fileModeStepOpen}</Body1>
        </li>
        <li>
          <Body1>{strings.fileModeStepRun}</Body1>
        </li>
        <li>
          <Body1>{strings.fileModeStepDownload}</Body1>
        </li>
      </ol>
      <MessageBar intent="info" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{strings.fileModeNotReadyTitle}</MessageBarTitle>
          {strings.fileModeNotReadyBody}
        </MessageBarBody>
      </MessageBar>
    </section>
  );
}
