import { scryptAsync } from '@noble/hashes/scrypt.js';

/**
 * scrypt for mock mode in the browser (package.json maps `#kdf` here under the `browser` condition): the same
 * algorithm and stored format as the bff's node:crypto one, in JavaScript. Mock mode holds only demo passwords,
 * so it hashes at most at N = 2^12 to keep sign-in instant; hashes carry their parameters either way.
 */
export const kdf = {
  maxLogN: 12,
  scrypt(password: string, salt: Uint8Array, keyLength: number, p: { N: number; r: number; p: number }): Promise<Uint8Array> {
    return scryptAsync(password, salt, { ...p, dkLen: keyLength, maxmem: 256 * 1024 * 1024 });
  },
  async sha256(bytes: Uint8Array<ArrayBuffer>): Promise<Uint8Array> {
    return new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  },
};
