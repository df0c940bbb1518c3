import { describe, expect, it } from 'vitest';
import { UserError } from '../errors.js';
import { heldOpen, isOutputError, outputNotWritable } from './output-errors.js';

const errno = (code: string) => Object.assign(new Error(`${code}: something, open '/x'`), { code });

describe('outputNotWritable', () => {
  it.each([
    ['ENOTDIR', 'a part of the path is a file, not a folder'],
    ['EISDIR', 'it is a folder'],
    ['EACCES', 'permission denied'],
    ['ENOSPC', 'the disk is full'],
    ['EROFS', 'the file system is read-only'],
  ])('%s: OutputNotWritable naming the path and the reason', (code, reason) => {
    const error = outputNotWritable('out/skane/rapport.pdf', errno(code));
    expect(error).toBeInstanceOf(UserError);
    expect(error.errorName).toBe('OutputNotWritable');
    expect(error.message).toBe(`Could not write out/skane/rapport.pdf: ${reason} (${code}).`);
    expect(isOutputError(error)).toBe(true);
  });

  it("falls back to the system's message for a code it has no words for", () => {
    expect(outputNotWritable('f.json', errno('EXDEV')).message).toBe("Could not write f.json: EXDEV: something, open '/x' (EXDEV).");
    expect(outputNotWritable('f.json', new Error('odd')).message).toBe('Could not write f.json: odd.');
  });

  it('a final rename that fails because the file is open elsewhere says to close it (EPERM on Windows, EBUSY anywhere)', () => {
    const windows = outputNotWritable('out\\rapport.pdf', errno('EPERM'), 'rename', 'win32');
    expect(windows.message).toBe('Could not replace out\\rapport.pdf: it is open in another program (EPERM).');
    expect(windows.hint).toBe('Close out\\rapport.pdf (e.g. in the PDF viewer) and run again.');
    expect(outputNotWritable('r.pdf', errno('EBUSY'), 'rename', 'linux').hint).toBe('Close r.pdf (e.g. in the PDF viewer) and run again.');
    // EPERM elsewhere, or while writing the temp file, is a permission problem, not an open file.
    expect(outputNotWritable('r.pdf', errno('EPERM'), 'rename', 'linux').message).toBe(
      'Could not write r.pdf: the operation is not permitted (EPERM).',
    );
    expect(outputNotWritable('r.pdf', errno('EPERM'), 'write', 'win32').hint).not.toMatch(/Close/);
    expect(heldOpen(errno('EACCES'), 'win32')).toBe(false);
  });

  it('is never a browser failure', () => {
    expect(isOutputError(new UserError('BrowserFailed', 'x'))).toBe(false);
  });
});
