package knowledge

// newItalian builds what reads Italian mixed into English chat ("chi ha fondato
// deepseek?", "quanto è sceso nvidia").
func newItalian() *language {
	return newLanguage(strongItalianMarkers(), italianMarkers(), italianPhrases(), italianWords(),
		// The words that lose their vowel before another and are typed
		// joined to it once the apostrophe is gone ("lautore" for l'autore).
		[]string{"l", "dell", "all", "nell", "sull", "un", "quest", "com", "cos", "c", "d"})
}

// strongItalianMarkers make a message Italian alone.
func strongItalianMarkers() map[string]bool {
	return setOf(`cosa quanto quanti quante perché perchè quale quali sono hanno è detto fondato boh`)
}

// italianMarkers are other Italian words that English chat does not use.
func italianMarkers() map[string]bool {
	return setOf(`il di gli della delle degli nel nella alla alle dal dalla sul sulla chi quando dove qual
stato stata più anche ancora allora poi tutto questo questa quel quella`)
}

// italianPhrases are Italian phrases and what they say in English.
func italianPhrases() phraseTable {
	return parsePhrases(`
che cosa = what
da dove = where from
in che anno = what year
che tipo di = what kind of
tira in ballo = mentions
far girare = run
ci hanno rimesso = lost
cos è = what is
com è = how is
lista nera = blacklist
mercato azionario = stock market
c è = there is
stati uniti = us
punto di vista = angle
venuta in mente = thought
rimesso nel sacco = blessing
massimo storico = record
nome completo = full name
primo ministro = premier
intelligenza artificiale = ai
andato storto = went wrong
tirato fuori = released
andato giù = went down
andato giu = went down
quest anno = this year
a porte chiuse = behind closed doors
porte chiuse = closed doors
vuol dire = means
cosa vuol dire = what does mean
alla fine = at the end
lintelligenza artificiale = ai
sbagliare giudizio = misjudge
come si chiamava = what was the name
come si chiama = what is the name
`)
}

