// The key of the pseudonyms. It must live outside the data folder (and outside --out): a key
// committed beside the data would let anyone holding the repository undo the pseudonyms by trying
// every personnummer. `--new-key` creates one (32 random bytes, mode 0600) and never overwrites.
import { randomBytes } from 'node:crypto';
import { readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { dirname, basename, join, relative, isAbsolute, resolve } from 'node:path';
import { UserError } from '../../errors.js';

const NEW_KEY_BYTES = 32;
/** Shorter keys are guessable; 16 bytes is the least HMAC-SHA-256 should get. */
export const MIN_KEY_BYTES = 16;

/** The path with its folder's links resolved (the file itself may not exist yet). */
function realPathOf(path: string): string {
  const absolute = resolve(path);
  try {
    return realpathSync(absolute);
  } catch {
    try {
      return join(realpathSync(dirname(absolute)), basename(absolute));
    } catch {
      return absolute;
    }
  }
}

export function isInside(path: string, folder: string): boolean {
  const rel = relative(realPathOf(folder), realPathOf(path));
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

function keyError(message: string, hint: string): UserError {
  return new UserError('KeyFileInvalid', message, { hint });
}

/** The key's bytes, after checking where it lies; created first with `create`. */
export function loadKey(keyFile: string, folders: { data: string; out?: string }, create: boolean): Uint8Array {
  for (const folder of [folders.data, folders.out]) {
    if (folder !== undefined && isInside(keyFile, folder)) {
      throw keyError(
        `The key file ${keyFile} lies inside ${folder}.`,
        'Keep the key outside the data folder (e.g. --key-file ~/.plugin-report/pseudonym.key): with the key beside the data, the pseudonyms can be undone.',
      );
    }
  }
  if (create) {
    try {
      writeFileSync(keyFile, randomBytes(NEW_KEY_BYTES), { flag: 'wx', mode: 0o600 });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      throw keyError(
        `Cannot create the key file ${keyFile} (${code === 'EEXIST' ? 'it exists already' : code}).`,
        code === 'EEXIST' ? 'Leave out --new-key to use the existing key; it is never overwritten.' : 'Choose a folder you may write to.',
      );
    }
  }
  let key: Buffer;
  try {
    key = readFileSync(keyFile);
  } catch (error) {
    throw keyError(
      `Cannot read the key file ${keyFile} (${(error as NodeJS.ErrnoException).code}).`,
      'Pass an existing key with --key-file FILE, or add --new-key to create one (32 random bytes, readable only by you). Keep it safe: the same key gives the same pseudonyms.',
    );
  }
  if (key.length < MIN_KEY_BYTES) {
    throw keyError(`The key file ${keyFile} holds ${key.length} bytes, fewer than ${MIN_KEY_BYTES}.`, 'Create a key with --new-key.');
  }
  return key;
}
