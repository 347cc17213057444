package knowledge

// newScandinavian builds what reads Swedish, Norwegian and Danish, close
// enough to read as one, mixed into English chat ("vem grundade
// deepseek?", "hvor mye falt nvidia liksom"). They put the article at a
// noun's end ("aktien", the share; "artikeln", the article): a word of the
// tables with it is read as the word. Their letters are often typed
// plain ("nar", "hvorfor"): withoutAccents folds them. "billion" is left
// alone: it is a trillion in these languages, a billion in English.
func newScandinavian() *language {
	return newLanguage(strongScandinavianMarkers(), scandinavianMarkers(), scandinavianPhrases(), scandinavianWords(), nil,
		"arna", "erna", "orna", "ene", "erne", "en", "et", "na", "ne", "n")
}

// strongScandinavianMarkers make a message Swedish, Norwegian or Danish alone.
func strongScandinavianMarkers() map[string]bool {
	return setOf(`vad hva hvad vem hvem när når varför varfor hvorfor hur hvordan vilken vilket
vilka hvilken hvilket hvilke alltså altså asså inte ikke egentligen egentlig också också grundade grunnla
föddes født`)
}

// scandinavianMarkers are other Swedish, Norwegian and Danish words that
// English chat does not use.
func scandinavianMarkers() map[string]bool {
	return setOf(`och og eller är bara liksom typ ju väl jo nå hvor har hade hadde blev ble blir det
ett på från fra efter etter innan nej nei deras deres`)
}

// scandinavianPhrases are their phrases and what they say in English.
func scandinavianPhrases() phraseTable {
	return parsePhrases(`
hur mycket = how much
hur många = how many
hur manga = how many
hur gammal = how old
hvor mye = how much
hvor meget = how much
hvor mange = how many
hvor gammel = how old
hvor gamle = how old
i går = yesterday
i gar = yesterday
i dag = today
svarta listan = blacklist
svartelisten = blacklist
sortlisten = blacklist
vad är = what is
vad ar = what is
hva er = what is
hvad er = what is
vem är = who is
vem ar = who is
hvem er = who is
enligt = according to
ifølge = according to
ifolge = according to
`)
}

