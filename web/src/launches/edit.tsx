import { canEdit } from '@console/shared';
import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { PageHeader } from '../common/PageHeader';
import { QueryState } from '../common/QueryState';
import { useLaunch } from './api';
import { StateTag } from './common';
import { LaunchForm } from './form';

export function LaunchEdit() {
  const { t } = useTranslation();
  const { id } = useParams();
  const query = useLaunch(id);
  const launch = query.data;
  if (!launch) return <QueryState isLoading={query.isLoading} error={query.error} onRetry={() => void query.refetch()} />;
  return (
    <>
      <PageHeader
        title={t('launches.editTitle')}
        subtitle={launch.title || launch.id}
        tags={<StateTag state={launch.state} />}
        backTo={`/launches/${encodeURIComponent(launch.id)}`}
      />
      {canEdit(launch.state) ? <LaunchForm key={launch.id} launch={launch} /> : <Alert type="warning" showIcon message={t('launches.notEditable')} />}
    </>
  );
}

export default LaunchEdit;
