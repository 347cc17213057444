package knowledge

// newSwahili builds what reads Swahili and Sheng mixed into English chat ("nani
// alianzisha deepseek?", "hisa za nvidia zilishuka ngapi msee"). Swahili
// builds a verb from its subject, tense and stem ("a-li-anzisha", he
// founded), so the forms people type for the story's verbs are listed.
func newSwahili() *language {
	// Sheng puts a Swahili verb's subject and tense before an English verb
	// ("walitrain", "ziliaffect", "kuwipe"): they are dropped from it.
	return newLanguage(strongSwahiliMarkers(), swahiliMarkers(), swahiliPhrases(), swahiliWords(),
		[]string{"zili", "wali", "zime", "wame", "zina", "wana", "wata", "zita", "ali", "ili", "ame", "ime", "ana", "ina", "ata",
			"ita", "ku", "hu", "il"},
		// The passive ending on an English verb ("iliblacklistiwa").
		"iwa", "ewa")
}

// strongSwahiliMarkers make a message Swahili alone.
func strongSwahiliMarkers() map[string]bool {
	return setOf(`nini nani lini ngapi wapi kwanini gani je alianzisha ilianzishwa alizaliwa
ilishuka zilishuka imeshuka mwanzilishi kuhusu kwenye katika`)
}

// swahiliMarkers are other Swahili and Sheng words that English chat does
// not use.
func swahiliMarkers() map[string]bool {
	return setOf(`ni ya wa za cha vya kwa sasa msee poa bana basi hii hiyo huyo yule ilikuwa alikuwa
tu sana pia lakini au zaidi hisa bei kampuni mwaka jana leo serikali mwandishi makala vipi niaje manze mbona`)
}

// swahiliPhrases are Swahili phrases and what they say in English.
func swahiliPhrases() phraseTable {
	return parsePhrases(`
kwa nini = why
kiasi gani = how much
ngapi = how many
mwaka gani = what year
lini = when
ni nani = who
ni nini = what
nini maana = what does it mean
ina maana gani = what does it mean
maana yake = meaning
soko la hisa = stock market
bei ya hisa = share price
orodha nyeusi = blacklist
waziri mkuu = premier
akili bandia = ai
vyuo vikuu = universities
chuo kikuu = university
mwezi huu = this month
mwaka jana = last year
mwezi uliopita = last month
mpaka sasa = so far
kwa mujibu wa = according to
kulingana na = according to
marekani = us
ana miaka ngapi = how old is he
miaka ngapi = how old
baada ya = after
kwa kiasi gani = by how much
aina gani = what kind
`)
}

