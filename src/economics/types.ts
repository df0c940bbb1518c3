// The socio-economic estimate's shape (issue 16): what `estimateEconomics(input)` of
// src/economics/index.ts returns for one municipality, region or the nation. This file is the
// contract between the computation (src/economics/) and the documents that print it
// (src/documents/**: the chapter "Samhällsekonomisk bedömning", the brochure panel "Vad är det
// värt?", the sensitivity chart); a realistic sample is in ./test-helpers/sample-estimate.ts.
//
// What the data can and cannot say: the data count participants who went on to studies or work
// (exit outcomes) and participants who became eligible for a vocational programme (grades). They
// cannot say what would have happened without the project. So the estimate leads with break-even
// (how many of the N would have had to stay outside for the project to pay for itself), then
// scenarios that apply a deadweight share, then a sensitivity of the central scenario.
//
// Disclosure: every figure derived from a count (N, the value of the outcomes, net, ratio) is
// computed from the figures AFTER disclosure control and is null where its count is hidden: a
// kronor amount is c × count with a published c, so it reveals exactly what its count does. Break-
// even (k) and the value per person depend on the cost and the assumptions only, never on a count.
//
// The estimate carries no words: every label, sentence and note is in the copy catalogue, keyed by
// the codes below (AssumptionKey, ValuationMethod, MissingInput, CostMissingReason, …).
import type { MunicipalityConfig, ProjectConfig, RegionConfig } from '../schema/config.js';
import type { Unit } from '../indicators/types.js';

/** A figure after disclosure control: null = hidden, printed "..". */
export type Cell = number | null;

/** The input of estimateEconomics: the unit's figures after disclosure control and its configuration. */
export interface EconomicsInput {
  /** A municipality, region or nation unit AFTER disclosure control (its children are used for costs). */
  unit: Unit<Cell>;
  project: ProjectConfig;
  /**
   * The regions the unit covers with their municipality configs: the nation's every region, a
   * region's own, a municipality's region with (at least) that municipality. Same shape as
   * src/validate/dataset.ts LoadedRegion.
   */
  regions: ReadonlyArray<{ config: RegionConfig; municipalities: readonly MunicipalityConfig[] }>;
}

/** A publication an assumption's figure comes from (`source` in the YAML). */
export interface SourceRef {
  title: string;
  author: string;
  /**
   * Year of publication; null only for a shipped default whose year the copy it was confirmed in
   * does not state (Nilsson & Wadeskog's report): the document prints "u.å." (utan årtal).
   */
  year: number | null;
  /** Address (URL) of the publication, when it has one. */
  url?: string;
  /** Where in the publication, e.g. "s. 14" (shipped defaults give it). */
  page?: string;
}

/**
 * Scenarios of the estimate. 'central': every assumption at its value; 'low': every assumption at
 * the end that gives the LOWER value (low annual cost, few years, the HIGH discount rate, the HIGH
 * deadweight); 'high': the other ends. So low ≤ central ≤ high always.
 */
export const SCENARIOS = ['low', 'central', 'high'] as const;
export type Scenario = (typeof SCENARIOS)[number];

/**
 * The assumptions (YAML keys in snake_case: annual_cost, lifetime_cost, discount_rate, years,
 * deadweight, eligibility_value).
 * - annualCost: the annual societal cost of a young person outside work and studies (kr/year);
 * - lifetimeCost: the societal cost over the adult life of one who never gets into working life (kr);
 * - discountRate: the real discount rate (a share, 0.035 = 3.5 %);
 * - years: how many years outside are counted;
 * - deadweight: the share of outcomes that would have happened anyway (0..1);
 * - eligibilityValue: the net present value to society of one young person reaching eligibility
 *   for a national upper-secondary programme (kr).
 */
export const ASSUMPTION_KEYS = ['annualCost', 'lifetimeCost', 'discountRate', 'years', 'deadweight', 'eligibilityValue'] as const;
export type AssumptionKey = (typeof ASSUMPTION_KEYS)[number];

export type AssumptionUnit = 'kronor-per-year' | 'kronor' | 'rate' | 'years' | 'share';

/** Where an assumption was set: the tool's default, or the YAML file that set it last. */
export type AssumptionOrigin = 'default' | 'project' | 'region' | 'municipality';

/** One assumption as used (only assumptions that have a value are listed). */
export interface Assumption {
  key: AssumptionKey;
  unit: AssumptionUnit;
  /** As given (in the source's price year for kronor). low ≤ value ≤ high (validated). */
  given: { value: number; low: number; high: number; priceYear: number | null };
  /**
   * As used in the computation: kronor converted to `prices.priceYear` when a price index is
   * given, else identical to `given`. Rates, years and shares are never converted (priceYear null).
   */
  used: { value: number; low: number; high: number; priceYear: number | null };
  source: SourceRef;
  origin: AssumptionOrigin;
}

/**
 * A kronor amount with the price year it is expressed in (kronor null = a hidden amount, see the
 * header). priceYear null: the source's own price level, which the source does not state (the
 * shipped lifetime cost); the document says "källans prisnivå" and such an amount is never converted.
 */
export interface Amount<C = number> {
  kronor: C;
  priceYear: number | null;
}

/** How amounts of different price years are treated. */
export type PriceBasis =
  /** A price index (KPI) in project.yaml: every amount is converted to `priceYear`; the report says so. */
  | { converted: true; priceYear: number; indexYears: number[] }
  /**
   * No index, or an amount whose price year the index lacks (or is unknown): nothing is converted,
   * each amount is shown in its own price year (`priceYears`: every known one that occurs, ascending).
   */
  | { converted: false; priceYears: number[] };

