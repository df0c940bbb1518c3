import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { csvReference, definitionsReference, fillGeneratedSections, yamlReference } from './reference.js';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

describe('README reference sections', () => {
  it('are in step with the schemas and definitions (run `npm run gen:docs` after changing them)', () => {
    expect(readme).toBe(fillGeneratedSections(readme));
  });

  it('list every CSV column with its Swedish alias', () => {
    const csv = csvReference();
    expect(csv).toContain('`participant_id`');
    expect(csv).toContain('`deltagar_id`');
    expect(csv).toContain('`kaa_contacts.csv`');
  });

  it('list nested YAML keys', () => {
    expect(yamlReference()).toContain('`workshops[].target_groups`');
  });

  it('define the merit value', () => {
    expect(definitionsReference().toLowerCase()).toContain('merit');
  });
});
