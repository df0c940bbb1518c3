// Report texts come from templates/labels.sv.json (one place to reword or translate); view-model
// code looks them up here and fails loudly on a missing key.
import { templateEnvironment } from '../../html/handlebars.js';

export function label(key: string, values: Record<string, string | number> = {}): string {
  const text = templateEnvironment().labels[key];
  if (text === undefined) throw new Error(`missing label "${key}" in templates/labels.sv.json`);
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
