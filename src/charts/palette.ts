// The one source of the documents' data colours: every chart of every document, and the CSS
// (templates/css/base.css --women / --men, checked by palette.test.ts), take them from here.
//
// The colours must stay apart when printed in greyscale (a council's black-and-white printer): the
// series of one chart differ in lightness by at least MIN_LIGHTNESS_STEP (CIE L*, 0 = black,
// 100 = white), not only in hue. Hues are Okabe–Ito's colour-blind-safe ones, darkened or lightened
// where greyscale needed it.

/** Women and men are these two colours in every chart (Okabe–Ito orange, light; blue, middle). */
export const GENDER_COLOURS = { women: '#E69F00', men: '#0072B2' } as const;
/** Totals are a dark neutral grey: no gender's hue, and darker than both genders in greyscale. */
export const TOTAL_COLOUR = '#383838';
/** Grade changes: raised (dark bluish green), kept (light grey), lowered (Okabe–Ito reddish purple). */
export const CHANGE_COLOURS = { raised: '#00694D', kept: '#D9D9D9', lowered: '#CC79A7' } as const;

/**
 * The sensitivity (tornado) chart: an assumption at its low value (Okabe–Ito bluish green,
 * darkened) and at its high value (Okabe–Ito sky blue). No gender's colour, so a reader never
 * takes a bar for women or men; apart in greyscale like every other pair.
 */
export const SENSITIVITY_COLOURS = { low: '#00694D', high: '#56B4E9' } as const;

/** The least difference in L* between two series of one chart: clearly apart in greyscale. */
export const MIN_LIGHTNESS_STEP = 20;

/** Near-black ink of the documents' text (also the charts' labels on light fills). */
export const INK = '#1A1A1A';
export const WHITE = '#FFFFFF';

/** WCAG relative luminance (0 black … 1 white) of a #RRGGBB colour. */
export function relativeLuminance(hex: string): number {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) throw new Error(`not a #RRGGBB colour: ${hex}`);
  const [r, g, b] = m.slice(1).map((h) => {
    const c = Number.parseInt(h, 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** CIE L* of a colour: its lightness as a greyscale print shows it (0–100). */
export function lightness(hex: string): number {
  const y = relativeLuminance(hex);
  return y > 216 / 24389 ? 116 * Math.cbrt(y) - 16 : (24389 / 27) * y;
}

/** WCAG contrast ratio of two colours (1–21). */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** The text colour for a label set on `fill`: ink or white, whichever contrasts more. */
export function labelColourOn(fill: string): string {
  return contrastRatio(fill, INK) >= contrastRatio(fill, WHITE) ? INK : WHITE;
}
