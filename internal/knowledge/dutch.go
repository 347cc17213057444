package knowledge

// newDutch builds what reads Dutch and Flemish mixed into English chat ("wie heeft
// deepseek opgericht?", "hoeveel is nvidia gedaald").
func newDutch() *language {
	return newLanguage(strongDutchMarkers(), dutchMarkers(), dutchPhrases(), dutchWords(), nil)
}

// strongDutchMarkers make a message Dutch alone.
func strongDutchMarkers() map[string]bool {
	return setOf(`wat wie wanneer waarom hoeveel welk welke heeft hebben gebeurd geboren opgericht niet
volgens`)
}

// dutchMarkers are other Dutch words that English chat does not use.
func dutchMarkers() map[string]bool {
	return setOf(`hoe het een zijn hij zij ook maar nog dat die deze dit voor met naar bij toen nou toch
gewoon eigenlijk`)
}

// dutchPhrases are Dutch phrases and what they say in English.
func dutchPhrases() phraseTable {
	return parsePhrases(`
deze maand = this month
door het hoofd = through the mind
kwam uit = came out
begin januari = early january
eind januari = late january
wat voor = what kind of
hoe oud = how old
`)
}

// dutchWords returns Dutch words and the English they stand for ("" for a
// word that says nothing).
func dutchWords() map[string]string {
	return map[string]string{
		"omlaag": "down", "zwakkere": "weaker", "zou": "would", "ziet": "looks", "zelfvertrouwen": "confidence",
		"zakte": "fell", "vraagt": "asks", "voorsprong": "lead", "uitgenodigd": "invited",
		"uitgebracht": "released", "trots": "proud", "steeds": "still", "sommige": "some", "overleg": "meeting",
		"opvallend": "striking", "ontwijkt": "avoids", "naast": "besides", "leert": "learns",
		"lancering": "launch", "gesaboteerd": "sabotaged", "denken": "think",
		"buitenland": "abroad", "besloten": "decided", "allemaal": "all", "aantal": "number",
		// Question words and fillers.
		"wat": "what", "wie": "who", "wanneer": "when", "waarom": "why", "hoeveel": "how much", "hoe": "how",
		"welk": "which", "welke": "which", "waar": "where", "waarvoor": "what for", "nou": "", "toch": "", "gewoon": "",
		"eigenlijk": "", "dus": "", "ja": "", "hoor": "", "even": "", "precies": "exactly", "zoveel": "so much",
		// Function words and pronouns.
		"is": "is", "was": "was", "zijn": "are", "heeft": "has", "hebben": "have", "had": "had", "hij": "he",
		"zij": "they", "het": "the", "de": "the", "een": "a", "van": "of", "en": "and", "of": "or", "maar": "but",
		"ook": "also", "nog": "still", "dat": "that", "die": "that", "deze": "this", "dit": "this", "voor": "for",
		"met": "with", "naar": "to", "bij": "at", "uit": "out", "om": "about", "op": "on", "te": "to", "door": "by",
		"toen": "then", "niet": "not", "geen": "no", "volgens": "according to", "daarvoor": "before", "achter": "behind",
		"er": "", "zo": "so", "al": "already", "meer": "more", "minder": "less", "dan": "than",
		// Verbs.
		"gebeurd": "happened", "geboren": "born", "opgericht": "founded", "gelanceerd": "launched",
		"gebruikte": "used", "gebruikt": "used", "verloren": "lost", "gekrompen": "shrank", "gedaan": "did",
		"deed": "did", "gezegd": "said", "zei": "said", "zegt": "says", "denkt": "thinks", "kwam": "came",
		"sloot": "closed", "gedaald": "fell", "gezakt": "fell", "gevallen": "fell", "gestegen": "rose",
		"kocht": "bought", "verbood": "banned", "verboden": "banned", "mogen": "allowed", "mocht": "allowed",
		"runde": "ran", "ontstaan": "started", "onstaan": "started", "staat": "says", "zat": "was",
		"aangenomen": "hired", "nodig": "needed", "gehost": "hosted", "georganiseerd": "hosted",
		// Nouns and adjectives of the story.
		"schrijver": "writer", "auteur": "author", "artikel": "article", "stuk": "piece", "bedrijf": "company",
		"bedrijven": "companies", "oprichter": "founder", "fonds": "fund", "aandeel": "share", "aandelen": "shares",
		"koers": "price", "slotkoers": "closing price", "beurs": "stock market", "markt": "market", "waarde": "value",
		"geld": "money", "miljard": "billion", "biljoen": "trillion", "jaar": "year", "maand": "month", "dag": "day",
		"datum": "date", "gisteren": "yesterday", "vandaag": "today", "oud": "old", "leeftijd": "age",
		"geboortejaar": "birth year", "jonge": "young", "jong": "young", "ingenieurs": "engineers", "mensen": "people",
		"investeerders": "investors", "invesetrders": "investors", "analisten": "analysts", "regering": "government",
		"bijeenkomst": "meeting", "vergadering": "meeting", "citaat": "quote", "spreekwoord": "proverb", "mier": "ant",
		"klein": "small", "kleine": "small", "grote": "big", "groot": "big", "goedkoper": "cheaper", "duur": "expensive",
		"voordeel": "advantage", "les": "lesson", "probleem": "problem", "reden": "reason", "vraag": "question",
		"antwoord": "answer", "eerste": "first", "vorige": "previous", "generatie": "generation", "nieuwe": "new",
		"amerikaanse": "american", "provincie": "province", "hoofd": "mind", "slecht": "bad", "goed": "good",
		"chips": "chips", "chip": "chip", "toespraak": "speech",
	}
}
