// Phase timings on stderr when PLUGIN_REPORT_TIMING is set: where a build spends its time, for the
// bench and for anyone wondering why a report is slow. Silent otherwise.
const start = performance.now();
const enabled = () => Boolean(process.env['PLUGIN_REPORT_TIMING']);

export function mark(label: string): void {
  if (enabled()) process.stderr.write(`[timing] ${(performance.now() - start).toFixed(0).padStart(6)} ms  ${label}\n`);
}
