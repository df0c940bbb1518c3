// The indicator definitions, written once: the README's "Definitions" section (English) and the
// reports' method appendix (Swedish) are both generated from this list, so they cannot drift from
// each other. Each text states exactly what the code of its indicator computes, and lives in that
// indicator's copy fragments (./<name>/copy.<locale>.json); the counting rules that hold for all
// of them come first, disclosure control last (./copy.<locale>.json).
import { indicatorCopy } from './registry.js';

export interface IndicatorDefinition {
  id: string;
  title: { en: string; sv: string };
  text: { en: string; sv: string };
}

function collect(): IndicatorDefinition[] {
  const sv = indicatorCopy('sv');
  const en = indicatorCopy('en');
  const ids = Object.values(sv).flatMap((fragment) => Object.keys(fragment.definitions));
  const find = (copy: typeof sv, id: string) => {
    const found = Object.values(copy).find((fragment) => id in fragment.definitions)?.definitions[id];
    if (!found) throw new Error(`indicator definition "${id}" has no text in every language`);
    return found;
  };
  const definitions = ids.map((id) => {
    const [s, e] = [find(sv, id), find(en, id)];
    return { id, title: { en: e.title, sv: s.title }, text: { en: e.text, sv: s.text } };
  });
  // Disclosure control is applied to all indicators' figures, so it is explained after them.
  const last = definitions.findIndex((d) => d.id === 'disclosure-control');
  return last < 0 ? definitions : [...definitions.slice(0, last), ...definitions.slice(last + 1), definitions[last]!];
}

export const INDICATOR_DEFINITIONS: IndicatorDefinition[] = collect();
