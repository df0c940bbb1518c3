// The catalogue of user errors (in the spirit of astro's): each has a stable name, a title, a
// message that says what happened and why, and a hint that says what to do. Anything that is not a
// UserError is an internal error and asks for a bug report. Users never see a stack trace.

export interface ErrorSpec {
  title: string;
  hint: string;
}

export const ERROR_CATALOGUE = {
  DataFolderNotFound: {
    title: 'Data folder not found',
    hint:
      'Pass the folder that holds project.yaml with --data DIR (default: ./data). Its layout is in the README under "Data folder"; ' +
      '`plugin-report schema project` prints what project.yaml holds. In a clone of plugin-report, --data fixtures is a complete example.',
  },
  ConfigInvalid: {
    title: 'Configuration file is invalid',
    hint: 'Fix the YAML file as described; the keys are documented in the README under "Data folder" and in schema/*.schema.json.',
  },
  UnknownRegion: {
    title: 'Unknown region',
    hint: 'Use one of the region ids listed in project.yaml (the folder names), e.g. --region skane.',
  },
  UnknownMunicipality: {
    title: 'Unknown municipality',
    hint: "Use one of the municipality ids listed in the region's region.yaml (the folder names).",
  },
  InvalidOption: {
    title: 'Invalid option',
    hint: 'Run the command with --help to see its options and examples.',
  },
  DataInvalid: {
    title: 'The data has errors',
    hint: 'Run `plugin-report validate` to list every finding with file, line and column, fix them and run again.',
  },
  BrowserNotFound: {
    title: 'No Chromium browser found',
    hint:
      'Install one with `sudo apt-get install chromium-headless-shell` (or `chromium`) on Debian/Ubuntu, ' +
      'or point PLUGIN_REPORT_CHROMIUM (or PUPPETEER_EXECUTABLE_PATH) at a Chrome/Chromium executable.',
  },
  BrowserFailed: {
    title: 'The browser failed while printing',
    hint: 'Try again; if it keeps failing, run it again with PLUGIN_REPORT_DEBUG=1 set and report the output. Check that the machine has free memory.',
  },
  RenderTimeout: {
    title: 'Printing a document took too long',
    hint: 'Try again with a larger --timeout, or fewer --concurrency pages.',
  },
  OutputNotWritable: {
    title: 'Cannot write the output',
    hint: 'Check that the --out folder exists or can be created and that you may write there.',
  },
  DisclosureFailed: {
    title: 'Disclosure control failed its audit',
    hint: 'Nothing was written. Run `plugin-report audit` to see which hidden figures could be worked out, and report it as a bug.',
  },
  TargetNotEmpty: {
    title: 'The folder is not empty',
    hint: 'Choose a new or empty folder, or add --force to add only the files that are missing (no existing file is ever overwritten).',
  },
  KeyFileInvalid: {
    title: 'The pseudonym key cannot be used',
    hint: 'Pass a key file outside the data folder with --key-file FILE, or add --new-key to create one.',
  },
  Interrupted: {
    title: 'Interrupted',
    hint: 'Nothing half-written was left behind; run the command again.',
  },
} as const satisfies Record<string, ErrorSpec>;

export type ErrorName = keyof typeof ERROR_CATALOGUE;

/** A problem the user can fix. `message` says what happened and why; the catalogue adds the hint. */
export class UserError extends Error {
  readonly errorName: ErrorName;
  readonly hint: string;
  constructor(name: ErrorName, message: string, options?: { hint?: string; cause?: unknown }) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'UserError';
    this.errorName = name;
    this.hint = options?.hint ?? ERROR_CATALOGUE[name].hint;
  }
  get title(): string {
    return ERROR_CATALOGUE[this.errorName].title;
  }
}

export function isUserError(error: unknown): error is UserError {
  return error instanceof UserError;
}

/** What a command reports back to the entry (src/cli.ts), which alone maps it to an exit code. */
export type Outcome = 'ok' | 'invalid' | 'failed';

export const EXIT = {
  ok: 0,
  invalid: 1,
  failed: 1,
  usage: 2,
  internal: 70,
} as const;
