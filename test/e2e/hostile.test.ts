// The hostile corpus (issue 12, SECURITY.md): data folders an attacker would send in a pull
// request, generated here in a temp folder (links and FIFOs cannot be committed). For each case the
// built CLI runs `validate` in all three formats, and the test asserts the finding, the exit code
// and that nothing from outside the data folder, no raw control character and no personnummer
// appears in any output (stdout or stderr).
import { execFileSync, spawn } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BROKEN_DIR } from '../../src/validate/test-helpers/broken-cases.js';
import { aliasBombMunicipalityYaml } from '../../src/validate/test-helpers/alias-bomb.js';
import { BOUNDARY_RULE_IDS } from '../../src/validate/rules.js';
import { declaredZipBomb } from '../../src/boundary/test-helpers/declared-zip-bomb.js';

const root = join(import.meta.dirname, '../..');
const base = mkdtempSync(join(tmpdir(), 'plugin-report-hostile-'));
afterAll(() => rmSync(base, { recursive: true, force: true }));

/** Planted outside the data folder and in the environment: must never be printed. */
const CANARY = 'CANARY-7f3a9c-SECRET';
const outsideDir = join(base, 'outside');
mkdirSync(outsideDir);
writeFileSync(join(outsideDir, 'secret.csv'), `participant_id,${CANARY}\nP1,${CANARY}\n`);
writeFileSync(join(outsideDir, 'municipality.yaml'), `id: ett\nname: ${CANARY}\n`);

const M = 'alpha/ett';
let made = 0;
function dataFolder(change: (dir: string) => void): string {
  const dir = join(base, `case-${++made}`);
  cpSync(join(BROKEN_DIR, 'valid'), dir, { recursive: true });
  change(dir);
  return dir;
}

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Root reads everything, so the EACCES cases run the CLI as nobody (setpriv drops to that user
 * and group with no supplementary groups). Undefined when we are not root (the CLI then runs as
 * ourselves, who cannot read a mode-000 file either); null when dropping is impossible here.
 */
const AS_NOBODY = ['setpriv', '--reuid=nobody', '--regid=nogroup', '--clear-groups'];
function dropToNobody(): string[] | undefined | null {
  if (process.getuid?.() !== 0) return undefined;
  try {
    execFileSync(AS_NOBODY[0]!, [...AS_NOBODY.slice(1), process.execPath, '-e', 'process.exit(process.getuid() === 0 ? 1 : 0)']);
    return AS_NOBODY;
  } catch {
    return null;
  }
}
const asNobody = dropToNobody();

