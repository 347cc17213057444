package knowledge

// newBengali builds what reads Bengali (Bangla) in Latin letters mixed into
// English chat ("deepseek kobe launch holo?", "nvidia er share koto
// namlo bhai"). Bangla shares "ki" and "ke" with Hinglish but not their
// sense (what, who): its own markers ("kobe", "keno", "koto", "chilo")
// tell it from Hindi. Its case endings typed apart ("liang er", "china
// te", "investor ra") say nothing in English word order.
func newBengali() *language {
	return newLanguage(strongBengaliMarkers(), bengaliMarkers(), bengaliPhrases(), bengaliWords(), nil)
}

// strongBengaliMarkers make a message Bangla alone.
func strongBengaliMarkers() map[string]bool {
	return setOf(`kobe keno koto kothay kivabe kibhabe kemon chilo hoyeche hoyechilo hoilo korlo
korse koreche bollo bolse boleche lekhok ekhono somossa`)
}

// bengaliMarkers are other Bangla words that English chat does not use.
func bengaliMarkers() map[string]bool {
	return setOf(`ki ke kon er theke niye diye jonno ache eta oi naki gula gulo ra te dilo dise hobe
kore taka boyosh boyos mote`)
}

// bengaliPhrases are Bangla phrases and what they say in English.
func bengaliPhrases() phraseTable {
	return parsePhrases(`
er mote = according to
ki hoilo = what happened
ki hoyeche = what happened
ki hoyechilo = what happened
koto theke koto = from how much to how much
bhoy paise = got scared
bhoy peyeche = got scared
udhao hoye gelo = wiped
dhoshe gelo = crashed
pore gelo = fell
taka dhalche = fund
tokkor dise = competed
tokkor diyeche = competed
chalate pare = can run
mota mufi = roughly
`)
}

// bengaliWords returns Bangla words in Latin letters and the English they
// stand for ("" for a word that says nothing).
func bengaliWords() map[string]string {
	return map[string]string{
		// Question words and fillers.
		"ki": "what", "ke": "who", "kobe": "when", "keno": "why", "koto": "how much", "kothay": "where",
		"kivabe": "how", "kibhabe": "how", "kon": "which", "kemon": "what kind", "kar": "whose", "kake": "whom",
		"naki": "or", "bhai": "", "re": "", "puro": "whole",
		// Case endings typed apart, function words and pronouns.
		"er": "", "r": "", "e": "in", "te": "in", "ra": "", "gula": "", "gulo": "", "ta": "", "ti": "",
		"eta": "this", "oi": "that", "ei": "this", "je": "that", "theke": "from", "diye": "with",
		"niye": "about", "sathe": "with", "moddhe": "in", "jonno": "for", "ager": "previous", "pore": "after",
		"ekhon": "now", "ekhono": "still", "ar": "and", "o": "also", "na": "not", "nai": "not", "ekta": "a",
		// Verbs.
		"ache": "is", "chilo": "was", "hobe": "will be", "holo": "happened", "hoyeche": "happened",
		"hoyechilo": "happened", "hoilo": "happened", "korlo": "did", "korto": "did", "korse": "did",
		"koreche": "did", "kore": "does", "dilo": "put", "dise": "put", "diyeche": "put", "bollo": "said",
		"bolse": "said", "boleche": "said", "bole": "says", "bolte": "meant", "likhse": "wrote",
		"likheche": "wrote", "ashlo": "came", "dekhe": "seeing", "dhukalo": "put", "namlo": "fell",
		"hariye": "lost", "haralo": "lost", "khujche": "seeking", "pare": "can", "cholbe": "runs",
		"bujhano": "meant", "disilo": "gave", "kinlo": "bought", "nilo": "hired", "neya": "hired",
		"janiye": "announced", "fail": "failed", "shuru": "started", "daka": "invited", "dakse": "invited",
		"jiggesh": "ask", "korle": "if", "dibe": "will give", "gechilo": "went", "hocche": "is happening",
		"thakle": "having", "hoy": "happens", "kamanor": "earning", "jurse": "linked", "dekhte": "looks",
		"porlo": "fell", "hoise": "happened", "korechilo": "did", "hoar": "being", "bachte": "picking",
		"kaj": "work", "chalay": "runs", "pelo": "got", "peyeche": "got", "kinse": "bought",
		// Nouns and adjectives of the story.
		"lekhok": "writer", "taka": "money", "poisa": "money", "naam": "name", "boyosh": "age", "boyos": "age",
		"purono": "old", "notun": "new", "choto": "small", "boro": "big", "sosta": "cheap", "sostay": "cheap",
		"dami": "expensive", "guna": "times", "prothom": "first", "subidha": "advantage", "khoti": "damage",
		"jhamela": "trouble", "somossa": "problem", "karon": "reason", "prosno": "question", "uttor": "answer",
		"desh": "country", "lok": "people", "manush": "people", "shikkha": "lesson", "ghotona": "incident",
		"mathay": "mind", "mote": "opinion", "gotokal": "yesterday", "aj": "now", "bochor": "year",
		"mash": "month", "din": "day", "bondho": "banned", "tokkor": "competition", "pichone": "behind",
		"bhoy": "fear", "asol": "main", "sobcheye": "most", "onek": "many", "kom": "less", "beshi": "more",
		"sorkar": "government", "bazar": "market", "dam": "price", "daam": "price", "murti": "statue",
		"pipra": "ant", "probad": "proverb", "kotha": "remark", "bideshi": "foreign", "bidesh": "abroad",
		"alochona": "discussion", "chinta": "concern", "jinish": "thing", "der": "", "hate": "in hand",
		"eshob": "all this", "tar": "his", "por": "after", "tarpor": "then",
	}
}
