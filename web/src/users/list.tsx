import { ROLES, type Role, type SessionUser, type User } from '@console/shared';
import { UserSwitchOutlined } from '@ant-design/icons';
import { CanAccess, type CrudFilters, useGetIdentity } from '@refinedev/core';
import { Button, Flex, Table } from 'antd';
import { lazy, Suspense, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FilterBar, ListPage, SearchFilter, SelectFilter, ServerTable, useServerTable } from '../common/list';
import { RoleTag, VerticalTag } from '../common/tags';
import { useFormat } from '../i18n/format';
import { Typography } from '../common/typography';

// The role dialog (its form, zod and the merchant picker) loads on the first click of "change role", not with the list.
const RoleModal = lazy(() => import('./role-modal').then((m) => ({ default: m.RoleModal })));

interface FilterValues {
  q?: string;
  role?: Role[];
}

export function toUserFilters(values: FilterValues): CrudFilters {
  return [
    { field: 'q', operator: 'contains', value: values.q?.trim() || undefined },
    { field: 'role', operator: 'in', value: values.role?.length ? values.role : undefined },
  ];
}

/** Platform users with their roles; an admin changes a role in a modal. */
export function UserList() {
  const { t } = useTranslation();
  const f = useFormat();
  const { data: me } = useGetIdentity<SessionUser>();
  const [editing, setEditing] = useState<User | null>(null);
  const opened = useRef(false);
  if (editing) opened.current = true;
  const { tableProps, filterValues, sortable, tableQuery, filtered } = useServerTable<User, FilterValues>({
    resource: 'users',
    pageSize: 10,
    onSearch: toUserFilters,
  });

  return (
    <ListPage title={t('users.title')} subtitle={t('users.subtitle')} query={tableQuery} filtered={filtered} empty={{ title: t('users.empty'), description: t('users.emptyHint') }}>
      <FilterBar<FilterValues> values={filterValues} emptyValues={{ q: undefined, role: undefined }}>
        <SearchFilter placeholder={t('users.searchPlaceholder')} width={240} />
        <SelectFilter<Role[]>
          name="role"
          label={t('users.fields.role')}
          multiple
          maxTagCount={undefined}
          style={{ minWidth: 200 }}
          options={ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
        />
      </FilterBar>
      <ServerTable<User> {...tableProps} scroll={{ x: 900 }}>
        <Table.Column<User>
          dataIndex="username"
          title={t('users.fields.username')}
          {...sortable('username')}
          render={(username: string, u) => (
            <Typography.Text strong>
              {username}
              {me?.id === u.id && <Typography.Text type="secondary">{t('users.you')}</Typography.Text>}
            </Typography.Text>
          )}
        />
        <Table.Column<User> dataIndex="displayName" title={t('users.fields.displayName')} render={(_, u) => f.name({ name: u.displayName, nameEn: u.displayNameEn })} />
        <Table.Column<User>
          dataIndex="role"
          title={t('users.fields.role')}
          {...sortable('role')}
          render={(role: Role) => <RoleTag role={role} />}
        />
        <Table.Column<User>
          key="scope"
          title={t('users.fields.scope')}
          render={(_, u) =>
            u.role === 'operator' ? (
              <Flex vertical>
                <span>{u.merchantName ?? t('common.none')}</span>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {u.merchantId}
                </Typography.Text>
              </Flex>
            ) : u.role === 'manager' ? (
              <Flex gap={4} wrap>
                {u.verticals.map((v) => (
                  <VerticalTag key={v} vertical={v} />
                ))}
              </Flex>
            ) : (
              <Typography.Text type="secondary">{t('common.none')}</Typography.Text>
            )
          }
        />
        <Table.Column<User>
          dataIndex="createdAt"
          title={t('users.fields.createdAt')}
          {...sortable('createdAt')}
          render={(iso: string) => <span className="num">{f.date(iso)}</span>}
        />
        <Table.Column<User>
          key="actions"
          title={t('table.actions')}
          fixed="right"
          render={(_, u) => (
            <CanAccess resource="users" action="edit" params={{ id: u.id }}>
              <Button size="small" icon={<UserSwitchOutlined />} onClick={() => setEditing(u)}>
                {t('users.changeRole')}
              </Button>
            </CanAccess>
          )}
        />
      </ServerTable>
      {/* Mounted from the first opening on, so the dialog still animates when it closes. */}
      {opened.current && (
        <Suspense fallback={null}>
          <RoleModal user={editing} me={me} onClose={() => setEditing(null)} />
        </Suspense>
      )}
    </ListPage>
  );
}

export default UserList;
