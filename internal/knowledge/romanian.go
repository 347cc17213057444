package knowledge

// newRomanian builds what reads Romanian mixed into English chat ("cine a
// fondat deepseek?", "cât a scăzut nvidia frate"). Romanian puts its
// article at a noun's end ("autorul", the author; "autorului", of the
// author): a word of the tables with it is read as the word. Its letters
// are often typed plain ("cat", "cand"): withoutAccents folds them.
func newRomanian() *language {
	return newLanguage(strongRomanianMarkers(), romanianMarkers(), romanianPhrases(), romanianWords(), nil,
		"ului", "ilor", "elor", "ul", "le", "lui", "ii", "a")
}

// strongRomanianMarkers make a message Romanian alone.
func strongRomanianMarkers() map[string]bool {
	return setOf(`cine când cand cât câți câte cati cate unde adică adica deci fost fondat
născut nascut scăzut scazut pierdut spus zis autorul articolul despre pentru după dupa înainte inainte`)
}

// romanianMarkers are other Romanian words that English chat does not use.
func romanianMarkers() map[string]bool {
	return setOf(`ce cum frate și si sau dar este în lui asta acest această aceasta luna anul bani
firma`)
}

// romanianPhrases are Romanian phrases and what they say in English.
func romanianPhrases() phraseTable {
	return parsePhrases(`
de ce = why
cât de = how
cat de = how
câți ani = how old
cati ani = how old
ce vârstă = how old
ce varsta = how old
din cauza = because of
lista neagră = blacklist
lista neagra = blacklist
a fost = was
au fost = were
s a născut = was born
s a nascut = was born
s a întâmplat = happened
s a intamplat = happened
în loc de = instead of
in loc de = instead of
față de = compared to
fata de = compared to
cel mai = most
de unde = where from
al câtelea = which number
al catelea = which number
în față = ahead
in fata = ahead
de când = since when
de cand = since when
la suta = percent
la sută = percent
cu cat = by how much
cu cât = by how much
de cate ori = how many times
de câte ori = how many times
ce fel de = what kind of
cel mai mare = biggest
asul in maneca = ace up the sleeve
asul în mânecă = ace up the sleeve
s a gândit = thought
s a gandit = thought
s au micșorat = shrank
s au micsorat = shrank
s a discutat = was discussed
o sa = will
o să = will
`)
}

