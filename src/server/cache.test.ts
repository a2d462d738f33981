import { describe, it, expect } from 'vitest';
import { VersionedCache } from './cache.js';

describe('VersionedCache', () => {
  it('computes once per key and version; requests during a computation share it', async () => {
    const cache = new VersionedCache();
    let calls = 0;
    const slow = () => new Promise<number>((r) => { calls++; setTimeout(() => r(calls), 20); });
    const [a, b] = await Promise.all([cache.get('k', '1', slow), cache.get('k', '1', slow)]);
    expect([a, b, calls]).toEqual([1, 1, 1]);
    expect(await cache.get('k', '1', slow)).toBe(1);
    expect(await cache.get('k', '2', slow)).toBe(2);              // why: a write moved the version on
  });
  it('forgets a failed computation and the least recently used key', async () => {
    const cache = new VersionedCache(2);
    await expect(cache.get('bad', '1', () => Promise.reject(new Error('down')))).rejects.toThrow('down');
    expect(await cache.get('bad', '1', async () => 'ok')).toBe('ok');
    await cache.get('a', '1', async () => 'a');
    await cache.get('b', '1', async () => 'b');
    expect(await cache.get('bad', '1', async () => 'again')).toBe('again');   // why: evicted, the oldest of three
  });
});

describe('VersionedCache bytes', () => {
  it('keeps text answers within its byte bound, the least recently used going first', async () => {
    const cache = new VersionedCache(100, 2000);                     // 1,000 characters
    let calls = 0;
    const text = (n: number) => async () => { calls++; return 'x'.repeat(n); };
    await cache.get('a', '1', text(400));
    await cache.get('b', '1', text(400));
    await cache.get('a', '1', text(400));                            // a is now the most recently used
    await cache.get('c', '1', text(400));                            // 1,200 characters: b goes
    expect(calls).toBe(3);
    await cache.get('a', '1', text(400));
    await cache.get('c', '1', text(400));
    expect(calls).toBe(3);
    await cache.get('b', '1', text(400));
    expect(calls).toBe(4);                                           // why: b was evicted, computed again
    // why: one answer larger than the whole bound is still served (and kept until the next)
    expect(await cache.get('big', '1', text(5000))).toHaveLength(5000);
  });
});
