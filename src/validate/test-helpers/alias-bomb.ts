// A "billion laughs" YAML file: each anchor a list of nine aliases of the one before, so `depth`
// levels expand to 9^depth strings. Shared by the YAML-safety unit test and the hostile-input
// end-to-end test, which must both see it refused as a finding (config.yaml-aliases).

/** A municipality.yaml of fixtures/broken/valid's shape whose workshops are the bomb's last level. */
export function aliasBombMunicipalityYaml(depth: number): string {
  const names = Array.from({ length: depth }, (_, i) => String.fromCharCode(97 + i)); // a, b, c, …
  const levels = [`${names[0]}: &${names[0]} [${Array(9).fill('"lol"').join(',')}]`];
  for (let i = 1; i < depth; i++)
    levels.push(
      `${names[i]}: &${names[i]} [${Array(9)
        .fill(`*${names[i - 1]}`)
        .join(',')}]`,
    );
  return `${levels.join('\n')}\nid: ett\nname: Ett\nkommunkod: "1272"\nworkshops: [*${names[depth - 1]}]\n`;
}