// scandinavianWords returns their words and the English they stand for
// ("" for a word that says nothing).
func scandinavianWords() map[string]string {
	return map[string]string{
		// Question words and fillers.
		"vad": "what", "hva": "what", "hvad": "what", "vem": "who", "hvem": "who", "när": "when", "når": "when",
		"varför": "why", "hvorfor": "why", "hur": "how", "hvordan": "how", "hvor": "where", "vilken": "which",
		"vilket": "which", "vilka": "which", "hvilken": "which", "hvilket": "which", "hvilke": "which",
		"alltså": "", "altså": "", "asså": "", "liksom": "", "typ": "like", "ju": "", "väl": "", "jo": "",
		"nå": "", "egentligen": "", "egentlig": "", "bara": "just", "bare": "just",
		// Function words and pronouns.
		"och": "and", "og": "and", "eller": "or", "är": "is", "er": "is", "var": "was", "har": "has",
		"hade": "had", "hadde": "had", "blev": "became", "ble": "became", "blir": "becomes", "det": "it",
		"den": "the", "ett": "a", "på": "on", "av": "of", "för": "for", "till": "to", "til": "to",
		"från": "from", "fra": "from", "med": "with", "om": "about", "efter": "after", "etter": "after",
		"innan": "before", "före": "before", "før": "before", "sedan": "since", "siden": "since", "inte": "not",
		"ikke": "not", "nej": "no", "nei": "no", "ja": "yes", "hans": "his", "hon": "she", "hun": "she",
		"deras": "their", "deres": "their", "också": "also", "også": "also", "fortfarande": "still",
		"fortsatt": "still", "mest": "most", "mer": "more", "mycket": "much", "mye": "much", "många": "many",
		"mange": "many",
		// Verbs.
		"grundade": "founded", "grundat": "founded", "grunnla": "founded", "grunnlagt": "founded",
		"grundlagde": "founded", "startade": "started", "startet": "started", "föddes": "born", "född": "born",
		"født": "born", "föll": "fell", "falt": "fell", "faldt": "fell", "sjönk": "fell", "sank": "fell",
		"rasade": "crashed", "raste": "crashed", "förlorade": "lost", "tapte": "lost", "tabte": "lost",
		"sade": "said", "sagt": "said", "sagde": "said", "säger": "says", "sier": "says", "siger": "says",
		"skriver": "writes", "skrev": "wrote", "använde": "used", "brukte": "used", "brugte": "used",
		"köpte": "bought", "kjøpte": "bought", "købte": "bought", "anställde": "hired", "ansatte": "hired",
		"lanserade": "launched", "lanserte": "launched", "lancerede": "launched", "släppte": "released",
		"visade": "showed", "viste": "showed", "stängde": "closed", "stengte": "closed", "lukkede": "closed",
		"svartlistade": "blacklisted", "svartelistet": "blacklisted", "sortlistede": "blacklisted",
		"tror": "thinks", "tycker": "thinks", "synes": "thinks", "menar": "means", "mener": "means",
		"hände": "happened", "skjedde": "happened", "skete": "happened", "kostade": "cost", "kostet": "cost",
		// Nouns and adjectives of the story.
		"aktie": "share", "aktier": "shares", "aksje": "share", "aksjer": "shares", "aktiekurs": "share price",
		"aksjekurs": "share price", "priset": "price", "prisen": "price", "kurs": "share price",
		"kursen": "share price", "marknad": "market", "marknaden": "market", "marked": "market",
		"markedet": "market", "börsen": "stock market", "børsen": "stock market", "företag": "company",
		"selskap": "company", "selskab": "company", "bolag": "company", "bolaget": "company", "pengar": "money",
		"penger": "money", "penge": "money", "miljarder": "billion", "milliarder": "billion", "mrd": "billion",
		"miljoner": "million", "millioner": "million", "år": "year", "året": "year", "månad": "month",
		"måned": "month", "igår": "yesterday", "idag": "today", "ålder": "age", "alder": "age",
		"grundare": "founder", "grunnlegger": "founder", "grundlægger": "founder", "fond": "fund", "fonden": "fund",
		"tillgångar": "assets", "förluster": "losses", "tap": "losses", "fördel": "advantage",
		"fordel": "advantage", "ingenjörer": "engineers", "ingeniører": "engineers", "investerare": "investors",
		"investorer": "investors", "analytiker": "analysts", "regering": "government", "regjering": "government",
		"möte": "meeting", "møte": "meeting", "mødet": "meeting", "citat": "quote", "sitat": "quote",
		"ordspråk": "proverb", "ordtak": "proverb", "ordsprog": "proverb", "myra": "ant", "maur": "ant",
		"myre": "ant", "liten": "small", "lite": "small", "lille": "small", "små": "small", "stor": "big",
		"stora": "big", "store": "big", "lärdom": "lesson", "lærdom": "lesson", "anledning": "reason",
		"grunn": "reason", "fråga": "question", "spørsmål": "question", "svar": "answer",
		"statsminister": "premier", "premiärminister": "premier", "författare": "author", "forfatter": "author",
		"skribent": "writer", "artikel": "article", "artikeln": "article", "artikkel": "article",
		"artikkelen": "article", "åsikt": "opinion", "mening": "opinion", "brikker": "chips", "förbud": "ban",
		"forbud": "ban", "kina": "china", "amerikanska": "american", "amerikanske": "american",
		"billig": "cheap", "billigare": "cheaper", "billigere": "cheaper", "dyr": "expensive", "dyrt": "expensive",
		"teknik": "technology", "teknologi": "technology", "modell": "model", "modellen": "model",
		"angrep": "attack", "universitet": "universities", "unga": "young", "unge": "young",
		"gammal": "old", "gammel": "old", "nya": "new", "nye": "new", "första": "first", "første": "first",
		"förra": "last", "forrige": "last", "vecka": "week", "uke": "week", "uge": "week",
		"sig": "itself", "økonomisk": "economic", "okonomisk": "economic", "ekonomisk": "economic",
		"visket": "wiped", "vinkel": "angle", "ut": "out", "svagare": "weaker", "svakere": "weaker",
		"stadig": "still", "som": "that", "slog": "hit", "slags": "kind", "skulle": "would",
		"sabotert": "sabotaged", "saboterad": "sabotaged", "risken": "the risk", "risiko": "risk",
		"rekordkurs": "record price", "nyutexaminerade": "new graduates", "nyuddannede": "new graduates",
		"mere": "more", "markedsverdi": "market value", "marknadsvärde": "market value",
		"markedsværdi": "market value", "lanceret": "launched", "krympte": "shrank", "krympet": "shrank",
		"klarade": "managed", "klarte": "managed", "jämförs": "is compared", "sammenlignes": "is compared",
		"hvornår": "when", "hen": "he", "hedgefond": "hedge fund", "hedgefonden": "hedge fund",
		"hed": "was called", "het": "was called", "hette": "was called", "går": "goes", "greia": "thing",
		"gjorde": "did", "forfatterens": "the author's", "forfatteren": "the author", "författaren": "the author",
		"firmaet": "company", "firmaen": "company", "erfarna": "experienced", "erfarne": "experienced", "en": "a",
		"eksportforbudet": "export ban", "exportförbudet": "export ban", "diskuterade": "discussed",
		"diskuterte": "discussed", "diskuterede": "discussed", "der": "there", "dag": "day",
		"betydning": "meaning", "bedre": "better", "ansat": "hired", "amerikanerne": "the americans",
	}
}
