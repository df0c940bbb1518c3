// The naive baseline for bench/validate.bench.mjs: what a straightforward implementation does —
// csv-parse with `columns: true` (an object per row) and a zod object schema parsed per row, plus
// the unique-id check. Run: node bench/validate-naive.mjs <participants.csv>
import { createReadStream } from 'node:fs';
import { parse } from 'csv-parse';
import { z } from 'zod';

const date = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((s) => !Number.isNaN(Date.parse(s)));
const Row = z.object({
  participant_id: z.string().regex(/^[A-Za-z0-9_.-]{1,64}$/),
  workshop: z.string().min(1),
  target_group: z.enum(['1', '2', '3']),
  gender: z.enum(['female', 'male']),
  birth_year: z
    .string()
    .regex(/^\d{4}$/)
    .transform(Number),
  start_date: date,
  end_date: z.union([z.literal(''), date]),
  exit_outcome: z.string(),
  intensive_support: z.enum(['', 'yes', 'no']),
});

let rows = 0;
let invalid = 0;
const ids = new Set();
const parser = createReadStream(process.argv[2]).pipe(parse({ columns: true, skip_empty_lines: true, trim: true }));
for await (const record of parser) {
  rows++;
  const result = Row.safeParse(record);
  if (!result.success) invalid++;
  else if (ids.has(result.data.participant_id)) invalid++;
  else ids.add(result.data.participant_id);
}
process.stdout.write(JSON.stringify({ rows, invalid }) + '\n');
