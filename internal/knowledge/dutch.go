package knowledge

// newDutch builds what reads Dutch and Flemish mixed into English chat ("wie heeft
// deepseek opgericht?", "hoeveel is nvidia gedaald").
func newDutch() *language {
	return newLanguage(strongDutchMarkers(), dutchMarkers(), dutchPhrases(), dutchWords(),
		// A past participle's ge- on an English verb ("geblacklist").
		[]string{"ge"})
}

// strongDutchMarkers make a message Dutch alone.
func strongDutchMarkers() map[string]bool {
	return setOf(`wat wie wanneer waarom hoeveel welk welke heeft hebben gebeurd geboren opgericht niet
volgens`)
}

// dutchMarkers are other Dutch words that English chat does not use.
func dutchMarkers() map[string]bool {
	return setOf(`hoe het een zijn hij zij ook maar nog dat die deze dit voor met naar bij toen nou toch
gewoon eigenlijk ofzo zelf vandaan uiteindelijk`)
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
lag plat = was down
ging plat = went down
ging mis = went wrong
gaat mis = goes wrong
vat samen = summarize
zwarte lijst = blacklist
neemt aan = hires
nemen aan = hire
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
		"ofzo": "", "zelf": "", "vandaan": "from", "uiteindelijk": "in the end", "je": "you", "aan": "",
		"zouden": "would", "zorgen": "concerns", "zn": "his", "ze": "they", "verhaal": "story",
		"samenvatten": "summarize", "samenvatting": "summary", "vat": "summarize", "samen": "", "vanuit": "from",
		"uitkwam": "came out", "toevallig": "coincidence", "steunen": "back", "steunt": "backs", "sterk": "strong",
		"schrijft": "writes", "plat": "down", "organiseren": "organise", "organiseerde": "hosted",
		"noemde": "called", "noemt": "calls", "neemt": "hires", "aannemen": "hire", "naartoe": "to",
		"moeten": "should", "moet": "should", "mislukking": "failure", "mis": "wrong", "leren": "learn",
		"leer": "learn", "lanceerde": "launched", "krachtigere": "more powerful", "krachtig": "powerful",
		"klap": "blow", "hoek": "angle", "hem": "him", "haalt": "gets", "grootste": "biggest", "ging": "went",
		"gezet": "put", "gekost": "cost", "kostte": "cost", "gecensureerd": "censored", "gebeurt": "happens",
		"gebeurde": "happened", "focust": "focuses", "erin": "in it", "eindspel": "endgame", "dacht": "thought",
		"daarmee": "with that", "bouwen": "build", "besproken": "discussed", "bedoelt": "means", "als": "if",
		"daalde": "fell", "kelderde": "plunged", "verloor": "lost", "richtte": "founded", "wereld": "world",
		"winnaars": "winners", "winnaar": "winner", "olympiade": "olympiad", "studenten": "students",
		"afgestudeerden": "graduates", "talent": "talent", "bang": "afraid", "angst": "fear", "waard": "worth",
		"beursgang": "", "verkochten": "sold", "verkocht": "sold", "dumpen": "dump", "gedumpt": "dumped",
		"premier": "premier", "minister": "minister", "president": "president", "overheid": "government",
		"zwarte": "black", "lijst": "list", "exportbeperkingen": "export restrictions",
		"beperkingen": "restrictions", "beperking": "restriction", "exportverbod": "export ban", "verbod": "ban",
		"toegang": "access", "sneller": "faster", "goedkoop": "cheap", "energie": "energy",
		"efficiënter": "more efficient", "efficiënt": "efficient", "zuiniger": "more efficient",
		"uitval": "outage", "storing": "outage", "aanval": "attack", "bedoeld": "meant", "vergelijkt": "compares",
		"vergeleken": "compared", "lijkt": "resembles", "uiterlijk": "appearance", "mager": "lean",
		"hongerig": "hungry", "citeert": "quotes", "geciteerd": "quoted",
		"lag": "was", "over": "about",
	}
}
