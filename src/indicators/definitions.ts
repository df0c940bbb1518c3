// The indicator definitions, written once: the README's "Definitions" section (English) and the
// reports' method appendix (Swedish) are both generated from this list, so they cannot drift from
// each other. Each text states exactly what the code in this folder computes.

export interface IndicatorDefinition {
  id: string;
  title: { en: string; sv: string };
  text: { en: string; sv: string };
}

export const INDICATOR_DEFINITIONS: IndicatorDefinition[] = [
  {
    id: 'general',
    title: { en: 'Counting rules', sv: 'Räkneregler' },
    text: {
      en:
        'Every count is given for women, men and in total. A person is counted once per municipality (participants by participant_id, the KAA list by person_id). ' +
        'Figures are computed per workshop, municipality, region and nation: a region is the sum of its municipalities and the nation the sum of its regions. ' +
        'Shares are computed at each level from the summed numerator and denominator, never averaged; reports round them to whole percent. ' +
        'An indicator whose file (grades.csv, dropouts.csv, kaa_contacts.csv) is missing has no data and is left out, which is not the same as zero: a file with a header and no rows gives zeros. ' +
        'A region or the nation has such an indicator when at least one of its municipalities has the file, and then sums only those municipalities. ' +
        'Grades and dropouts of a workshop are those of the workshop\'s participants; the KAA list belongs to the municipality and has no workshop figures.',
      sv:
        'Alla antal redovisas för kvinnor, män och totalt. En person räknas en gång per kommun (deltagare efter deltagar-id, KAA-listan efter person-id). ' +
        'Siffrorna tas fram per projektverkstad, kommun, region och för hela projektet: en region är summan av sina kommuner och hela projektet summan av regionerna. ' +
        'Andelar beräknas på varje nivå ur summerad täljare och nämnare, aldrig som medelvärden av andelar, och avrundas till hela procent. ' +
        'Saknas filen för en indikator (betyg, avbrott, KAA-kontakter) finns inga uppgifter och indikatorn utelämnas, vilket inte är detsamma som noll; en fil utan rader ger noll. ' +
        'En region eller hela projektet har indikatorn om minst en kommun har filen, och summerar då bara de kommunerna. ' +
        'Betyg och avbrott för en verkstad gäller verkstadens deltagare; KAA-listan hör till kommunen och redovisas inte per verkstad.',
    },
  },
  {
    id: 'participants',
    title: { en: 'Participants', sv: 'Deltagare' },
    text: {
      en:
        'Participants are the persons in participants.csv, counted by target group (1 at risk of not completing upper secondary school, 2 in the municipal activity responsibility, 3 newly arrived) and by age band. ' +
        'Age is the year of start_date minus birth_year; the bands are 15–19, 20–24 and other ages. "Intensive support" counts participants marked as having received in-depth support.',
      sv:
        'Deltagare är personerna i deltagarfilen, redovisade per målgrupp (1 i riskzonen för att inte fullfölja gymnasieskolan, 2 inom det kommunala aktivitetsansvaret, 3 nyanlända) och åldersgrupp. ' +
        'Ålder är startårets årtal minus födelseåret; åldersgrupperna är 15–19 år, 20–24 år och övriga åldrar. Fördjupat stöd räknar deltagare som markerats ha fått fördjupat stöd.',
    },
  },
  {
    id: 'outcomes',
    title: { en: 'Exit outcomes', sv: 'Resultat vid avslut' },
    text: {
      en:
        'Exited participants are those with an end_date. Among them each exit outcome code is counted; exited participants without an outcome are counted as "outcome missing". ' +
        'The share in education or work is (education + work) / exited, where education is national programme, introductory programme, adult education and folk high school, and work is employment and apprenticeship.',
      sv:
        'Avslutade deltagare är de som har ett slutdatum. Bland dem räknas varje utfall; avslutade utan angivet utfall redovisas som ”utfall saknas”. ' +
        'Andelen i studier eller arbete är (studier + arbete) / avslutade, där studier är nationellt program, introduktionsprogram, vuxenutbildning och folkhögskola, och arbete är anställning och lärlingsanställning.',
    },
  },
  {
    id: 'dropouts',
    title: { en: 'Dropouts', sv: 'Avbrott' },
    text: {
      en:
        'Persons with a dropout are participants with at least one row in dropouts.csv. The dropout rate is persons with a dropout / participants. ' +
        'Each person is counted once, under the reason of their latest dropout (latest date; on the same date, the row further down the file). ' +
        'Returned are persons whose latest dropout has a returned_date. Remaining are participants minus persons who dropped out and did not return.',
      sv:
        'Personer med avbrott är deltagare med minst en rad i avbrottsfilen. Avbrottsandelen är personer med avbrott / deltagare. ' +
        'Varje person räknas en gång, under orsaken till sitt senaste avbrott (senaste datum; vid samma datum raden längre ned i filen). ' +
        'Återkomna är personer vars senaste avbrott har ett återkomstdatum. Kvar är deltagarna minus de som avbrutit utan att komma tillbaka.',
    },
  },
  {
    id: 'merit-value',
    title: { en: 'Merit value', sv: 'Meritvärde' },
    text: {
      en:
        'The merit value of a term is the sum of the 16 best grade points among all subjects except modern language (ML), plus ML\'s points as a 17th subject when the participant has an ML grade that term; the maximum is 340. ' +
        'Points: A 20, B 17.5, C 15, D 12.5, E 10, F and "-" (no basis for assessment) 0. ' +
        'A term with both SV and SVA (a validation warning) has them as two subjects, as the contract lists them. Subject codes outside the contract\'s list are not counted.',
      sv:
        'Meritvärdet för en termin är summan av de 16 bästa betygspoängen bland alla ämnen utom moderna språk (ML), plus ML:s poäng som ett 17:e ämne när deltagaren har betyg i ML den terminen; högsta värde är 340. ' +
        'Poäng: A 20, B 17,5, C 15, D 12,5, E 10, F och ”-” (underlag saknas) 0. ' +
        'Har en termin både SV och SVA (en varning vid valideringen) räknas de som två ämnen, så som kontraktet listar dem. Ämneskoder utanför kontraktets lista räknas inte.',
    },
  },
  {
    id: 'grades',
    title: { en: 'Grade development', sv: 'Betygsutveckling' },
    text: {
      en:
        'Participants with grades are those with at least one row in grades.csv; measurable participants have grades in at least two different terms. ' +
        'For each measurable participant the merit value of the FIRST term is compared with that of the LAST term (terms in chronological order, VT before HT of the same year; terms in between do not matter): raised, kept (equal) or lowered. ' +
        'The share who raised or kept is (raised + kept) / measurable. For intensive support: among measurable participants with intensive support, how many raised their merit value. ' +
        'Mean merit value = sum of merit values / measurable, in the first and in the last term.',
      sv:
        'Deltagare med betyg är de som har minst en rad i betygsfilen; mätbara deltagare har betyg från minst två olika terminer. ' +
        'För varje mätbar deltagare jämförs meritvärdet den FÖRSTA terminen med den SISTA (i tidsordning, VT före HT samma år; terminer däremellan påverkar inte): höjt, bibehållet (lika) eller sänkt. ' +
        'Andelen som höjt eller bibehållit är (höjt + bibehållit) / mätbara. För fördjupat stöd redovisas hur många av de mätbara deltagarna med fördjupat stöd som höjt sitt meritvärde. ' +
        'Genomsnittligt meritvärde = summan av meritvärdena / antalet mätbara, första respektive sista terminen.',
    },
  },
  {
    id: 'eligibility',
    title: { en: 'Eligibility for a vocational programme', sv: 'Behörighet till yrkesprogram' },
    text: {
      en:
        'A participant is eligible for a vocational programme in a term with grade E or better in Swedish (SV or SVA), in English (EN) and in mathematics (MA), and in at least five other subjects. ' +
        'Any other graded subject counts among the five, modern language (ML) included, as in the admission rule ("five other subjects"); when a term has both SV and SVA passed, one is the Swedish requirement and the other counts among the five. ' +
        'Counted among the measurable participants, in their first and in their last term.',
      sv:
        'En deltagare är behörig till yrkesprogram en termin med lägst betyget E i svenska (SV eller SVA), engelska (EN) och matematik (MA) samt i minst fem andra ämnen. ' +
        'Alla andra ämnen med betyg räknas bland de fem, även moderna språk (ML), som i antagningsregeln (”fem andra ämnen”); har en termin godkänt i både SV och SVA räknas det ena som svenska och det andra bland de fem. ' +
        'Räknas bland de mätbara deltagarna, deras första respektive sista termin.',
    },
  },
  {
    id: 'kaa',
    title: { en: 'Municipal activity responsibility (KAA)', sv: 'Kommunala aktivitetsansvaret (KAA)' },
    text: {
      en:
        'On the list are the distinct person ids in kaa_contacts.csv. Contacted are persons with at least one attempt whose result is reached or declined; the contact rate is contacted / on the list. ' +
        'In interventions are persons on the list who are also participants of the same municipality. Attempts are the rows of the file; attempts per person = attempts / persons on the list. ' +
        'A person\'s gender is the participant\'s gender when the person is a participant, else the optional gender column of their rows, else read from a personnummer (second-to-last digit odd = man, even = woman); ' +
        'otherwise it is unknown and the person is counted in the total only, and shown as "gender unknown".',
      sv:
        'På listan står de olika person-id:na i KAA-kontaktfilen. Kontaktade är personer med minst ett kontaktförsök med resultatet nådd eller avböjt; kontaktgraden är kontaktade / personer på listan. ' +
        'I insatser är personer på listan som också är deltagare i samma kommun. Kontaktförsök är filens rader; kontaktförsök per person = kontaktförsök / personer på listan. ' +
        'En persons kön är deltagarens kön när personen är deltagare, annars kolumnen för kön i kontaktraderna, annars utläst ur personnumret (näst sista siffran udda = man, jämn = kvinna); ' +
        'annars är könet okänt och personen räknas bara i totalen och redovisas som ”okänt kön”.',
    },
  },
  {
    id: 'disclosure-control',
    title: { en: 'Disclosure control', sv: 'Röjandekontroll' },
    text: {
      en:
        'On by default with N = 5 (project.yaml disclosure.min_count; --suppress N for one run; --suppress 0 turns it off, for drafts that must not be published). ' +
        'Every count from 1 to N−1 is shown as "..", and so is every share whose numerator or denominator is from 1 to N−1; ' +
        'when the figure for women, men or unknown gender of a cell is hidden, all of them are hidden. ' +
        'Further figures are hidden so that someone who holds every published report and export, and knows how the figures add up and which cannot exceed which, ' +
        'can neither work out a hidden figure exactly nor narrow a hidden count from 1 to N−1 to fewer than N possible values (checked by linear programming). ' +
        'Each region\'s pattern depends on that region\'s data only; the national level only adds hidden figures. Every report and export of the same data shows the same pattern.',
      sv:
        'Används alltid, med N = 5 (disclosure.min_count i project.yaml; --suppress N för en körning; --suppress 0 stänger av den, för utkast som inte får publiceras). ' +
        'Varje antal från 1 till N−1 visas som ”..”, liksom varje andel vars täljare eller nämnare är från 1 till N−1; ' +
        'när uppgiften för kvinnor, män eller okänt kön i en cell döljs, döljs alla dessa. ' +
        'Fler uppgifter döljs så att den som har alla publicerade rapporter och exporter, och vet hur uppgifterna summeras och vilka som inte kan vara större än andra, ' +
        'varken kan räkna ut en dold uppgift exakt eller begränsa ett dolt antal från 1 till N−1 till färre än N möjliga värden (prövat med linjärprogrammering). ' +
        'Varje regions mönster beror bara på regionens egna uppgifter; den nationella nivån döljer bara ytterligare uppgifter. Alla rapporter och exporter av samma data visar samma mönster.',
    },
  },
];
