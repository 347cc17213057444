package knowledge

// newGerman builds what reads German mixed into English chat ("wer hat deepseek
// gegründet?", "wie viel ist die Nvidia Aktie gefallen"). Umlauts are
// also read typed plain or as ae, oe, ue ("borse", "boerse"), and a
// compound as its two words ("rekordschluss").
func newGerman() *language {
	l := newLanguage(strongGermanMarkers(), germanMarkers(), germanPhrases(), germanWords(), nil)
	l.compounds = true
	return l
}

// strongGermanMarkers make a message German alone.
func strongGermanMarkers() map[string]bool {
	return setOf(`wer wann warum wieso weshalb wieviel welche welcher welches welchen nicht ist und
gegründet gegruendet geboren gestern heute laut viel viele ungefähr ungefaehr sonst davor danach`)
}

// germanMarkers are other German words that English chat does not use.
func germanMarkers() map[string]bool {
	return setOf(`der das des dem ein eine einen einem einer hat haben sind oder aber auch noch schon mit
von vom zum zur für fuer über ueber nach bei seit wie wo doch denn eigentlich genau halt nein gibt waren wurde
wurden gesagt sagt sagte aktie aktien kurs börse boerse firma unternehmen`)
}

// germanPhrases are German phrases and what they say in English.
func germanPhrases() phraseTable {
	return parsePhrases(`
was kostet = how much does cost
was kosten = how much do cost
wie viel = how much
wie viele = how many
wie alt = how old
wie hoch = how high
wie lange = how long
was für = what kind of
was fuer = what kind of
was ist mit = what about
schwarze liste = blacklist
schwarzen liste = blacklist
an der börse = on the stock market
an der boerse = on the stock market
an der borse = on the stock market
zum beispiel = for example
vor allem =
im januar = in january
anfang januar = early january
mitte januar = mid january
ende januar = late january
letztes jahr = last year
letzten jahr = last year
diesen monat = this month
durch den kopf = through the mind
durch den kopf gegangen = thought
als erstes = first
nase vorn = ahead
die nase vorn = ahead
worum ging es = what was about
worum geht es = what is about
kam raus = came out
kommt raus = comes out
sieht aus = looks
an dem tag = that day
an diesem tag = that day
geht es ums geld = is it about money
ums geld = about money
`)
}

