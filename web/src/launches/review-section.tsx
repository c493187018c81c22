import { Card } from 'antd';
import { useTranslation } from 'react-i18next';
import { PageLoading } from '../layout/PageLoading';
import { useLaunch } from './api';
import { LaunchContentView } from './show';

/** A launch in the review panel: its content. */
export default function LaunchReviewSection({ id }: { id: string }) {
  const { t } = useTranslation();
  const launch = useLaunch(id);
  return (
    <Card title={t('launches.content')} style={{ marginBottom: 16 }}>
      {launch.data ? <LaunchContentView launch={launch.data} /> : <PageLoading />}
    </Card>
  );
}
