import { createHash, scrypt as scryptCb } from 'node:crypto';
import { promisify } from 'node:util';

const scrypt = promisify(scryptCb) as (pw: string, salt: Uint8Array, len: number, opts: object) => Promise<Buffer>;

/** The bff's scrypt: OpenSSL's, through node:crypto. Mock mode in the browser resolves `#kdf` to kdf.browser.ts. */
export const kdf = {
  /** No cap on the cost SCRYPT_LOG_N asks for. */
  maxLogN: Number.POSITIVE_INFINITY,
  async scrypt(password: string, salt: Uint8Array, keyLength: number, p: { N: number; r: number; p: number }): Promise<Uint8Array> {
    return new Uint8Array(await scrypt(password, salt, keyLength, { ...p, maxmem: 256 * 1024 * 1024 }));
  },
  /**
   * SHA-256 in the calling thread: every request hashes its session id, and Web Crypto's digest queues a job on
   * libuv's thread pool for these 43 bytes. It cost 8% of the bff's CPU under the load mix (node --cpu-prof).
   */
  async sha256(bytes: Uint8Array<ArrayBuffer>): Promise<Uint8Array> {
    return new Uint8Array(createHash('sha256').update(bytes).digest());
  },
};
