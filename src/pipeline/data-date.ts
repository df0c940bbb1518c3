// The date the data reaches: the latest date in a municipality's exports (participants' start and
// end dates, dropouts and returns, KAA contacts). Exports state it instead of the day they were
// made, so the same data gives the same file whenever it is exported.
import { KaaTable } from '../schema/kaa-table.js';
import type { MunicipalityData } from '../schema/municipality-data.js';

/** The later of two ISO dates (YYYY-MM-DD compare as strings); undefined counts as none. */
export function laterDate(a: string | undefined, b: string | undefined): string | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return a >= b ? a : b;
}

export function latestDataDate(data: MunicipalityData): string | undefined {
  let latest: string | undefined;
  for (const p of data.participants) latest = laterDate(latest, laterDate(p.startDate, p.endDate));
  for (const d of data.dropouts ?? []) latest = laterDate(latest, laterDate(d.date, d.returnedDate));
  const kaa = data.kaaContacts;
  if (kaa instanceof KaaTable) {
    // The column store keeps dates as YYYYMMDD numbers.
    let max = 0;
    for (let row = 0; row < kaa.length; row++) max = Math.max(max, kaa.date[row]!);
    if (max > 0) {
      const d = String(max);
      latest = laterDate(latest, `${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6, 8)}`);
    }
  } else {
    for (const contact of kaa ?? []) latest = laterDate(latest, contact.contactDate);
  }
  return latest;
}
