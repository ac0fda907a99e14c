import {
  Button,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { PaneStrings } from '../../strings';

const useStyles = makeStyles({
  notice: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
    alignItems: 'flex-start',
  },
});

/** Shown when the pane is opened outside Excel: says so, and leads to file mode. */
export function BrowserNotice({
  strings,
  onUseFileMode,
}: {
  strings: PaneStrings;
  onUseFileMode: () => void;
}) {
  const styles = useStyles();
  return (
    <div className={styles.notice}>
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{strings.notInExcelTitle}</MessageBarTitle>
          {strings.notInExcelBody}
        </MessageBarBody>
      </MessageBar>
      <Button appearance="primary" onClick={onUseFileMode}>
        {strings.openFileMode}
      </Button>
    </div>
  );
}
