import type { User } from '@console/shared';
import { useList } from '@refinedev/core';
import { Select } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A searchable select of stores for the operator role. The bff has no merchant lookup an admin may call yet
 * (merchants.list is for managers), so the known stores are those of existing operators; an admin may also type a
 * merchant id, which the server checks (`users.unknownMerchant` then shows under the field).
 */
export function MerchantSelect(props: { value?: string; onChange?: (value: string | undefined) => void; id?: string; status?: '' | 'error' }) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const { result } = useList<User>({
    resource: 'users',
    filters: [{ field: 'role', operator: 'in', value: ['operator'] }],
    pagination: { currentPage: 1, pageSize: 100 },
    errorNotification: false,
  });
  const options = useMemo(() => {
    const byId = new Map<string, string>();
    for (const u of result.data) if (u.merchantId) byId.set(u.merchantId, u.merchantName ?? u.merchantId);
    const list = [...byId].map(([id, name]) => ({ value: id, label: `${name} · ${id}`, search: `${name} ${id}`.toLowerCase() }));
    list.sort((a, b) => a.value.localeCompare(b.value));
    const typed = search.trim();
    if (typed && !byId.has(typed)) list.unshift({ value: typed, label: typed, search: typed.toLowerCase() });
    if (props.value && !byId.has(props.value) && props.value !== typed) list.unshift({ value: props.value, label: props.value, search: props.value.toLowerCase() });
    return list;
  }, [result.data, search, props.value]);

  return (
    <Select
      id={props.id}
      status={props.status}
      showSearch
      allowClear
      value={props.value}
      onChange={(v: string | undefined) => props.onChange?.(v)}
      onSearch={setSearch}
      placeholder={t('users.merchantPlaceholder')}
      options={options}
      filterOption={(input, option) => (option?.search ?? '').includes(input.trim().toLowerCase())}
      aria-label={t('users.fields.merchantId')}
    />
  );
}
