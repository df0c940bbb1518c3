// Shared helpers for the benches: run a child process and measure its wall time and the peak RSS of
// its whole process tree (node and any browser it starts), sampled from /proc.
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

function childrenOf(pid) {
  try {
    return readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
  } catch {
    return [];
  }
}

function rssKiB(pid) {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const m = /VmRSS:\s+(\d+)/.exec(status);
    return m ? Number(m[1]) : 0;
  } catch {
    return 0;
  }
}

/** Sum of RSS over a process and all its descendants, in MiB. */
export function treeRssMiB(rootPid) {
  let total = 0;
  const stack = [rootPid];
  const seen = new Set();
  while (stack.length) {
    const pid = stack.pop();
    if (seen.has(pid)) continue;
    seen.add(pid);
    total += rssKiB(pid);
    stack.push(...childrenOf(pid));
  }
  return total / 1024;
}

/** Runs a command; resolves with wall seconds, peak tree RSS (MiB), exit code, stdout and stderr. */
export function measure(command, args, options = {}) {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], ...options });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    let peak = 0;
    const timer = setInterval(() => {
      peak = Math.max(peak, treeRssMiB(child.pid));
    }, 20);
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(timer);
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      resolve({ seconds, peakMiB: peak, code, stdout, stderr });
    });
  });
}

export const fmt = (n, digits = 2) => n.toFixed(digits);
export { readdirSync };

/**
 * The YAML files of a data folder with one region ("bench") and one municipality ("stor") of
 * `workshops` workshops; returns the path its participants.csv goes to.
 */
export function oneMunicipalityFolder(dir, workshops) {
  mkdirSync(join(dir, 'bench', 'stor'), { recursive: true });
  writeFileSync(
    join(dir, 'project.yaml'),
    'name: Plug In 2.0\nesf_case_number: 2015/00665\nowner: Sveriges Kommuner och Landsting\nperiod:\n  start: 2015-03-01\n  end: 2018-12-31\nregions: [bench]\n',
  );
  writeFileSync(
    join(dir, 'bench', 'region.yaml'),
    'id: bench\nname: Bench\norganisation: Bench\ncounty_code: "12"\nmunicipalities: [stor]\n',
  );
  const names = ['Ett', 'Två', 'Tre'];
  const list = Array.from(
    { length: workshops },
    (_, i) => `  - id: verkstad-${i + 1}\n    name: ${names[i] ?? i + 1}\n    target_groups: [1, 2, 3]\n`,
  );
  writeFileSync(join(dir, 'bench', 'stor', 'municipality.yaml'), `id: stor\nname: Stor\nkommunkod: "1272"\nworkshops:\n${list.join('')}`);
  return join(dir, 'bench', 'stor', 'participants.csv');
}
