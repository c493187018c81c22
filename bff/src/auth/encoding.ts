import { kdf } from '#kdf';

/** base64url without padding, as Node's Buffer writes it, from Web APIs the browser has too. */
export function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function fromBase64Url(text: string): Uint8Array {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

/** `n` random bytes from Web Crypto. */
export const randomBytes = (n: number) => crypto.getRandomValues(new Uint8Array(n));

export const toHex = (bytes: Uint8Array) => Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');

/** SHA-256 of a UTF-8 string (node:crypto in the bff, Web Crypto in mock mode's browser: `#kdf`). */
export function sha256(text: string): Promise<Uint8Array> {
  return kdf.sha256(new TextEncoder().encode(text));
}