// swahiliWords returns Swahili and Sheng words and the English they stand for
// ("" for a word that says nothing).
func swahiliWords() map[string]string {
	return map[string]string{
		"iko": "is", "ako": "is", "nchi": "country", "kweli": "really", "kitu": "thing",
		"aina": "kind", "zilitoka": "came from", "wengine": "others", "watapata": "will get",
		"wangehitaji": "would need", "wanatoka": "come from", "walizindua": "launched", "walijibu": "responded",
		"unajifunza": "you learn", "ukiwa": "when", "ukiuliza": "if you ask", "pale": "there",
		"mwishowe": "in the end", "mbaya": "bad", "mara": "times", "kwao": "for them", "kuwa": "being",
		"kufanya": "doing", "kubaki": "remain", "kuanzishwa": "founded", "karibu": "about", "ipi": "which",
		"ingine": "other", "inaweza": "can", "inapunguza": "reduces", "inaitwa": "is called", "ina": "has",
		"ilitoka": "came out", "ilikuja": "came", "ilikua": "was", "iliharibika": "broke down",
		"iligharimu": "cost", "ilifanyikia": "happened to", "hizo": "those", "haziko": "are not",
		"hawana": "do not have", "ati": "", "anaona": "thinks", "anakaa": "looks", "amesema": "has said",
		"alifanya": "did", "akili": "mind",
		// Question words and fillers.
		"nini": "what", "nani": "who", "lini": "when", "wapi": "where", "kwanini": "why", "gani": "which",
		"vipi": "how", "je": "", "sasa": "", "msee": "", "wasee": "", "poa": "", "bana": "", "basi": "", "tu": "",
		"sana": "very", "niaje": "", "manze": "", "mbona": "why", "aje": "how", "eh": "", "ama": "or", "naomba": "",
		"tafadhali": "", "sema": "", "fiti": "",
		// Function words and pronouns.
		"ni": "is", "ya": "of", "wa": "of", "za": "of", "cha": "of", "vya": "of", "la": "of", "kwa": "for", "na": "and",
		"au": "or", "lakini": "but", "pia": "also", "zaidi": "more", "hii": "this", "hiyo": "that", "huyo": "that",
		"yule": "that", "hiki": "this", "hizi": "these", "ilikuwa": "was", "alikuwa": "was", "walikuwa": "were",
		"kuhusu": "about", "kwenye": "in", "katika": "in", "baada": "after", "kabla": "before", "yeye": "he",
		"wao": "they", "yake": "his", "wake": "his", "zake": "his", "mimi": "i", "hapana": "no", "ndio": "yes",
		"sio": "not", "si": "not", "hakuna": "no", "bado": "still", "tena": "again", "kama": "like", "ile": "that",
		"hao": "those",
		// Verbs, in the forms people type.
		"alianzisha": "founded", "ilianzishwa": "founded", "walianzisha": "founded", "kuanzisha": "found",
		"alizaliwa": "born", "kuzaliwa": "born", "ilishuka": "fell", "zilishuka": "fell", "imeshuka": "fell",
		"zimeshuka": "fell", "kushuka": "fall", "ilianguka": "fell", "zilianguka": "fell", "ilipanda": "rose",
		"zilipanda": "rose", "ilipoteza": "lost", "alipoteza": "lost", "walipoteza": "lost", "zilipoteza": "lost",
		"kupoteza": "lose", "alisema": "said", "anasema": "says", "wanasema": "say", "walisema": "said",
		"ilisema": "said", "inasema": "says", "ilitoa": "released", "ilizindua": "launched", "kuzindua": "launch",
		"alizindua": "unveiled", "ilitumia": "used", "walitumia": "used", "kutumia": "use", "inatumia": "uses",
		"inahitaji": "needs", "itahitaji": "would need", "wanahitaji": "need", "ilipigwa": "was", "iliwekwa": "was put",
		"aliweka": "put", "alihudhuria": "attended", "alialikwa": "invited", "aliandaa": "hosted", "iliandaa": "hosted",
		"ilifungwa": "closed", "ilifunga": "closed", "ilitokea": "happened", "kilitokea": "happened",
		"kimetokea": "happened", "imetokea": "happened", "anafikiri": "thinks", "anaamini": "believes",
		"inamaanisha": "means", "iliajiri": "hired", "anaajiri": "hires", "waliajiri": "hired", "alinunua": "bought",
		"ilinunua": "bought", "wanaunga": "back", "wanafadhili": "fund", "ilifadhiliwa": "funded",
		"ilikwama": "crashed", "ilizima": "went down", "haikupatikana": "was down", "inashindana": "competes",
		// Nouns and adjectives of the story.
		"hisa": "shares", "bei": "price", "soko": "market", "thamani": "value", "kampuni": "company",
		"makampuni": "companies", "pesa": "money", "hela": "money", "mkwanja": "money", "dola": "dollars",
		"bilioni": "billion", "trilioni": "trillion", "milioni": "million", "mwaka": "year", "miaka": "years",
		"mwezi": "month", "miezi": "months", "siku": "day", "tarehe": "date", "jana": "yesterday", "leo": "today",
		"umri": "age", "mzee": "old", "mwanzilishi": "founder", "mfuko": "fund", "mali": "assets", "hasara": "loss",
		"faida": "advantage", "wahandisi": "engineers", "mhandisi": "engineer", "vijana": "young people",
		"wahitimu": "graduates", "wawekezaji": "investors", "wachambuzi": "analysts", "serikali": "government",
		"mkutano": "meeting", "nukuu": "quote", "methali": "proverb", "sisimizi": "ant", "chungu": "ant",
		"mdogo": "small", "ndogo": "small", "kidogo": "small", "kubwa": "big", "mkubwa": "big", "somo": "lesson",
		"tatizo": "problem", "shida": "problem", "sababu": "reason", "swali": "question", "maswali": "questions",
		"jibu": "answer", "kwanza": "first", "mpya": "new", "rais": "president", "mwandishi": "writer",
		"makala": "article", "maoni": "opinion", "mtazamo": "view", "chipu": "chips", "vichakato": "chips",
		"hujuma": "sabotage", "shambulio": "attack", "mashambulizi": "attacks", "mtandao": "internet",
		"marufuku": "ban", "vikwazo": "sanctions", "orodha": "list", "uchina": "china", "china": "china",
		"wachina": "chinese", "wamarekani": "americans", "mkoa": "province", "jiji": "city", "mji": "city",
		"rekodi": "record", "kiwango": "level", "anguko": "crash", "matumizi": "spending", "ghali": "expensive",
		"rahisi": "cheap", "teknolojia": "technology", "modeli": "model", "ujasusi": "espionage",
		"hitajika": "needed", "hitaji": "need", "fika": "reached", "zile": "those", "ziko": "are",
		"watu": "people", "mingi": "many", "mbele": "ahead", "matokeo": "outcome", "kutoka": "from",
		"kuliko": "than", "anguka": "fall", "jina": "name", "pata": "get", "ambia": "tell", "kuambia": "tell you",
		"fanya": "do", "ajiri": "hire", "saidia": "help", "msaidia": "help", "epuka": "avoid", "buda": "",
		"awali": "previous", "taka": "want", "ongelea": "talk about", "ongea": "talk",
		"onekana": "look", "linganisha": "compare", "fikiria": "thought", "andika": "wrote", "doh": "money",
		"kiasi": "amount", "shuka": "fall", "anzisha": "found", "zaliwa": "born", "nunua": "buy", "uza": "sell",
		"tumia": "use", "kataza": "ban", "piga": "hit", "maliza": "finish", "rudi": "return",
	}
}
