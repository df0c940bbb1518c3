// The data folder's boundary: the one place where a path from the data folder becomes bytes. In CI
// the data folder is an untrusted pull request, so before anything is opened each path is checked
// (SECURITY.md):
// - once links are resolved it lies inside the data folder (a link that leads out is refused and
//   named, its target never read nor shown);
// - it is a regular file (or a folder where a folder is expected): FIFOs, devices and sockets are
//   refused without being opened, so nothing can hang on a pipe or read /dev/zero forever;
// - a whole-file read is capped, and the opened descriptor is checked again (fstat) to be the
//   regular file that was inspected.
// The checks cost a few system calls per file, never per row. Later inputs (photos, xlsx,
// Markdown) read through the same class, through readChecked (./read.ts).
import {
  closeSync,
  constants,
  fstatSync,
  lstatSync,
  opendirSync,
  openSync,
  readdirSync,
  readSync,
  realpathSync,
  statSync,
  type Stats,
} from 'node:fs';
import { isAbsolute, join, resolve, sep } from 'node:path';

/**
 * Why a path was refused. A refusal carries no path and nothing of what a link leads to: the
 * finding names the path as given (relative to the data folder), never the target.
 */
export type Refusal =
  | { kind: 'refused'; reason: 'outside' | 'broken-link' }
  | { kind: 'refused'; reason: 'special'; what: string }
  | { kind: 'refused'; reason: 'unreadable'; code: string };

export type Entry =
  | { kind: 'missing' }
  | { kind: 'file'; path: string; size: number; dev: number; ino: number }
  | { kind: 'directory'; path: string }
  | Refusal;

export type FileEntry = Extract<Entry, { kind: 'file' }>;

/** The system calls the boundary uses, replaceable in tests (EACCES cannot be provoked as root). */
export interface BoundaryFs {
  lstat(path: string): Stats;
  stat(path: string): Stats;
  realpath(path: string): string;
}

const nodeFs: BoundaryFs = {
  lstat: (path) => lstatSync(path),
  stat: (path) => statSync(path),
  realpath: (path) => realpathSync.native(path),
};

// O_NONBLOCK: should a FIFO ever slip in between the check and the open, open() returns at once
// instead of waiting for a writer. O_NOFOLLOW: the path opened is already the resolved one, so a
// link appearing there in the meantime is refused by the kernel. (Both are 0 where unsupported.)
export const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOFOLLOW ?? 0);

function errnoOf(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return typeof code === 'string' ? code : 'I/O error';
}

function specialKind(info: Stats): string {
  if (info.isFIFO()) return 'a named pipe (FIFO)';
  if (info.isSocket()) return 'a socket';
  if (info.isCharacterDevice() || info.isBlockDevice()) return 'a device';
  return 'not a regular file';
}

export class DataFolder {
  /** The folder as given (for paths in messages and for opening). */
  readonly root: string;
  private readonly prefix: string;
  private readonly realRoot: string;

  /** Throws the fs error when the folder itself cannot be resolved (the caller reports it). */
  constructor(
    root: string,
    private readonly fs: BoundaryFs = nodeFs,
  ) {
    this.root = root;
    this.realRoot = fs.realpath(resolve(root));
    this.prefix = this.realRoot.endsWith(sep) ? this.realRoot : this.realRoot + sep;
  }

  /** Absolute path of a data-folder-relative path ('/'-separated). */
  pathOf(rel: string): string {
    if (isAbsolute(rel) || rel.split('/').includes('..')) throw new Error(`not a data-folder-relative path: ${rel}`);
    return join(this.root, rel);
  }

  private inside(real: string): boolean {
    return real === this.realRoot || real.startsWith(this.prefix);
  }

