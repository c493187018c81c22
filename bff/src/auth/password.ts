import { kdf } from '#kdf';
import { config } from '../config';
import { fromBase64Url, toBase64Url } from './encoding';

// scrypt at OWASP's floor (N=2^17, r=8, p=1) in the bff; tests and the bulk seed may lower N through SCRYPT_LOG_N.
// The key derivation itself is the one platform-specific part (`#kdf`: node:crypto in the bff, JavaScript in the
// browser for mock mode, which caps the cost: it only ever holds the demo passwords); salts, encoding and
// comparison are Web APIs both have.
const r = 8;
const p = 1;

/** `scrypt$logN$r$p$salt$hash`, so parameters can rise later without breaking old hashes. */
export async function hashPassword(password: string): Promise<string> {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const logN = Math.min(config().SCRYPT_LOG_N, kdf.maxLogN);
  const hash = await kdf.scrypt(password, salt, 32, { N: 2 ** logN, r, p });
  return ['scrypt', logN, r, p, toBase64Url(salt), toBase64Url(hash)].join('$');
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [algo, n, rs, ps, saltB64, hashB64] = stored.split('$');
  if (algo !== 'scrypt' || !saltB64 || !hashB64) return false;
  const expected = fromBase64Url(hashB64);
  const actual = await kdf.scrypt(password, fromBase64Url(saltB64), expected.length, { N: 2 ** Number(n), r: Number(rs), p: Number(ps) });
  return constantTimeEqual(actual, expected);
}

/** Compares every byte whatever the first difference, so the time taken tells nothing about the hash. */
function constantTimeEqual(a: Uint8Array, b: Uint8Array) {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a[i]! ^ b[i]!;
  return diff === 0;
}

/** A hash to check against when the user is unknown, so that both paths take the same time. */
let dummyHash: Promise<string> | null = null;
export function dummyPasswordHash() {
  dummyHash ??= hashPassword('not-a-real-password');
  return dummyHash;
}
