// Phase timings on stderr when PLUGIN_REPORT_TIMING is set: where a build spends its time, for the
// bench and for anyone wondering why a report is slow. Silent otherwise. At exit it adds the CPU
// time Node itself used (the browser's processes are not counted), the figure that matters on a
// machine where Node and Chromium share the cores.
const start = performance.now();
const enabled = () => Boolean(process.env['PLUGIN_REPORT_TIMING']);

export function mark(label: string): void {
  if (enabled()) process.stderr.write(`[timing] ${(performance.now() - start).toFixed(0).padStart(6)} ms  ${label}\n`);
}

if (enabled()) {
  process.once('exit', () => {
    const { user, system } = process.cpuUsage();
    mark(`exit, ${(process.uptime() * 1000).toFixed(0)} ms after the process started; Node CPU ${((user + system) / 1000).toFixed(0)} ms (user ${(user / 1000).toFixed(0)}, system ${(system / 1000).toFixed(0)})`);
  });
}
