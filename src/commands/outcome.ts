// What a command reports back to the entry, which alone maps it to an exit code.
export type Outcome = 'ok' | 'invalid' | 'failed';

export const EXIT = {
  ok: 0,
  invalid: 1,
  failed: 1,
  usage: 2,
  internal: 70,
} as const;
