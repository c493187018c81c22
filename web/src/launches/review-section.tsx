
import { useTranslation } from 'react-i18next';
import { PageLoading } from '../layout/PageLoading';
import { useLaunch } from './api';
import { LaunchContentView } from './show';
import { Panel } from '../common/Panel';

/** A launch in the review panel: its content. */
export default function LaunchReviewSection({ id }: { id: string }) {
  const { t } = useTranslation();
  const launch = useLaunch(id);
  return (
    <Panel title={t('launches.content')} style={{ marginBottom: 16 }}>
      {launch.data ? <LaunchContentView launch={launch.data} /> : <PageLoading />}
    </Panel>
  );
}
