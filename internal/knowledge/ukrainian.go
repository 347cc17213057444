package knowledge

// newUkrainian builds what reads Ukrainian in Latin letters mixed into English
// chat ("khto founded deepseek?", "koly vpala nvidia"). Teams often drop one
// Ukrainian question word into English: the question words are strong
// markers, so one makes the message Ukrainian. It declines its nouns as
// Russian does: a word of the tables with a case ending is read as the word.
func newUkrainian() *language {
	return newLanguage(strongUkrainianMarkers(), ukrainianMarkers(), ukrainianPhrases(), ukrainianWords(), nil,
		"amy", "akh", "ov", "om", "em", "iv", "oiu", "yu", "ia", "i", "y", "a", "u", "e")
}

// strongUkrainianMarkers make a message Ukrainian alone.
func strongUkrainianMarkers() map[string]bool {
	return setOf(`shcho khto koly chomu skilky yakyi yaka yake yaki zasnuvav zasnuvala vpala vpaly`)
}

// ukrainianMarkers are other Ukrainian words that English chat does not use.
func ukrainianMarkers() map[string]bool {
	return setOf(`yak tse chy abo dlia pislia vid kompaniia hroshi vchora sohodni stattia sho tsia tsei kazav
skazav bulo buv tobto`)
}

// ukrainianPhrases are Ukrainian phrases and what they say in English.
func ukrainianPhrases() phraseTable {
	return parsePhrases(`
skilky rokiv = how old
chornyi spysok = blacklist
chornoho spysku = blacklist
na dumku = according to
spalo na dumku = thought
na dumku avtora = according to the author
yakyi za rakhunkom = which number
za rakhunkom = which number
pid sanktsii = blacklisted
toho zh dnia = the same day
pro shcho = about what
shcho za = what kind of
za avtorom = according to the author
do skilkoh = to how much
na skilky = by how much
chornyi spsyok = blacklist
v chornyi spysok = on the blacklist
`)
}

