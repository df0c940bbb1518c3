// `plugin-report build` end to end — the Skåne regional report and the national report from the
// fixtures — against its FLOOR measured in the same run: bench/build-floor.mjs printing the very
// same final HTML (saved by a build with PLUGIN_REPORT_DUMP_HTML) once, with the same browser.
// Also the floor with chromium-headless-shell vs the full chromium.
// Target (read by people, not asserted): ours / floor ≤ 1.5×.
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fmt, measure } from './lib.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = dirname(here);
const cli = join(root, 'bin', 'plugin-report.js');
const work = join(here, '.data', 'build');
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const SHELL = ['/usr/lib/chromium/chromium-headless-shell', '/usr/bin/chromium-headless-shell'].find(existsSync);
const FULL = ['/usr/lib/chromium/chromium', '/usr/bin/chromium'].find(existsSync);

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/**
 * Runs each command RUNS times, alternating between them so that a change in the machine's load
 * (other processes) hits both alike; reports the median wall time and the peak RSS of each.
 */
async function alternate(...commands) {
  const runs = commands.map(() => []);
  for (let i = 0; i < RUNS; i++) {
    for (const [k, [command, args, options]] of commands.entries()) {
      const r = await measure(command, args, options);
      if (r.code !== 0) throw new Error(`${command} ${args.join(' ')} failed (${r.code}): ${r.stderr}`);
      runs[k].push(r);
    }
  }
  return runs.map((rs) => ({ seconds: median(rs.map((r) => r.seconds)), peakMiB: Math.max(...rs.map((r) => r.peakMiB)) }));
}

export async function run(print) {
  rmSync(work, { recursive: true, force: true });
  const htmlDir = join(work, 'html');
  mkdirSync(htmlDir, { recursive: true });
  const env = { ...process.env, SOURCE_DATE_EPOCH: '1546214400', PLUGIN_REPORT_CHROMIUM: SHELL };
  // One untimed build of each document saves the final HTML the floor prints.
  for (const target of [['--region', 'skane'], ['--national']]) {
    const r = await measure(
      process.execPath,
      [cli, 'build', ...target, '--data', 'fixtures', '--out', join(work, 'dump'), '--suppress', '0'],
      {
        cwd: root,
        env: { ...env, PLUGIN_REPORT_DUMP_HTML: htmlDir },
      },
    );
    if (r.code !== 0) throw new Error(`build ${target.join(' ')} failed: ${r.stderr}`);
  }

  print(`median of ${RUNS} runs each, ours and floor alternating; browser ${SHELL}`);
  print('document             ours s   floor s   ratio   ours MiB   floor MiB');
  for (const [name, target, html] of [
    ['regional (Skåne)', ['--region', 'skane'], 'regional-slutrapport-skane.html'],
    ['national', ['--national'], 'nationell-slutrapport.html'],
  ]) {
    const [ours, floor] = await alternate(
      [
        process.execPath,
        [cli, 'build', ...target, '--data', 'fixtures', '--out', join(work, 'ours'), '--suppress', '0'],
        { cwd: root, env },
      ],
      [process.execPath, [join(here, 'build-floor.mjs'), SHELL, join(htmlDir, html), join(work, 'floor.pdf')], { cwd: root }],
    );
    print(
      `${name.padEnd(20)} ${fmt(ours.seconds).padStart(6)}   ${fmt(floor.seconds).padStart(7)}   ${fmt(ours.seconds / floor.seconds).padStart(4)}×` +
        `   ${fmt(ours.peakMiB, 0).padStart(8)}   ${fmt(floor.peakMiB, 0).padStart(9)}`,
    );
  }

  if (FULL) {
    const html = join(htmlDir, 'regional-slutrapport-skane.html');
    const [shell, full] = await alternate(
      [process.execPath, [join(here, 'build-floor.mjs'), SHELL, html, join(work, 'floor.pdf')], { cwd: root }],
      [process.execPath, [join(here, 'build-floor.mjs'), FULL, html, join(work, 'floor.pdf')], { cwd: root }],
    );
    print('');
    print('floor browser (Skåne)        s     MiB');
    print(`chromium-headless-shell  ${fmt(shell.seconds).padStart(6)}  ${fmt(shell.peakMiB, 0).padStart(6)}`);
    print(
      `chromium (new headless)  ${fmt(full.seconds).padStart(6)}  ${fmt(full.peakMiB, 0).padStart(6)}   ${fmt(full.seconds / shell.seconds)}× the shell's time`,
    );
  }
}
