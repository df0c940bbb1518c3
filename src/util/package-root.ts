// The folder of the plugin-report package (where package.json, templates/ and node_modules/ are),
// found once by walking up from this module. The module may run as src/util/*.ts (tests),
// dist/*.js or a bundled chunk at any depth under dist/, so no fixed relative path holds.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

function findPackageRoot(start: string): string {
  for (let dir = start; ; dir = dirname(dir)) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest)) {
      try {
        if ((JSON.parse(readFileSync(manifest, 'utf8')) as { name?: unknown }).name === 'plugin-report') return dir;
      } catch {
        // Not ours (or unreadable): keep walking up.
      }
    }
    if (dirname(dir) === dir) throw new Error(`plugin-report's package.json not found above ${start}`);
  }
}

let root: string | undefined;

/** The package folder: absolute path, no trailing separator. */
export function packageRoot(): string {
  root ??= findPackageRoot(dirname(fileURLToPath(import.meta.url)));
  return root;
}

/** A path inside the package, e.g. `packagePath('templates')`. */
export function packagePath(...segments: string[]): string {
  return join(packageRoot(), ...segments);
}