// ukrainianWords returns Ukrainian words in Latin letters and the English
// they stand for ("" for a word that says nothing).
func ukrainianWords() map[string]string {
	return map[string]string{
		// Question words and fillers.
		"shcho": "what", "khto": "who", "koly": "when", "chomu": "why", "skilky": "how much", "de": "where",
		"yak": "how", "yakyi": "which", "yaka": "which", "yake": "which", "yaki": "which", "chy": "",
		"nu": "", "tak": "so", "bro": "", "slukhai": "", "koroche": "", "vzahali": "",
		// Function words and pronouns.
		"tse": "it is", "ne": "not", "ta": "and", "abo": "or", "ale": "but", "u": "in", "v": "in", "na": "on",
		"z": "from", "iz": "from", "dlia": "for", "pro": "about", "pislia": "after", "do": "before",
		"vid": "from", "vin": "he", "vona": "she", "vony": "they", "yoho": "his", "yikh": "their",
		"shche": "still", "vzhe": "already", "tezh": "also", "duzhe": "very",
		// Verbs.
		"zasnuvav": "founded", "zasnuvala": "founded", "narodyvsia": "born", "vpala": "fell", "vpaly": "fell",
		"vpav": "fell", "vtratyla": "lost", "vtratyly": "lost", "vtratyv": "lost", "skazav": "said",
		"skazala": "said", "kazhe": "says", "pyshe": "writes", "vykorystala": "used", "vykorystovuie": "uses",
		"kupyv": "bought", "naimaie": "hires", "vypustyla": "released", "pokazala": "unveiled",
		"zakrylasia": "closed", "stalosia": "happened", "vvazhaie": "thinks", "dumaie": "thinks",
		// Nouns and adjectives of the story.
		"kompaniia": "company", "kompanii": "company", "aktsii": "shares", "tsina": "price", "rynok": "market",
		"hroshi": "money", "hroshei": "money", "mlrd": "billion", "trln": "trillion", "rik": "year",
		"roku": "year", "rokiv": "years", "vchora": "yesterday", "sohodni": "today", "zasnovnyk": "founder",
		"avtor": "author", "stattia": "article", "statti": "article", "chypy": "chips", "kytai": "china",
		"ssha": "us", "inzhenery": "engineers", "investory": "investors", "analityky": "analysts",
		"zustrich": "meeting", "tsytata": "quote", "pryslivia": "proverb", "murakha": "ant", "muraha": "ant",
		"malenkyi": "small", "velykyi": "big", "urok": "lesson", "problema": "problem", "prychyna": "reason",
		"pytannia": "question", "vidpovid": "answer", "prezydent": "president", "uriad": "government",
		"dumka": "opinion",
		"za":    "according to", "kazav": "said", "tam": "", "pid": "under", "buv": "was", "bulo": "was",
		"buly": "were", "vse": "all", "fond": "fund", "zustrichavsia": "met", "zreshtoiu": "in the end",
		"zlyakalys": "got scared", "zh": "", "zdulosia": "wiped out", "zaprosyly": "invited", "zaborona": "ban",
		"zaborony": "bans", "zablokuvaly": "blocked", "yakshcho": "if", "yakoi": "which", "yakii": "which",
		"yaku": "which", "yakykh": "which", "vyrishyty": "resolve", "vyishov": "came out", "vozyty": "ship",
		"vmiiut": "can", "vidstavaty": "fall behind", "vidsotkiv": "percent", "vidsotok": "percent",
		"vidreahuvala": "reacted", "vidpovidaie": "answers", "vidkrytyi": "open", "vdaryly": "hit",
		"upravlinniam": "management", "tvortsiv": "creators", "tut": "here", "tsytatu": "quote", "tsiiei": "this",
		"tsia": "this", "tsei": "this", "tsiu": "this", "tsioho": "this", "tsezaria": "caesar",
		"tsenzuruie": "censors", "trenuvalasia": "trained", "tramp": "trump", "tobto": "", "tilky": "only",
		"ti": "those", "tekhnolohii": "technology", "tekhnar": "technical", "sylni": "strong", "syhnal": "signal",
		"svoikh": "own", "sudiachy": "judging", "storony": "angle", "storona": "angle", "stalo": "became",
		"spytaty": "ask", "spysok": "list", "spochatku": "at first", "skilkoh": "how much", "sho": "what",
		"sanktsii": "sanctions", "rynku": "market", "robyv": "did", "robyt": "does", "robotu": "work",
		"rivniu": "level", "reliz": "release", "provintsii": "province", "provaly": "failure", "prosto": "just",
		"problemy": "problems", "predstavyla": "unveiled", "potribno": "needed", "potrapyv": "got",
		"porivniuie": "compares", "porivnialasia": "matched", "poperednyka": "predecessor", "polityku": "politics",
		"pohano": "bad", "pershe": "first", "perevaha": "advantage", "pereidut": "switch", "otrymaie": "get",
		"orhanizuvaty": "organise", "oficiino": "officially", "obrobliaty": "process", "nioho": "him",
		"nazyvavsia": "was called", "nazvy": "name", "navodyt": "quotes", "navodiat": "quote",
		"naskilky": "by how much", "naibilshyi": "biggest", "mozhut": "can", "mozhna": "can", "movi": "language",
		"malo": "little", "malenkym": "small", "liudei": "people", "lidery": "leaders", "lezhav": "was down",
		"kym": "whom", "kudy": "where", "krim": "besides", "korotko": "briefly", "khoche": "wants",
		"kassiem": "cassius", "inshi": "other", "inozemtsiv": "foreigners", "inavhuratsii": "inauguration",
		"hroshyma": "money", "hovoryly": "talked", "holovna": "main", "hanaietsia": "chases",
		"eksportni": "export", "eksportnymy": "export", "efekt": "effect", "dumaiut": "think", "dosi": "still",
		"dorohykh": "expensive", "dodav": "added", "dobre": "good", "dnia": "day", "den": "day",
		"deshevshyi": "cheaper", "chypiv": "chips", "chypakh": "chips", "chyi": "whose", "chornyi": "black",
		"cherez": "because of", "ce": "this", "boh": "god", "bilshe": "more", "biasy": "biases",
		"amerykantsi": "americans", "aktyvy": "assets", "aktyviv": "assets", "akcii": "shares", "avtora": "author",
		"avtoru": "author", "naimaly": "hired", "pekini": "beijing", "premierom": "premier", "model": "model",
		"dumku": "opinion", "rezultaty": "outcome", "rezultat": "outcome", "tsenzura": "censorship",
		"infrastruktury": "infrastructure", "trenuvaly": "trained", "vykorystovuvala": "used",
	}
}
