// project.yaml: the national facts of Plug In 2.0 and the national report's narrative, with the
// totals taken from the generated data so that text and tables agree.
import { formatInt } from './synthetic-texts.mjs';
import { projectEconomics } from './economics.mjs';

const p = (...paragraphs) => paragraphs.join('\n\n');

export function buildProject(regions) {
  const municipalities = regions.flatMap((r) => r.municipalities);
  const participants = municipalities.reduce((sum, m) => sum + m.files.participants.length, 0);
  const regionNames = regions.map((r) => r.config.organisation);
  const n = formatInt(participants);
  return {
    name: 'Plug In 2.0',
    esf_case_number: '2015/00665',
    owner: 'Sveriges Kommuner och Landsting',
    owner_short: 'SKL',
    period: { start: '2015-03-01', end: '2018-12-31' },
    planned_participants: 3000,
    report_year: 2019,
    regions: regions.map((r) => r.config.id),
    // Written out although it is the default: the fixtures show where the threshold is set.
    disclosure: { min_count: 5 },
    economics: projectEconomics(participants),
    narrative: {
      summary: p(
        `Plug In 2.0 var ett projekt finansierat av Europeiska socialfonden och lett av Sveriges Kommuner och Landsting, i samverkan med åtta regionala parter. Under perioden 2015–2018 deltog ${n} unga i åldern 15–24 år i ${municipalities.length} kommuners lokala projektverkstäder.`,
        'Projektet byggde vidare på den första omgången av Plug In, där över 7\u202f800 unga deltog. Verkstäderna arbetade med tre målgrupper: unga i riskzonen för att inte fullfölja gymnasieskolan, unga inom det kommunala aktivitetsansvaret och nyanlända unga som behöver stöd för att bli behöriga.',
      ),
      purpose: p(
        'Syftet var att öka medvetenheten och kunskapen om varför unga avbryter sina studier och att påverka strategiskt på nationell och internationell nivå. Verkstäderna skulle vidareutveckla de framgångsfaktorer som den första omgången av Plug In hade pekat ut och på så sätt höja kvaliteten i gymnasieskolan, så att fler fullföljer sin utbildning.',
        'Alla framgångsfaktorer utgår från ett individcentrerat arbetssätt där flexibilitet, uppföljning, ett gott bemötande och samverkan är bärande delar.',
      ),
      organisation: p(
        `SKL var projektägare och ledde projektet nationellt. De regionala parterna var ${regionNames.slice(0, -1).join(', ')} och ${regionNames[regionNames.length - 1]}. Varje region hade en regional projektledare som samordnade och stödde kommunernas lokala projektverkstäder.`,
        'Pluginnovation gav processtöd och förmedlade forskning, och externa utvärderare följde arbetet. Projektet deltog också i transnationellt erfarenhetsutbyte och i det nordiska samarbetet Nordic 0–24.',
      ),
      results: p(
        // Not the participant count again: the summary states it beside the planned number.
        'Resultaten skiljer sig mer mellan verkstäderna än mellan regionerna, och skillnaderna följer framför allt målgrupperna. Verkstäder för unga i riskzonen kunde mäta framsteg i betyg och behörighet, medan verkstäderna inom det kommunala aktivitetsansvaret ofta räknade ett första steg, till praktik, studiebesök eller en kontakt med vuxenutbildningen, som ett resultat i sig.',
        'Merparten av de lokala projektverkstäderna har förts över till ordinarie verksamhet. Kommunerna har tagit fram rutinbeskrivningar, handlingsplaner och processkartor som gör arbetet mindre beroende av enskilda personer.',
      ),
      dissemination:
        'Resultaten har spridits genom regionala spridnings- och resultatkonferenser, filmer och broschyrer om de lokala verkstäderna, Pluginnovations webbplats och nationella träffar för projektledare hos SKL. Erfarenheterna har också presenterats i nordiska och europeiska sammanhang.',
      reflections: p(
        'Projektet visar att förebyggande arbete lönar sig: ju tidigare insatserna kommer, desto mindre behövs senare. Samverkan mellan skola, socialtjänst, arbetsmarknadsverksamhet och civilsamhälle är en förutsättning för att nå de unga som har svårast att ta sig tillbaka.',
        'Implementering kräver att chefer och politiker är med från början. Där det fanns tydliga mål och krav på implementering redan i projektplanen lever arbetet kvar.',
      ),
    },
  };
}
