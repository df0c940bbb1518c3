// Each indicator's table rows and chart, as data: which figures, in which order, leaving out what is zero.
import { describe, expect, it } from 'vitest';
import { dropoutChart } from './dropouts/chart.js';
import { dropoutTable } from './dropouts/table.js';
import { gradeChart } from './grades/chart.js';
import { computeMunicipality } from './index.js';
import { kaaChart } from './kaa/chart.js';
import { kaaTable, kaaTableNotes } from './kaa/table.js';
import { outcomeChart } from './outcomes/chart.js';
import { outcomeTable } from './outcomes/table.js';
import { participantTable } from './participants/table.js';
import type { RowSpec } from './table.js';
import { contact, data, dropout, municipalityConfig, participant } from './test-helpers/make.js';

const labels = (rows: RowSpec[]) => rows.map((r) => ('key' in r.label ? r.label.key : r.label.text));

const unit = computeMunicipality(
  data(
    [
      participant('P1', { endDate: '2017-06-01', exitOutcome: 'employment' }),
      participant('P2', { gender: 'male', birthYear: 1990, targetGroup: '3' }),
      participant('P3', { endDate: '2017-06-01' }),
    ],
    { dropouts: [dropout('P2', '2017-01-01', 'moved')], kaaContacts: [contact('X1', 'reached'), contact('P1', 'not_reached')] },
  ),
  municipalityConfig('m', ['w1']),
);
const f = unit.figures;

describe('indicator tables', () => {
  it('participants: by target group, by age band (other ages since there is one), intensive support', () => {
    const rows = participantTable(f.participants);
    expect(labels(rows)).toEqual([
      'report.rows.participants',
      'report.rows.byTargetGroup',
      'codes.targetGroupShort.1',
      'codes.targetGroupShort.2',
      'codes.targetGroupShort.3',
      'report.rows.byAgeBand',
      'codes.ageBand.15-19',
      'codes.ageBand.20-24',
      'codes.ageBand.other',
      'report.rows.intensiveSupport',
    ]);
    expect(rows[0]).toEqual({ kind: 'total', label: { key: 'report.rows.participants' }, count: { women: 2, men: 1, total: 3 } });
    expect(rows[8]).toMatchObject({ kind: 'data', indent: true, count: { women: 0, men: 1, total: 1 } });
  });

  it('outcomes: only the codes that occur, missing outcomes, then the share', () => {
    const rows = outcomeTable(f.outcomes);
    expect(labels(rows)).toEqual([
      'report.rows.exited',
      'codes.outcome.employment',
      'report.rows.missingOutcome',
      'report.rows.educationOrWork',
    ]);
    expect(rows[3]).toEqual({ kind: 'share', label: { key: 'report.rows.educationOrWork' }, ratio: f.outcomes.educationOrWork });
  });

  it('dropouts: the base row says when it is not every participant', () => {
    expect(labels(dropoutTable(f.dropouts!, 3))).toEqual([
      'report.rows.participants',
      'report.rows.dropoutPersons',
      'report.rows.dropoutRate',
      'report.rows.byReason',
      'codes.dropoutReason.moved',
      'report.rows.returned',
      'report.rows.remaining',
    ]);
    expect(labels(dropoutTable(f.dropouts!, 5))[0]).toBe('report.rows.participantsWithDropoutData');
  });

  it('kaa: attempts per person as a mean, and a note for persons of unknown gender', () => {
    const rows = kaaTable(f.kaa!);
    expect(rows[5]).toEqual({ kind: 'mean', label: { key: 'report.rows.kaaAttemptsPerPerson' }, sum: f.kaa!.attempts, of: f.kaa!.listed });
    expect(kaaTableNotes(f.kaa!)).toEqual([{ key: 'report.notes.unknownGender', numbers: { n: 1 } }]);
  });
});

describe('indicator charts', () => {
  it('draw only what there is: outcomes that occur, nothing for an empty list or no measurable', () => {
    expect(outcomeChart(f.outcomes)).toEqual({
      kind: 'bars',
      categories: [{ label: { key: 'codes.outcome.employment' }, count: { women: 1, men: 0, total: 1 } }],
    });
    expect(dropoutChart(f.dropouts!)?.kind).toBe('bars');
    expect(kaaChart(f.kaa!)?.kind).toBe('funnel');
    expect(kaaChart({ ...f.kaa!, listed: { women: 0, men: 0, total: 0 } })).toBeNull();
    const noGrades = computeMunicipality(data([participant('P1')], { grades: [] }), municipalityConfig('m', ['w1']));
    expect(gradeChart(noGrades.figures.grades!)).toBeNull();
  });
});
