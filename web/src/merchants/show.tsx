import type { Merchant } from '@console/shared';
import { useOne } from '@refinedev/core';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { PageHeader } from '../common/PageHeader';
import { QueryState } from '../common/QueryState';
import { type ApiError } from '../providers/errors';
import { useFormat } from '../i18n/format';
import { MerchantProfile, MerchantTags } from './profile';

/** A manager's view of one merchant of their verticals; any other id is not found. */
export function MerchantShow() {
  const { t } = useTranslation();
  const f = useFormat();
  const { id = '' } = useParams();
  const { result: merchant, query } = useOne<Merchant, ApiError>({ resource: 'merchants', id, errorNotification: false });
  if (!merchant) return <QueryState isLoading={query.isLoading} error={query.error} onRetry={() => void query.refetch()} />;
  return (
    <>
      <PageHeader
        backTo="/merchants"
        title={merchant.name}
        tags={<MerchantTags merchant={merchant} />}
        subtitle={`${t('merchants.fields.id')} ${merchant.id} · ${t('merchants.fields.createdAt')} ${f.date(merchant.createdAt)}`}
      />
      <MerchantProfile merchant={merchant} />
    </>
  );
}

export default MerchantShow;
