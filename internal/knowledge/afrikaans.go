package knowledge

// newAfrikaans builds what reads Afrikaans mixed into South African English
// chat ("wie het deepseek gestig?", "hoekom het nvidia geval, bru").
// Afrikaans shares many words with Dutch ("wat", "wie", "hoe"); its own
// markers ("hoekom", "watter", "nie", "vir") tell them apart.
func newAfrikaans() *language {
	return newLanguage(strongAfrikaansMarkers(), afrikaansMarkers(), afrikaansPhrases(), afrikaansWords(), nil)
}

// strongAfrikaansMarkers make a message Afrikaans alone.
func strongAfrikaansMarkers() map[string]bool {
	return setOf(`hoekom watter vir gesê gese sê maatskappy skrywer gestig gebore`)
}

// afrikaansMarkers are other Afrikaans words that English chat does not use.
func afrikaansMarkers() map[string]bool {
	return setOf(`nie wat wie wanneer hoeveel waar hoe het ook maar hulle hy sy gister vandag`)
}

// afrikaansPhrases are Afrikaans phrases and what they say in English.
func afrikaansPhrases() phraseTable {
	return parsePhrases(`
hoe oud = how old
hoe lank = how long
hoeveel geld = how much money
ja nee =
nou nou = soon
volgens = according to
`)
}

// afrikaansWords returns Afrikaans words and the English they stand for (""
// for a word that says nothing).
func afrikaansWords() map[string]string {
	return map[string]string{
		// Question words and fillers.
		"wat": "what", "wie": "who", "wanneer": "when", "hoekom": "why", "waarom": "why", "hoeveel": "how much",
		"waar": "where", "hoe": "how", "watter": "which", "nou": "now", "sommer": "", "mos": "", "tog": "",
		// Function words and pronouns.
		"het": "has", "en": "and", "of": "or", "nie": "not", "ook": "also", "maar": "but", "vir": "for",
		"met": "with", "op": "on", "na": "after", "voor": "before", "oor": "about", "hy": "he", "sy": "his",
		"hulle": "they", "hul": "their", "daar": "there", "hierdie": "this", "daardie": "that", "nog": "still",
		// Verbs.
		"gestig": "founded", "begin": "started", "gebore": "born", "geval": "fell", "gedaal": "fell",
		"verloor": "lost", "gesê": "said", "sê": "says", "geskryf": "wrote", "skryf": "writes",
		"gebruik": "used", "gekoop": "bought", "aangestel": "hired", "bekendgestel": "launched",
		"vrygestel": "released", "gewys": "showed", "gesluit": "closed", "gebeur": "happened", "dink": "thinks",
		"glo": "believes", "beteken": "means", "gekos": "cost",
		// Nouns and adjectives of the story.
		"skrywer": "writer", "artikel": "article", "maatskappy": "company", "aandele": "shares",
		"aandeel": "share", "prys": "price", "mark": "market", "beurs": "stock market", "geld": "money",
		"jaar": "year", "maand": "month", "dag": "day", "gister": "yesterday", "vandag": "today",
		"ouderdom": "age", "stigter": "founder", "fonds": "fund", "bates": "assets", "verliese": "losses",
		"voordeel": "advantage", "ingenieurs": "engineers", "beleggers": "investors", "ontleders": "analysts",
		"regering": "government", "vergadering": "meeting", "aanhaling": "quote", "spreekwoord": "proverb",
		"mier": "ant", "klein": "small", "groot": "big", "les": "lesson", "rede": "reason", "vraag": "question",
		"antwoord": "answer", "president": "president", "swartlys": "blacklist", "verbod": "ban",
		"goedkoop": "cheap", "duur": "expensive", "tegnologie": "technology", "aanval": "attack",
		"universiteite": "universities", "jonk": "young", "oud": "old", "nuwe": "new", "eerste": "first",
		"miljard": "billion", "biljoen": "trillion", "miljoen": "million", "rand": "rand",
	}
}
