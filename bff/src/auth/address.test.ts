import { describe, expect, it } from 'vitest';
import { addressKey } from './address';

describe('addressKey', () => {
  it('counts IPv4 per address, and IPv4-mapped IPv6 as that IPv4 address', () => {
    expect(addressKey('203.0.113.9')).toBe('ip:203.0.113.9');
    expect(addressKey('::ffff:203.0.113.9')).toBe('ip:203.0.113.9');
    expect(addressKey('203.0.113.10')).not.toBe(addressKey('203.0.113.9'));
  });

  it('counts IPv6 per /64, whatever the spelling', () => {
    const key = addressKey('2001:db8:aa:bb::1');
    expect(key).toBe('ip6:2001:db8:aa:bb::/64');
    for (const same of ['2001:0db8:00aa:00bb:ffff:1:2:3', '2001:DB8:AA:BB::abcd', '2001:db8:aa:bb:0:0:0:0', 'fe80::1%eth0'.replace('fe80::1', '2001:db8:aa:bb::9')]) {
      expect(addressKey(same), same).toBe(key);
    }
    expect(addressKey('2001:db8:aa:bc::1')).not.toBe(key);
    expect(addressKey('::1')).toBe('ip6:0:0:0:0::/64');
    expect(addressKey('2001:db8::')).toBe('ip6:2001:db8:0:0::/64');
    expect(addressKey('::ffff:0:1.2.3.4')).toBe('ip6:0:0:0:0::/64');
  });
});
