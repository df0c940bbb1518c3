// Per-column readers built once per file from its header layout: each reads one cell of a row,
// applies the column's row rule and reports a finding (with line, column number and header name)
// when it fails. Built once, called per row: the hot path does no name lookups.
import type { CsvFileKind, FieldType } from '../schema/csv.js';
import { cell, type TableLayout } from '../ingest/table.js';
import type { FindingCollector } from './collector.js';
import type { Finding } from './finding.js';
import { FIELD_PARSERS, explain, type FieldValue, type Parser } from './fields.js';
import { FIELD_RULE, FIELD_TYPE_RULES, fieldRuleId } from './rules.js';

/** Returned by a reader when the cell broke its rule (the finding is already reported). */
export const FAIL = Symbol('fail');
export type Fail = typeof FAIL;

/** A required column's reader yields T or FAIL; an optional one also undefined (empty cell). */
export type Reader<T> = (fields: string[], line: number) => T | undefined | Fail;

export interface FileContext {
  kind: CsvFileKind;
  /** Path relative to the data folder. */
  file: string;
  findings: FindingCollector;
  layout: TableLayout;
}

/** Where a spec column sits in the file: for findings about it. */
export function at(ctx: FileContext, specColumn: number, line: number): Pick<Finding, 'line' | 'column' | 'columnName'> {
  const col = ctx.layout.index[specColumn]!;
  const name = ctx.layout.spec.columns[specColumn]!.name;
  return col < 0 ? { line, columnName: name } : { line, column: col + 1, columnName: ctx.layout.header[col] ?? name };
}

/** Index of a spec column by its canonical name; throws on a typo in our own code. */
export function specIndex(ctx: FileContext, name: string): number {
  const k = ctx.layout.spec.columns.findIndex((c) => c.name === name);
  if (k < 0) throw new Error(`${ctx.kind} has no column ${name}`);
  return k;
}

/** The reader of a spec column whose type is `type` (its parser comes from FIELD_PARSERS). */
export function reader<K extends FieldType>(ctx: FileContext, name: string, type: K): Reader<FieldValue<K>> {
  const k = specIndex(ctx, name);
  const spec = ctx.layout.spec.columns[k]!;
  if (spec.type !== type) throw new Error(`${ctx.kind} column ${name} holds ${spec.type}, not ${type}`);
  const parse = FIELD_PARSERS[type] as Parser<FieldValue<K>>;
  const col = ctx.layout.index[k]!;
  const columnName = col < 0 ? spec.name : (ctx.layout.header[col] ?? spec.name);
  const { findings, file, kind } = ctx;
  const missingValue = fieldRuleId(kind, FIELD_RULE.missingValue);
  // The rule of a failing cell, known in advance when the type has one rule (person_id has two):
  // lets a rule that fires on every row skip building messages past the listing limit.
  const only = FIELD_TYPE_RULES[type].length === 1 ? FIELD_TYPE_RULES[type][0]! : undefined;
  const onlyId = only ? fieldRuleId(kind, only) : undefined;
  return (fields, line) => {
    const raw = cell(fields, col);
    if (raw === '') {
      if (!spec.required) return undefined;
      findings.raiseField(
        FIELD_RULE.missingValue,
        missingValue,
        file,
        { columnName, shown: '', name: spec.name, description: spec.description },
        at(ctx, k, line),
      );
      return FAIL;
    }
    const value = parse(raw);
    if (value !== undefined) return value;
    if (only && findings.skipOverLimit(only.severity, onlyId!, file)) return FAIL;
    const problem = explain(type, raw, columnName);
    findings.add({
      severity: problem.rule.severity,
      rule: fieldRuleId(kind, problem.rule),
      file,
      ...at(ctx, k, line),
      message: problem.message,
      hint: problem.hint,
    });
    return FAIL;
  };
}
