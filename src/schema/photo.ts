// A municipality's photo once validation has judged it (src/validate/photo.ts): JPEG or PNG, its
// declared size within the caps, every metadata segment or chunk left out, as a data: URL the
// brochure embeds (the page loads nothing else). With the alt text, credit and statement of
// municipality.yaml's `photo`.
export interface CheckedPhoto {
  /** data:image/jpeg;base64,… or data:image/png;base64,… of the stripped bytes. */
  dataUrl: string;
  width: number;
  height: number;
  alt: string;
  credit: string;
}
