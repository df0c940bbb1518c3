import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { UserError } from '../errors.js';
import { parseOptions, scopeOf, slugOption, suppressOption, timeoutOption } from './options.js';

const Schema = z
  .object({
    region: slugOption('--region').optional(),
    suppress: suppressOption,
    timeout: timeoutOption.default(120),
    national: z.boolean().optional(),
  })
  .refine((o) => (o.region === undefined) !== (o.national !== true), { message: 'give exactly one of --region ID or --national' });

const failure = (raw: unknown): UserError => {
  try {
    parseOptions(Schema, raw);
  } catch (error) {
    if (error instanceof UserError) return error;
  }
  throw new Error('expected a UserError');
};

describe('parseOptions', () => {
  it('coerces commander strings into typed options with defaults', () => {
    expect(parseOptions(Schema, { region: 'skane', suppress: '5' })).toEqual({ region: 'skane', suppress: 5, timeout: 120 });
  });

  it('turns a bad value into a usage error that names the option', () => {
    const error = failure({ region: 'skane', suppress: '2.5' });
    expect(error.errorName).toBe('InvalidOption');
    expect(error.message).toBe('--suppress must be a whole number');
    expect(failure({ region: 'Skåne' }).message).toMatch(/^--region must be an id/);
    expect(failure({ region: 'skane', timeout: '0' }).message).toBe('--timeout must be a positive number of seconds');
  });

  it('passes a rule over several options through unprefixed', () => {
    expect(failure({}).message).toBe('give exactly one of --region ID or --national');
  });

  it('allows fractional timeouts', () => {
    expect(parseOptions(Schema, { national: true, timeout: '0.5' }).timeout).toBe(0.5);
  });
});

describe('scopeOf', () => {
  it('keeps only the given parts', () => {
    expect(scopeOf({})).toEqual({});
    expect(scopeOf({ region: 'skane', municipality: undefined })).toEqual({ region: 'skane' });
  });
});
