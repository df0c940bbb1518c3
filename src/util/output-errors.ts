// What went wrong writing an output file, in the user's terms. Every command that writes (build,
// brochures, figures --out) reports a failed write through here: OutputNotWritable (exit 2) with
// the path and the reason, never a browser failure or an internal error.
import { UserError } from '../errors.js';

const REASONS: Record<string, string> = {
  ENOTDIR: 'a part of the path is a file, not a folder',
  EISDIR: 'it is a folder',
  EACCES: 'permission denied',
  EPERM: 'the operation is not permitted',
  EROFS: 'the file system is read-only',
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  ENOENT: 'no such file or folder on the path',
  ENAMETOOLONG: 'the path is too long',
  ELOOP: 'the path has too many symbolic links',
  EEXIST: 'it already exists',
  EMFILE: 'too many files are open',
  EIO: 'the disk reported an input/output error',
};

export function errorCode(error: unknown): string | undefined {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return typeof code === 'string' ? code : undefined;
}

/**
 * The file is held open by another program (on Windows a PDF open in a viewer cannot be replaced:
 * the final rename fails with EPERM or EBUSY).
 */
export function heldOpen(error: unknown, platform: NodeJS.Platform = process.platform): boolean {
  const code = errorCode(error);
  return code === 'EBUSY' || (platform === 'win32' && code === 'EPERM');
}

/**
 * The user error for a failed write of `path`. `step` says what was being done ('rename' when the
 * finished temp file replaced the target: only then can the target itself be held open).
 */
export function outputNotWritable(
  path: string,
  error: unknown,
  step: 'write' | 'rename' = 'write',
  platform: NodeJS.Platform = process.platform,
): UserError {
  const code = errorCode(error);
  if (step === 'rename' && heldOpen(error, platform)) {
    return new UserError('OutputNotWritable', `Could not replace ${path}: it is open in another program (${code}).`, {
      hint: `Close ${path} (e.g. in the PDF viewer) and run again.`,
      cause: error,
    });
  }
  const reason = (code && REASONS[code]) ?? (error instanceof Error ? error.message : String(error));
  return new UserError('OutputNotWritable', `Could not write ${path}: ${reason}${code ? ` (${code})` : ''}.`, { cause: error });
}

/** Whether an error is a failed write that outputNotWritable() made. */
export function isOutputError(error: unknown): error is UserError {
  return error instanceof UserError && error.errorName === 'OutputNotWritable';
}
