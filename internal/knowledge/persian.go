package knowledge

// newPersian builds what reads Persian in Latin letters ("Finglish") mixed
// into English chat ("deepseek ro ki sakht?", "nvidia chand darsad
// oftad dadash"). A noun's plural, its "his" and the ezafe that links it
// to the next word are endings ("investor haye", "salesh", "esm e"):
// typed apart they say nothing, typed joined they are dropped from a word
// of the tables.
func newPersian() *language {
	return newLanguage(strongPersianMarkers(), persianMarkers(), persianPhrases(), persianWords(), nil,
		"haye", "hay", "ha", "esh", "ash", "ye", "e", "i")
}

// strongPersianMarkers make a message Persian alone.
func strongPersianMarkers() map[string]bool {
	return setOf(`chera chie kie chand kei koja chetor chejoori kodoom mige migan goft chikar darbare
nevisande ghablan aslan dadash khob hanooz baraye chiye kiye`)
}

// persianMarkers are other Persian words that English chat does not use.
func persianMarkers() map[string]bool {
	return setOf(`ro chi ke oon un inke bood hast hastan kard shod dare dasht kheili yani ya too roo az
ba dar va bud tu kodum kudum alan zad sherkat nevisande maghale amrika`)
}

// persianPhrases are Persian phrases and what they say in English.
func persianPhrases() phraseTable {
	return parsePhrases(`
chand sale = how old
chand salesh = how old
chand saleshe = how old
chand salesh e = how old
chand ta = how many
chand vaght = how long
che kasi = who
che ruzi = what day
che roozi = what day
che sali = what year
che jur = what kind of
che joor = what kind of
be nazare = according to
be nazar e = according to
az dast dadan = lost
az dast dad = lost
pak shod = wiped
moarefi shod = unveiled
moarefi kard = unveiled
sakhte shode = was made
sakhte shod = was made
tasis shod = was founded
tasis kard = founded
be donya oomad = born
be donya umad = born
list e siah = blacklist
list siah = blacklist
liste siah = blacklist
raees jomhoor = president
nakhost vazir = premier
kar kard = worked
estefade kard = used
estekhdam kard = hired
be nafesh = to his advantage
az kei = since when
che kasayi = who
che kasi = who
oomad biroon = came out
umad biroon = came out
biroon oomad = came out
davat kard = invited
tashbih karde = compared
tashbih kard = compared
harfo zad = said it
harf zad = said
yad migiri = learn
yad gereft = learned
record zad = set a record
ham zaman = at the same time
be gofte = according to
tebgh e = according to
az nazar e = according to
az nazare = according to
be zehn e = to the mind of
be zehn = to mind
rais jomhur = president
chandomin rais jomhur = which number president
chand darsad = what percent
pool az dast dadan = lost money
sarmaye gozari = investment
sarmaye gozari kardan = invested
zarar kard = lost money
zarar zad = caused losses
chi kharab shod = what went wrong
kharab shod = went wrong
dadan biroon = released
dad biroon = released
zamin zad = knocked down
ghabl az = before
chand vaghte = how long
doori mikone = avoids
down shod = went down
donbal e pool = after money
`)
}

