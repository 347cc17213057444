package knowledge

// newCzech builds what reads Czech and Slovak, close enough to read as one,
// mixed into English chat ("kdo založil deepseek?", "prečo padla
// nvidia, teda"). They decline their nouns: a word of the tables with a
// case ending ("autora", "článku", "čipy") is read as the word. Their
// letters are often typed plain ("proc", "clanek"): withoutAccents folds
// them. Polish shares many words ("kto", "co", "jak"); the markers tell
// them apart.
func newCzech() *language {
	return newLanguage(strongCzechMarkers(), czechMarkers(), czechPhrases(), czechWords(), nil,
		"ami", "ách", "ach", "ov", "om", "em", "ou", "ie", "í", "y", "i", "a", "u", "e", "é", "ý")
}

// strongCzechMarkers make a message Czech or Slovak alone.
func strongCzechMarkers() map[string]bool {
	return setOf(`kdo kdy proč proc prečo preco kolik koľko kolko kedy který ktery ktorý ktory
která ktera ktorá ktora teda čo vlastne vlastně přesně presne říká rika hovorí hovori založil zalozil`)
}

// czechMarkers are other Czech and Slovak words that English chat does not use.
func czechMarkers() map[string]bool {
	return setOf(`kto jako ako je byl byla bylo bol bola má mají majú nebo alebo že není nie tím tým mezi
medzi podle podla jsou nejsou koho čem cem odkud ten ta tu tom jeho jejich byly když keď jaký jaká jaké jakou
aký aká aké akej sa sú čo ako nie říkal řekl řekli co`)
}

// czechPhrases are Czech and Slovak phrases and what they say in English.
func czechPhrases() phraseTable {
	return parsePhrases(`
kolik let = how old
koľko rokov = how old
kolko rokov = how old
černá listina = blacklist
cerna listina = blacklist
čierna listina = blacklist
cierna listina = blacklist
černou listinu = blacklist
cernou listinu = blacklist
a spol = and co
z jakého pohledu = from what angle
z jakeho pohledu = from what angle
jak se jmenovala = what was the name of
jak se jmenuje = what is the name of
ako sa volala = what was the name of
ako sa volá = what is the name of
co se stalo = what happened
čo sa stalo = what happened
stojí za = is behind
k dispozici = available
jak dlouho = how long
ako dlho = how long
o kolik = by how much
o koľko = by how much
na akej cene = at what price
jakou cenu = what price
seznam omezení = blacklist
rok narození = birth year
přišli o peníze = lost money
prišli o peniaze = lost money
co si myslí = what does think
kolik kusů = how many
koľko kusov = how many
kolko kusov = how many
`)
}

