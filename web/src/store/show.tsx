import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { PageHeader } from '../common/PageHeader';
import { QueryState } from '../common/QueryState';
import { MerchantProfile, MerchantTags } from '../merchants/profile';
import { storeQuery } from './api';

/** The operator's own store (merchants.byIdForOperator); another merchant's id is simply not found. */
export function StoreShow() {
  const { t } = useTranslation();
  const { merchantId = '' } = useParams();
  const query = useQuery({ ...storeQuery(merchantId), enabled: !!merchantId });
  const merchant = query.data;
  if (!merchant) return <QueryState isLoading={query.isLoading} error={query.error} onRetry={() => void query.refetch()} />;
  return (
    <>
      <PageHeader title={merchant.name} tags={<MerchantTags merchant={merchant} />} subtitle={t('store.subtitle')} />
      <MerchantProfile merchant={merchant} />
    </>
  );
}

export default StoreShow;
