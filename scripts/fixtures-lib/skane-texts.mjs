// Skåne's narrative texts, written for the fixtures from the facts of the seed documents
// (shared/seeds/000–003). The wording is our own; no person is named.

const p = (...paragraphs) => paragraphs.join('\n\n');

export const SKANE_REGION_NARRATIVE = {
  summary: p(
    'Kommunförbundet Skåne samordnade Plug In 2.0 i sju skånska kommuner: Malmö, Lund, Bromölla, Trelleborg, Klippan, Vellinge och Burlöv. De lokala projektverkstäderna startade hösten 2015 och under 2016 och avslutades vid utgången av läsåret 2016/17. Tillsammans täckte de projektets tre målgrupper: unga i riskzonen för att inte fullfölja gymnasieskolan, unga inom det kommunala aktivitetsansvaret och nyanlända unga som behöver stöd för att bli behöriga.',
    'Regionens viktigaste resultat är att arbetet finns kvar. När projekttiden var slut hade samtliga kommuner fört över sina arbetssätt, roller och rutiner till ordinarie verksamhet. Resultaten för varje kommun redovisas i kapitlet om de lokala projektverkstäderna.',
  ),
  purpose: p(
    'Kommunförbundet Skåne gick in i Plug In 2.0 för att stärka medlemskommunernas arbete med de unga som projektet riktar sig till. Behovet var tydligt. Skåne hade fler unga som varken arbetade eller studerade per invånare än landet i övrigt, en växande andel elever lämnade årskurs 9 utan fullständiga betyg och introduktionsprogrammen hade blivit länets största gymnasieprogram räknat i antal elever. I några kommuner var färre än hälften av eleverna behöriga till ett nationellt program, och avhoppen från gymnasieskolan ökade.',
    'Projektet startade dessutom samtidigt som flyktingmottagandet nådde sin topp. Under 2014 sökte 82 000 personer asyl i Sverige och under 2015 163 000, och många av dem kom till landet via Skåne. Arbetet med nyanlända unga blev därför en central del av regionens satsning.',
  ),
  goals: p(
    'Det övergripande syftet var detsamma som för projektet nationellt: att öka kunskapen om varför unga avbryter sina studier och att påverka kommunernas arbete strategiskt. Regionen satte upp fem delmål: lägre ungdomsarbetslöshet, ett bättre mottagande av nyanlända unga, färre unga inom det kommunala aktivitetsansvaret, högre betyg i årskurs 9 och färre avhopp från gymnasieskolan.',
    'Vi förväntade oss att de framgångsfaktorer som första omgången av Plug In hade visat på skulle fungera även nu. Kommunerna byggde därför sina projektplaner på dem. Vi förväntade oss också att allt som gav goda resultat skulle föras in i ordinarie verksamhet och spridas vidare.',
  ),
  steering: p(
    'Ja. Kommunförbundet Skåne fördelade platserna i projektet mellan kommunerna så att de tre målgrupperna blev ungefär lika väl företrädda. Behoven fanns inom alla målgrupper, och kommunerna behövde olika typer av insatser.',
    'Genom att styra på det sättet ville vi få fram goda exempel inom varje målgrupp som andra skånska kommuner kan lära av.',
  ),
  regional_link: p(
    'Projektet drevs av avdelningen för lärande, arbetsliv och integration. Avdelningen arbetar med utbildning genom hela livet, från förskola till kommunal vuxenutbildning, och med kompetensförsörjning, arbetsmarknad och integration av nyanlända. Uppdraget är att stödja kommunerna och driva på samverkan i regionen, särskilt i frågor som en enskild kommun inte kan lösa på egen hand.',
    'De lokala projektverkstäderna hade mål som direkt eller indirekt sammanföll med förbundets. Under hela projekttiden träffades alla medverkande kommuner varje månad, och den regionala projektledaren besökte varje kommun minst en gång i månaden. Öppenhet och prestigelöshet blev ledord: kommunerna berättade om det som inte fungerade lika öppet som om det som lyckades. I kommuner som arbetade med målgrupp 1 och 2 uppmuntrade vi att samla stödet på ett ställe, så kallade one-stop-shops, eftersom det hade gett goda resultat på andra håll i Skåne.',
  ),
  results_regional: p(
    'Vid projektets slut var arbetet i samtliga sju projektverkstäder en del av kommunernas ordinarie verksamhet. Det var ett mål från början: vi var tydliga mot chefer och politiker om att projektmedlen inte skulle ses som en tillfällig lösning. Därför lade vi stor vikt vid rutinbeskrivningar och handlingsplaner, så att arbetet kan fortsätta även när personer byts ut.',
    'Under projekttiden minskade både ungdomsarbetslösheten i Skåne och antalet unga inom det kommunala aktivitetsansvaret. Kommunernas egna resultat redovisas i kapitlet om de lokala projektverkstäderna.',
  ),
  results_knowledge: p(
    'Relationen mellan förbundet och de medverkande kommunerna har blivit starkare, och samverkan har förbättrats på alla nivåer: mellan kommuner, mellan kommuner och myndigheter och mellan förbundet och båda. Resultaten har löpande spridits till skånska kommuner som inte deltog, och flera av dem har gjort studiebesök hos de medverkande kommunerna.',
    'I kommunerna finns i dag en bredare syn på vad unga behöver. Arbetet bygger på bättre strukturer och rutiner: processkartor har tagits fram, nya arbetsgrupper som NPF-teamet i Vellinge har bildats, fler resurser har tillförts och nya roller har prövats och blivit permanenta. Verksamheter av one-stop-shop-typ har utvecklats, med varierande resultat.',
  ),
  management:
    'Den regionala projektledningen byggde på täta besök i kommunerna och regelbunden uppföljning av projektverkstäderna. Projektledaren kallade lokala projektledare och medarbetare till återkommande träffar där erfarenhetsutbyte stod i centrum. Grundhållningen var att först lyssna in vad kommunerna behövde och sedan erbjuda stöd där det efterfrågades.',
  support: p(
    'I alla sju kommuner har den regionala projektledaren mött chefer och politiker och understrukit att arbetet måste leva vidare när projektet är slut. Projektledaren har också hjälpt till att få samverkan mellan aktörerna att fungera, spridit resultat mellan verkstäderna och fört in ny forskning.',
    'Ett ESF-projekt innebär mycket administration. Även där har kommunerna fått stöd, bland annat med lägesrapporter och redovisning.',
  ),
  methods: p(
    'Regionen har använt följande metoder, utbildningar och aktiviteter:',
    [
      '- utbildning i projektledning och i ESF:s horisontella principer',
      '- processtöd från Pluginnovation, som också deltog i möten',
      '- ett omfattande arbete med rimliga och realistiska projektplaner före start',
      '- processkartor och uppdaterade handlingsplaner',
      '- projektledarträffar och workshoppar hos SKL',
      '- internat för de lokala projektledarna',
      '- en spridningskonferens och en konferens med resultatredovisning',
      '- motiverande samtal (MI), coachning, supported education och supported employment i kommunerna',
    ].join('\n'),
  ),
  success_factors: p(
    'Öppenhet och prestigelöshet tror vi har betytt mycket för resultaten. Projektledare och medarbetare har hjälpt varandra och delat med sig av både goda och mindre goda erfarenheter.',
    'Avgörande var också att vi i början lade mycket tid på att varje kommun skulle formulera tydliga mål, där implementering var ett krav. Det goda samarbetet mellan kommunerna och förbundet, och mellan kommunerna, har gjort skillnad, liksom att varje kommun hade utsedda nyckelpersoner som underlättade kommunikation och spridning.',
  ),
  patterns: p(
    'I alla kommuner mötte verkstäderna unga med en misstro mot myndigheter och vuxna i ansvarsställning, vilket påverkade resultaten på individnivå. Överallt visade sig problemen också vara större än vi hade räknat med. Det gjorde målen svårare att nå, men har i efterhand snarare fått kommunerna att anstränga sig mer. Förutsättningarna skilde sig mycket mellan kommunerna, och vissa behövde arbeta betydligt hårdare för att nå sina mål.',
    'Inom målgrupp 3 var uppföljningen särskilt svår. Elever kom och gick i mycket större utsträckning än vi trott: en del placerades i andra kommuner och en del höll sig undan på grund av hot om utvisning.',
    'Gemensamt för alla verkstäder är att arbetet har implementerats och att alla, vid sidan av arbetet med deltagarna, har tagit fram processkartor, handlingsplaner och rutinbeskrivningar. Skillnaderna beror främst på olika målgrupper och olika förutsättningar.',
  ),
  strategy:
    'Strategin var att arbeta nära kommunerna, med regelbundna besök och kontakt nästan varje dag. Vi uppmuntrade kommunerna att hjälpa varandra i stället för att tävla, och vi mötte politiker och ansvariga chefer i kommunerna för att säkra att målen nåddes och att arbetet implementerades.',
  dissemination: p(
    'Förutom de månatliga träffarna med tjänstepersoner i alla medverkande kommuner har kontakten varit i stort sett daglig via telefon och e-post. Spridningskonferensen lade vi tidigt i projektet, så att både kommuner som avslutat sina verkstäder och kommuner som var mitt i arbetet kunde berätta om sitt läge. Förbundets webbplats hölls uppdaterad med information om projektet.',
    'För varje kommun spelades en film in som har visats på konferenser. När den regionala analysen var klar togs en broschyr fram för varje kommun, att användas i spridningsarbetet av både förbundet och kommunerna, till exempel i möten med politiker. Lund och förbundet har dessutom presenterat arbetet i det nordiska samarbetet Nordic 0–24. Samarbetet med SKL och Svenska ESF-rådet har fungerat mycket bra.',
  ),
  reflections: p(
    'Både de regionala och de lokala projektledarna har varit kunniga och engagerade, och det har gjort arbetet lättare. Förbundet valde att vara nära verksamheterna och träffade regelbundet unga, medarbetare, projektledare, chefer och politiker. Eftersom vi hade så god insyn i verkstäderna behövde vi sällan samla in uppgifter särskilt inför lägesrapporterna.',
    'Filmerna engagerade hela kommunerna, och de unga som medverkade fick en chans att själva göra skillnad. Pluginnovation har betytt mycket genom processtöd och forskning. Hela organisationen kring projektet, med SKL, Pluginnovation, externa utvärderare, regioner och kommuner, har gett Skåne stöd och engagemang genom hela projekttiden.',
  ),
};

