import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { packagePath, packageRoot } from './package-root.js';

it('finds the package folder, with templates/ in it', () => {
  expect((JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')) as { name: string }).name).toBe('plugin-report');
  expect(existsSync(packagePath('templates', 'copy', 'sv.json'))).toBe(true);
});
