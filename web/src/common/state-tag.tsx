import type { ApplicationState } from '@console/shared';
import { Tag, theme } from 'antd';
import { useTranslation } from 'react-i18next';

/** An application's state as a Tag colour: the one state→colour map of the console. */
export const STATE_COLORS: Record<ApplicationState, string> = {
  draft: 'default',
  submitted: 'processing',
  in_review: 'blue',
  changes_requested: 'orange',
  approved: 'green',
  rejected: 'red',
  withdrawn: 'default',
  declined: 'volcano',
  scheduled: 'cyan',
  live: 'success',
  ended: 'default',
};

export function StateTag({ state }: { state: ApplicationState }) {
  const { t } = useTranslation();
  return (
    <Tag color={STATE_COLORS[state]} data-state={state}>
      {t(`appStates.${state}`)}
    </Tag>
  );
}

/**
 * A state at a glance where a Tag would not fit (a calendar cell): a dot in the 7th shade of the state's Tag colour,
 * dark enough to see at 6 px where a Tag's own shades are pale. Decorative: the state is in words beside it or in its
 * link's title.
 */
export function StateDot({ state }: { state: ApplicationState }) {
  const { token } = theme.useToken();
  const color = STATE_COLORS[state];
  const preset = color === 'processing' ? 'blue' : color === 'success' ? 'green' : color;
  const background = preset === 'default' ? token.colorTextDescription : token[`${preset}7` as 'blue7'];
  return <span data-state={state} style={{ display: 'inline-block', width: 6, height: 6, borderRadius: 3, marginInlineEnd: 4, verticalAlign: 'middle', background }} aria-hidden />;
}
