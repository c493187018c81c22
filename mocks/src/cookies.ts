import type { CookieJar } from '@console/bff/embedded';

/**
 * The cookies a browser would keep for the bff: the session cookie is HttpOnly, which no script may put in
 * document.cookie, so mock mode keeps them here (in localStorage in the browser, so a reload keeps the signed-in
 * user; in memory in Node). The bff's own code sets and reads them through its CookieJar interface.
 */
export class MockCookieJar implements CookieJar {
  private values: Record<string, string>;
  constructor(
    private readonly storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | null = null,
    private readonly key = 'console.mocks.cookies',
  ) {
    this.values = storage ? (JSON.parse(storage.getItem(key) ?? '{}') as Record<string, string>) : {};
  }
  get(name: string) {
    return this.values[name];
  }
  set(name: string, value: string) {
    this.values[name] = value;
    this.save();
  }
  clear(name: string) {
    delete this.values[name];
    this.save();
  }
  clearAll() {
    this.values = {};
    this.save();
  }
  private save() {
    this.storage?.setItem(this.key, JSON.stringify(this.values));
  }
}
