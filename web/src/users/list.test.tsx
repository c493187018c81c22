import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { recordTrpcCalls, renderApp } from '../test/render';

type Recorder = ReturnType<typeof recordTrpcCalls>;
let recorder: Recorder | null = null;
afterEach(() => recorder?.stop());
// The page's modules (antd's Table, Modal, Select…) are transformed on first import: once, before the clock runs.
beforeAll(() => Promise.all([import('./list'), import('./role-modal')]), 120_000);

function rowOf(username: string) {
  const cell = screen.getByText(username, { selector: 'td *, td' });
  return cell.closest('tr') as HTMLElement;
}

async function openRoleModal(user: ReturnType<typeof renderApp>['user'], username: string) {
  await waitFor(() => expect(screen.getByText(username)).toBeInTheDocument());
  // The button shows once the access-control provider says the admin may edit users.
  await user.click(await within(rowOf(username)).findByRole('button', { name: /变更角色/ }));
  return screen.findByRole('dialog');
}

describe('users and roles (admin)', () => {
  it('filters by role on the server', async () => {
    recorder = recordTrpcCalls();
    renderApp('/users', { as: 'admin' });
    await waitFor(() => expect(screen.getByText('op.apparel')).toBeInTheDocument());
    fireEvent.mouseDown(screen.getByRole('combobox', { name: '角色' }));
    const option = await waitFor(() => {
      const found = [...document.querySelectorAll<HTMLElement>('.ant-select-item-option')].find((o) => o.getAttribute('title') === '行业小二');
      if (!found) throw new Error('no option');
      return found;
    });
    fireEvent.click(option);
    await waitFor(async () => expect((await recorder!.inputsOf('users.list')).at(-1)).toEqual({ page: 1, pageSize: 10, filters: { role: ['manager'] } }));
    await waitFor(() => expect(screen.queryByText('op.apparel')).not.toBeInTheDocument());
    expect(screen.getByText('mgr.fashion')).toBeInTheDocument();
  });

  it('a manager needs verticals: told in place, nothing is sent', async () => {
    recorder = recordTrpcCalls();
    const { user } = renderApp('/users', { as: 'admin' });
    const dialog = await openRoleModal(user, 'op.apparel');
    await user.click(within(dialog).getByText('行业小二'));
    await user.click(within(dialog).getByRole('button', { name: /保\s*存/ }));
    expect(await within(dialog).findByText('行业小二至少负责一个行业')).toBeInTheDocument();
    expect(dialog.querySelectorAll('.ant-form-item-explain-error')).toHaveLength(1); // one message, not two
    expect(await recorder.inputsOf('users.setRole')).toEqual([]);
  });

  it('the store picker searches every store on the server, and says when none matches', async () => {
    recorder = recordTrpcCalls();
    const { user } = renderApp('/users', { as: 'admin' });
    const dialog = await openRoleModal(user, 'mgr.tech');
    await user.click(within(dialog).getByText('品牌运营'));
    const select = await within(dialog).findByRole('combobox', { name: '所属店铺' });
    await user.click(select);
    await user.paste('没有这家店');
    expect(await screen.findByText('没有匹配的店铺')).toBeInTheDocument();
    await user.clear(select);
    await user.paste('木语');
    const option = await waitFor(() => {
      const found = [...document.querySelectorAll<HTMLElement>('.ant-select-item-option')].find((o) => o.getAttribute('title')?.includes('m_home_01'));
      if (!found) throw new Error('no option');
      return found;
    });
    expect(option).toHaveTextContent('木语家居旗舰店 · 家居 · m_home_01');
    fireEvent.click(option);
    await user.click(within(dialog).getByRole('button', { name: /保\s*存/ }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect((await recorder.inputsOf('merchants.lookup')).at(-1)).toEqual({ q: '木语' });
    expect(await recorder.inputsOf('users.setRole')).toEqual([{ userId: 'u_mgr_tech', role: 'operator', merchantId: 'm_home_01' }]);
  });

  it('the admin cannot demote themself: the server’s reason shows under the role', async () => {
    const { user } = renderApp('/users', { as: 'admin' });
    const dialog = await openRoleModal(user, 'admin');
    await user.click(within(dialog).getByText('行业小二'));
    fireEvent.mouseDown(within(dialog).getByRole('combobox', { name: '负责行业' }));
    fireEvent.click(await waitFor(() => document.querySelector<HTMLElement>('.ant-select-item-option[title="美妆"]')!));
    await user.click(within(dialog).getByRole('button', { name: /保\s*存/ }));
    // The modal warns beforehand; the server's refusal then shows under the role field itself.
    await waitFor(() => expect(dialog.querySelector('.ant-form-item-explain-error')).toHaveTextContent('不能降低自己的管理员角色'));
    const field = dialog.querySelector('.ant-form-item-explain-error')!.closest('.ant-form-item')!;
    expect(field).toHaveTextContent('角色');
    expect(field.querySelector('.ant-radio-group')).not.toBeNull();
  });

  it('changes a role: sends what the role needs and shows the new role in the list', async () => {
    recorder = recordTrpcCalls();
    const { user } = renderApp('/users', { as: 'admin' });
    const dialog = await openRoleModal(user, 'op.home');
    await user.click(within(dialog).getByText('行业小二'));
    fireEvent.mouseDown(within(dialog).getByRole('combobox', { name: '负责行业' }));
    fireEvent.click(await waitFor(() => document.querySelector<HTMLElement>('.ant-select-item-option[title="家居"]')!));
    await user.click(within(dialog).getByRole('button', { name: /保\s*存/ }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(await recorder.inputsOf('users.setRole')).toEqual([{ userId: 'u_op_home', role: 'manager', verticals: ['home'] }]);
    await waitFor(() => expect(within(rowOf('op.home')).getByText('行业小二')).toBeInTheDocument());
  });
});
