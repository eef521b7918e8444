// The stages' bounded answer cache: an answer is computed once while kept (undefined and null answers too), and every
// answer is forgotten together once the bound is reached.
import { describe, expect, it } from 'vitest';
import { boundedMemo } from '../../src/model/memo.js';

describe('boundedMemo', () => {
  it('computes each key once while kept, undefined and null answers included', () => {
    const calls: string[] = [];
    const memo = boundedMemo((k: string) => { calls.push(k); return k === 'u' ? undefined : k === 'n' ? null : k.length; }, 10);
    for (let i = 0; i < 3; i++) { expect(memo('abc')).toBe(3); expect(memo('u')).toBeUndefined(); expect(memo('n')).toBeNull(); }
    expect(calls).toEqual(['abc', 'u', 'n']);
  });

  it('forgets every answer at once past its bound', () => {
    let calls = 0;
    const memo = boundedMemo((k: number) => { calls++; return k * 2; }, 3);
    for (const k of [1, 2, 3]) memo(k);
    memo(4); // full: cleared, then 4 kept
    expect(calls).toBe(4);
    memo(4);
    expect(calls).toBe(4);
    memo(1);
    expect(calls).toBe(5);
  });
});