  /** What is at `rel`, checked but not opened. `rel` is relative to the data folder. */
  inspect(rel: string): Entry {
    const path = this.pathOf(rel);
    let link: Stats;
    try {
      link = this.fs.lstat(path);
    } catch (error) {
      const code = errnoOf(error);
      if (code === 'ENOENT' || code === 'ENOTDIR') return { kind: 'missing' };
      return unreadable(code);
    }
    let real: string;
    try {
      real = this.fs.realpath(path);
    } catch (error) {
      const code = errnoOf(error);
      if (code === 'ENOENT' || code === 'ELOOP') return { kind: 'refused', reason: 'broken-link' };
      return unreadable(code);
    }
    if (!this.inside(real)) return { kind: 'refused', reason: 'outside' };
    let info: Stats;
    try {
      info = link.isSymbolicLink() ? this.fs.stat(real) : link;
    } catch (error) {
      return unreadable(errnoOf(error));
    }
    if (info.isDirectory()) return { kind: 'directory', path: real };
    if (!info.isFile()) return { kind: 'refused', reason: 'special', what: specialKind(info) };
    return { kind: 'file', path: real, size: info.size, dev: info.dev, ino: info.ino };
  }

  /**
   * A region or municipality folder: 'directory' when it can be entered. A folder that cannot be
   * listed (EACCES) is refused here once, instead of as one finding per file inside it.
   */
  inspectFolder(rel: string): Entry {
    const entry = this.inspect(rel);
    if (entry.kind !== 'directory') return entry;
    try {
      opendirSync(this.pathOf(rel)).closeSync();
    } catch (error) {
      return unreadable(errnoOf(error));
    }
    return entry;
  }

  /**
   * The names in a folder (sorted, so findings come in a stable order), or a refusal when it is not
   * a folder that can be entered. Names only: each is inspected like any path before it is read.
   */
  list(rel: string): string[] | Refusal | { kind: 'missing' } {
    const entry = this.inspectFolder(rel);
    if (entry.kind === 'missing' || entry.kind === 'refused') return entry;
    if (entry.kind !== 'directory') return { kind: 'missing' };
    try {
      return readdirSync(this.pathOf(rel)).sort();
    } catch (error) {
      return unreadable(errnoOf(error));
    }
  }

  /**
   * The bytes of an inspected file, at most `maxBytes`: 'too-large' when there are more. Throws
   * the fs error (with its errno code) when the file cannot be opened or read, or a
   * BoundaryChanged error when what is opened is not the file that was inspected.
   */
  readBytes(entry: FileEntry, maxBytes: number): Buffer | 'too-large' {
    if (entry.size > maxBytes) return 'too-large';
    const bytes = this.readVerified(entry, maxBytes + 1);
    return bytes.length > maxBytes ? 'too-large' : bytes;
  }

  /** The first (at most) `length` bytes of an inspected file; throws as readBytes does. */
  readPrefix(entry: FileEntry, length: number): Buffer {
    return this.readVerified(entry, length);
  }

  private readVerified(entry: FileEntry, limit: number): Buffer {
    const fd = openSync(entry.path, OPEN_FLAGS);
    try {
      const info = fstatSync(fd);
      if (!info.isFile() || info.dev !== entry.dev || info.ino !== entry.ino) throw new BoundaryChanged(entry.path);
      // Never more than `limit`, however big the file says it is or has grown to.
      const buffer = Buffer.allocUnsafe(Math.min(limit, info.size + 1));
      let length = 0;
      while (length < buffer.length) {
        const n = readSync(fd, buffer, length, buffer.length - length, length);
        if (n === 0) break;
        length += n;
      }
      return buffer.subarray(0, length);
    } finally {
      closeSync(fd);
    }
  }
}

/** The file changed between the check and the open (a race, or a swapped file): refused. */
export class BoundaryChanged extends Error {
  readonly code = 'ECHANGED';
  constructor(path: string) {
    super(`${path} changed while it was being opened`);
  }
}

function unreadable(code: string): Refusal {
  return { kind: 'refused', reason: 'unreadable', code };
}
