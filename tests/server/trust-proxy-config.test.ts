import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../server/src/config.js';
import { startInstance } from '../support/instance.js';

const trustProxy = (value?: string) => loadConfig(value === undefined ? {} : { TRUST_PROXY: value }).trustProxy;

describe('TRUST_PROXY', () => {
  it('trusts no proxy unless told to', () => {
    expect(trustProxy()).toBe(false);
    expect(trustProxy('')).toBe(false);
    expect(trustProxy('false')).toBe(false);
    expect(trustProxy('0')).toBe(0);
  });

  it('accepts what Express accepts: true, a number of hops, names, addresses and CIDR ranges', () => {
    expect(trustProxy('true')).toBe(true);
    expect(trustProxy('2')).toBe(2);
    expect(trustProxy('loopback')).toEqual(['loopback']);
    expect(trustProxy(' loopback, 10.0.0.0/8 ,192.168.1.7, fd00::/8, ::1, uniquelocal,linklocal')).toEqual([
      'loopback',
      '10.0.0.0/8',
      '192.168.1.7',
      'fd00::/8',
      '::1',
      'uniquelocal',
      'linklocal',
    ]);
  });

  it.each(['yes please', 'loopback,', '10.0.0.0/33', '::1/129', '10.0.0.0/8/8', '256.1.1.1', '-1', '1.5', 'localhost', '101'])('refuses "%s" with a message naming the setting', (value) => {
    expect(() => trustProxy(value)).toThrow(ConfigError);
    expect(() => trustProxy(value)).toThrow(/TRUST_PROXY/);
  });

  it('stops the app at start when the setting cannot be read', async () => {
    await expect(startInstance('postgres://127.0.0.1:1/none', { TRUST_PROXY: 'every proxy' })).rejects.toThrow(/TRUST_PROXY must be .*cannot read "every proxy"/);
  }, 90_000);
});
