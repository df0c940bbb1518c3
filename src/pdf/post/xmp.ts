// The document's XMP metadata packet: the Info dictionary's facts again, in the form that PDF/A,
// PDF/UA checkers and document archives read (dc:title and dc:language above all). No PDF/UA
// claim (pdfuaid): nothing in CI validates the files against it. Written without random ids or a
// time of writing, so the same input still gives the same bytes.
import type { DocumentMeta } from '../api.js';

/** What the PDF's Info says of its making (metadata.ts's FinalizeOptions). */
interface Making {
  date: Date;
  creator: string;
  producer: string;
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** An XMP date: ISO 8601 in UTC, to the second. */
function xmpDate(date: Date): string {
  return `${date.toISOString().slice(0, 19)}Z`;
}

/** The XMP packet (UTF-8 text) for a document's metadata. */
export function xmpPacket(meta: DocumentMeta, options: Making): string {
  const e = escapeXml;
  const lang = e(meta.lang);
  const date = xmpDate(options.date);
  return [
    '<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>',
    '<x:xmpmeta xmlns:x="adobe:ns:meta/">',
    '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">',
    '<rdf:Description rdf:about=""',
    ' xmlns:dc="http://purl.org/dc/elements/1.1/"',
    ' xmlns:pdf="http://ns.adobe.com/pdf/1.3/"',
    ' xmlns:xmp="http://ns.adobe.com/xap/1.0/">',
    `<dc:format>application/pdf</dc:format>`,
    `<dc:title><rdf:Alt><rdf:li xml:lang="x-default">${e(meta.title)}</rdf:li><rdf:li xml:lang="${lang}">${e(meta.title)}</rdf:li></rdf:Alt></dc:title>`,
    `<dc:creator><rdf:Seq><rdf:li>${e(meta.author)}</rdf:li></rdf:Seq></dc:creator>`,
    `<dc:description><rdf:Alt><rdf:li xml:lang="x-default">${e(meta.subject)}</rdf:li></rdf:Alt></dc:description>`,
    `<dc:subject><rdf:Bag>${meta.keywords.map((k) => `<rdf:li>${e(k)}</rdf:li>`).join('')}</rdf:Bag></dc:subject>`,
    `<dc:language><rdf:Bag><rdf:li>${lang}</rdf:li></rdf:Bag></dc:language>`,
    `<pdf:Keywords>${e(meta.keywords.join(' '))}</pdf:Keywords>`,
    `<pdf:Producer>${e(options.producer)}</pdf:Producer>`,
    `<xmp:CreatorTool>${e(options.creator)}</xmp:CreatorTool>`,
    `<xmp:CreateDate>${date}</xmp:CreateDate>`,
    `<xmp:ModifyDate>${date}</xmp:ModifyDate>`,
    `<xmp:MetadataDate>${date}</xmp:MetadataDate>`,
    '</rdf:Description>',
    '</rdf:RDF>',
    '</x:xmpmeta>',
    '<?xpacket end="r"?>',
  ].join('\n');
}
