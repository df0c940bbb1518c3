// Bundled in place of zod's locales index (scripts/build.mjs). zod's `z.locales` namespace pulls
// in the messages of ~45 languages, half of zod's code in the bundle (~350 KB that every command,
// `validate` too, parsed at start-up); zod itself and our findings use English only.
export { default as en } from 'zod/v4/locales/en.js';