// germanWords returns German words and the English they stand for ("" for a
// word that says nothing).
func germanWords() map[string]string {
	return map[string]string{
		"kommt": "comes", "ärger": "trouble", "wirtschaft": "economy", "wievielter": "which number",
		"vorsprung": "lead", "vorher": "before", "vorgänger": "predecessor", "vernichtet": "wiped",
		"vermeidet": "avoids", "themen": "topics", "thema": "topic", "technologie": "technology",
		"spruch": "saying", "spiegelt": "reflects", "schwächeren": "weaker", "schwächer": "weaker",
		"schreibt": "writes", "schlecht": "bad", "sanktioniert": "sanctioned", "rekrutiert": "recruits",
		"reagiert": "responded", "politische": "political", "nachher": "after",
		"krass": "", "gemeint": "meant", "gemacht": "made",
		"geblacklistet": "blacklisted", "firmen": "companies", "exportiert": "exported", "erster": "first",
		"größten": "biggest", "hindernisse": "obstacles", "durften": "were allowed",
		// Question words and fillers.
		"was": "what", "wer": "who", "wen": "whom", "wem": "whom", "wessen": "whose", "wann": "when", "warum": "why",
		"wieso": "why", "weshalb": "why", "wie": "how", "wieviel": "how much", "wo": "where", "woher": "where from",
		"welche": "which", "welcher": "which", "welches": "which", "welchen": "which", "welchem": "which",
		"also": "", "genau": "", "halt": "", "eigentlich": "", "denn": "", "doch": "", "mal": "", "ja": "", "nein": "no",
		"bitte": "", "danke": "", "eben": "", "nochmal": "again", "überhaupt": "", "ueberhaupt": "",
		// Function words and pronouns.
		"ist": "is", "sind": "are", "war": "was", "waren": "were", "hat": "has", "haben": "have", "hatte": "had",
		"wird": "will", "wurde": "was", "wurden": "were", "der": "the", "die": "the", "das": "the", "den": "the",
		"dem": "the", "des": "of the", "ein": "a", "eine": "a", "einen": "a", "einem": "a", "einer": "a", "und": "and",
		"oder": "or", "aber": "but", "auch": "also", "noch": "still", "schon": "already", "nicht": "not", "kein": "no",
		"keine": "no", "mit": "with", "von": "of", "vom": "of the", "zu": "to", "zum": "to the", "zur": "to the",
		"für": "for", "fuer": "for", "über": "about", "ueber": "about", "nach": "after", "vor": "before", "seit": "since",
		"bei": "at", "im": "in the", "am": "on", "auf": "on", "aus": "from", "um": "at", "als": "as", "wenn": "if",
		"dass": "that", "er": "he", "sie": "they", "es": "it", "sein": "his", "seine": "his", "seinem": "his",
		"seinen": "his", "ihr": "their", "ihre": "their", "man": "", "laut": "according to", "gemäß": "according to",
		"gemaess": "according to", "mehr": "more", "weniger": "less", "dann": "then", "jetzt": "now",
		"damals": "then", "gleichen": "same", "selben": "same", "andere": "other", "anderen": "other",
		// Verbs.
		"gegründet": "founded", "gegruendet": "founded", "gründete": "founded", "gruendete": "founded", "geboren": "born",
		"gefallen": "fell", "gesunken": "fell", "fiel": "fell", "sank": "fell", "gestiegen": "rose",
		"verloren": "lost", "verlor": "lost", "geschlossen": "closed", "schloss": "closed", "veröffentlicht": "released",
		"veroeffentlicht": "released", "herausgebracht": "released", "rausgebracht": "released", "vorgestellt": "unveiled",
		"angekündigt": "announced", "angekuendigt": "announced", "gesagt": "said", "sagte": "said", "sagt": "says",
		"meint": "thinks", "denkt": "thinks", "glaubt": "believes", "passiert": "happened", "geschehen": "happened",
		"benutzt": "used", "genutzt": "used", "verwendet": "used", "eingestellt": "hired", "stellt": "hires",
		"gekauft": "bought", "verboten": "banned", "gesperrt": "banned", "veranstaltet": "hosted", "gehostet": "hosted",
		"eingeladen": "invited", "geschrumpft": "shrank", "braucht": "needs", "brauchen": "need", "bräuchte": "would need",
		"braeuchte": "would need", "bekommen": "get", "kostet": "costs", "gekostet": "cost", "unterstützt": "backs",
		"unterstuetzt": "backs", "finanziert": "funded", "heißt": "means", "heisst": "means", "bedeutet": "means",
		"erklärt": "explains", "erklaert": "explains", "vergleicht": "compares", "verglichen": "compared",
		"zitiert": "quoted", "gelernt": "learned", "erreicht": "reached", "abgestürzt": "crashed", "abgestuerzt": "crashed",
		// Nouns and adjectives of the story.
		"aktie": "share", "aktien": "shares", "aktienkurs": "share price", "kurs": "price", "schlusskurs": "closing price",
		"börse": "stock market", "boerse": "stock market", "borse": "stock market", "markt": "market",
		"marktwert": "market value", "börsenwert": "market value", "boersenwert": "market value", "wert": "value",
		"geld": "money", "milliarde": "billion", "milliarden": "billion", "billion": "trillion", "billionen": "trillion",
		"million": "million", "millionen": "million", "jahr": "year", "jahre": "years", "monat": "month", "tag": "day",
		"datum": "date", "gestern": "yesterday", "heute": "today", "alt": "old", "alter": "age",
		"geburtsjahr": "birth year", "gründer": "founder", "gruender": "founder", "firma": "company",
		"unternehmen": "company", "konzern": "company", "fonds": "fund", "hedgefonds": "hedge fund",
		"vermögen": "assets", "vermoegen": "assets", "verlust": "loss", "verluste": "losses", "ingenieure": "engineers",
		"absolventen": "graduates", "universitäten": "universities", "universitaeten": "universities",
		"hochschulen": "universities", "junge": "young", "jungen": "young", "leute": "people", "anleger": "investors",
		"investoren": "investors", "analysten": "analysts", "regierung": "government", "treffen": "meeting",
		"sitzung": "meeting", "zitat": "quote", "sprichwort": "proverb", "ameise": "ant", "klein": "small",
		"kleine": "small", "kleines": "small", "groß": "big", "gross": "big", "große": "big", "grosse": "big",
		"vorteil": "advantage", "lehre": "lesson", "grund": "reason", "frage": "question", "fragen": "questions",
		"antwort": "answer", "erste": "first", "ersten": "first", "neue": "new", "neuen": "new",
		"amerikanische": "american", "amerikanischen": "american", "chinesische": "chinese", "chinesischen": "chinese",
		"provinz": "province", "exportkontrollen": "export controls", "exportverbot": "export ban",
		"sanktionen": "sanctions", "angriff": "attack", "hackerangriff": "cyberattack", "cyberangriff": "cyberattack",
		"ausfall": "outage", "störung": "outage", "stoerung": "outage", "verkehr": "traffic", "ansturm": "traffic",
		"ministerpräsident": "premier", "ministerpraesident": "premier", "präsident": "president",
		"praesident": "president", "amtseinführung": "inauguration", "amtseinfuehrung": "inauguration",
		"autor": "author", "verfasser": "author", "artikel": "article", "meinung": "opinion", "ansicht": "view",
		"modell": "model", "ki": "ai", "rechenleistung": "compute", "grafikkarten": "gpus", "rechenzentren": "data centres",
		"ausgaben": "spending", "investitionen": "investments", "rekord": "record", "rekordhoch": "record high",
		"einbruch": "crash", "absturz": "crash", "kursrutsch": "selloff", "schaden": "damage", "billiger": "cheaper",
		"teuer": "expensive", "teuren": "expensive", "günstiger": "cheaper", "guenstiger": "cheaper",
		"schwarze": "black", "liste": "list", "handelsbeschränkungen": "trade restrictions", "zeitpunkt": "timing",
		"gedanke": "thought", "gedanken": "thoughts", "gesetzt": "put", "ungefähr": "", "ungefaehr": "", "sonst": "else",
		"davor": "before", "danach": "after", "beeindruckt": "impressed", "meisten": "most", "zufall": "coincidence",
		"zufällig": "random", "zufaellig": "random", "ausländer": "foreigners", "auslaender": "foreigners",
		"hatten": "had", "großen": "big", "grossen": "big", "gedacht": "thought", "wichtig": "important", "viel": "much",
		"viele": "many", "sehr": "very",
		"zensur": "censorship", "worum": "about what", "vorn": "ahead", "vorne": "ahead", "ums": "about the",
		"sieht": "looks", "schiefgelaufen": "went wrong", "schiefgegangen": "went wrong", "raus": "out",
		"nur": "only", "kriegen": "get", "kriegt": "gets", "kopf": "mind", "kommen": "come", "ihn": "him",
		"hoch": "high", "hauptsächlich": "mainly", "hauptsaechlich": "mainly", "gleichgezogen": "matched",
		"ging": "went", "geworden": "become", "getroffen": "hit", "geldgeber": "backers", "geber": "givers",
		"gegangen": "gone", "fragt": "asks", "erstes": "first", "ergebnis": "outcome", "durch": "through",
		"betroffen": "affected", "besondere": "special", "besonders": "especially", "beim": "at the",
		"ausgesucht": "picked", "aussuchen": "pick", "wählte": "chose", "vereidigt": "sworn in", "stand": "stood",
		"nervös": "nervous", "nervoes": "nervous", "segen": "blessing", "fluch": "curse", "schluss": "close",
		"verbote": "bans", "kontrollen": "controls", "kontrolle": "control", "rekordschluss": "record close",
		"verbot": "ban", "beschränkungen": "restrictions", "einschränkungen": "restrictions", "schaffen": "manage",
		"geschafft": "managed", "hardware": "hardware", "leistungsstärker": "more powerful", "stärker": "stronger",
		"stark": "strong", "schwach": "weak", "energie": "energy", "effizient": "efficient",
		"effizienter": "more efficient", "eingestiegen": "entered", "einsteigen": "enter", "beteiligt": "involved",
		"hinter": "behind", "steckt": "is behind", "stecken": "are behind", "mitarbeiter": "staff",
		"talente": "talent", "talent": "talent", "olympiade": "olympiad", "gewinner": "winners",
		"medaillen": "medals", "doktoranden": "phd students", "studenten": "students", "sabotiert": "sabotaged",
		"sabotage": "sabotage", "infrastruktur": "infrastructure", "ausgefallen": "went down", "down": "down",
		"lahmgelegt": "paralysed", "überlastet": "overloaded", "ueberlastet": "overloaded",
		"zusammengefasst": "summarized", "zusammenfassung": "summary", "fasse": "summarize", "kurz": "short",
		"ähnlich": "similar", "aehnlich": "similar", "aussehen": "appearance", "äußere": "appearance",
		"mager": "lean", "hungrig": "hungry", "angst": "fear", "sorgen": "concerns", "sorge": "concern",
	}
}
