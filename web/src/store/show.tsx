import type { Merchant } from '@console/shared';
import { useOne } from '@refinedev/core';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { PageHeader } from '../common/PageHeader';
import { QueryState } from '../common/QueryState';
import { MerchantProfile, MerchantTags } from '../merchants/profile';
import { type ApiError } from '../providers/errors';

/** The operator's own store (merchants.byIdForOperator); another merchant's id is simply not found. */
export function StoreShow() {
  const { t } = useTranslation();
  const { merchantId = '' } = useParams();
  const { result: merchant, query } = useOne<Merchant, ApiError>({ resource: 'store', id: merchantId, errorNotification: false });
  if (!merchant) return <QueryState isLoading={query.isLoading} error={query.error} onRetry={() => void query.refetch()} />;
  return (
    <>
      <PageHeader title={merchant.name} tags={<MerchantTags merchant={merchant} />} subtitle={t('store.subtitle')} />
      <MerchantProfile merchant={merchant} />
    </>
  );
}

export default StoreShow;
