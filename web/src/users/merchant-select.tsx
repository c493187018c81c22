import { useQuery } from '@tanstack/react-query';
import { Select } from 'antd';
import { useDeferredValue, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { trpc } from '../providers/trpc';

/**
 * A searchable select of every store on the platform (merchants.lookup, admin only): the server searches names and
 * ids across all verticals, so the picker never depends on which stores already have operators.
 */
export function MerchantSelect(props: { value?: string; onChange?: (value: string | undefined) => void; id?: string; status?: '' | 'error' }) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const q = useDeferredValue(search.trim());
  const { data = [], isFetching } = useQuery({
    queryKey: ['merchants.lookup', q],
    queryFn: () => trpc.merchants.lookup.query({ q }),
    placeholderData: (previous) => previous,
    staleTime: 30_000,
  });
  const options = useMemo(() => {
    const list = data.map((m) => ({ value: m.id, label: `${m.name} · ${t(`verticals.${m.vertical}`)} · ${m.id}` }));
    // The current value stays visible even when it is not among the results of the current search.
    if (props.value && !list.some((o) => o.value === props.value)) list.unshift({ value: props.value, label: props.value });
    return list;
  }, [data, props.value, t]);

  return (
    <Select
      id={props.id}
      status={props.status}
      showSearch
      allowClear
      value={props.value}
      onChange={(v: string | undefined) => props.onChange?.(v)}
      onSearch={setSearch}
      filterOption={false}
      loading={isFetching}
      notFoundContent={isFetching ? t('app.loading') : t('users.noMerchantFound')}
      placeholder={t('users.merchantPlaceholder')}
      options={options}
      aria-label={t('users.fields.merchantId')}
    />
  );
}
