// The id a name most likely meant, for did-you-mean hints: "Ängelholm" → "angelholm",
// "Lilla Edet" → "lilla-edet". Ids are lowercase a–z, digits and single hyphens (schema/config.ts).

export function slugOf(name: string): string {
  return name
    .trim()
    .toLowerCase()
    .replace(/[åä]/g, 'a')
    .replace(/ö/g, 'o')
    .replace(/é/g, 'e')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
