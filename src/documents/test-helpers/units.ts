// Hand-built Units for view-model and HTML tests: no CSV, no validation, figures chosen by the test.
import { AGE_BANDS, DROPOUT_REASONS, OUTCOME_CODES, TARGET_GROUPS } from '../../schema/codes.js';
import type { Count, Figures, Level, Unit } from '../../indicators/types.js';
import type { MunicipalityConfig, ProjectConfig, RegionConfig } from '../../schema/config.js';

export const c = (women: number, men: number): Count => ({ women, men, total: women + men });
const zero = () => c(0, 0);
const byKeys = <K extends string>(keys: readonly K[]) => Object.fromEntries(keys.map((k) => [k, zero()])) as Record<K, Count>;

export function figures(
  over: Partial<{
    persons: Count;
    exited: Count;
    educationOrWork: Count;
    kaa: [Count, Count, Count];
    grades: { measurable: Count; raised: Count; kept: Count; lowered: Count; intensive: Count; intensiveRaised: Count };
  }> = {},
): Figures {
  const persons = over.persons ?? c(10, 12);
  const exited = over.exited ?? zero();
  const eow = over.educationOrWork ?? zero();
  const f: Figures = {
    participants: {
      persons,
      byTargetGroup: { ...byKeys(TARGET_GROUPS), '1': persons },
      byAgeBand: { ...byKeys(AGE_BANDS), '15-19': persons },
      intensiveSupport: zero(),
    },
    outcomes: {
      exited,
      missingOutcome: zero(),
      byCode: { ...byKeys(OUTCOME_CODES), national_programme: eow },
      education: eow,
      work: zero(),
      educationOrWork: { numerator: eow, denominator: exited },
    },
    dropouts: {
      persons: zero(),
      rate: { numerator: zero(), denominator: persons },
      byReason: byKeys(DROPOUT_REASONS),
      returned: zero(),
      remaining: persons,
    },
    grades: null,
    kaa: null,
  };
  if (over.kaa) {
    const [listed, contacted, inInterventions] = over.kaa;
    f.kaa = {
      listed,
      contacted,
      contactRate: { numerator: contacted, denominator: listed },
      inInterventions,
      attempts: listed,
      attemptsPerPerson: { numerator: listed, denominator: listed },
    };
  }
  if (over.grades) {
    const g = over.grades;
    const rk = c(g.raised.women + g.kept.women, g.raised.men + g.kept.men);
    f.grades = {
      withGrades: g.measurable,
      measurable: g.measurable,
      raised: g.raised,
      kept: g.kept,
      lowered: g.lowered,
      raisedOrKept: { numerator: rk, denominator: g.measurable },
      intensiveRaised: { numerator: g.intensiveRaised, denominator: g.intensive },
      eligibleFirst: zero(),
      eligibleLast: zero(),
      becameEligible: zero(),
      meritSumFirst: c(0, 0),
      meritSumLast: c(0, 0),
    };
  }
  return f;
}

export function unit(level: Level, id: string, name: string, f: Figures, children: Unit[] = []): Unit {
  return { level, id, name, figures: f, children };
}

export const project: ProjectConfig = {
  name: 'Plug In 2.0',
  esf_case_number: '2015/00665',
  owner: 'Sveriges Kommuner och Landsting',
  owner_short: 'SKL',
  period: { start: '2015-03-01', end: '2018-12-31' },
  planned_participants: 3000,
  regions: ['skane'],
};

export function region(over: Partial<RegionConfig> = {}): RegionConfig {
  return { id: 'skane', name: 'Skåne', organisation: 'Kommunförbundet Skåne', county_code: '12', municipalities: ['bromolla'], ...over };
}

export function municipality(over: Partial<MunicipalityConfig> = {}): MunicipalityConfig {
  return {
    id: 'bromolla',
    name: 'Bromölla',
    kommunkod: '1272',
    started: '2015-08-17',
    workshops: [
      { id: 'verkstad-1', name: 'Verkstad 1', target_groups: ['2'] },
      { id: 'verkstad-2', name: 'Verkstad 2', target_groups: ['1'] },
    ],
    ...over,
  };
}
