package knowledge

// newHebrew builds what reads Hebrew in Latin letters mixed into English chat
// ("matai did deepseek drop r1", "lama investors dumped nvidia achi").
// Israeli chat mostly drops one Hebrew question word into English: the
// question words are strong markers, so one makes the message Hebrew
// (and "lama" is read as why even in an English question about lamas: a
// far question either way).
func newHebrew() *language {
	return newLanguage(strongHebrewMarkers(), hebrewMarkers(), hebrewPhrases(), hebrewWords(), nil)
}

// strongHebrewMarkers make a message Hebrew alone.
func strongHebrewMarkers() map[string]bool {
	return setOf(`matai lama madua kama eize eizo eizeh eich eych efo eifo achi sababa beseder tachles
stam mizeh`)
}

// hebrewMarkers are other Hebrew words that English chat does not use.
func hebrewMarkers() map[string]bool {
	return setOf(`ma mi ze zot hu hem aval gam shel bli kol omer amar kara shanim nu walla`)
}

// hebrewPhrases are Hebrew phrases and what they say in English.
func hebrewPhrases() phraseTable {
	return parsePhrases(`
ma ze = what is
mi ze = who is
ma kara = what happened
ben kama = how old
bat kama = how old
kama shanim = how many years
kama zman = how long
rosh memshala = premier
artzot habrit = us
`)
}

// hebrewWords returns Hebrew words in Latin letters and the English they
// stand for ("" for a word that says nothing).
func hebrewWords() map[string]string {
	return map[string]string{
		// Question words and fillers.
		"ma": "what", "mi": "who", "matai": "when", "lama": "why", "madua": "why", "kama": "how much",
		"eize": "which", "eizo": "which", "eizeh": "which", "eich": "how", "eych": "how", "efo": "where",
		"eifo": "where", "achi": "", "ahi": "", "sababa": "", "beseder": "", "nu": "", "stam": "",
		"walla": "", "tachles": "", "yalla": "", "mizeh": "",
		// Function words and pronouns.
		"ze": "it is", "zot": "this", "hu": "he", "hem": "they", "aval": "but", "gam": "also", "ken": "yes",
		"lo": "not", "shel": "of", "al": "about", "im": "with", "bli": "without", "kol": "all", "od": "more",
		// Verbs.
		"omer": "says", "omeret": "says", "amar": "said", "amra": "said", "kara": "happened", "yarad": "fell",
		"yarda": "fell", "nafal": "fell", "nafla": "fell", "hekim": "founded", "heki": "founded",
		// Nouns and adjectives of the story.
		"shanim": "years", "shana": "year", "kesef": "money", "chevra": "company", "hevra": "company",
		"mechir": "price", "menayot": "shares", "shuk": "market", "boursa": "stock market", "katan": "small",
		"gadol": "big", "nemala": "ant", "pitgam": "proverb", "kotev": "writer", "sofer": "writer",
		"maamar": "article", "katava": "article", "nasi": "president", "pgisha": "meeting", "sin": "china",
		"mehandesim": "engineers", "chipim": "chips", "shvuot": "weeks", "chodesh": "month", "yom": "day",
		"etmol": "yesterday", "hayom": "today",
	}
}