function cli(args: string[], options: { unprivileged?: boolean } = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const prefix = options.unprivileged && asNobody ? asNobody : [];
    const command = [...prefix, process.execPath, join(root, 'bin/plugin-report.js'), ...args];
    const child = spawn(command[0]!, command.slice(1), {
      cwd: root,
      env: { ...process.env, NO_COLOR: '1', PLUGIN_REPORT_CANARY: CANARY },
    });
    let stdout = '';
    let stderr = '';
    // A hang (a FIFO opened for reading) must fail the test, not the run.
    const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

interface Findings {
  summary: { rows: number };
  findings: Array<{ rule: string; file: string; message: string; columnName?: string }>;
}

/** Runs validate in the three formats; checks what every hostile case must hold. */
async function validateAll(
  dir: string,
  expectedCode: number,
  forbidden: string[] = [],
  options: { unprivileged?: boolean } = {},
): Promise<{ json: Findings; outputs: Run[] }> {
  const outputs = await Promise.all(
    ['text', 'json', 'github'].map((format) => cli(['validate', '--data', dir, '--format', format], options)),
  );
  for (const run of outputs) {
    expect(run.code, run.stderr).toBe(expectedCode);
    const all = run.stdout + run.stderr;
    expect(all).not.toContain(CANARY);
    expect(all).not.toContain('root:x:0:0');
    // No raw control character but newline (tab only as JSON's own indentation is spaces).
    expect(all).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
    for (const text of forbidden) expect(all).not.toContain(text);
  }
  return { json: JSON.parse(outputs[1]!.stdout) as Findings, outputs };
}

const seenRules = new Set<string>();
function expectFinding(json: Findings, rule: string, file: string): Findings['findings'][number] {
  const finding = json.findings.find((f) => f.rule === rule && f.file === file);
  expect(finding, JSON.stringify(json.findings)).toBeDefined();
  seenRules.add(rule);
  return finding!;
}

const participantsHeader = 'participant_id,workshop,target_group,gender,birth_year,start_date,end_date,exit_outcome,intensive_support';

describe('links and special files', () => {
  it('a link to /proc/self/environ is refused by name, the environment never printed', async () => {
    const dir = dataFolder((d) => {
      rmSync(join(d, M, 'grades.csv'));
      symlinkSync('/proc/self/environ', join(d, M, 'grades.csv'));
    });
    const { json, outputs } = await validateAll(dir, 1, ['PATH=', 'HOME=']);
    expect(expectFinding(json, 'file.outside-data-folder', `${M}/grades.csv`).message).toContain('leads outside the data folder');
    // The link is named (the text output's file heading, the annotation's file), its target never.
    expect(outputs[0]!.stdout).toContain(`${M}/grades.csv`);
    expect(outputs[2]!.stdout).toMatch(new RegExp(`file=[^,]*${M}/grades\\.csv`));
    expect(outputs.map((run) => run.stdout + run.stderr).join('')).not.toContain('/proc/self/environ');
    expect(outputs[2]!.stdout).toContain('title=file.outside-data-folder');
  });

  it('participants.csv as a link to /etc/passwd or to a file outside: no first line as a column name', async () => {
    for (const target of ['/etc/passwd', join(outsideDir, 'secret.csv')]) {
      const dir = dataFolder((d) => {
        rmSync(join(d, M, 'participants.csv'));
        symlinkSync(target, join(d, M, 'participants.csv'));
      });
      const { json } = await validateAll(dir, 1);
      expectFinding(json, 'file.outside-data-folder', `${M}/participants.csv`);
      expect(json.findings.filter((f) => f.rule === 'csv.unknown-column')).toEqual([]);
    }
  });

  it('a FIFO as municipality.yaml is refused without being opened (no hang)', async () => {
    const dir = dataFolder((d) => {
      rmSync(join(d, M, 'municipality.yaml'));
      execFileSync('mkfifo', [join(d, M, 'municipality.yaml')]);
    });
    const { json } = await validateAll(dir, 1);
    expect(expectFinding(json, 'file.special', `${M}/municipality.yaml`).message).toContain('named pipe');
  });

  it('a link inside the folder to a FIFO inside it is refused the same way', async () => {
    const dir = dataFolder((d) => {
      execFileSync('mkfifo', [join(d, M, 'pipe')]);
      rmSync(join(d, M, 'kaa_contacts.csv'));
      symlinkSync('pipe', join(d, M, 'kaa_contacts.csv'));
    });
    expectFinding((await validateAll(dir, 1)).json, 'file.special', `${M}/kaa_contacts.csv`);
  });

  it('a link to /dev/zero is refused before a byte is read', async () => {
    const dir = dataFolder((d) => {
      rmSync(join(d, M, 'municipality.yaml'));
      symlinkSync('/dev/zero', join(d, M, 'municipality.yaml'));
    });
    expectFinding((await validateAll(dir, 1)).json, 'file.outside-data-folder', `${M}/municipality.yaml`);
  });

  it('a municipality folder that is a link to a folder outside is refused as a whole', async () => {
    const dir = dataFolder((d) => {
      rmSync(join(d, M), { recursive: true });
      symlinkSync(outsideDir, join(d, M));
    });
    expectFinding((await validateAll(dir, 1)).json, 'file.outside-data-folder', M);
  });

  it('project.yaml as a link outside: refused, exit 1, not read', async () => {
    const dir = dataFolder((d) => {
      rmSync(join(d, 'project.yaml'));
      symlinkSync(join(outsideDir, 'municipality.yaml'), join(d, 'project.yaml'));
    });
    expectFinding((await validateAll(dir, 1)).json, 'file.outside-data-folder', 'project.yaml');
  });

  it('an .xlsx file that is no workbook, a zip bomb and a sheet of too many cells are refused, never inflated', async () => {
    const notZip = dataFolder((d) => {
      rmSync(join(d, M, 'grades.csv'));
      writeFileSync(join(d, M, 'grades.xlsx'), 'participant_id,term\n');
    });
    expectFinding((await validateAll(notZip, 1)).json, 'file.not-xlsx', `${M}/grades.xlsx`);
    const bomb = dataFolder((d) => {
      rmSync(join(d, M, 'dropouts.csv'));
      writeFileSync(join(d, M, 'dropouts.xlsx'), declaredZipBomb());
    });
    expectFinding((await validateAll(bomb, 1)).json, 'file.zip-expansion', `${M}/dropouts.xlsx`);
    // One value in the sheet's last cell: a small file whose sheet spans 1 048 576 × 16 384 cells.
    const { default: ExcelJS } = await import('exceljs');
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Blad1');
    sheet.getCell('A1').value = 'person_id';
    sheet.getCell('XFD1048576').value = 'x';
    const wide = Buffer.from(await workbook.xlsx.writeBuffer());
    const huge = dataFolder((d) => {
      rmSync(join(d, M, 'kaa_contacts.csv'));
      writeFileSync(join(d, M, 'kaa_contacts.xlsx'), wide);
    });
    expectFinding((await validateAll(huge, 1)).json, 'xlsx.too-many-cells', `${M}/kaa_contacts.xlsx`);
  });

  it('a dangling link is an error, not a missing optional file', async () => {
    const dir = dataFolder((d) => {
      rmSync(join(d, M, 'dropouts.csv'));
      symlinkSync(join(outsideDir, 'does-not-exist.csv'), join(d, M, 'dropouts.csv'));
    });
    expectFinding((await validateAll(dir, 1)).json, 'file.broken-link', `${M}/dropouts.csv`);
  });

  it('a link that stays inside the data folder is read as usual', async () => {
    const dir = dataFolder((d) => {
      cpSync(join(d, M, 'grades.csv'), join(d, 'grades-copy.csv'));
      rmSync(join(d, M, 'grades.csv'));
      symlinkSync('../../grades-copy.csv', join(d, M, 'grades.csv'));
    });
    const { json } = await validateAll(dir, 0);
    expect(json.findings).toEqual([]);
  });

  // As root the CLI runs as nobody (setpriv); skipped only where that is impossible.
  const noDrop = asNobody === null ? ' (skipped: running as root and setpriv cannot drop to nobody here)' : '';
  it.skipIf(asNobody === null)(`an unreadable municipality folder or file is a finding, never exit 70${noDrop}`, async () => {
    // nobody must reach the data folder: a world-readable parent instead of mkdtemp's mode 700.
    const open = mkdtempSync(join(tmpdir(), 'plugin-report-hostile-acl-'));
    chmodSync(open, 0o755);
    try {
      const dir = join(open, 'folder');
      cpSync(join(BROKEN_DIR, 'valid'), dir, { recursive: true });
      chmodSync(join(dir, M), 0o000);
      expectFinding((await validateAll(dir, 1, [], { unprivileged: true })).json, 'file.unreadable', M);
      chmodSync(join(dir, M), 0o755);
      chmodSync(join(dir, M, 'grades.csv'), 0o000);
      expectFinding((await validateAll(dir, 1, [], { unprivileged: true })).json, 'csv.unreadable', `${M}/grades.csv`);
      chmodSync(join(dir, M, 'grades.csv'), 0o644);
      chmodSync(join(dir, M, 'municipality.yaml'), 0o000);
      expectFinding((await validateAll(dir, 1, [], { unprivileged: true })).json, 'config.unreadable', `${M}/municipality.yaml`);
      chmodSync(join(dir, M, 'municipality.yaml'), 0o644);
      // --data itself unreadable: the command cannot start, a usage error (exit 2), never 70.
      chmodSync(dir, 0o000);
      const run = await cli(['validate', '--data', join(dir, 'alpha')], { unprivileged: true });
      expect(run.code, run.stderr).toBe(2);
      chmodSync(dir, 0o755);
    } finally {
      rmSync(open, { recursive: true, force: true });
    }
  });

  it('--data naming a FIFO or a file is a usage error (exit 2)', async () => {
    execFileSync('mkfifo', [join(base, 'data-fifo')]);
    for (const data of [join(base, 'data-fifo'), join(outsideDir, 'secret.csv')]) {
      const run = await cli(['validate', '--data', data]);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain('Data folder not found');
    }
  });
});

describe('content', () => {
  it('an alias bomb is a finding (exit 1), not an internal error', async () => {
    const dir = dataFolder((d) => writeFileSync(join(d, M, 'municipality.yaml'), aliasBombMunicipalityYaml(8)));
    expectFinding((await validateAll(dir, 1)).json, 'config.yaml-aliases', `${M}/municipality.yaml`);
  });

  it('!!js/function and custom tags are findings, not strings', async () => {
    const dir = dataFolder((d) => {
      const p = join(d, M, 'municipality.yaml');
      writeFileSync(
        p,
        readFileSync(p, 'utf8')
          .replace('name: Ett', 'name: !!js/function "function () { return process.env }"')
          .replace('kommunkod:', 'kommunkod: !secret'),
      );
    });
    const { json } = await validateAll(dir, 1);
    expect(json.findings.filter((f) => f.rule === 'config.yaml-tag')).toHaveLength(2);
    seenRules.add('config.yaml-tag');
  });

  it('a YAML file over 1 MB is not parsed', async () => {
    const dir = dataFolder((d) => writeFileSync(join(d, M, 'municipality.yaml'), `# ${'x'.repeat(1 << 20)}\n`));
    expectFinding((await validateAll(dir, 1)).json, 'file.too-large', `${M}/municipality.yaml`);
  });

  it('UTF-16 and UTF-32 files get a finding with a hint on how to save them again', async () => {
    const dir = dataFolder((d) => {
      const p = join(d, M, 'participants.csv');
      writeFileSync(p, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(readFileSync(p, 'utf8'), 'utf16le')]));
      writeFileSync(join(d, M, 'grades.csv'), Buffer.from(readFileSync(join(d, M, 'grades.csv'), 'utf8'), 'utf16le')); // no BOM
    });
    const { json } = await validateAll(dir, 1);
    expect(expectFinding(json, 'file.wide-encoding', `${M}/participants.csv`).message).toContain('UTF-16');
    expectFinding(json, 'file.wide-encoding', `${M}/grades.csv`);
  });

  it('binary content is "not a text CSV file", never echoed', async () => {
    const dir = dataFolder((d) =>
      writeFileSync(
        join(d, M, 'participants.csv'),
        Buffer.concat([Buffer.from(`${CANARY},`), Buffer.from([0, 1, 2, 0xff, 0xfe, 0x1b, 0x5b]), Buffer.from(CANARY)]),
      ),
    );
    expect(expectFinding((await validateAll(dir, 1)).json, 'file.not-text', `${M}/participants.csv`).message).toContain(
      'not a text CSV file',
    );
  });

  it('a file with lone-CR line endings reads all its rows', async () => {
    const valid = await validateAll(
      dataFolder(() => {}),
      0,
    );
    const dir = dataFolder((d) => {
      for (const name of ['participants.csv', 'grades.csv']) {
        const p = join(d, M, name);
        writeFileSync(p, readFileSync(p, 'utf8').replace(/\n/g, '\r'));
      }
    });
    const { json } = await validateAll(dir, 0);
    expect(json.findings).toEqual([]);
    expect(json.summary.rows).toBe(valid.json.summary.rows);
  });

  it('a header of 5 million commas is one finding after 64 KB, and 2000 columns another', async () => {
    const dir = dataFolder((d) => writeFileSync(join(d, M, 'participants.csv'), `${','.repeat(5_000_000)}\nP1\n`));
    expectFinding((await validateAll(dir, 1)).json, 'csv.header-too-long', `${M}/participants.csv`);
    const wide = dataFolder((d) => writeFileSync(join(d, M, 'participants.csv'), `${participantsHeader}${',x'.repeat(2000)}\n`));
    expectFinding((await validateAll(wide, 1)).json, 'csv.too-many-fields', `${M}/participants.csv`);
  });

  it('terminal escapes in header names, workshop values and YAML strings are shown escaped', async () => {
    const esc = '\u001b]0;pwned\u0007\u001b[2J\u009b31m\u202egnp.exe';
    const dir = dataFolder((d) => {
      const p = join(d, M, 'participants.csv');
      const csv = readFileSync(p, 'utf8').split('\n');
      csv[0] = `${csv[0]},evil${esc}`;
      for (let i = 1; i < csv.length; i++) if (csv[i]) csv[i] = `${csv[i]},`;
      csv[1] = csv[1]!.replace('verkstad', `verk${esc}stad`);
      writeFileSync(p, csv.join('\n'));
      const y = join(d, 'alpha/region.yaml');
      writeFileSync(y, readFileSync(y, 'utf8').replace('id: alpha', 'id: "al\\e[31mpha\\0"'));
    });
    const { json, outputs } = await validateAll(dir, 1);
    expect(expectFinding(json, 'csv.unknown-column', `${M}/participants.csv`).columnName).toContain('\\u001b]0;pwned\\u0007');
    expect(expectFinding(json, 'participants.unknown-workshop', `${M}/participants.csv`).message).toContain('verk\\u001b]0;pwned');
    expect(expectFinding(json, 'config.invalid', 'alpha/region.yaml').message).toContain('al\\u001b[31mpha\\u0000');
    expect(outputs[0]!.stdout).toContain('\\u202egnp.exe');
  });
});

