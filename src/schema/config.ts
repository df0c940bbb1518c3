// Zod schemas of the YAML configuration (data contract §1): the single source of truth for the
// config types, their validation and the published JSON Schema (schema/*.schema.json).
import { z } from 'zod';
import { TARGET_GROUPS } from './codes.js';
import { personnummerShape } from '../util/pnr.js';
import { LocalEconomics, ProjectEconomics } from './economics.js';

/** Ids of regions, municipalities and workshops: lowercase ASCII slugs, never paths. */
export const SLUG_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/**
 * Whether a text can be an id: a slug, and never shaped like a personnummer (`990101-2386` is a
 * slug, but ids name folders, output files and findings; contract v1.2 §9).
 */
export function isSlug(id: string): boolean {
  return SLUG_PATTERN.test(id) && personnummerShape(id) === null;
}

export const Slug = z
  .string()
  .regex(SLUG_PATTERN, 'must be a lowercase ASCII slug such as "bromolla" or "verkstad-1"')
  .refine((id) => personnummerShape(id) === null, 'must not be shaped like a personnummer')
  .describe('A lowercase ASCII slug: letters a–z, digits and single hyphens (e.g. "bromolla").');

/** The yaml package's YAML 1.2 core schema keeps 2018-12-31 a string, so dates stay ISO strings. */
export const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD')
  .refine(isRealDate, 'is not a date that exists in the calendar')
  .describe('A date written YYYY-MM-DD.');

