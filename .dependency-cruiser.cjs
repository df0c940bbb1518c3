// The layering of src/ (README "Architecture"), checked by `npm run lint` in CI. Data flows one
// way: read → validate → compute → (suppress) → render HTML → print PDF → write; each rule below
// keeps a lower stage from reaching up into a later one or into the commands that run them.
// Tests may reach across layers to test a stage with real inputs (an HTML test renders a real
// report); the code they test may not.
const TESTS = ['\\.test\\.ts$', '/test-helpers/'];

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'A cycle makes two modules one: neither can be understood or tested alone.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'only-cli-imports-commands',
      severity: 'error',
      comment: 'Commands own their pipelines; stages never call back up into a command. Only src/cli.ts registers them.',
      from: { path: '^src/', pathNot: ['^src/commands/', '^src/cli\\.ts$'] },
      to: { path: '^src/commands/' },
    },
    {
      name: 'indicators-are-pure',
      severity: 'error',
      comment: 'Indicators compute figures from records; they know nothing of documents, HTML, PDF, charts, reading or validating files.',
      from: { path: '^src/indicators/', pathNot: TESTS },
      to: { path: '^src/(documents|html|pdf|charts|validate|ingest|pipeline|disclosure)/' },
    },
    {
      name: 'economics-is-pure',
      severity: 'error',
      comment:
        'The socio-economic estimate computes from configuration and figures after disclosure control; like the indicators it knows nothing of documents, HTML, PDF, charts, reading or validating files, and never reaches into disclosure control (it takes its result as input).',
      from: { path: '^src/economics/', pathNot: TESTS },
      to: { path: '^src/(documents|html|pdf|charts|validate|ingest|pipeline|disclosure|commands|boundary)/' },
    },
    {
      name: 'disclosure-knows-figures-only',
      severity: 'error',
      comment:
        'Disclosure control hides cells of computed figures; it knows nothing of documents, HTML, PDF, charts, reading or validating files.',
      from: { path: '^src/disclosure/', pathNot: TESTS },
      to: { path: '^src/(documents|html|pdf|charts|validate|ingest|pipeline)/' },
    },
    {
      name: 'boundary-knows-no-reader',
      severity: 'error',
      comment:
        "The data folder's boundary (location, type, size and text checks) is a layer every input reads through, now and later (photos, xlsx, Markdown): it knows no reader, validator or later stage, and reports through its own interface (src/boundary/problems.ts).",
      from: { path: '^src/boundary/', pathNot: TESTS },
      to: { path: '^src/(ingest|validate|schema|indicators|pipeline|documents|html|pdf|charts|commands|disclosure)/' },
    },
    {
      name: 'ingest-below-validate',
      severity: 'error',
      comment: 'Ingest turns bytes into records; validation judges them. Ingest reports through its own interface.',
      from: { path: '^src/ingest/', pathNot: TESTS },
      to: { path: '^src/(validate|indicators|documents|html|pdf|charts|pipeline)/' },
    },
    {
      name: 'validate-prints-nothing',
      severity: 'error',
      comment: 'Validation must run without the PDF, chart or HTML machinery (and loads faster for it).',
      from: { path: '^src/validate/', pathNot: TESTS },
      to: { path: '^src/(pdf|charts|html|documents|indicators|pipeline)/' },
    },
    {
      name: 'schema-is-the-bottom',
      severity: 'error',
      comment: 'The schema (zod, code lists, CSV specs) is the one source everything else derives from.',
      from: { path: '^src/schema/', pathNot: TESTS },
      to: { path: '^src/(ingest|validate|indicators|pipeline|documents|html|pdf|charts|disclosure)/' },
    },
    {
      name: 'output-stages-below-documents',
      severity: 'error',
      comment: 'HTML, charts and PDF render whatever document they are given; documents depend on them, never the reverse.',
      from: { path: '^src/(html|charts|pdf)/', pathNot: TESTS },
      to: { path: '^src/(documents|pipeline|validate|ingest)/' },
    },
    {
      name: 'not-to-dev-dependency',
      severity: 'error',
      comment: 'Shipped code must not need a dev dependency at run time.',
      from: { path: '^src/', pathNot: ['\\.test\\.ts$', '/test-helpers/'] },
      to: { dependencyTypes: ['npm-dev'] },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)node_modules/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'], extensions: ['.ts', '.js', '.mjs', '.json'] },
    moduleSystems: ['es6', 'cjs'],
  },
};
