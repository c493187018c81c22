// No node:net: mock mode runs the sign-in procedure in the browser. These accept what node:net's isIPv4/isIPv6 accept.
const OCTET = '(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)';
const IPV4 = new RegExp(`^${OCTET}(?:\\.${OCTET}){3}$`);
const isIPv4 = (ip: string) => IPV4.test(ip);
/** The WHATWG URL parser validates an IPv6 literal in brackets (a zone id `%eth0` is not part of it). */
function isIPv6(ip: string) {
  const [address] = ip.split('%') as [string];
  if (!address.includes(':')) return false;
  try {
    return new URL(`http://[${address}]/`).hostname.length > 2;
  } catch {
    return false;
  }
}

/**
 * The key sign-in failures are counted under for a client address. IPv4 counts per address; IPv6 per /64,
 * because one subscriber usually holds a whole /64 and could otherwise rotate through 2^64 addresses.
 * IPv4-mapped IPv6 (`::ffff:192.0.2.1`) counts as the IPv4 address it is.
 */
export function addressKey(ip: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(ip);
  if (mapped) return `ip:${mapped[1]}`;
  if (isIPv4(ip)) return `ip:${ip}`;
  if (isIPv6(ip)) return `ip6:${expandIPv6(ip).slice(0, 4).join(':')}::/64`;
  return `ip:${ip}`;
}

/** The eight 16-bit groups of an IPv6 address, lower-case, without zone id. */
function expandIPv6(ip: string): string[] {
  const [address] = ip.toLowerCase().split('%') as [string];
  const [head, tail] = address.includes('::') ? (address.split('::') as [string, string]) : [address, null];
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  // An embedded IPv4 tail (`::1.2.3.4`) takes two groups.
  const last = (tail === null ? left : right).at(-1);
  if (last && isIPv4(last)) {
    const [a, b, c, d] = last.split('.').map(Number) as [number, number, number, number];
    const groups = [((a << 8) | b).toString(16), ((c << 8) | d).toString(16)];
    (tail === null ? left : right).splice(-1, 1, ...groups);
  }
  const missing = tail === null ? 0 : 8 - left.length - right.length;
  return [...left, ...Array<string>(missing).fill('0'), ...right].map((g) => g.replace(/^0+(?=.)/, ''));
}
