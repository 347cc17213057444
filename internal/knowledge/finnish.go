package knowledge

// newFinnish builds what reads Finnish mixed into English chat ("kuka perusti
// deepseekin?", "paljonko nvidia romahti niinku"), as spoken Finnish is
// typed ("kirjottaja", "tapahtu"). Finnish adds its cases to a word's end
// ("kirjottajan", the writer's; "listalle", onto the list): a word of the
// tables with one is read as the word, and a name of the base with one
// is the name (Index.Correct). "on" (is) is left to English.
func newFinnish() *language {
	return newLanguage(strongFinnishMarkers(), finnishMarkers(), finnishPhrases(), finnishWords(), nil,
		"ista", "istä", "ssa", "ssä", "sta", "stä", "lla", "llä", "lle", "lta", "ltä", "ksi", "ien", "ja", "jä",
		"na", "nä", "en", "in", "a", "ä", "n", "t")
}

// strongFinnishMarkers make a message Finnish alone.
func strongFinnishMarkers() map[string]bool {
	return setOf(`mikä mika mitä mita kuka milloin miksi miks miten kuinka paljonko montako missä missa
mistä mihin onko oliko niinku siis että perusti romahti kirjottaja kirjoittaja`)
}

// finnishMarkers are other Finnish words that English chat does not use.
func finnishMarkers() map[string]bool {
	return setOf(`oli ovat olivat ja tai mutta ei koko joku tää tämä siinä ku kuin enemmän pelkkä
jälkeen ennen eilen tänään firma juttu`)
}

// finnishPhrases are Finnish phrases and what they say in English.
func finnishPhrases() phraseTable {
	return parsePhrases(`
kuinka vanha = how old
kuinka paljon = how much
musta lista = blacklist
mustalle listalle = blacklist
mustalla listalla = blacklist
mielestä = according to

`)
}

