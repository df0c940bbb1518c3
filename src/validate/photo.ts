// A municipality's photo (municipality.yaml `photo`): read through the data folder's boundary
// (inside the folder after links, a regular file, at most MAX_PHOTO_BYTES), judged by its headers
// (src/ingest/photo.ts: JPEG or PNG, declared size within the caps) and embedded without its
// metadata. Every refusal is a finding of the rule catalogue (photo.*, file.*); the brochure then
// has its drawn graphic instead.
import type { DataFolder } from '../boundary/data-folder.js';
import { MAX_PHOTO_BYTES } from '../boundary/limits.js';
import { readCheckedBinary } from '../boundary/read.js';
import { MAX_PHOTO_PIXELS, MAX_PHOTO_SIDE, inspectPhoto } from '../ingest/photo.js';
import type { MunicipalityConfig } from '../schema/config.js';
import type { CheckedPhoto } from '../schema/photo.js';
import type { FindingCollector } from './collector.js';
import { RULE } from './rules.js';

export function checkPhoto(
  folder: DataFolder,
  relDir: string,
  config: MunicipalityConfig,
  findings: FindingCollector,
): CheckedPhoto | undefined {
  const declared = config.photo;
  if (!declared) return undefined;
  const file = `${relDir}/${declared.file}`;
  const read = readCheckedBinary(folder, file, { format: 'photo', maxBytes: MAX_PHOTO_BYTES }, findings);
  if (read.kind === 'missing' || read.kind === 'directory') {
    findings.raise(RULE.photo.missingFile, `${relDir}/municipality.yaml`, { file: declared.file });
    return undefined;
  }
  if (read.kind !== 'bytes') return undefined; // refused by the boundary, already reported
  const verdict = inspectPhoto(read.bytes);
  switch (verdict.kind) {
    case 'not-a-photo':
      findings.raise(RULE.photo.notAPhoto, file, undefined);
      return undefined;
    case 'damaged':
      findings.raise(RULE.photo.damaged, file, { format: verdict.format, detail: verdict.detail });
      return undefined;
    case 'too-many-pixels':
      findings.raise(RULE.photo.tooManyPixels, file, {
        width: verdict.width,
        height: verdict.height,
        maxPixels: MAX_PHOTO_PIXELS,
        maxSide: MAX_PHOTO_SIDE,
      });
      return undefined;
    case 'ok':
      return {
        dataUrl: `data:image/${verdict.format};base64,${verdict.stripped.toString('base64')}`,
        width: verdict.width,
        height: verdict.height,
        alt: declared.alt,
        credit: declared.credit,
      };
  }
}