export const SKANE_TEXTS = {
  malmo: {
    workshops: {
      startskolan:
        'Mottagande och introduktion för nyanlända elever på gymnasienivå, med språkutveckling, samhällsorientering och aktiviteter tillsammans med föreningslivet under skolloven.',
    },
    narrative: {
      what_we_did: p(
        'Startskolan tar emot nyanlända ungdomar och ger dem en första förankring i skolan och i Malmö. Undervisningen har kombinerat svenska med att göra skolans och samhällets regler begripliga, så att eleverna kan se ett sammanhang i det de gör.',
        'Verksamheten har samarbetat med idrottsföreningar, studieförbund och andra delar av det civila samhället. Under skolloven har eleverna erbjudits aktiviteter där de kunnat nå uppsatta mål och pröva nya saker.',
      ),
      results: p(
        'Under projekttiden var 250 elever inskrivna i Startskolan, och omkring 1 000 elever tog del av verksamhetens aktiviteter. Språkinlärningen har gått framåt och eleverna beskriver en starkare känsla av sammanhang.',
        'Ungefär var fjärde inskriven elev avbröt sina studier. Orsakerna ligger till stor del utanför skolans kontroll: utvisning, placering i en annan kommun, att elevens ålder skrevs upp eller att eleven höll sig undan på grund av hot om utvisning.',
      ),
      implementation: 'Startskolans arbetssätt och samarbetet med föreningslivet fortsätter i ordinarie verksamhet efter projektet.',
    },
    quotes: [
      {
        text: 'De första veckorna förstod jag nästan ingenting. Nu vet jag vart jag ska gå när jag behöver hjälp, och jag har kompisar i klassen.',
        role: 'elev, 17 år',
      },
      {
        text: 'Lovaktiviteterna gav eleverna ett sätt att använda svenskan utanför klassrummet. Det märktes direkt i undervisningen efteråt.',
        role: 'lärare i svenska som andraspråk',
      },
    ],
    interview: {
      title: 'En skola att landa i',
      role: 'samordnare för Startskolan',
      text: p(
        '**Vad var den största utmaningen?**',
        'Att eleverna kom och gick. En del flyttades till andra kommuner med kort varsel, andra fick sin ålder uppskriven eller försvann av rädsla för utvisning. Vi fick lära oss att planera för att varje dag kunde vara den sista med en elev.',
        '**Vad har fungerat bäst?**',
        'Samarbetet med föreningarna. När eleverna får vara med i något utanför skolan blir språket levande, och de får vuxna kontakter som finns kvar även när skoldagen är slut.',
      ),
    },
    contact: { organisation: 'Gymnasie- och vuxenutbildningsförvaltningen, Malmö stad', web: 'https://malmo.se' },
  },
  lund: {
    workshops: {
      vipan:
        'Introduktionsprogram för nyanlända elever på gymnasieskolan Vipan, i nära samverkan med ComUng, med målet att fler ska bli behöriga.',
      kaa: 'Det kommunala aktivitetsansvaret samlat i ComUng, en mötesplats där unga som varken studerar eller arbetar får information, vägledning och stöd på ett och samma ställe.',
    },
    narrative: {
      what_we_did: p(
        'Lund byggde sin del av projektet kring ComUng, en one-stop-shop för unga som varken studerar eller arbetar. Där samlas information, vägledning och stöd under ett tak, med drop in, sociala aktiviteter och friskvård. Utgångspunkten är den enskilda ungdomens behov och framtidsplaner.',
        'Parallellt arbetade gymnasieskolan Vipan med att fler nyanlända elever på introduktionsprogrammet ska bli behöriga, i nära samarbete med ComUng.',
      ),
      results: p(
        'Alla deltagare har gjort framsteg, från bättre skolresultat till ökat välmående. Av de 20 eleverna på Vipan gick 8 vidare till ett nationellt program och 6 till vuxenutbildning. De övriga gick till folkhögskola, en lärlingsanställning, en insats via Arbetsförmedlingen eller fortsätter på introduktionsprogrammet.',
        'Av de 20 ungdomarna inom KAA började 8 studera inom vuxenutbildningen. De övriga gick vidare till ett nationellt program, arbete eller praktik, och även de som fortfarande är hemma har tagit tydliga steg mot studier efter flera år utan sysselsättning.',
      ),
      implementation:
        'Efter projektet har Vipan fått 1,25 tjänst mer än tidigare, och tjänsten som KAA-samordnare har utökats från halvtid till heltid. Handlingsplanen och rutinbeskrivningen för aktivitetsansvaret har uppdaterats, och samverkan mellan kommunens aktörer har ökat kraftigt.',
    },
    quotes: [
      {
        text: 'Här behövde jag inte berätta min historia för fem olika personer. Alla satt på samma ställe.',
        role: 'ungdom inom KAA, 19 år',
      },
      {
        text: 'Vi ser progression hos varje deltagare, även hos dem som ännu inte har kommit hela vägen till studier.',
        role: 'KAA-samordnare',
      },
    ],
    contact: { organisation: 'Utbildningsförvaltningen, Lunds kommun', web: 'https://lund.se' },
  },
  bromolla: {
    workshops: {
      'verkstad-1':
        'Uppsökande arbete inom det kommunala aktivitetsansvaret, individuellt stöd och aktiviteter på mötesplatsen Nätet för unga som varken studerar eller arbetar.',
      'verkstad-2':
        'Arbetsmarknadskunskap, studiestöd och fördjupat stöd för elever i årskurs 9 som riskerar att inte bli behöriga till gymnasieskolan.',
    },
    narrative: {
      what_we_did: p(
        'Bromölla hade vid projektstarten en av landets högsta ungdomsarbetslösheter. Kommunen byggde därför upp rutiner och strukturer för att hitta och stödja unga inom det kommunala aktivitetsansvaret, med en tydlig ingång och flera möjliga vägar vidare: information om valmöjligheter, extra studiestöd, handledning och arbetsmarknadskunskap.',
        'I den andra verkstaden arbetade skolan förebyggande med elever i årskurs 9. Eleverna läste arbetsmarknadskunskap för att göra mer genomtänkta gymnasieval, och en grupp elever fick fördjupat stöd under läsåret 2016/17.',
      ),
      results: p(
        'KAA-listan omfattade 103 ungdomar, och verkstaden nådde samtliga utom en. 90 av ungdomarna tog del av projektets insatser. Ungdomsarbetslösheten i kommunen har sjunkit kraftigt och var vid projektets slut lägst i Skåne.',
        'I årskurs 9 behöll eller höjde 92 procent av de 103 eleverna sitt meritvärde mellan höstterminen 2016 och vårterminen 2017. Av de 35 elever som fick fördjupat stöd höjde 25 sina betyg, och fler elever än året innan blev behöriga till gymnasieskolan.',
      ),
      implementation:
        'Aktivitetsansvaret är i dag en del av kommunens ordinarie verksamhet. Samverkan mellan förvaltningarna och med andra aktörer har gjort att unga hittas snabbare, och skolan har identifierat områden där den kan arbeta mer förebyggande.',
    },
    quotes: [
      {
        text: 'Jag trodde att det bara fanns ett sätt att gå gymnasiet. Efter arbetsmarknadskunskapen visste jag vad jag ville välja och varför.',
        role: 'elev i årskurs 9',
      },
      {
        text: 'När förvaltningarna delar information hittar vi ungdomarna innan de har hunnit bli hemma i flera år.',
        role: 'KAA-samordnare',
      },
    ],
    interview: {
      title: 'Från högsta arbetslösheten till lägsta',
      role: 'verksamhetschef, arbetsmarknad och vuxenutbildning',
      text: p(
        '**Varför valde ni att satsa på aktivitetsansvaret?**',
        'Vi hade unga som ingen visste var de befann sig. Att bygga rutiner för att hitta dem och ta kontakt var en förutsättning för allt annat vi ville göra.',
        '**Vad betydde det att också arbeta i grundskolan?**',
        'Det mesta av det vi gör i aktivitetsansvaret hade inte behövts om eleverna fått rätt stöd tidigare. Därför ville vi finnas med redan i årskurs 9, när valet till gymnasiet görs.',
      ),
    },
    contact: { organisation: 'Kultur- och utbildningsförvaltningen, Bromölla kommun', web: 'https://bromolla.se' },
  },
  trelleborg: {
    workshops: {
      introduktionsprogrammet:
        'Flexibel undervisning, friskvård och nära relationer för elever på introduktionsprogrammet som har svårt att delta i den ordinarie undervisningen.',
    },
    narrative: {
      what_we_did: p(
        'Projektet bedrevs på introduktionsprogrammet under läsåret 2015/16. Elever som av olika skäl inte klarade att vara med i den vanliga undervisningen fick undervisning på distans via videosamtal, e-post och telefon. Projektledaren fick material från övriga lärare och gjorde en plan tillsammans med varje elev.',
        'Friskvård blev en viktig del. Personal följde med eleverna till gymmet och till skolans vilorum, där samtalen kunde handla om annat än skolarbete.',
      ),
      results: p(
        'Under läsåret 2015/16 skrevs ingen elev ut från introduktionsprogrammet. Träningen hade goda effekter både för enskilda elever och för gruppen: eleverna pratade om träningen på lektioner och raster och såg fram emot nästa pass, vilket öppnade för nya samtal.',
        'Även lärarlaget har haft nytta av projektet. Det fanns tid att genomföra idéer som personalen länge velat pröva, och relationen till eleverna blev starkare när man möttes i andra sammanhang än klassrummet.',
      ),
      implementation:
        'Distansundervisning för elever som inte kan delta på plats och friskvård som en del av skoldagen har blivit en del av introduktionsprogrammets arbetssätt.',
    },
    quotes: [
      {
        text: 'Att träna tillsammans med lärarna gjorde att jag vågade fråga om hjälp på lektionerna också.',
        role: 'elev på introduktionsprogrammet, 18 år',
      },
    ],
    contact: { organisation: 'Utbildningsförvaltningen, Trelleborgs kommun', web: 'https://trelleborg.se' },
  },
  klippan: {
    workshops: {
      projektverkstaden:
        'Stöd för elever i riskzonen för avbrott på gymnasieskolan: kartläggning, anpassningar och uppföljning av varje elev.',
    },
    narrative: {
      what_we_did: p(
        'Klippans projektverkstad arbetade med en grupp gymnasieelever som riskerade att avbryta sina studier. Skolan kartlade elevernas behov, sökte nya sätt att stödja dem och satte in insatser när det behövdes.',
        'Arbetet förändrade strukturer och arbetssätt i hela organisationen, inte bara för projektets deltagare och medarbetare.',
      ),
      results: p(
        'Nästan alla elever som började i projektverkstaden fanns kvar när projektet avslutades. Skolan följde upp de elever som funderade på att byta utbildning och hjälpte dem att hitta en som passade bättre; ingen lämnade projektverkstaden utan en ny utbildning att gå vidare till.',
        'Organisationen har fått en större medvetenhet om målgruppen, och projektet har påverkat värderingarna i hela verksamheten.',
      ),
      implementation: 'De arbetssätt som prövades i projektet har förts in i skolans ordinarie verksamhet.',
    },
    quotes: [
      { text: 'Någon märkte när jag började halka efter, innan det var för sent.', role: 'elev, 17 år' },
      { text: 'Projektet spred sig till hela skolan. Vi pratar annorlunda om de här eleverna i dag.', role: 'rektor' },
    ],
    interview: {
      title: 'När en hel skola ändrar blick',
      role: 'projektledare på gymnasieskolan',
      text: p(
        '**Vad blev det viktigaste resultatet?**',
        'Att nästan alla elever var kvar när projektet slutade, och att vi hittade bättre vägar för dem som ville byta utbildning.',
        '**Vad lever kvar?**',
        'Arbetssätten. Vi följer upp eleverna tätare och sätter in stöd tidigare, och det gör vi nu i hela skolan.',
      ),
    },
    contact: { organisation: 'Bildningsförvaltningen, Klippans kommun', web: 'https://klippan.se' },
  },
  vellinge: {
    workshops: {
      'kaa-npf':
        'Uppsökande arbete inom det kommunala aktivitetsansvaret med processkartor för arbetsgången och ett team med kunskap om neuropsykiatriska funktionsnedsättningar.',
    },
    narrative: {
      what_we_did: p(
        'Vellinge tog fram processkartor för arbetet med unga inom det kommunala aktivitetsansvaret och prövade olika former av uppsökande arbete för att hitta det som fungerar i kommunen.',
        'Tidigt blev det tydligt att många av ungdomarna hade neuropsykiatriska funktionsnedsättningar och behövde ett mer fördjupat stöd. Kommunen bildade därför ett NPF-team.',
      ),
      results:
        'Verksamheten har identifierat och arbetat med att motivera 50 ungdomar, att jämföra med 13 ungdomar under perioden före Plug In 2.0.',
      implementation: 'Det nya arbetssättet och de utökade resurserna ingår nu i verksamhetens ordinarie budget.',
    },
    quotes: [
      { text: 'De kom hem till mig när jag inte orkade komma till dem.', role: 'ungdom inom KAA, 18 år' },
      {
        text: 'Med NPF-teamet kan vi anpassa stödet från första mötet i stället för efter flera misslyckade försök.',
        role: 'studie- och yrkesvägledare',
      },
    ],
    contact: { organisation: 'Utbildningsförvaltningen, Vellinge kommun', web: 'https://vellinge.se' },
  },
  burlov: {
    workshops: {
      'verkstad-1':
        'En elevcoach som också är mentor fångar upp elever i riskzonen, följer närvaro och kunskapsutveckling och samordnar stödet med elevhälsan.',
      'verkstad-2':
        'Stöd för nyanlända elever, med tätare kontakt med HVB-hemmen och elevernas gode män, strukturerad kartläggning och framtidsverkstad.',
    },
    narrative: {
      what_we_did: p(
        'Burlöv satsade på organisatorisk förändring inom gymnasieenheten. Kommunen anställde en elevcoach med ansvar för det dagliga arbetet: att tidigt upptäcka elever i riskzonen och att stärka kontakterna med HVB-hemmen och elevernas gode män, så att skolgången blir trygg.',
        'Speciallärare och studie- och yrkesvägledare gör en strukturerad kartläggning av eleverna, och framtidsverkstad ingår i verksamheten. Under hösten 2017 fortsätter hela arbetslaget sin kompetensutveckling om individualisering, ledd av speciallärare och skolpsykolog.',
      ),
      results: p(
        'I dag har elevcoachen 90 elever som mentorselever och träffar dem varje vecka. Yrkesgrupperna inom gymnasieenheten samarbetar bättre än tidigare.',
        'Elevernas närvaro följs upp varje månad i elevhälsoteamet, och deras kunskapsutveckling stäms av i lärarlaget fyra gånger varje läsår.',
      ),
      implementation:
        'Projektarbetet är helt implementerat. Rollen som elevcoach och mentor är en självklar del av elevhälsoteamet och skolvardagen, rutinerna för samarbetet med HVB-hemmen och de gode männen vidareutvecklas hela tiden och framtidsverkstaden är en del av verksamheten.',
    },
    quotes: [
      {
        text: 'Min mentor ringde till mitt boende när jag inte kom till skolan. Då förstod jag att någon brydde sig.',
        role: 'elev, 17 år',
      },
      { text: 'Att följa närvaron varje månad gör att vi agerar i tid i stället för i efterhand.', role: 'elevcoach' },
    ],
    contact: { organisation: 'Gymnasieenheten, Burlövs kommun', web: 'https://burlov.se' },
  },
};