// italianWords returns Italian words and the English they stand for ("" for a
// word that says nothing).
func italianWords() map[string]string {
	return map[string]string{
		"commento": "comment", "commenti": "comments", "dietro": "behind", "avuto": "had", "impatto": "impact",
		"persone": "people", "reazione": "response", "reazioni": "responses", "azionario": "stock",
		// Question words and fillers.
		"cosè": "what is", "comè": "how is", "qualè": "which is", "cosa": "what", "chi": "who", "quanto": "how much", "quanti": "how many", "quante": "how many",
		"quando": "when", "quanod": "when", "perché": "why", "perchè": "why", "qual": "which", "quale": "which",
		"quali": "which", "dove": "where", "come": "how", "ciao": "", "allora": "", "dai": "", "tipo": "", "boh": "",
		"insomma": "", "cioè": "", "ecco": "", "esattamente": "exactly", "ancora": "still", "poi": "then",
		// Articles, pronouns and prepositions.
		"il": "the", "lo": "the", "la": "the", "i": "the", "gli": "the", "le": "the", "un": "a", "una": "a", "uno": "a",
		"di": "of", "del": "of the", "della": "of the", "delle": "of the", "degli": "of the", "dei": "of the",
		"a": "to", "al": "to the", "alla": "to the", "alle": "to the", "da": "from", "dal": "from the",
		"dalla": "from the", "dalle": "from the", "in": "in", "nel": "in the", "nella": "in the", "nelle": "in the",
		"negli": "in the", "su": "on", "sul": "on the", "sulla": "on the", "sui": "on the", "per": "for", "con": "with",
		"col": "with the", "tra": "between", "fra": "between", "e": "and", "ed": "and", "o": "or", "ma": "but",
		"che": "that", "se": "if", "non": "not", "più": "more", "meno": "less", "anche": "also", "solo": "only",
		"tutto": "all", "tutta": "all", "questo": "this", "questa": "this", "quel": "that", "quello": "that",
		"quella": "that", "suo": "his", "sua": "his", "suoi": "his", "lui": "he", "lei": "she", "loro": "they",
		"mi": "me", "ci": "", "si": "", "prima": "before", "dopo": "after", "oltre": "besides", "secondo": "according to",
		"rispetto": "compared", "stesso": "same", "mai": "ever",
		// Verbs.
		"è": "is", "sono": "are", "era": "was", "erano": "were", "stato": "been", "stata": "been", "ha": "has",
		"hanno": "have", "aveva": "had", "detto": "said", "dtto": "said", "dice": "says", "dichiarato": "stated",
		"pensa": "thinks", "fondato": "founded", "fondata": "founded", "creato": "created", "nato": "born",
		"uscito": "released", "uscite": "released", "rilascio": "release", "lanciato": "launched",
		"presentato": "unveiled", "presentazione": "unveiling", "annunciato": "announced", "perso": "lost",
		"sceso": "fell", "scesa": "fell", "scese": "fell", "crollato": "crashed", "crollate": "crashed",
		"crollo": "crash", "calo": "fall", "chiuso": "closed", "costa": "costs", "costano": "cost", "usato": "used",
		"usa": "uses", "usare": "use", "addestrare": "train", "messo": "put", "colpito": "hit", "ospitato": "hosted",
		"ospitatto": "hosted", "ospitava": "hosted", "invitato": "invited", "assunto": "hired", "assume": "hires",
		"investito": "invested", "risposto": "responded", "risponde": "answers", "servono": "needed",
		"servirebbero": "would need", "avrebbe": "would have", "successo": "happened", "successa": "happened",
		"chiama": "calls", "significa": "means", "evita": "avoids", "sabotato": "sabotaged", "gestiva": "ran",
		"faceva": "did", "fatto": "done", "volevano": "wanted", "ottenere": "achieve", "parla": "talks",
		"parlato": "talked", "partecipava": "attended", "possiede": "owns", "vale": "worth", "impari": "learn",
		"consumano": "consume", "ridotti": "shrank", "evaporare": "wiped", "venduto": "sold", "blacklistato": "blacklisted",
		// Nouns and adjectives of the story.
		"autore": "author", "articolo": "article", "azienda": "company", "aziende": "companies", "fondatore": "founder",
		"fouder": "founder", "fondo": "fund", "modello": "model", "modelli": "models", "mercato": "market",
		"borsa": "stock market", "azione": "share", "azioni": "shares", "prezzo": "price", "valore": "value",
		"soldi": "money", "miliardi": "billion", "mille": "thousand", "perdita": "loss", "perdite": "losses",
		"cinese": "chinese", "cinesi": "chinese", "cina": "china", "americana": "american", "americano": "american",
		"americani": "americans", "presidente": "president", "amministrazione": "administration", "governo": "government",
		"simposio": "symposium", "riunione": "meeting", "citazione": "quote", "formichina": "ant", "formica": "ant",
		"piccolo": "small", "piccola": "small", "piccoli": "small", "grande": "big", "economico": "cheap",
		"costoso": "expensive", "anno": "year", "anni": "years", "mese": "month", "mesi": "months", "giorno": "day",
		"data": "date", "ieri": "yesterday", "oggi": "today", "domani": "tomorrow", "età": "age", "giovane": "young",
		"ingegneri": "engineers", "dipendenti": "employees", "investitori": "investors", "analisti": "analysts",
		"tecnologia": "technology", "problema": "problem", "problemi": "problems", "causa": "cause", "domande": "questions",
		"domanda": "question", "aperte": "open", "risposta": "response", "dio": "god", "nuovo": "new", "primo": "first",
		"ultimo": "last", "fortuna": "luck", "vantaggio": "advantage", "lezione": "lesson", "paura": "fear",
		"restrizioni": "restrictions", "divieti": "bans", "divieto": "ban", "città": "city", "pechino": "beijing",
		"percentuale": "percent", "numero": "number", "energia": "energy", "titolo": "stock", "storia": "story",
		"pezzo": "piece", "infrastruttura": "infrastructure", "argomenti": "topics", "politici": "political",
		"soggetti": "subjects", "profili": "profiles", "nascita": "birth", "vero": "real", "inglese": "english",
		"tecnico": "technical", "punto": "point", "vista": "view", "competitiva": "competitive", "bravi": "good",
		"utenti": "users", "sede": "headquarters", "valutazione": "valuation", "consegne": "deliveries",
		"vuol": "means", "vuole": "wants", "viene": "is", "scrive": "writes", "sbagliare": "misjudge",
		"sbaglia": "misjudges", "prospettiva": "perspective", "pregiudizi": "biases", "paragonato": "compared",
		"paragona": "compares", "mica": "", "lintelligenza": "the intelligence", "intelligenza": "intelligence",
		"giudizio": "judgement", "fine": "end", "facile": "easy", "dire": "say", "cui": "which",
		"concentrati": "focused", "concentrata": "focused", "artificiale": "artificial", "andato": "went",
		"andata": "went", "tenuto": "held", "rischio": "risk", "restino": "stay", "qualcosa": "something",
		"porte": "doors", "pensano": "think", "mente": "mind", "lautore": "the author", "larticolo": "the article",
		"finita": "ended", "essere": "be", "cè": "there is", "ce": "there is", "chiuse": "closed",
		"avanti": "ahead", "pubblico": "public", "attacco": "attack", "chiamava": "called",
		"valevano": "were worth",
	}
}
