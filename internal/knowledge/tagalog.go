package knowledge

// newTagalog builds what reads Tagalog mixed into English chat, Taglish
// ("sino nagtayo ng deepseek?", "bakit nalugi high flyer"). Its common
// particles are chat spellings too (chatSpellings: "yung", "ng", "po"), so
// they read alike in any message. An English verb takes Tagalog's
// prefixes ("nirelease", "umattend", "nag-down"): the prefix is dropped.
// A word joined to its linker ("anong", "parehong") is read as the word.
func newTagalog() *language {
	return newLanguage(strongTagalogMarkers(), tagalogMarkers(), tagalogPhrases(), tagalogWords(),
		[]string{"pinag", "naka", "gina", "nag", "mag", "ipa", "ni", "um", "na", "gi"}, "ng")
}

// strongTagalogMarkers make a message Tagalog alone.
func strongTagalogMarkers() map[string]bool {
	return setOf(`sino bakit kailan kelan magkano ilang paano saan nangyari nagtayo itinatag nalugi
kahapon ipinanganak pinanganak`)
}

// tagalogMarkers are other Tagalog words that English chat does not use.
func tagalogMarkers() map[string]bool {
	return setOf(`ano anong yung ung mga ng po daw raw naman pala kasi nila niya nya ba lang ito yun
sila siya sya meron mayroon hindi wala rin din
unsa unsay unsang kinsa kanusa ngano pila ug ani karon dili`)
}

// tagalogPhrases are Tagalog phrases and what they say in English.
func tagalogPhrases() phraseTable {
	return parsePhrases(`
taga saan = where from
pang ilan = which number
pang ilang = which number
ilang taon = how old
gaano katagal = how long
ayon sa = according to
sino sino = who
ano ano = what
kanus a = when
gi tukod = founded
usa ka = a
pila ka = how many
pila ka beses = how many times
`)
}