// persianWords returns Persian words in Latin letters and the English they
// stand for ("" for a word that says nothing).
func persianWords() map[string]string {
	return map[string]string{
		// Question words and fillers.
		"chi": "what", "chie": "what is", "chiye": "what is", "ki": "who", "kie": "who is", "kiye": "who is",
		"che": "what", "chera": "why", "chand": "how much", "kei": "when", "koja": "where", "chetor": "how",
		"chejoori": "how", "kodoom": "which", "chikar": "what", "khob": "", "dadash": "", "aslan": "",
		"yani": "", "ro": "", "ha": "", "haye": "", "e": "", "ke": "that", "va": "and", "o": "and", "ya": "or",
		"inke": "that", "oon": "that", "un": "that", "too": "in", "dar": "in", "roo": "on",
		"az": "from", "ba": "with", "baraye": "for", "darbare": "about", "ghablan": "before", "ghabl": "before",
		"baad": "after", "hanooz": "still", "kheili": "very", "khodesh": "himself", "tar": "more",
		"tarin": "most",
		// Verbs.
		"bood": "was", "boodan": "were", "hast": "is", "hastan": "are", "kard": "did", "kardan": "did",
		"krd": "did", "shod": "became", "dare": "has", "daran": "have", "dasht": "had", "goft": "said",
		"gofte": "said", "mige": "says", "migan": "say", "oftad": "fell", "sakht": "made", "neveshte": "wrote",
		"gozashtan": "put", "gozasht": "had", "oomad": "came", "umad": "came", "tunest": "could",
		"tunestan": "could", "kharid": "bought", "avord": "brought", "tarsidan": "got scared",
		"frookhtan": "sold", "furukhtan": "sold", "mikard": "did", "mikonan": "do", "mikone": "does",
		"resid": "reached", "reside": "reached", "nadade": "not given", "dad": "gave", "dadan": "gave",
		"moarefi": "unveiled", "tasis": "founded", "estekhdam": "hired", "tahrim": "sanctioned",
		// Nouns and adjectives of the story.
		"nevisande": "writer", "zehn": "mind", "sherkat": "company", "sherkati": "company", "pool": "money",
		"pul": "money", "esm": "name", "sal": "year", "saal": "year", "mah": "month", "rooz": "day",
		"ruz": "day", "diruz": "yesterday", "dirooz": "yesterday", "emrooz": "today", "sen": "age",
		"arzoon": "cheap", "arzun": "cheap", "geroon": "expensive", "jadid": "new", "ghadimi": "old",
		"bozorg": "big", "koochik": "small", "kuchik": "small", "moorche": "ant", "murche": "ant",
		"zarbolmasal": "proverb", "dars": "lesson", "moshkel": "problem", "dalil": "reason", "soal": "question",
		"javab": "answer", "jalase": "meeting", "mamnooiat": "ban", "chin": "china", "amrika": "america",
		"bazaar": "market", "bazar": "market", "saham": "shares", "gheymat": "price", "arzesh": "value",
		"darsad": "percent", "milyard": "billion", "shekast": "failure", "zarar": "loss", "sood": "profit",
		"nafe": "advantage", "mohandes": "engineers", "mohandesin": "engineers", "daneshgah": "university",
		"kharej": "abroad", "adam": "people", "adamha": "people", "adamayi": "people", "zaeif": "weak",
		"ghavi": "powerful", "zavie": "angle", "dastan": "story", "asli": "main", "avalin": "first",
		"aval": "first", "akharin": "last", "barabar": "times", "kamel": "full", "kamelesh": "full",
		"rahbar": "leader", "doulat": "government", "dolat": "government", "fekr": "thought", "nazar": "opinion",
		"hamle": "attack", "khoonsardi": "calm", "ghati": "outage", "tarafdar": "backers", "hemayat": "backing",
		"sarmaye": "investment", "sarmayegozar": "investors",
		"khoda": "god", "nist": "is not", "davat": "invited", "kasayi": "people", "kasi": "someone",
		"biroon": "out", "lazem": "need", "bemoonan": "stay", "khoobe": "good", "khoob": "good", "harf": "remark",
		"jeloe": "ahead", "jelo": "ahead", "tashbih": "compared", "ghiafe": "appearance", "chejorie": "what is like",
		"vasate": "middle", "entekhab": "select", "natije": "outcome", "beporsi": "ask", "kolli": "a lot",
		"manzoor": "meant", "ghablesh": "before", "dari": "have", "kam": "less", "ziad": "more", "ziyad": "more",
		"dirooze": "yesterday", "baadesh": "after",
		"morede": "about", "maghale": "article", "tebghe": "according to", "barash": "for him",
		"zirsakht": "infrastructure", "tavallod": "birth", "tasir": "effect", "tasiri": "effect",
		"taghriban": "roughly", "sohbat": "talk", "shamel": "includes", "shahr": "city", "raees": "head",
		"neshoon": "shows", "nabood": "was not", "mozoo": "topic", "mitoonan": "can", "mitoone": "can",
		"mide": "gives", "miare": "brings", "jour": "kind", "heyvoon": "animal", "hamoon": "same",
		"ghimat": "price", "ghiafa": "appearance", "fayede": "advantage", "fanni": "technical",
		"dardesar": "trouble", "chizi": "something", "chandomin": "which number", "bozorgtarin": "biggest",
		"baste": "closed", "bala": "up", "avordan": "brought", "arzoontar": "cheaper", "adamaee": "people",
		"sadere": "export", "sadarat": "export", "soghoot": "fall", "sooghoot": "fall", "tahlilgar": "analysts",
		"tahlilgara": "analysts", "kheyli": "very", "salesh": "his age",
		"bud": "was", "budan": "being", "tu": "in", "zad": "hit", "kodum": "which", "kudum": "which",
		"dagigan": "exactly", "daghighan": "exactly", "alan": "now", "zamin": "ground", "vojood": "existence",
		"vaghte": "time", "vaghean": "really", "tarikh": "date", "tamoom": "ended", "soghut": "fall",
		"sherkate": "company", "shabih": "similar", "sathe": "level", "salam": "", "sahm": "share", "raft": "went",
		"rabti": "connection", "rabt": "connection", "pak": "wiped", "nigarani": "concern", "nigarane": "worried",
		"nadaran": "do not have", "nadare": "does not have", "mushkel": "problem", "mozuati": "topics",
		"mozu": "topic", "mitunan": "can", "mitune": "can", "mikhast": "wanted", "mazyati": "advantage",
		"mazyat": "advantage", "maal": "belonging", "kone": "does", "kojaa": "where", "khulase": "summary",
		"kholase": "summary", "khube": "good", "khub": "good", "khod": "itself", "kharab": "broken",
		"kasaii": "people", "kar": "work", "kamtar": "less", "jur": "kind", "jomhur": "republic", "jolo": "ahead",
		"hanuz": "still", "haii": "", "gozari": "investment", "ghiyafe": "appearance", "ghazie": "affair",
		"ghabool": "accept", "eshun": "their", "donbal": "after", "doori": "avoidance", "dahst": "had",
		"chetorie": "what is like", "bepursi": "ask", "bego": "tell", "bemunan": "stay", "begiran": "get",
		"aziz": "", "ajib": "strange", "maghaleh": "article", "minevise": "writes", "nevesht": "wrote",
		"tahrimha": "sanctions", "hadaf": "goal", "hadafesh": "its goal", "chini": "chinese", "sakhte": "built",
		"kuchak": "small", "dast": "hand", "bad": "bad", "saleshe": "old", "team": "team", "rais": "president",
		"etefagh": "happened", "dige": "else", "model": "model",
	}
}
