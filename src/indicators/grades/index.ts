// Indicator 4 (contract §7.4): merit value, its change and eligibility, from the optional grades.csv.
import type { Indicator } from '../indicator.js';
import type { Cell } from '../table.js';
import { gradeSection } from './section.js';
import en from './copy.en.json' with { type: 'json' };
import sv from './copy.sv.json' with { type: 'json' };
import { assessGrades, gradeFigures, type GradeAssessment } from './compute.js';
import { gradeRelations } from './relations.js';
import type { GradeFigures } from './types.js';

export const grades: Indicator<'grades', GradeFigures, Map<string, GradeAssessment>, GradeFigures<Cell>> = {
  key: 'grades',
  level: 'workshop',
  prepare: (data) => (data.grades ? assessGrades(data.grades) : undefined),
  compute: (persons, assessments) => gradeFigures(persons, assessments),
  empty: () => null,
  section: gradeSection,
  relations: gradeRelations,
  copy: { sv, en },
  decimals: ['meritSumFirst', 'meritSumLast'] satisfies Array<keyof GradeFigures>,
};
