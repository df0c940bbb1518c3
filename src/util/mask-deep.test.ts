import { describe, expect, it } from 'vitest';
import { maskStrings } from './mask-deep.js';

describe('maskStrings', () => {
  it('masks every string of plain objects and arrays, and leaves other values as they are', () => {
    class Trusted {
      constructor(readonly html: string) {}
    }
    const trusted = new Trusted('<text>19990101-2386</text>');
    const masked = maskStrings({ labels: ['Ett', '19990101-2386'], nested: { name: '990101 2386' }, n: 4, trusted });
    expect(masked.labels[0]).toBe('Ett');
    expect(masked.labels[1]).not.toContain('2386');
    expect(masked.nested.name).not.toContain('2386');
    expect(masked.n).toBe(4);
    expect(masked.trusted).toBe(trusted);
  });
});