// tagalogWords returns Tagalog words and the English they stand for (""
// for a word that says nothing).
func tagalogWords() map[string]string {
	return map[string]string{
		// Question words and particles.
		"sino": "who", "ano": "what", "bakit": "why", "kailan": "when", "kelan": "when", "magkano": "how much",
		"ilan": "how many", "ilang": "how many", "paano": "how", "saan": "where", "alin": "which", "po": "",
		"daw": "", "raw": "", "naman": "", "pala": "", "ba": "", "lang": "", "kaya": "", "nga": "", "ulit": "again",
		"talaga": "really", "rin": "also", "din": "also", "pa": "", "na": "", "yung": "the", "ung": "the",
		"ang": "the", "ng": "of", "mga": "", "sa": "in", "si": "", "ni": "of", "kay": "", "nila": "their",
		"niya": "his", "nya": "his", "sila": "they", "siya": "he", "sya": "he", "ito": "this", "nito": "this",
		"iyon": "that", "yun": "that", "meron": "has", "mayroon": "has", "hindi": "not", "wala": "no",
		"mas": "more", "pinaka": "most", "kumpara": "compared", "parehong": "same", "pareho": "same",
		// Verbs, in the forms people type.
		"nagsulat": "wrote", "sumulat": "wrote", "isinulat": "wrote", "nagtayo": "founded", "itinayo": "founded",
		"nagtatag": "founded", "itinatag": "founded", "nalugi": "lost money", "nalulugi": "losing money",
		"nangyari": "happened", "mangyari": "happen", "naging": "became", "tinatawag": "called",
		"tinawag": "called", "gawin": "do", "ginawa": "did", "nasasagot": "answered", "nasagot": "answered",
		"sinagot": "answered", "kasama": "included", "hinahire": "hires", "nagha-hire": "hires",
		"kumukuha": "hires", "kinuha": "hired", "lumabas": "came out", "naimbitahan": "invited",
		"inimbitahan": "invited", "inanyayahan": "invited", "dumalo": "attended", "sasabihin": "will say",
		"sinasabi": "says", "sinabi": "said", "natututunan": "learn", "natutunan": "learned", "matututunan": "learn",
		"lamang": "ahead", "nangunguna": "leading", "sinipi": "quoted", "binanggit": "mentioned",
		"nagsimula": "started", "bumagsak": "fell", "bumaba": "fell", "tumaas": "rose", "gumamit": "used",
		"ginamit": "used", "binili": "bought", "ipinagbawal": "banned", "inilagay": "put", "nilagay": "put",
		"isinama": "put", "nawalan": "lost", "nawala": "lost", "naapektuhan": "affected", "tinamaan": "hit",
		"iniisip": "thinks", "naniniwala": "believes", "inaatake": "attacked", "inatake": "attacked",
		"sinabotahe": "sabotaged", "nagsara": "closed", "isinara": "closed",
		"nagsalita": "said", "naglabas": "released", "nagawa": "achieved", "magkamali": "be mistaken",
		"kinumpara": "compared", "ikinumpara": "compared", "kapag": "when", "kaninong": "whose", "kanino": "whom",
		"kahit": "even", "galing": "from", "nabura": "wiped", "bura": "wiped", "bagsak": "fell",
		"hinire": "hired", "isasagot": "will answer", "napantayan": "matched", "pantay": "equal", "saang": "which",
		// Nouns and adjectives of the story.
		"epekto": "effect", "mura": "cheap", "mahal": "expensive", "dati": "previous", "tanong": "question",
		"sagot": "answer", "mahina": "weak", "malakas": "powerful", "klase": "kind", "klaseng": "kind of",
		"tao": "people", "araw": "day", "kahapon": "yesterday", "bukas": "tomorrow",
		"pera": "money", "diyos": "god", "dulo": "end", "simula": "beginning", "taon": "year", "buwan": "month",
		"edad": "age", "presyo": "price", "halaga": "value", "kumpanya": "company", "kompanya": "company",
		"manunulat": "writer", "awtor": "author", "pondo": "fund", "mamumuhunan": "investors",
		"langgam": "ant", "maliit": "small", "malaki": "big", "aral": "lesson", "leksyon": "lesson",
		"problema": "problem", "dahilan": "reason", "tsina": "china", "amerika": "america", "pangulo": "president",
		"presidente": "president", "pulong": "meeting", "pagpupulong": "meeting", "salawikain": "proverb",
		"kasabihan": "proverb", "inhinyero": "engineers", "bansa": "country", "ibang": "other", "gobyerno": "government",
		"merkado": "market", "bilyon": "billion", "trilyon": "trillion", "milyon": "million", "porsyento": "percent",
		"pagbagsak": "fall", "kita": "profit", "lugi": "losses", "pagkalugi": "losses", "teknolohiya": "technology",
		"unsa": "what", "unsay": "what is", "unsang": "what", "kinsa": "who", "kanusa": "when", "ngano": "why",
		"pila": "how many", "asa": "where", "ug": "and", "ani": "about this", "bai": "", "pre": "",
		"sumala": "according to", "iyang": "his", "tawo": "people", "pangutana": "question", "pagka": "being",
		"nahulog": "fell", "hulog": "fall", "nahitabo": "happened", "hitabo": "happen", "nabalaka": "worried",
		"balaka": "worry", "matubag": "answered", "tubag": "answer", "maayo": "good", "kuha": "get",
		"katapusan": "end", "karon": "now", "kapildihan": "loss", "pildi": "lose", "gisulti": "said",
		"sulti": "say", "ginabuhat": "does", "gibuhat": "did", "buhat": "do", "gamay": "small", "dili": "not",
		"tukod": "found", "gitukod": "founded", "gigamit": "used", "gamit": "use", "sulat": "write",
		"natawo": "born", "beses": "times", "barato": "cheap", "ato": "that", "tanan": "all", "iwanan": "leave",
		"kakailanganin": "will need", "kailangan": "need", "aling": "which", "baka": "maybe",
		"magaling": "good at",
	}
}
