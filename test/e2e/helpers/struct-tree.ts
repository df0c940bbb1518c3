// Reads a tagged PDF's structure tree back (with pdf-lib), as assistive technology meets it: each
// element's type, its /Alt text and its children. poppler's `pdfinfo -struct` shows the types but
// not the alt texts, and a Figure is only accessible with one.
import { PDFArray, PDFDict, PDFHexString, PDFName, PDFRef, PDFString, type PDFObject } from 'pdf-lib';
import { loadPdf } from '../../../src/pdf/post/metadata.js';

export interface StructElement {
  type: string;
  alt: string | undefined;
  children: StructElement[];
}

/** The structure tree under /StructTreeRoot, elements only (marked-content ids left out). */
export async function readStructTree(bytes: Uint8Array): Promise<StructElement[]> {
  const doc = await loadPdf(bytes);
  const root = doc.catalog.lookupMaybe(PDFName.of('StructTreeRoot'), PDFDict);
  if (!root) return [];
  const deref = (o: PDFObject | undefined) => (o instanceof PDFRef ? doc.context.lookup(o) : o);
  const text = (o: PDFObject | undefined) => {
    const v = deref(o);
    return v instanceof PDFString || v instanceof PDFHexString ? v.decodeText() : undefined;
  };
  const kids = (o: PDFObject | undefined): StructElement[] => {
    const v = deref(o);
    if (v instanceof PDFArray) return v.asArray().flatMap(kids);
    if (!(v instanceof PDFDict)) return [];
    const type = v.get(PDFName.of('S'));
    // A dict without /S is a marked-content or object reference, not an element.
    if (!(type instanceof PDFName)) return [];
    return [{ type: type.decodeText(), alt: text(v.get(PDFName.of('Alt'))), children: kids(v.get(PDFName.of('K'))) }];
  };
  return kids(root.get(PDFName.of('K')));
}

/** Every element of a tree, depth first, with the types of its ancestors. */
export function* walk(elements: StructElement[], ancestors: string[] = []): Generator<StructElement & { ancestors: string[] }> {
  for (const element of elements) {
    yield { ...element, ancestors };
    yield* walk(element.children, [...ancestors, element.type]);
  }
}

/** The text a tree holds is not read here; the element's own texts come from pdftotext. */
export const typesOf = (elements: StructElement[]): Set<string> => new Set([...walk(elements)].map((e) => e.type));
