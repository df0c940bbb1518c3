// Deterministic randomness and calendar arithmetic for the fixture generator.
// Every stream is seeded from a text (e.g. "skane/malmo/participants"), so changing one
// municipality never shifts the random numbers of another one.

/** FNV-1a over the UTF-16 code units: a stable 32-bit seed from a text. */
function hashText(text) {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** mulberry32: small, fast and good enough for plausible test data. */
export function createRng(seedText) {
  let state = hashText(seedText);
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min, max) => min + Math.floor(next() * (max - min + 1));
  const pick = (items) => items[Math.floor(next() * items.length)];
  const chance = (p) => next() < p;
  const shuffle = (items) => {
    const copy = [...items];
    for (let i = copy.length - 1; i > 0; i -= 1) {
      const j = Math.floor(next() * (i + 1));
      [copy[i], copy[j]] = [copy[j], copy[i]];
    }
    return copy;
  };
  /** entries: [[value, weight], …] */
  const weighted = (entries) => {
    const total = entries.reduce((sum, [, w]) => sum + w, 0);
    let r = next() * total;
    for (const [value, w] of entries) {
      r -= w;
      if (r < 0) return value;
    }
    return entries[entries.length - 1][0];
  };
  return { next, int, pick, chance, shuffle, weighted };
}

/**
 * Spreads `total` over categories exactly: [[value, count], …] → an array of `total` values in a
 * shuffled order. Used wherever a published figure must come out exactly.
 */
export function exactMix(rng, counts) {
  const values = [];
  for (const [value, count] of counts) for (let i = 0; i < count; i += 1) values.push(value);
  return rng.shuffle(values);
}

const DAY_MS = 86_400_000;

/** ISO date → days since 1970-01-01 (UTC, so no time zone can shift a date). */
export function toDays(iso) {
  const [y, m, d] = iso.split('-').map(Number);
  return Math.round(Date.UTC(y, m - 1, d) / DAY_MS);
}

export function fromDays(days) {
  return new Date(days * DAY_MS).toISOString().slice(0, 10);
}

export function addDays(iso, n) {
  return fromDays(toDays(iso) + n);
}

/** A random date between two ISO dates, both included; weekends move to the next Monday when room. */
export function randomDate(rng, fromIso, toIso, { weekdaysOnly = true } = {}) {
  const from = toDays(fromIso);
  const to = toDays(toIso);
  if (to < from) throw new Error(`empty date range ${fromIso} – ${toIso}`);
  // School registers rarely show dates in the summer or Christmas breaks: draw again a few times.
  let day = rng.int(from, to);
  for (let tries = 0; tries < 8 && inBreak(fromDays(day)); tries += 1) day = rng.int(from, to);
  if (weekdaysOnly) {
    // 1970-01-01 was a Thursday: weekday index 0 = Monday.
    const weekday = (day + 3) % 7;
    if (weekday >= 5) {
      const monday = day + (7 - weekday);
      const friday = day - (weekday - 4);
      if (monday <= to) day = monday;
      else if (friday >= from) day = friday;
    }
  }
  return fromDays(day);
}

function inBreak(iso) {
  const md = iso.slice(5);
  return (md >= '06-22' && md <= '08-09') || md >= '12-22' || md <= '01-06';
}

export function minDate(...isos) {
  return isos.reduce((a, b) => (a <= b ? a : b));
}

export function maxDate(...isos) {
  return isos.reduce((a, b) => (a >= b ? a : b));
}

export function yearOf(iso) {
  return Number(iso.slice(0, 4));
}
