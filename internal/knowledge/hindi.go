package knowledge

// newHindi builds what reads Hindi typed in Latin letters and mixed into English chat,
// Hinglish ("deepseek kisne banaya?", "nvidia ka share kitna gira").
func newHindi() *language {
	l := newLanguage(strongHindiMarkers(), hindiMarkers(), hindiPhrases(), hindiWords(), nil)
	l.postposes = true
	return l
}

// strongHindiMarkers make a message Hinglish alone.
func strongHindiMarkers() map[string]bool {
	return setOf(`kya kab kitna kitne kitni kaun kisne kyun kyu kaise kaunsa kaunsi kaunse hai hain tha
thi hua hui mein kaha bola`)
}

// hindiMarkers are other Hindi words that English chat does not use.
func hindiMarkers() map[string]bool {
	return setOf(`kis hue ka ki ke ko se pe aur bhi nahi nahin yaar bhai matlab wala wali wale raha rahe rahi
gaya gayi kiya kiye liye baare abhi kal`)
}

// hindiPhrases are Hinglish phrases and what they say in English.
func hindiPhrases() phraseTable {
	return parsePhrases(`
ke baare mein = about
ke baare me = about
ke hisaab se = according to
ke hisab se = according to
ke liye = for
ke baad = after
se pehle = before
ke pehle = before
kitne saal = how old
kitni umar = how old
kitne paise = how much money
paida hua = born
paida hue = born
band hua = closed
close hua = closed
kitne pe = at how much
aa gaye = came
aaya market mein = came out
milne wale = get
saaf hue = wiped
saaf hua = wiped
down hua = went down
kya hai = what is
kya tha = what was
kaun hai = who is
kaun tha = who was
ke mutabiq = according to
ke mutabik = according to
ke bare mein = about
ke bare me = about
ki wajah se = because of
sab se pehle = first
sabse pehle = first
dar gaye = got scared
urr gaya = wiped
ur gaya = wiped
bani thi = was founded
mil payenge = can get
reh gaye = were left
kitne se kitne = from how much to how much
ud gaya = wiped out
saaf kiya = wiped out
saaf kar diya = wiped out
kaam chal jaye = works
kaam chal gaya = worked
kar diya = did
face bachane = save face
kaisa hai = what is like
dikhta kaisa = looks like
kis cheez = what
kis rival = which rival
paise kamane = make money
paisa kamane = make money
kis qisam = what kind
sab se zyada = most
band kamre = closed door
band kamre mein = behind closed doors
kin teen = which three
`)
}

