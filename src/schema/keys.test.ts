import { describe, expect, it } from 'vitest';
import { MunicipalityConfig, RegionConfig } from './config.js';
import { keysAt } from './keys.js';

describe('keysAt', () => {
  it('lists the keys of the top level and of nested mappings and list items', () => {
    expect(keysAt(RegionConfig, [])).toContain('municipalities');
    expect(keysAt(RegionConfig, ['narrative'])).toContain('success_factors');
    expect(keysAt(MunicipalityConfig, ['workshops', 0])).toEqual(['id', 'name', 'target_groups', 'description']);
  });
  it('is empty where there is no mapping', () => {
    expect(keysAt(RegionConfig, ['name'])).toEqual([]);
    expect(keysAt(RegionConfig, ['nosuch', 'key'])).toEqual([]);
  });
});