describe('personnummer in every separator form', () => {
  // 19990101-2386 and 101010-2661 have valid check digits; 19990101-2387 does not.
  const forms = [
    '19990101 2386',
    '990101–2386',
    '19990101/2386',
    '１９９９０１０１－２３８６',
    '19990101.2387',
    '990101_2386',
    '19990101\u00a02386',
  ];

  it('each is an invalid id, masked in every output; the + form is the same person as the others', async () => {
    const dir = dataFolder((d) => {
      const p = join(d, M, 'participants.csv');
      const rows = forms.map((id) => `${id},verkstad,1,female,2000,2016-01-15,2017-06-15,national_programme,yes`);
      rows.push('101010+2661,verkstad,1,female,2000,2016-01-15,2017-06-15,national_programme,yes');
      rows.push('19101010-2661,verkstad,1,female,2000,2016-01-15,2017-06-15,national_programme,yes');
      rows.push('P9,verkstad 19990101 2386,1,female,2000,2016-01-15,2017-06-15,national_programme,yes');
      writeFileSync(p, `${readFileSync(p, 'utf8')}${rows.join('\n')}\n`);
    });
    const { json, outputs } = await validateAll(dir, 1);
    const invalid = json.findings.filter((f) => f.rule === 'participants.invalid-personnummer');
    expect(invalid).toHaveLength(forms.length);
    expect(json.findings.find((f) => f.rule === 'participants.duplicate-id')?.message).toContain('101010+****');
    for (const run of outputs) {
      const all = (run.stdout + run.stderr).normalize('NFKC'); // full-width digits as ASCII
      for (const [date, last] of [
        ['990101', '2386'],
        ['990101', '2387'],
        ['101010', '2661'],
      ]) {
        expect(all).not.toMatch(new RegExp(`${date}[^0-9]{0,3}${last}`));
      }
    }
  });
});

