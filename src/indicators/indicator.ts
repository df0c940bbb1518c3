// What an indicator declares about itself (one per folder, listed in ./registry.ts), so that
// computing, summing, suppressing, labelling and exporting go through the registry instead of
// naming each indicator.
import type { Participant } from '../schema/records.js';
import type { MunicipalityData } from '../schema/municipality-data.js';
import type { IndicatorCopy, Locale } from './copy.js';
import type { Relations } from './relations.js';
import type { ReportSection } from './section.js';

/** F: its figures; Prepared: the per-person facts compute() takes; Shown: its figures after disclosure control. */
export interface Indicator<Key extends string = string, F = unknown, Prepared = unknown, Shown = unknown> {
  /** Its key in `Figures`. */
  key: Key;
  /**
   * 'workshop': computed for each workshop's participants and summed into the municipality;
   * 'municipality': belongs to the municipality as a whole (the KAA list), workshops have none.
   */
  level: 'workshop' | 'municipality';
  /**
   * The municipality's per-person facts, derived once and shared by the municipality and its
   * workshops; undefined when the municipality has no such file: its figures are then null (no
   * data, which is not zero).
   */
  prepare(data: MunicipalityData): Prepared | undefined;
  /**
   * The figures of `participants` (each person once). `participantsById` holds the whole
   * municipality, for what is matched against it (KAA persons who are participants).
   */
  compute(participants: Participant[], prepared: Prepared, participantsById: ReadonlyMap<string, Participant>): F;
  /** The figures of a region without municipalities: zero, or null for an indicator of an optional file. */
  empty(): F | null;
  /** Its section in the reports (./<name>/section.ts). */
  section: ReportSection<Shown>;
  relations: Relations;
  /** Its words (./copy.<locale>.json). */
  copy: Record<Locale, IndicatorCopy>;
  /**
   * Figures (paths inside the indicator) that are not whole persons: a count that is a sum of
   * values (merit values), a ratio that is no share (attempts per person). Exports show them with
   * one decimal instead of as an integer or a percentage.
   */
  decimals?: readonly string[];
  /** The labels of each breakdown's codes (from the code lists), for the "<breakdown>.*" labels. */
  codeLabels?: Record<string, (code: string) => string | undefined>;
}