// finnishWords returns Finnish words and the English they stand for (""
// for a word that says nothing).
func finnishWords() map[string]string {
	return map[string]string{
		// Question words and fillers.
		"mikä": "what", "mitä": "what", "kuka": "who", "kenen": "whose", "ketä": "who", "milloin": "when",
		"koska": "when", "miksi": "why", "miks": "why", "miten": "how", "kuinka": "how", "paljonko": "how much",
		"paljon": "much", "montako": "how many", "monta": "many", "missä": "where", "mistä": "where from",
		"mihin": "where", "onko": "is", "oliko": "was", "niinku": "", "niinkuin": "", "siis": "", "no": "",
		"vaan": "", "sit": "then", "sitten": "then",
		// Function words and pronouns.
		"oli": "was", "ovat": "are", "olivat": "were", "se": "it", "ne": "they", "ja": "and", "tai": "or",
		"mutta": "but", "että": "that", "ei": "not", "koko": "whole", "joku": "some", "tää": "this",
		"tämä": "this", "tämän": "this", "siinä": "in it", "ku": "than", "kuin": "than", "enemmän": "more",
		"pelkkä": "mere", "jälkeen": "after", "ennen": "before", "vielä": "still", "myös": "also",
		"hänen": "his", "hän": "he", "niiden": "their",
		// Verbs.
		"maksoi": "cost", "perusti": "founded", "perustettiin": "was founded", "syntyi": "was born",
		"laski": "fell", "romahti": "crashed", "putosi": "fell", "menetti": "lost", "hävisi": "lost",
		"hävis": "lost", "sanoi": "said", "sano": "said", "sanoo": "says", "kirjoittaa": "writes",
		"kirjottaa": "writes", "kirjoitti": "wrote", "käytti": "used", "käyti": "used", "käyttää": "uses",
		"osti": "bought", "palkkasi": "hired", "palkkaa": "hires", "julkaisi": "released", "julkisti": "unveiled",
		"esitteli": "unveiled", "sulki": "closed", "tapahtui": "happened", "tapahtu": "happened",
		"laittoi": "put", "pantiin": "put", "kielsi": "banned", "kutistui": "shrank", "kutistu": "shrank",
		"teki": "did", "lopettaa": "stop", "lopettamaan": "stop", "saada": "get", "ajattelee": "thinks",
		"uskoo": "believes", "vertaa": "compares",
		// Nouns and adjectives of the story.
		"kirjoittaja": "writer", "kirjottaja": "writer", "artikkeli": "article", "juttu": "story",
		"yritys": "company", "firma": "company", "osake": "share", "osakkeet": "shares", "osakkee": "share",
		"hinta": "price", "markkinat": "market", "osakemarkkinat": "stock market", "pörssi": "stock market",
		"raha": "money", "rahaa": "money", "dollaria": "dollars", "miljardia": "billion", "biljoonaa": "trillion",
		"vuosi": "year", "vuonna": "year", "kuukausi": "month", "päivä": "day", "eilen": "yesterday",
		"tänään": "today", "ikä": "age", "vanha": "old", "perustaja": "founder", "rahasto": "fund",
		"varat": "assets", "tappiot": "losses", "etu": "advantage", "insinöörit": "engineers",
		"sijoittajat": "investors", "analyytikot": "analysts", "hallitus": "government",
		"hallinto": "administration", "kokous": "meeting", "tapaaminen": "meeting", "lainaus": "quote",
		"sitaatti": "quote", "sananlasku": "proverb", "muurahainen": "ant", "pieni": "small",
		"pienuus": "being small", "suuri": "big", "iso": "big", "opetus": "lesson", "ongelma": "problem",
		"syy": "reason", "kysymys": "question", "vastaus": "answer", "presidentti": "president",
		"pääministeri": "premier", "mielipide": "opinion", "sirut": "chips", "siru": "chips", "siruja": "chips",
		"sirujen": "chips", "kielto": "ban", "kiellot": "bans", "lista": "list", "kiina": "china",
		"kiinalainen": "chinese", "yhdysvallat": "us", "amerikkalainen": "american", "ennätys": "record",
		"halpa": "cheap", "halvempi": "cheaper", "kallis": "expensive", "teknologia": "technology",
		"malli": "model", "hyökkäys": "attack", "yliopistot": "universities", "nuori": "young", "uusi": "new",
		"ensimmäinen": "first", "ekana": "first", "näkökulma": "angle", "mieli": "mind", "mielessä": "in mind",
		"vaikutus": "impact", "siunaus": "blessing", "floppi": "flop", "jättiläinen": "giant",
		"tekninen": "technical", "puoliväli": "middle", "tammikuu": "january",
		"mukaan": "according to", "oikein": "", "monesko": "which number", "julkaistiin": "was released",
		"inauguraatio": "inauguration", "päivänä": "day", "suljettu": "closed", "pidettiin": "was held",
		"isännöi": "hosted", "kutsuttiin": "was invited", "kävi": "visited", "peking": "beijing",
		"pekingissä": "beijing", "tilaisuus": "event", "välttelee": "avoids", "aihe": "topic",
		"aiheita": "topics", "sabotoitu": "sabotaged", "vai": "or", "tarvis": "needed", "tarvitsi": "needed",
		"rajallisesti": "limited", "parempi": "better", "silti": "still", "edellä": "ahead", "perässä": "after",
		"lopussa": "at the end", "loppu": "end", "uusimpia": "newest", "tehokkaampi": "more efficient",
		"muuta": "else", "samana": "same", "puhuttiin": "was discussed", "siellä": "there", "tippu": "fell",
		"tippui": "fell", "hintaan": "price", "jutu": "story", "maa": "country", "maasta": "country",
		"rekrytoi": "recruits", "voisko": "could", "ostamisen": "buying", "suurimman": "biggest",
		"vaikutukse": "impact", "romahdukse": "crash", "julkistukse": "announcement", "muilta": "others",
		"jättiläisi": "giants", "arvo": "value", "blacklist": "blacklist", "oo": "is", "ollu": "been",
		"et": "that", "jumala": "god",
		"usan": "us", "usa": "us", "virkavalansa": "oath of office", "virkavala": "oath of office",
		"vinoumat": "biases", "vinouma": "bias", "vientikiellot": "export bans", "vientikielto": "export ban",
		"vientikiellon": "export ban", "vienti": "export", "vannoi": "swore", "valinta": "picking",
		"valintaan": "picking", "vaikutti": "affected", "vaikuttaa": "affects", "ulkonäkö": "appearance",
		"teknistä": "technical", "prosentteina": "percent", "prosenttia": "percent", "osakkeiden": "shares",
		"ollaan": "are", "mis": "what", "lisättiin": "added", "käytännössä": "in practice", "keksijät": "creators",
		"keksijä": "creator", "jotain": "something", "infrastruktuuri": "infrastructure", "hyvä": "good",
		"huolissaan": "worried", "asema": "position", "asemasta": "position", "alla": "under",
		"näkökulmaa": "angle", "syntynyt": "born", "titteli": "title", "mustalle": "black", "listalle": "list",
		"musta": "black", "presidenttinä": "president",
	}
}