describe('ids shaped like a personnummer', () => {
  it('a municipality id such as 990101-2386 is refused (a slug, but never an id), and masked in every output', async () => {
    const dir = dataFolder((d) => {
      const region = join(d, 'alpha/region.yaml');
      writeFileSync(region, readFileSync(region, 'utf8').replace('  - ett\n', '  - ett\n  - 990101-2386\n'));
      cpSync(join(d, M), join(d, 'alpha/990101-2386'), { recursive: true });
    });
    const { json, outputs } = await validateAll(dir, 1);
    expect(expectFinding(json, 'config.invalid', 'alpha/region.yaml').message).toContain('shaped like a personnummer');
    for (const run of outputs) expect(run.stdout + run.stderr).not.toMatch(/990101[^0-9]{0,3}2386/);
    for (const args of [
      ['figures', '--national'],
      ['build', '--region', 'alpha', '--out', join(base, 'out-pnr-id')],
    ]) {
      const run = await cli([...args, '--data', dir]);
      expect(run.code, run.stderr).toBe(1);
      expect(run.stdout + run.stderr).not.toMatch(/990101[^0-9]{0,3}2386/);
    }
  });
});

describe('the refusal of figures and build', () => {
  it('masks every personnummer form and escapes control characters on stderr', async () => {
    const dir = dataFolder((d) => {
      const p = join(d, M, 'participants.csv');
      writeFileSync(
        p,
        `${readFileSync(p, 'utf8')}19990101 2386,verk\u001b[2Jstad,1,female,2000,2016-01-15,2017-06-15,national_programme,yes\n１９９９０１０１/２３８６,verkstad,1,female,2000,2016-01-15,,,\n`,
      );
    });
    for (const args of [
      ['figures', '--national'],
      ['build', '--region', 'alpha', '--out', join(base, 'out')],
    ]) {
      const run = await cli([...args, '--data', dir]);
      expect(run.code, run.stderr).toBe(1);
      expect(run.stderr).toContain('invalid-personnummer');
      expect(run.stderr).toContain('19990101-****');
      expect(run.stderr).toContain('verk\\u001b[2jstad');
      const all = (run.stdout + run.stderr).normalize('NFKC');
      expect(all).not.toMatch(/990101[^0-9]{0,3}2386/);
      expect(all).not.toMatch(/[\u0000-\u0009\u000b-\u001f]/);
    }
  });
});

describe('the corpus', () => {
  it('proves every rule of the boundary', () => {
    const unproven = BOUNDARY_RULE_IDS.filter((rule) => !seenRules.has(rule) && !(rule === 'file.unreadable' && asNobody === null));
    expect(unproven).toEqual([]);
  });
});
