import { type AuthProvider, Refine, useInvalidateAuthStore } from '@refinedev/core';
import { act, render, screen } from '@testing-library/react';
import { useEffect } from 'react';
import { describe, expect, it } from 'vitest';
import { SessionGate } from './SessionGate';

let mounts = 0;
function Page() {
  useEffect(() => {
    mounts++;
  }, []);
  return <h1>首页</h1>;
}

let recheck: () => Promise<void> = async () => {};
function Rechecker() {
  const invalidate = useInvalidateAuthStore();
  recheck = invalidate;
  return null;
}

function renderGate(signedIn: { now: boolean }) {
  const authProvider: AuthProvider = {
    check: async () => {
      await new Promise((resolve) => setTimeout(resolve, 20));
      return { authenticated: signedIn.now };
    },
    login: async () => ({ success: true }),
    logout: async () => ({ success: true }),
    onError: async () => ({}),
  };
  mounts = 0;
  return render(
    <Refine authProvider={authProvider} options={{ disableTelemetry: true }}>
      <Rechecker />
      <SessionGate fallback={<p>请先登录</p>} loading={<p>加载中</p>}>
        <Page />
      </SessionGate>
    </Refine>,
  );
}

describe('the signed-in frame’s session gate', () => {
  it('waits for the first check, then shows the page', async () => {
    renderGate({ now: true });
    expect(screen.getByText('加载中')).toBeInTheDocument();
    expect(await screen.findByRole('heading', { name: '首页' })).toBeInTheDocument();
    expect(mounts).toBe(1);
  });

  it('keeps the page on screen, mounted once, while an open session is checked again (as after sign-in)', async () => {
    // What the gate renders, not the whole document: the web project's files share one window (isolate: false).
    const { container } = renderGate({ now: true });
    await screen.findByRole('heading', { name: '首页' });
    let during: string | null = null;
    await act(async () => {
      const done = recheck();
      await new Promise((resolve) => setTimeout(resolve, 5));
      during = container.textContent;
      await done;
    });
    expect(during).toBe('首页');
    expect(screen.getByRole('heading', { name: '首页' })).toBeInTheDocument();
    expect(mounts).toBe(1);
  });

  it('shows the fallback once a re-check finds the session ended', async () => {
    const signedIn = { now: true };
    renderGate(signedIn);
    await screen.findByRole('heading', { name: '首页' });
    signedIn.now = false;
    await act(() => recheck());
    expect(await screen.findByText('请先登录')).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: '首页' })).not.toBeInTheDocument();
  });

  it('shows the fallback to a visitor without a session', async () => {
    renderGate({ now: false });
    expect(await screen.findByText('请先登录')).toBeInTheDocument();
    expect(mounts).toBe(0);
  });
});
