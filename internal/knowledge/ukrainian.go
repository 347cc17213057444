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
	return setOf(`yak tse chy abo dlia pislia vid kompaniia hroshi vchora sohodni stattia`)
}

// ukrainianPhrases are Ukrainian phrases and what they say in English.
func ukrainianPhrases() phraseTable {
	return parsePhrases(`
skilky rokiv = how old
chornyi spysok = blacklist
chornoho spysku = blacklist
na dumku = according to
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
	}
}
