package knowledge

// newGreek builds what reads Greek in Latin letters ("greeklish") mixed into English chat
// ("pios idryse tin deepseek?", "poso epese i nvidia re"). "kai" (and) is
// left alone: it is also Kai-Fu Lee's name.
func newGreek() *language {
	return newLanguage(strongGreekMarkers(), greekMarkers(), greekPhrases(), greekWords(), nil)
}

// strongGreekMarkers make a message Greek alone.
func strongGreekMarkers() map[string]bool {
	return setOf(`pios poios poia poio pote poso posa posoi giati einai itan etsi malaka mwre idryse
gennithike epese exase egine`)
}

// greekMarkers are other Greek words that English chat does not use.
func greekMarkers() map[string]bool {
	return setOf(`ti pou pws tou tis leei eipe ine ela bre lei oti exei exoun eixe tous apo gia afto aftos dhladh opa akoma xthes`)
}

// greekPhrases are Greek phrases and what they say in English.
func greekPhrases() phraseTable {
	return parsePhrases(`
ti einai = what is
ti ine = what is
pios einai = who is
poios einai = who is
mavri lista = blacklist
to arthro = the article
poso xronwn = how old
poso xronon = how old
pano xeri = upper hand
to pano xeri = the upper hand
h oxi = or not
pes mou = tell me
sti mavri lista = on the blacklist
tin idia mera = the same day
ti douleia = what business
apo poso se poso = from how much to how much
`)
}

// greekWords returns Greek words in Latin letters and the English they stand
// for ("" for a word that says nothing).
func greekWords() map[string]string {
	return map[string]string{
		// Question words, articles and fillers.
		"ti": "what", "pios": "who", "poios": "who", "poia": "which", "poio": "which", "pote": "when", "poso": "how much",
		"posa": "how many", "posoi": "how many", "poses": "how many", "giati": "why", "pou": "where", "pws": "how",
		"einai": "is", "ine": "is", "itan": "was", "den": "not", "to": "", "ta": "", "tou": "of", "tis": "of", "ton": "the",
		"tin": "the", "re": "", "ela": "", "etsi": "", "malaka": "", "mwre": "", "bre": "", "loipon": "", "dhladh": "",
		"diladi": "", "nai": "yes", "oxi": "no", "meta": "after", "prin": "before", "apo": "from", "gia": "about",
		"me": "with", "sto": "in the", "stin": "in the", "sta": "in the",
		// Verbs.
		"leei": "says", "eipe": "said", "egine": "happened", "epese": "fell", "exase": "lost", "xasane": "lost",
		"idryse": "founded", "gennithike": "born", "xrisimopoiise": "used", "ekane": "did", "kanei": "does",
		"skeftetai": "thinks", "pistevei": "believes", "apagorefse": "banned", "proslave": "hired",
		// Nouns and adjectives of the story.
		"etairia": "company", "etaireia": "company", "metoxi": "share", "metoxes": "shares", "timi": "price",
		"xrimata": "money", "lefta": "money", "dollaria": "dollars", "disekatommyria": "billion",
		"trisekatommyria": "trillion", "arthro": "article", "syggrafeas": "author", "idrytis": "founder",
		"xronia": "years", "xronos": "year", "etos": "year", "mina": "month", "mines": "months", "xthes": "yesterday",
		"chthes": "yesterday", "simera": "today", "kina": "china", "ameriki": "america", "amerikh": "america",
		"kyvernisi": "government", "synantisi": "meeting", "michanikoi": "engineers", "mixanikoi": "engineers",
		"nei": "young", "neoi": "young", "mikros": "small", "mikro": "small", "megalos": "big", "megali": "big",
		"mirmigki": "ant", "paroimia": "proverb", "apagorefsi": "ban", "prothypourgos": "premier",
		"proedros": "president", "logos": "reason", "provlima": "problem", "mathima": "lesson", "ilikia": "age",
		"xreiazetai": "needs", "agora": "market", "axia": "value", "ependytes": "investors", "ameso": "directly",
		"evale": "put", "valane": "put", "skeftike": "thought", "skepsi": "thought", "otan": "when", "olo": "all",
		"auto": "this", "afto": "this", "fovatai": "fears", "fovos": "fear", "an": "if", "vgike": "came out",
		"vgalane": "released", "oti": "that", "o": "the", "i": "the", "oi": "the", "stous": "to the",
		"tous": "", "sti": "in the", "ston": "in the", "se": "in", "h": "or", "ola": "all", "afta": "these",
		"aftos": "he", "aftoi": "they", "ekei": "there", "edw": "here", "alla": "but", "omws": "but",
		"akoma": "still", "tora": "now", "kata": "according to", "sou": "you", "mou": "me", "mas": "us",
		"eisai": "are", "eimai": "am", "exei": "has", "exoun": "have", "eixe": "had", "eixan": "had", "opa": "",
		"dhladi": "", "pes": "tell", "tha": "will", "na": "to", "lei": "says", "eipan": "said", "grafei": "writes",
		"egrapse": "wrote", "mpike": "entered", "epathe": "suffered", "simainei": "means", "stise": "founded",
		"ftiaxe": "made", "douleia": "business", "kanoun": "do", "exasan": "lost", "epesan": "fell",
		"xathikan": "lost", "parousiase": "unveiled", "anakoinwse": "announced", "piasei": "reached",
		"ekleise": "closed", "fovithikan": "feared", "apantithei": "answered", "anisyxei": "worry",
		"anisixoun": "worry", "katafere": "managed", "deixnei": "shows", "vriskei": "finds",
		"proslamvanei": "hires", "kykloforise": "released", "orkistike": "sworn in", "ypirxe": "there was",
		"pige": "went", "filoxenise": "hosted", "syzitisan": "discussed", "rotiseis": "ask",
		"antanaklei": "reflects", "ithelan": "would want", "menoun": "stay", "kostise": "cost",
		"sygkrinei": "compares", "vazei": "puts", "skopia": "angle", "grafeas": "writer", "pragma": "thing",
		"prwto": "first", "proto": "first", "mirmigi": "ant", "kalo": "good", "lepta": "money",
		"erotima": "question", "kinas": "china", "exwteriko": "abroad", "exoteriko": "abroad",
		"anthrwpoi": "people", "anthropoi": "people", "posostos": "which number", "amerikis": "america",
		"kryfo": "hidden", "minima": "message", "imerominia": "date", "alloi": "others",
		"texnologia": "technology", "typos": "guy", "kaisara": "caesar", "telos": "end", "titlo": "title",
		"ianouario": "january", "amerikanika": "american", "mera": "day", "idia": "same",
	}
}