// romanianWords returns Romanian words and the English they stand for (""
// for a word that says nothing).
func romanianWords() map[string]string {
	return map[string]string{
		// Question words and fillers.
		"ce": "what", "cine": "who", "când": "when", "cum": "how", "care": "which", "cât": "how much",
		"câți": "how many", "câte": "how many", "unde": "where", "frate": "", "adică": "", "deci": "so",
		"bă": "", "ba": "", "mă": "", "gen": "like", "exact": "exactly", "oare": "",
		// Function words and pronouns.
		"și": "and", "sau": "or", "dar": "but", "este": "is", "e": "is", "au": "have", "pe": "on", "în": "in",
		"la": "at", "de": "of", "din": "from", "cu": "with", "pentru": "for", "pt": "for", "despre": "about",
		"după": "after", "înainte": "before", "lui": "his", "al": "of", "ale": "of", "asta": "this",
		"acest": "this", "această": "this", "el": "he", "ea": "she", "ei": "they", "lor": "their", "nu": "not",
		"mai": "more", "foarte": "very", "tot": "all", "încă": "still", "acum": "now", "avea": "had",
		"fii": "be", "fie": "be", "să": "to",
		// Verbs.
		"fost": "been", "fondat": "founded", "înființat": "founded", "creat": "created", "născut": "born",
		"scăzut": "fell", "căzut": "fell", "prăbușit": "crashed", "pierdut": "lost", "spus": "said",
		"zis": "said", "spune": "says", "zice": "says", "crede": "thinks", "scrie": "writes", "scris": "wrote",
		"lansat": "launched", "lansează": "launches", "prezentat": "unveiled", "folosit": "used",
		"folosește": "uses", "foloseste": "uses", "cumpărat": "bought", "angajat": "hired", "angajează": "hires",
		"întâlnit": "met", "invitat": "invited", "închis": "closed", "atacat": "attacked", "bagat": "put",
		"pus": "put", "interzis": "banned", "afectează": "affects", "afecteaza": "affects", "auzit": "heard",
		"întâmplat": "happened", "costat": "cost", "șters": "wiped", "sters": "wiped", "câștigat": "won",
		// Nouns and adjectives of the story.
		"acțiunile": "shares", "acțiuni": "shares", "actiuni": "shares", "prețul": "price", "preț": "price",
		"pret": "price", "piața": "market", "piata": "market", "bursa": "stock market", "compania": "company",
		"companie": "company", "firma": "company", "bani": "money", "banii": "money", "dolari": "dollars",
		"miliarde": "billion", "trilioane": "trillion", "trilion": "trillion", "milioane": "million",
		"anul": "year", "ani": "years", "luna": "month", "ieri": "yesterday", "azi": "today",
		"vârsta": "age", "fondatorul": "founder", "fondator": "founder", "fond": "fund", "active": "assets",
		"pierderi": "losses", "avantaj": "advantage", "ingineri": "engineers", "investitori": "investors",
		"guvern": "government", "întâlnire": "meeting", "simpozion": "symposium",
		"citat": "quote", "proverb": "proverb", "furnică": "ant", "furnica": "ant", "mic": "small",
		"mică": "small", "mare": "big", "lecție": "lesson", "lecția": "lesson", "problema": "problem",
		"motiv": "reason", "motivul": "reason", "întrebare": "question", "răspuns": "answer",
		"președinte": "president", "presedinte": "president", "premier": "premier", "autor": "author",
		"articol": "article", "părere": "opinion", "perspectiva": "view", "cipuri": "chips", "cipurile": "chips",
		"interdicție": "ban", "interdictie": "ban", "restricții": "restrictions", "restrictii": "restrictions",
		"lista": "list", "chinezesc": "chinese", "chinezii": "chinese", "americana": "american",
		"americanii": "americans", "sua": "us", "record": "record", "ieftin": "cheap", "scump": "expensive",
		"tehnologie": "technology", "tehnic": "technical", "model": "model", "atac": "attack",
		"universități": "universities", "tineri": "young", "primul": "first", "gând": "thought", "gand": "thought",
		"scopul": "goal", "scop": "goal", "animal": "animal", "metafora": "metaphor", "zi": "day", "ziua": "day",
		"trecută": "previous", "trecuta": "previous", "generația": "generation", "generatia": "generation",
		"prăbușire": "crash", "prabusire": "crash", "vândut": "sold", "vandut": "sold", "frica": "fear",
		"frică": "fear", "rămâne": "remains", "ramane": "remains", "deschisă": "open", "deschisa": "open",
		"chipuri": "chips", "chipurile": "chips", "zeu": "god", "chinei": "china", "inafara": "besides",
		"încredere": "confidence", "incredere": "confidence", "recrutează": "recruits", "recruteaza": "recruits",
		"altceva": "else", "ieșit": "came out", "iesit": "came out", "participat": "attended", "ăla": "that",
		"ala": "that", "dacă": "if", "daca": "if", "întreb": "ask", "intreb": "ask", "decis": "decided",
		"răspunde": "answers", "raspunde": "answers", "picat": "went down", "bună": "good", "buna": "good",
		"bine": "good", "analiști": "analysts", "analisti": "analysts", "vrea": "wants", "facă": "make",
		"faca": "make", "motivează": "motivates", "motiveaza": "motivates", "compară": "compares",
		"compara": "compares", "final": "end", "micșorat": "shrunk", "micsorat": "shrunk", "veche": "old",
		"există": "exists", "exista": "exists", "șterși": "wiped", "stersi": "wiped", "recordul": "record",
		"toată": "all", "ștearsă": "wiped", "valoare": "value", "valoarea": "value",
		"treaba": "thing", "totală": "total", "tipul": "type", "scădere": "decline", "prin": "through",
		"povestea": "story", "poveste": "story", "pierdere": "loss", "oameni": "people", "făcut": "did",
		"fapt": "fact", "cred": "think", "conform": "according to", "cauza": "cause", "aia": "that",
		"investitorii": "investors", "întrebi": "ask", "că": "that",
		"un": "a", "o": "a", "mult": "much", "își": "his", "isi": "his", "zic": "say", "vorbeste": "talks",
		"vorbește": "talks", "vede": "sees", "unghi": "angle", "trebui": "need", "tehnologia": "technology",
		"tara": "country", "țara": "country", "suta": "hundred", "suspecta": "suspicious",
		"suspectă": "suspicious", "subiecte": "topics", "subiect": "topic", "sub": "under", "risc": "risk",
		"raspuns": "response", "ramana": "stay", "rămână": "stay", "pățit": "suffered", "patit": "suffered",
		"putin": "little", "puțin": "little", "procesa": "process", "primeasca": "get", "primească": "get",
		"poate": "can", "ori": "times", "numar": "number", "număr": "number", "noi": "new", "mijlocul": "middle",
		"medalisti": "medalists", "medaliști": "medalists", "maneca": "sleeve", "mânecă": "sleeve",
		"lucru": "thing", "lansarii": "release", "lansării": "release", "lansare": "release", "inveti": "learn",
		"înveți": "learn", "invata": "teaches", "învață": "teaches", "imi": "me", "îmi": "me", "il": "him",
		"îl": "him", "ianuarie": "january", "ian": "january", "ia": "takes", "gândit": "thought",
		"gandit": "thought", "flamand": "hungry", "flămând": "hungry", "finanteaza": "funds",
		"finanțează": "funds", "eveniment": "event", "discutat": "discussed", "decat": "than", "decât": "than",
		"câtelea": "which number", "catelea": "which number", "conduce": "leads", "conducea": "ran",
		"competitivi": "competitive", "chinez": "chinese", "cenzura": "censorship", "cenzură": "censorship",
		"cat": "how much", "ca": "that", "avut": "had", "asul": "the ace", "arata": "looks",
		"arată": "looks", "ar": "would", "analistii": "analysts", "analiștii": "analysts", "alt": "other",
		"ajuns": "reached", "aceeasi": "same", "aceeași": "same", "investitii": "investments",
		"investiții": "investments", "doar": "only", "fel": "kind", "modele": "models", "premium": "premium",
		"aspect": "aspect", "impact": "impact", "inginerii": "engineers", "angajeaza": "hires",
		"olimpiada": "olympiad", "data": "date", "simpozionul": "symposium", "tema": "topic",
		"intalnirea": "meeting", "întâlnirea": "meeting", "premierul": "premier", "sensibile": "sensitive",
		"reflecta": "reflects", "reflectă": "reflects", "czut": "fell", "cazut": "fell", "cate": "how many",
		"inca": "still", "inchis": "closed", "actiunile": "shares", "atunci": "then", "organizat": "hosted",
		"oras": "city", "oraș": "city",
	}
}