// czechWords returns Czech and Slovak words and the English they stand for
// ("" for a word that says nothing).
func czechWords() map[string]string {
	return map[string]string{
		// Question words and fillers.
		"co": "what", "čo": "what", "kdo": "who", "kto": "who", "kdy": "when", "kedy": "when",
		"proč": "why", "prečo": "why", "kolik": "how much", "koľko": "how much", "kde": "where", "jak": "how",
		"ako": "how", "který": "which", "ktorý": "which", "která": "which", "ktorá": "which", "které": "which",
		"teda": "", "vlastně": "", "vlastne": "", "přesně": "exactly", "presne": "exactly", "jako": "like",
		"prosím": "please", "hele": "", "jo": "yes", "fakt": "really",
		// Function words and pronouns.
		"je": "is", "jsou": "are", "sú": "are", "byl": "was", "byla": "was", "bylo": "was", "byli": "were",
		"bol": "was", "bola": "was", "bolo": "was", "má": "has", "mají": "have", "majú": "have",
		"mel": "had", "měl": "had", "mal": "had", "nebo": "or", "alebo": "or", "ale": "but", "že": "that",
		"není": "is not", "nie": "not", "ne": "not", "v": "in", "ve": "in", "vo": "in", "na": "on", "s": "with",
		"se": "", "sa": "", "z": "from", "ze": "from", "zo": "from", "od": "from", "o": "about", "po": "after",
		"před": "before", "pred": "before", "pro": "for", "pre": "for", "za": "for", "ten": "this",
		"tím": "this", "tým": "this", "tom": "this", "tim": "this", "mezi": "between", "medzi": "between",
		"jeho": "his", "jejich": "their", "ich": "their", "už": "already", "ještě": "still",
		"ešte": "still", "také": "also", "tiež": "also", "jen": "only", "len": "only", "víc": "more",
		"viac": "more", "byt": "being", "být": "being", "byť": "being",
		// Verbs.
		"založil": "founded", "založila": "founded", "narodil": "born", "spadla": "fell", "spadly": "fell",
		"padla": "fell", "klesla": "fell", "klesly": "fell", "ztratil": "lost", "ztratili": "lost",
		"stratil": "lost", "stratili": "lost", "řekl": "said", "rekl": "said", "povedal": "said", "říká": "says",
		"rika": "says", "hovorí": "says", "hovori": "says", "píše": "writes", "pise": "writes", "napsal": "wrote",
		"napísal": "wrote", "použil": "used", "pouzil": "used", "použili": "used", "koupil": "bought",
		"kúpil": "bought", "najímá": "hires", "najíma": "hires", "vydal": "released", "vydala": "released",
		"představila": "unveiled", "predstavila": "unveiled", "ukázala": "unveiled", "ovlivnily": "affected",
		"ovlivnil": "affected", "ovplyvnil": "affected", "dal": "put", "dali": "put", "smazal": "wiped",
		"zmazal": "wiped", "stalo": "happened", "zavřela": "closed", "zatvorila": "closed", "chceli": "wanted",
		"chtěli": "wanted", "dosiahnuť": "achieve", "dosáhnout": "achieve", "blacklistli": "blacklisted",
		// Nouns and adjectives of the story.
		"firma": "company", "společnost": "company", "spoločnosť": "company", "akcie": "shares", "akci": "shares",
		"cena": "price", "ceny": "price", "trh": "market", "burza": "stock market", "peníze": "money",
		"penez": "money", "peněz": "money", "peniaze": "money", "dolarů": "dollars", "dolárov": "dollars",
		"miliard": "billion", "miliárd": "billion", "bilion": "trillion", "rok": "year", "let": "years",
		"rokov": "years", "měsíc": "month", "mesiac": "month", "včera": "yesterday", "vcera": "yesterday",
		"dnes": "today", "zakladatel": "founder", "zakladateľ": "founder", "fond": "fund", "autor": "author",
		"článek": "article", "clanek": "article", "článok": "article", "článk": "article", "clank": "article",
		"čipy": "chips", "cipy": "chips", "čip": "chips", "zákaz": "ban", "čína": "china", "cina": "china",
		"číny": "china", "inženýři": "engineers", "inžinieri": "engineers", "investoři": "investors",
		"investori": "investors", "investor": "investors", "analytici": "analysts", "schůzka": "meeting",
		"stretnutie": "meeting", "sympozium": "symposium", "citát": "quote", "přísloví": "proverb",
		"príslovie": "proverb", "mravenec": "ant", "mravec": "ant", "malý": "small", "maly": "small",
		"malá": "small", "velký": "big", "veľký": "big", "lekce": "lesson", "lekcia": "lesson",
		"problém": "problem", "důvod": "reason", "dôvod": "reason", "otázka": "question", "prezident": "president",
		"premiér": "premier", "vláda": "government", "výhoda": "advantage", "vyhoda": "advantage",
		"pohled": "view", "pohľad": "view", "průšvih": "trouble", "prusvih": "trouble", "propad": "fall",
		"propadu": "fall", "pád": "fall", "levnější": "cheaper", "lacnejší": "cheaper", "drahý": "expensive",
		"nový": "new", "starý": "old", "první": "first", "prvý": "first",
		"podle": "according to", "podľa": "according to", "podla": "according to", "mělo": "had", "melo": "had",
		"největší": "biggest", "nejvetsi": "biggest", "najväčší": "biggest", "dopad": "impact", "odkud": "where from",
		"odkiaľ": "where from", "bere": "hires", "berie": "hires", "potřeba": "need", "potreba": "need", "k": "to",
		"efektivní": "efficient", "efektivni": "efficient", "inovaci": "innovation", "inovace": "innovation",
		"vyšel": "came out", "vysel": "came out", "vyšiel": "came out", "kolikátý": "which number",
		"kolikaty": "which number", "koľký": "which number", "čem": "what", "cem": "what", "bavili": "discussed",
		"peking": "beijing", "pekingu": "beijing", "kromě": "besides", "krome": "besides", "okrem": "besides",
		"padol": "went down", "spadl": "went down", "analytik": "analysts", "analytiku": "analysts",
		"vypadá": "looks", "vypada": "looks", "vyzerá": "looks", "koho": "who", "přirovnává": "compares",
		"prirovnava": "compares", "ledna": "january", "leden": "january", "januára": "january", "firmu": "company",
		"ty": "those", "bany": "bans", "vznikl": "was founded", "vznikol": "was founded", "zhruba": "roughly",
		"stál": "cost", "akciový": "stock", "akciovy": "stock", "umí": "can do", "umi": "can do",
		"akciema": "shares", "panikařili": "panicked", "panikarili": "panicked", "kvôli": "because of",
		"kvůli": "because of", "kvuli": "because of", "nejsou": "are not", "pod": "under",
		"restrikce": "restrictions", "restrikcemi": "restrictions", "reagovala": "responded",
		"investorama": "investors", "tam": "there",
		"neplatí": "does not apply", "neplati": "does not apply", "platí": "applies", "exportní": "export",
		"exportne": "export", "omezení": "restrictions", "omezeni": "restrictions", "obmedzenia": "restrictions",
		"jmenovala": "was called", "jmenuje": "is called", "jmenoval": "was called", "volala": "was called",
		"předchozí": "previous", "predchozi": "previous", "predchádzajúca": "previous", "ta": "the", "tu": "the",
		"tou": "the", "tú": "the", "říkal": "said", "rikal": "said", "řekne": "says", "rekne": "says",
		"řekli": "said", "řeší": "discusses", "výpadek": "outage", "vypadek": "outage", "výpadok": "outage",
		"scvrkla": "shrank", "scvrkl": "shrank", "aktiva": "assets", "aktíva": "assets", "hlavní": "main",
		"hlavni": "main", "hlavný": "main", "čínským": "chinese", "čínskou": "chinese", "čínský": "chinese",
		"čínská": "chinese", "čipů": "chips", "čipech": "chips", "čipov": "chips", "útok": "attack",
		"utok": "attack", "úspora": "saving", "úspory": "savings", "úplně": "completely", "úhlu": "angle",
		"úhel": "angle", "uhol": "angle", "znamená": "means", "znamena": "means", "zmizlo": "vanished",
		"zmizla": "vanished", "zkušené": "experienced", "zeptáš": "ask", "zeptat": "ask", "opýtaš": "ask",
		"zařadila": "put", "zaradila": "put", "zavreli": "closed", "zavřely": "closed", "vůbec": "at all",
		"všechno": "all", "věk": "age", "vek": "age", "vývozu": "export", "vývoz": "export", "výrok": "remark",
		"vykecat": "talk way out", "vetu": "sentence", "veta": "sentence", "umelou": "artificial",
		"umělou": "artificial", "témy": "topics", "témata": "topics", "talentů": "talent", "talenty": "talent",
		"studenty": "students", "stojí": "is behind", "starej": "old", "soustreďuje": "focuses",
		"sústreďuje": "focuses", "snažila": "tried", "sletělo": "dropped", "silnějších": "more powerful",
		"silnější": "more powerful", "seznam": "list", "zoznam": "list", "setkání": "meeting",
		"rozbor": "analysis", "robil": "did", "dělal": "did", "rekordní": "record", "rekordná": "record",
		"prišli": "lost", "příčina": "cause", "príčina": "cause", "prémiové": "premium", "provoz": "running",
		"prohlásil": "declared", "predstavenia": "unveiling", "představení": "unveiling", "prachy": "money",
		"pořád": "still", "porad": "still", "stále": "still", "počet": "number", "pocet": "number",
		"potřebovali": "would need", "potrebovali": "would need", "pokles": "drop", "peňazí": "money",
		"oproti": "compared to", "obavy": "concerns", "obavách": "concerns", "nějaký": "some", "nějaká": "some",
		"nákladů": "costs", "náklady": "costs", "nábor": "hiring", "nové": "new", "niektoré": "some",
		"některé": "some", "neodpovedá": "does not answer", "neodpovídá": "does not answer", "narození": "birth",
		"narodenia": "birth", "napadlo": "occurred", "nabíral": "hired", "nabírá": "hires", "myslí": "thinks",
		"myslia": "think", "lidi": "people", "ľudí": "people", "lednu": "january", "kusů": "",
		"kusov": "", "krachla": "collapsed", "když": "when", "keď": "when", "jel": "ran", "jde": "is about",
		"jakých": "which", "jakého": "which", "jaké": "which", "jakou": "which", "jaký": "which", "jaká": "which",
		"aký": "which", "aká": "which", "aké": "which", "akej": "which", "akú": "which",
		"investiční": "investment", "investičná": "investment", "inteligenciou": "intelligence",
		"inteligence": "intelligence", "hostitel": "host", "hostil": "hosted", "ho": "him",
		"generaci": "generation", "generácii": "generation", "firmy": "company", "existuje": "exists",
		"drahé": "expensive", "dostalo": "got", "dopadla": "ended up", "dlouho": "long", "dlho": "long",
		"dispozici": "disposal", "datum": "date", "dátum": "date", "citlivé": "sensitive", "citaci": "quote",
		"cene": "price", "borce": "pros", "analytkov": "analysts", "analytiků": "analysts",
		"amerického": "american", "americká": "american", "akciemi": "shares", "akciích": "shares",
		"akcií": "shares", "byly": "were",
		"kusy": "",
	}
}
