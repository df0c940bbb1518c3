// Whether a process is still there, for files named after the process that owns them.

/** Whether a process with this id exists (EPERM: it does, it is another user's). */
export function processExists(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