export function isRealDate(iso: string): boolean {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

const Markdown = z.string().describe('Markdown text (raw HTML is not rendered).');

/** Quoted numbers in YAML ("12") and bare ones (12) both mean the code as text. */
const DigitCode = (digits: number, example: string) =>
  z
    .union([
      z.string().regex(new RegExp(`^\\d{${digits}}$`), `must be ${digits} digits, e.g. "${example}"`),
      z
        .number()
        .int()
        .min(0)
        .max(10 ** digits - 1),
    ])
    .transform((v) => String(v).padStart(digits, '0'));

export const ProjectNarrative = z
  .strictObject({
    summary: Markdown.optional().describe('Sammanfattning of the national report.'),
    purpose: Markdown.optional().describe("Syfte och mål: the project's purpose and goals."),
    organisation: Markdown.optional().describe('How the project was organised nationally.'),
    results: Markdown.optional().describe('Resultat: national results in words.'),
    dissemination: Markdown.optional().describe('Spridning och påverkan nationally.'),
    reflections: Markdown.optional().describe('Lärdomar och reflektioner.'),
  })
  .describe('Narrative answers of the national report, keyed by report section.');

/**
 * A warning the data folder accepts: by rule, optionally only in files matching a glob and only
 * for one column, always with a reason. Accepted warnings do not fail `validate --strict`.
 */
export const AcceptedWarning = z
  .strictObject({
    rule: z
      .string()
      .regex(/^[a-z_]+\.[a-z0-9-]+$/, 'must be a rule id such as csv.unknown-column')
      .describe('The id of a warning rule (README "Validation rules"), e.g. csv.unknown-column.'),
    files: z
      .string()
      .min(1)
      .optional()
      .describe(
        'Only in files whose path below the data folder matches this glob (* within a folder, ** across folders), e.g. "skane/*/participants.csv". Default: every file.',
      ),
    column: z.string().min(1).optional().describe('Only for this CSV column, as its header is written in the file.'),
    reason: z.string().min(1).describe('Why the warning is legitimate; shown beside every warning it accepts.'),
  })
  .describe('A known, legitimate warning.');
export type AcceptedWarning = z.infer<typeof AcceptedWarning>;

export const ProjectConfig = z
  .strictObject({
    name: z.string().min(1).describe('Project name, "Plug In 2.0".'),
    esf_case_number: z
      .string()
      .regex(/^\d{4}\/\d{5}$/, 'must look like 2015/00665')
      .describe('ESF case number (ärendenummer).'),
    owner: z
      .string()
      .min(1)
      .describe(
        'Owner organisation, "Sveriges Kommuner och Landsting"; the national report credits it with processing the data ("Källa: kommunernas uppföljningsdata, bearbetning …").',
      ),
    owner_short: z.string().min(1).optional().describe('Short name of the owner, "SKL".'),
    period: z
      .strictObject({ start: IsoDate, end: IsoDate })
      .refine((p) => p.start <= p.end, 'period.start must not be after period.end')
      .describe('Project period.'),
    planned_participants: z.number().int().positive().optional().describe('Participants planned in the application.'),
    report_year: z.number().int().min(2015).max(2100).optional().describe('Year printed on the national report cover.'),
    // May be empty while a data folder is being started (`plugin-report init`); validate warns.
    regions: z.array(Slug).describe('Region ids (folder names) in report order.'),
    narrative: ProjectNarrative.optional(),
    disclosure: z
      .strictObject({
        min_count: z
          .number()
          .int()
          .min(0)
          .max(1000)
          .describe(
            'N: counts from 1 to N−1 are hidden, and so is whatever would reveal them (default 5; 0 = off, never for publication).',
          ),
      })
      .optional()
      .describe('Disclosure control (data contract §7); `--suppress N` overrides it for one run.'),
    validate: z
      .strictObject({
        accept: z.array(AcceptedWarning).describe('Warnings that are known and legitimate: they do not fail `validate --strict`.'),
      })
      .optional()
      .describe('How `plugin-report validate` treats this data folder.'),
    economics: ProjectEconomics.optional(),
  })
  .describe('project.yaml: project-level facts.');
export type ProjectConfig = z.infer<typeof ProjectConfig>;

/** The regional report's fixed questions; the region answers them in Markdown, keyed like this. */
export const RegionNarrative = z
  .strictObject({
    summary: Markdown.optional().describe('Sammanfattning.'),
    purpose: Markdown.optional().describe('Why the region took part in Plug In 2.0.'),
    goals: Markdown.optional().describe('Purpose, overall goals, sub-goals and expected results.'),
    steering: Markdown.optional().describe("Whether and how the region steered the workshops' activities and target groups."),
    regional_link: Markdown.optional().describe('How the local workshops tie in with the regional work and goals.'),
    results_regional: Markdown.optional().describe('Actual results at regional level against the goals.'),
    results_knowledge: Markdown.optional().describe('New knowledge, changed ways of working and structures.'),
    management: Markdown.optional().describe('How the regional project management worked.'),
    support: Markdown.optional().describe('How the region supported the local workshops.'),
    methods: Markdown.optional().describe('Methods, training and other activities used.'),
    success_factors: Markdown.optional().describe('What made the difference.'),
    patterns: Markdown.optional().describe("Patterns, similarities and differences between the workshops' results."),
    strategy: Markdown.optional().describe('Spridning och påverkan: how the region worked strategically.'),
    dissemination: Markdown.optional().describe('Cooperation with other actors, dissemination and influence.'),
    reflections: Markdown.optional().describe('Own reflections: what went well and why.'),
  })
  .describe('Narrative answers of the regional report, keyed by report section.');
export type RegionNarrative = z.infer<typeof RegionNarrative>;

/**
 * A contact that outlives the project and the people in it: a function (a service, a mailbox, a
 * switchboard), never a person (issue 13). An address shaped like "first.last@" is refused, since
 * that is how a person's mailbox is named in Swedish municipalities.
 */
const PERSONAL_MAILBOX = /^[\p{L}]+[._-][\p{L}]+(?:[._-][\p{L}]+)?@/u;
export const FunctionContact = z
  .strictObject({
    function: z.string().min(1).optional().describe('The function or service to contact, e.g. "Ungdomsporten" or "Kontaktcenter".'),
    email: z
      .email()
      .refine((e) => !PERSONAL_MAILBOX.test(e), {
        message: "looks like a person's address (first.last@…); give the address of a function, e.g. ungdomsporten@kommun.se",
      })
      .optional()
      .describe("A function's e-mail address (e.g. ungdomsporten@kommun.se), never a person's."),
    phone: z
      .string()
      .regex(/^\+?[0-9][0-9 -]{4,18}[0-9]$/, 'must be a phone number of digits, spaces and hyphens, e.g. "0456-822 00"')
      .optional()
      .describe("A function's phone number (a switchboard or service), never a person's."),
    web: z.string().min(1).optional().describe('Web address, e.g. "bromolla.se/plugin".'),
  })
  .describe('A contact function (no personal names, addresses or numbers).');
export type FunctionContact = z.infer<typeof FunctionContact>;

export const RegionConfig = z
  .strictObject({
    id: Slug.describe('Region id; must equal the folder name.'),
    name: z.string().min(1).describe('Display name, e.g. "Skåne".'),
    organisation: z
      .string()
      .min(1)
      .describe(
        'Organisation that reports, e.g. "Kommunförbundet Skåne"; the regional report credits it with processing the data in every source line.',
      ),
    county_code: DigitCode(2, '12').describe('County code (länskod), two digits; a region of several counties gives its main one.'),
    report_year: z.number().int().min(2015).max(2100).optional().describe('Year printed on the cover.'),
    municipalities: z.array(Slug).describe('Municipality ids (folder names) in report order (may be empty while starting).'),
    synthetic: z.boolean().optional().describe('True when the data is synthetic (made up for tests and demos); the reports say so.'),
    narrative: RegionNarrative.optional(),
    contact: FunctionContact.optional().describe(
      "The region's contact function, printed on every brochure's back page beside the municipality's.",
    ),
    economics: LocalEconomics.optional(),
  })
  .describe("<region>/region.yaml: region facts and the region's narrative answers.");
export type RegionConfig = z.infer<typeof RegionConfig>;

export const TargetGroupValue = z
  .union([z.number().int(), z.string()])
  .transform((v) => String(v))
  .pipe(z.enum(TARGET_GROUPS, { message: 'must be 1, 2 or 3' }));

export const Workshop = z
  .strictObject({
    id: Slug.describe("Workshop id, used in participants.csv's workshop column."),
    name: z.string().min(1).describe('Display name, e.g. "Startskolan".'),
    target_groups: z.array(TargetGroupValue).min(1).describe('Target groups (1, 2, 3) the workshop works with.'),
    description: Markdown.optional().describe('What the workshop did, in a few sentences.'),
  })
  .describe('A local project workshop (projektverkstad).');
export type Workshop = z.infer<typeof Workshop>;

export const Quote = z
  .strictObject({
    text: z.string().min(1).describe('The quote, without quotation marks.'),
    role: z.string().min(1).describe('The speaker\'s role, never a name (e.g. "elev, 17 år", "KAA-samordnare").'),
  })
  .describe('A quote for the brochure and report.');

export const Interview = z
  .strictObject({
    title: z.string().min(1).optional().describe('Heading of the interview excerpt.'),
    role: z.string().min(1).describe("The interviewee's role, never a name."),
    text: Markdown.describe('The excerpt, Markdown (questions in bold work well).'),
  })
  .describe('An interview excerpt for the brochure.');

export const Baseline = z
  .strictObject({
    key: Slug.optional().describe('Machine key, e.g. "pupils-reached".'),
    label: z.string().min(1).describe('What the figure counts, in Swedish, e.g. "Elever som tagit del av aktiviteterna".'),
    value: z.number().nonnegative().describe('The figure.'),
    approximate: z.boolean().optional().describe('True when the figure is an estimate ("cirka 1 000").'),
    period: z.string().optional().describe('When it applies, e.g. "perioden före projektet".'),
  })
  .describe('A figure reported by the municipality that is not computed from the CSV files.');

export const Photo = z
  .strictObject({
    file: z
      .string()
      .regex(
        /^images\/[A-Za-z0-9][A-Za-z0-9._-]*\.(jpe?g|png)$/i,
        'must be a JPEG or PNG file in the images/ folder, e.g. "images/verkstaden.jpg"',
      )
      .refine((f) => !f.includes('..'), 'must not contain ".."')
      .describe('The photo, a JPEG or PNG file in the images/ folder beside municipality.yaml.'),
    alt: z.string().min(1).describe('Text alternative: what the photo shows, for readers who cannot see it (required).'),
    credit: z.string().min(1).describe('Photographer or source, printed beside the photo ("Foto: …").'),
    no_identifiable_participants: z
      .literal(true, { message: 'must be true: confirm that no participant can be identified in the photo' })
      .describe('The municipality states that no participant can be identified in the photo; must be true.'),
  })
  .describe("An optional photo for the brochure's cover; without one the cover has a drawn graphic.");

export const MunicipalityConfig = z
  .strictObject({
    id: Slug.describe('Municipality id; must equal the folder name.'),
    name: z.string().min(1).describe('Display name, e.g. "Bromölla".'),
    kommunkod: DigitCode(4, '1272').describe('Municipality code, four digits.'),
    started: IsoDate.optional().describe('When the local workshop started.'),
    workshops: z.array(Workshop).min(1),
    narrative: z
      .strictObject({
        what_we_did: Markdown.optional().describe('"Det här gjorde vi": what was concretely done.'),
        results: Markdown.optional().describe('Results in words.'),
        implementation: Markdown.optional().describe('What lives on after the project.'),
      })
      .optional(),
    quotes: z.array(Quote).optional(),
    interview: Interview.optional(),
    baseline: z.array(Baseline).optional(),
    photo: Photo.optional(),
    contact: FunctionContact.extend({
      organisation: z.string().min(1).describe('The department to contact, e.g. "Utbildningsförvaltningen, Bromölla kommun".'),
    })
      .optional()
      .describe("Organisational contact for the brochure's back page: a function, never a person."),
    economics: LocalEconomics.optional(),
  })
  .superRefine((m, ctx) => {
    const seen = new Set<string>();
    m.workshops.forEach((w, i) => {
      if (seen.has(w.id))
        ctx.addIssue({ code: 'custom', path: ['workshops', i, 'id'], message: `workshop id "${w.id}" is declared twice` });
      seen.add(w.id);
    });
  })
  .describe('<region>/<municipality>/municipality.yaml: municipality facts, workshops, narrative, quotes.');
export type MunicipalityConfig = z.infer<typeof MunicipalityConfig>;
