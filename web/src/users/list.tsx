import { ROLES, type Role, type SessionUser, type User } from '@console/shared';
import { ReloadOutlined, SearchOutlined, UserSwitchOutlined } from '@ant-design/icons';
import { getDefaultSortOrder, useTable } from '@refinedev/antd';
import { CanAccess, type CrudFilters, useGetIdentity } from '@refinedev/core';
import { Button, Card, Flex, Form, Input, Select, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../common/PageHeader';
import { RoleTag, VerticalTag } from '../common/tags';
import { useFormat } from '../i18n/format';
import type { ApiError } from '../providers/errors';
import { RoleModal } from './role-modal';

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
  const { tableProps, searchFormProps, sorters, tableQuery } = useTable<User, ApiError, FilterValues>({
    resource: 'users',
    syncWithLocation: true,
    pagination: { pageSize: 10 },
    onSearch: toUserFilters,
  });
  const form = searchFormProps.form!;
  const submit = () => form.submit();

  return (
    <>
      <PageHeader
        title={t('users.title')}
        subtitle={t('users.subtitle')}
        extra={
          <Button icon={<ReloadOutlined />} onClick={() => void tableQuery.refetch()} loading={tableQuery.isFetching}>
            {t('buttons.refresh')}
          </Button>
        }
      />
      <Card styles={{ body: { paddingBottom: 8 } }}>
        <Form<FilterValues> {...searchFormProps} layout="inline" style={{ rowGap: 12, marginBottom: 16 }}>
          <Form.Item name="q">
            <Input
              allowClear
              prefix={<SearchOutlined />}
              placeholder={t('users.searchPlaceholder')}
              style={{ width: 240 }}
              onPressEnter={submit}
              onClear={submit}
              aria-label={t('users.searchPlaceholder')}
            />
          </Form.Item>
          <Form.Item name="role" label={t('users.fields.role')}>
            <Select<Role[]>
              mode="multiple"
              allowClear
              placeholder={t('common.all')}
              style={{ minWidth: 200 }}
              options={ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
              onChange={submit}
              aria-label={t('users.fields.role')}
            />
          </Form.Item>
          <Form.Item>
            <Space>
              <Button type="primary" htmlType="submit" icon={<SearchOutlined />}>
                {t('common.search')}
              </Button>
              <Button
                onClick={() => {
                  form.setFieldsValue({ q: undefined, role: undefined });
                  submit();
                }}
              >
                {t('common.reset')}
              </Button>
            </Space>
          </Form.Item>
        </Form>
        <Table<User>
          {...tableProps}
          rowKey="id"
          size="middle"
          scroll={{ x: 900 }}
          pagination={{
            ...tableProps.pagination,
            showSizeChanger: true,
            pageSizeOptions: [10, 20, 50],
            showTotal: (total) => t('common.total', { total: f.integer(total) }),
          }}
        >
          <Table.Column<User>
            dataIndex="username"
            title={t('users.fields.username')}
            sorter
            sortOrder={getDefaultSortOrder('username', sorters)}
            render={(username: string, u) => (
              <Typography.Text strong>
                {username}
                {me?.id === u.id && <Typography.Text type="secondary">{t('users.you')}</Typography.Text>}
              </Typography.Text>
            )}
          />
          <Table.Column<User> dataIndex="displayName" title={t('users.fields.displayName')} />
          <Table.Column<User>
            dataIndex="role"
            title={t('users.fields.role')}
            sorter
            sortOrder={getDefaultSortOrder('role', sorters)}
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
            sorter
            sortOrder={getDefaultSortOrder('createdAt', sorters)}
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
        </Table>
      </Card>
      <RoleModal user={editing} me={me} onClose={() => setEditing(null)} />
    </>
  );
}

export default UserList;