// hindiWords returns Hinglish words and the English they stand for ("" for a
// word that says nothing).
func hindiWords() map[string]string {
	return map[string]string{
		"sawaal": "question", "zaroori": "necessary", "purane": "old", "paas": "have", "nuksaan": "loss",
		"neeche": "down", "milenge": "will get", "lekar": "taking", "kisi": "any", "khatra": "danger",
		"halke": "light", "ghabraaye": "panicked", "ghabra": "panic", "dooba": "sank", "dimaag": "mind",
		"bulaya": "invited", "bolte": "say", "bolega": "will say", "bataya": "told", "aaye": "came",
		// Question words and fillers.
		"kya": "what", "kab": "when", "kitna": "how much", "kitne": "how many", "kitni": "how much", "kaun": "who",
		"kisne": "who", "kis": "which", "kisko": "whom", "kiska": "whose", "kiske": "whose", "kahan": "where",
		"kyun": "why", "kyu": "why", "kyon": "why", "kaise": "how", "kaisa": "how", "kaunsa": "which", "kaunsi": "which",
		"kaunse": "which", "yaar": "", "bhai": "", "matlab": "", "accha": "", "acha": "", "arre": "", "arey": "",
		"na": "", "toh": "so", "bas": "", "ji": "", "haan": "yes", "wala": "", "wali": "", "wale": "", "hisaab": "",
		// Function words and pronouns.
		"hai": "is", "hain": "are", "tha": "was", "thi": "was", "ka": "of", "ki": "of", "ke": "of",
		"ko": "to", "se": "from", "mein": "in", "pe": "on", "par": "on", "aur": "and", "ya": "or", "bhi": "also",
		"nahi": "not", "nahin": "not", "lekin": "but", "kyunki": "because", "agar": "if", "saath": "with",
		"dwara": "by", "wo": "he", "woh": "he", "ye": "this", "yeh": "this", "uska": "his", "uske": "his", "uski": "his",
		"usne": "he", "unka": "their", "unke": "their", "apna": "own", "khud": "himself", "sab": "all", "sabse": "most",
		"zyada": "more", "kam": "less", "kuch": "some", "ek": "one", "abhi": "now", "pehle": "before",
		"baad": "after", "aage": "ahead", "peeche": "behind", "isme": "in this", "usme": "in it",
		// Verbs.
		"kiya": "did", "kia": "did", "kiye": "did", "diya": "gave", "liya": "took", "bola": "said", "boli": "said",
		"bole": "said", "kaha": "said", "kehta": "says", "kehte": "say", "socha": "thought", "soch": "think",
		"gira": "fell", "giri": "fell", "gire": "fell", "girne": "fall", "gaya": "went", "gayi": "went", "gaye": "went",
		"hua": "happened", "hui": "happened", "hue": "happened", "raha": "", "rahe": "", "rahi": "", "banaya": "made",
		"banai": "made", "bana": "made", "shuru": "started", "daala": "put", "daali": "put", "dala": "put",
		"laga": "hit", "lagaya": "put", "aaya": "came", "aayi": "came", "khoya": "lost", "khoye": "lost", "gawaya": "lost",
		"chahiye": "need", "chaiye": "need", "milne": "meet", "bahar": "abroad", "mila": "met", "mile": "met", "seekh": "lesson",
		"seekhte": "learn", "likha": "wrote", "likh": "write", "likhne": "writing", "dikhne": "look", "dikhta": "looks",
		"bachata": "avoids", "puchoge": "ask", "dega": "give", "karta": "does", "karti": "does", "karte": "do",
		"karu": "do", "hogi": "will be", "hoga": "will be", "pada": "made", "chala": "ran", "leke": "taking",
		// Nouns and adjectives of the story.
		"saal": "year", "mahina": "month", "din": "day", "aaj": "today", "kal": "yesterday", "paisa": "money",
		"paise": "money", "log": "people", "logon": "people", "naam": "name", "umar": "age", "umr": "age",
		"bada": "big", "bade": "big", "badi": "big", "chhota": "small", "chota": "small", "chhoti": "small",
		"chhote": "small", "sasta": "cheap", "sasti": "cheap", "mehenga": "expensive", "sach": "true", "galat": "wrong",
		"cheez": "thing", "baat": "thing", "sawal": "question", "jawab": "answer", "wajah": "reason", "farak": "difference",
		"fayde": "advantages", "fayda": "advantage", "cheenti": "ant", "kahawat": "proverb", "mamle": "affair",
		"gadbad": "trouble", "bayaan": "statement", "maalik": "founder", "purani": "old", "purana": "old", "naye": "new",
		"naya": "new", "asli": "real", "saaf": "clear", "poore": "whole", "lekhak": "author", "desh": "country",
		"sarkar": "government",
		// Urdu words of Hindustani chat, and more of both.
		"mutabiq": "according", "maqsad": "goal", "asar": "effect", "faida": "advantage", "nuksan": "loss",
		"nuqsan": "loss", "masla": "problem", "masle": "problems", "asal": "real", "dimagh": "mind",
		"khayal": "thought", "pabandi": "ban", "bechne": "selling", "bechna": "sell", "hone": "being", "jo": "that",
		"likhi": "written", "kaam": "work", "bani": "made", "sakti": "can", "sakta": "can", "sakte": "can",
		"itna": "so", "itne": "so", "itni": "so", "barabar": "equal", "lagayi": "imposed", "lagai": "imposed",
		"kon": "who", "ab": "now", "honge": "will be", "rehne": "stay", "payenge": "can", "kin": "which",
		"bachta": "avoids", "bachti": "avoids", "poocho": "ask", "pucho": "ask", "deta": "gives", "shamil": "attended",
		"shak": "doubt", "shaq": "doubt", "mulkon": "countries", "mulk": "country", "apne": "own", "unhe": "them",
		"izzat": "face", "barhegi": "will grow", "badhegi": "will grow", "kahi": "said", "samajhta": "considers",
		"shakal": "looks", "kamana": "earning", "girawat": "fall", "bawajood": "despite", "kamal": "feat",
		"khatam": "ended", "pehla": "first", "suna": "heard", "bara": "big", "bari": "big", "zabardast": "great",
		"mushkil": "difficult", "taqat": "strength", "tarakki": "progress", "mukabla": "competition",
		"muqabla": "competition", "jeet": "win", "haar": "loss", "qeemat": "price", "keemat": "price",
		"daam": "price", "nayi": "new", "puri": "whole", "poori": "whole", "dunya": "world", "duniya": "world",
		"walon": "people", "ud": "flew", "sirf": "only", "rok": "stop", "rokna": "stop", "roka": "stopped",
		"maanta": "considers", "maante": "consider", "lagti": "applies", "lagi": "applied", "kiski": "whose",
		"karna": "do", "kar": "do", "kamane": "earn", "kahavat": "proverb", "jaye": "goes", "jaise": "like",
		"ho": "is", "chal": "works", "charcha": "discussion", "bolta": "says", "bolti": "says", "banane": "make",
		"banana": "make", "bachane": "save", "uth": "rise", "jaata": "goes", "bhaagta": "runs", "desi": "local",
		"dikhte": "looks", "dikhti": "looks", "kehti": "says", "seekhna": "learn", "seekha": "learned",
		"khatre": "danger", "phir": "then", "gir": "fell", "iska": "its", "mahine": "months", "paida": "born",
		"jhooth": "false", "dar": "fear", "darr": "fear",
		"qisam": "kind", "zehan": "mind", "upar": "above", "taqatwar": "powerful", "taluq": "connection",
		"shair": "share", "pehluon": "aspects", "pehlu": "aspect", "nateeja": "outcome", "nakami": "failure",
		"milaya": "compared", "mil": "get", "mauzuaat": "topics", "mauzu": "topic", "mahinay": "months",
		"kitnay": "how many", "khel": "play", "kamre": "room", "hy": "is", "hona": "being", "hal": "solved",
		"band": "closed", "aukaat": "means", "akkasi": "reflection", "akhir": "end", "paidaish": "birth",
		"raye": "opinion", "khabar": "news", "istemal": "used", "deti": "gives",
	}
}
