import { describe, expect, it } from 'vitest';
import { MockStore, type StoragePort } from './store';
import { mockCaller } from './testing';

class MemoryStorage implements StoragePort {
  items = new Map<string, string>();
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    this.items.set(key, value);
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
}

describe('the mock store in the browser', () => {
  it('keeps changes and the signed-in user across a reload', async () => {
    const storage = new MemoryStorage();
    const { caller, store } = mockCaller('admin', new MockStore(storage));
    await caller.users.setRole({ userId: 'u_mgr_fashion', role: 'manager', verticals: ['beauty'] });
    store.save();

    const reloaded = new MockStore(storage);
    expect(reloaded.sessionUser()).toMatchObject({ username: 'admin' });
    expect(reloaded.data.users.find((u) => u.id === 'u_mgr_fashion')?.verticals).toEqual(['beauty']);
    expect(reloaded.data.audit.filter((e) => e.entityType === 'user')).toHaveLength(1);
    expect(reloaded.data.applications).toEqual(store.data.applications);
  });

  it('starts a domain missing from the saved state from its fixtures, and ignores a broken save', () => {
    const storage = new MemoryStorage();
    storage.setItem('console.mocks.v2', JSON.stringify({ sessionUserId: 'u_op_home' }));
    const store = new MockStore(storage);
    expect(store.data.merchants).toHaveLength(25);
    expect(store.sessionUser()).toMatchObject({ username: 'op.home', merchantName: '木语家居旗舰店' });

    storage.setItem('console.mocks.v2', '{not json');
    expect(new MockStore(storage).sessionUser()).toBeNull();
  });

  it('reset() restores the fixtures, signs out and forgets the saved state', () => {
    const storage = new MemoryStorage();
    const store = new MockStore(storage);
    store.signIn('op.apparel');
    store.data.merchants.pop();
    store.scenario = 'error';
    store.save();
    store.reset();
    expect(store.data.merchants).toHaveLength(25);
    expect(store.sessionUser()).toBeNull();
    expect(store.scenario).toBe('normal');
    expect(storage.items.size).toBe(0);
  });
});