/** The intervention's cost for the unit. */
export interface Cost {
  esfSupport: Amount;
  ownFunding: Amount;
  /** esfSupport + ownFunding. */
  total: Amount;
  /** 'own': from the unit's own YAML; 'sum-of-parts': the sum of every municipality's (region) or region's (nation). */
  origin: 'own' | 'sum-of-parts';
  /** True when a cost is marked synthetic (fixtures) or comes from a synthetic region: the document must say so. */
  synthetic: boolean;
  /** The cost's own note or source text from the YAML (e.g. "ESF-beslut 2015-06-12"), if any. */
  note?: string;
}

/**
 * Why the unit has no cost (then nothing is estimated and the document prints a note):
 * - 'none-given': no cost in the unit's YAML nor in all of its parts';
 * - 'parts-missing': a region or the nation would sum its parts, but `unitsWithoutCost` have none;
 * - 'price-years-differ': parts of different price years and no price index to convert them.
 */
export type CostMissingReason = 'none-given' | 'parts-missing' | 'price-years-differ';

/**
 * How a participant's outcome is valued:
 * - 'years-outside': annualCost × Σ_{t=1..years} (1+discountRate)^−t (costs at the end of each
 *   year, the first year discounted once), valuing `educationOrWork`;
 * - 'lifetime': lifetimeCost as its source states it (no further discounting), valuing `educationOrWork`;
 * - 'eligibility': eligibilityValue (already a net present value), valuing `becameEligible`.
 */
export const VALUATION_METHODS = ['years-outside', 'lifetime', 'eligibility'] as const;
export type ValuationMethod = (typeof VALUATION_METHODS)[number];

/** The counted outcome a valuation values (figures paths: outcomes.educationOrWork.numerator, grades.becameEligible). */
export type ValuedOutcome = 'educationOrWork' | 'becameEligible';

/**
 * The break-even: "the project pays for itself if k of the N participants who … would otherwise
 * have stayed outside for Y years". k = ceil(cost / valuePerPerson), central assumptions, so
 * k × valuePerPerson ≥ cost > (k − 1) × valuePerPerson. Never depends on a count.
 */
export interface BreakEven {
  k: number;
  valuePerPerson: Amount;
  cost: Amount;
  /** Whether k ≤ N; null when N is hidden (then the sentence must not print N either). */
  withinCount: boolean | null;
}

export interface ScenarioResult {
  scenario: Scenario;
  /** Value per person with every assumption at this scenario's level. */
  valuePerPerson: Amount;
  /** The deadweight share used (0..1). */
  deadweight: number;
  /** N × (1 − deadweight) × valuePerPerson; null when N is hidden. */
  value: Amount<Cell>;
  /** value − cost; null when N is hidden. */
  net: Amount<Cell>;
  /** value / cost; null when N is hidden. */
  ratio: Cell;
}

/**
 * One bar of the tornado: one assumption at its low and at its high, the others central. Bars are
 * sorted by swing, largest first. `net*` are null when N is hidden; `breakEven*` never are
 * (deadweight does not move k: its bar has k equal at both ends).
 */
export interface SensitivityBar {
  assumption: AssumptionKey;
  /** The assumption's used low and high (the bar's ends are labelled with them). */
  low: number;
  high: number;
  netAtLow: Cell;
  netAtHigh: Cell;
  breakEvenAtLow: number;
  breakEvenAtHigh: number;
}

/** One way of valuing the outcomes, with everything the chapter prints about it. */
export interface Valuation {
  method: ValuationMethod;
  outcome: ValuedOutcome;
  /** N: the outcome's total count after disclosure control (null = hidden). */
  count: Cell;
  /** 'years-outside' only: the years counted (central) and the discount rate (central). */
  years?: number;
  discountRate?: number;
  /** The assumptions this valuation uses (keys into EconomicEstimate.assumptions). */
  uses: AssumptionKey[];
  breakEven: BreakEven;
  /**
   * The low, central and high scenarios in that order; null when deadweight has no value, and
   * always for 'lifetime' (a lifetime cost supports a break-even only: valuing every participant
   * who went on as one kept from a lifetime outside would claim more than the data can say).
   */
  scenarios: ScenarioResult[] | null;
  /** The tornado's bars; null with the scenarios. */
  sensitivity: SensitivityBar[] | null;
}

/** What can be missing for a valuation: an assumption without a value (and source), or the grades data ('grades': no grades.csv in scope). */
export type MissingInput = AssumptionKey | 'grades';

export interface LeftOutValuation {
  method: ValuationMethod;
  /** The assumptions it needs that have no value; the note names them. */
  missing: MissingInput[];
}

export interface EconomicEstimate {
  level: 'municipality' | 'region' | 'nation';
  id: string;
  name: string;
  /**
   * 'estimated': at least one valuation; 'no-cost': left out, the note names the cost as missing
   * (`costMissing`); 'no-valuation': a cost but no valuation has all its assumptions (`leftOut`).
   */
  status: 'estimated' | 'no-cost' | 'no-valuation';
  cost: Cost | null;
  costMissing?: { reason: CostMissingReason; unitsWithoutCost: string[] };
  prices: PriceBasis;
  /** Every assumption that has a value, in ASSUMPTION_KEYS order, with its source. */
  assumptions: Assumption[];
  /** In VALUATION_METHODS order; the first one leads (its break-even is the headline). */
  valuations: Valuation[];
  /** Valuations not made, with what they miss (empty when all were made). */
  leftOut: LeftOutValuation[];
}
