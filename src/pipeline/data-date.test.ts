import { describe, expect, it } from 'vitest';
import { KaaTable } from '../schema/kaa-table.js';
import { data, participant } from '../indicators/test-helpers/make.js';
import { laterDate, latestDataDate } from './data-date.js';

describe('latestDataDate', () => {
  it('is the latest of start, end, dropout, return and KAA contact dates', () => {
    const participants = [
      participant('a', { startDate: '2016-01-10', endDate: '2017-06-30' }),
      participant('b', { startDate: '2017-02-01' }),
    ];
    expect(latestDataDate(data(participants))).toBe('2017-06-30');
    const dropouts = [{ line: 2, participantId: 'a', date: '2017-01-01', reason: 'moved' as const, returnedDate: '2017-08-15' }];
    expect(latestDataDate(data(participants, { dropouts }))).toBe('2017-08-15');
    const contact = { line: 2, personId: 'k', contactDate: '2018-03-04', channel: 'sms' as const, result: 'reached' as const };
    // The column store validation collects, and the plain records tests give.
    expect(latestDataDate(data(participants, { kaaContacts: KaaTable.from([contact]) }))).toBe('2018-03-04');
    expect(latestDataDate(data(participants, { kaaContacts: [contact] }))).toBe('2018-03-04');
  });

  it('has no date for no data, and laterDate ignores a missing side', () => {
    expect(latestDataDate(data([]))).toBeUndefined();
    expect(laterDate(undefined, '2016-01-01')).toBe('2016-01-01');
    expect(laterDate('2016-12-31', '2016-02-01')).toBe('2016-12-31');
  });
});
