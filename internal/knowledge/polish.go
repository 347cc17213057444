package knowledge

// newPolish builds what reads Polish mixed into English chat ("kto założył
// deepseek?", "o ile spadła nvidia, serio"). Polish declines its nouns: a
// word of the tables with a case ending ("autora", "funduszu", "chipów")
// is read as the word. Its letters are often typed plain ("zalozyl"):
// withoutAccents folds them.
func newPolish() *language {
	return newLanguage(strongPolishMarkers(), polishMarkers(), polishPhrases(), polishWords(), nil,
		"ami", "ach", "ów", "ow", "owi", "em", "om", "ie", "ej", "ę", "ą", "y", "i", "a", "u", "e")
}

// strongPolishMarkers make a message Polish alone.
func strongPolishMarkers() map[string]bool {
	return setOf(`kiedy dlaczego czemu ile gdzie jaki jaka jakie jakiej jakiego jakim który która które
którym której skąd jest są był była było byli były się sie że czy według założył zalozyl powiedział
powiedzial spadła spadla stało stalo`)
}

// polishMarkers are other Polish words that English chat does not use.
func polishMarkers() map[string]bool {
	return setOf(`kto co serio kurcze kurde dobra wiesz ziomek siema cześć proszę tej tym tego
jeszcze też tylko bardzo więcej mniej albo lub wg jego ich ona oni teraz wczoraj dzisiaj już potem bez
między dla przez mają miał miała`)
}

// polishPhrases are Polish phrases and what they say in English.
func polishPhrases() phraseTable {
	return parsePhrases(`
co to jest = what is
co to = what is
kto to = who is
ile lat = how old
o ile = by how much
w którym roku = what year
w ktorym roku = what year
co się stało = what happened
co sie stalo = what happened
urodził się = born
urodzil sie = born
czarna lista = blacklist
czarną listę = blacklist
czarna liste = blacklist
czarnej liście = blacklist
czarnej liscie = blacklist
sztuczna inteligencja = ai
sztucznej inteligencji = ai
karty graficzne = gpus
z przodu = ahead
na prowadzeniu = ahead
w ogóle =
w ogole =
tak w ogóle =
zna się = knows
zna sie = knows
boją się = fear
boja sie = fear
dawać radę = keep up
dawac rade = keep up
z zagranicy = from abroad
na końcu = at the end
na koncu = at the end
`)
}

// polishWords returns Polish words and the English they stand for ("" for
// a word that says nothing).
func polishWords() map[string]string {
	return map[string]string{
		// Question words and fillers.
		"co": "what", "kto": "who", "kiedy": "when", "dlaczego": "why", "czemu": "why", "ile": "how much",
		"gdzie": "where", "jak": "how", "jaki": "which", "jaka": "which", "jakie": "which", "jakiej": "which",
		"jakiego": "which", "jakim": "which", "który": "which", "która": "which", "które": "which",
		"którym": "which", "której": "which", "skąd": "where from", "kogo": "who", "komu": "who", "czy": "",
		"serio": "", "kurcze": "", "kurde": "", "dobra": "", "wiesz": "", "ziomek": "", "siema": "", "cześć": "hi",
		"proszę": "please", "właściwie": "", "generalnie": "", "słuchaj": "", "mordo": "", "ogóle": "",
		// Function words and pronouns.
		"jest": "is", "są": "are", "był": "was", "była": "was", "było": "was", "byli": "were", "były": "were",
		"w": "in", "we": "in", "na": "on", "z": "with", "ze": "with", "od": "from", "o": "about", "po": "after",
		"przed": "before", "dla": "for", "przez": "by", "za": "for", "że": "that", "nie": "not", "tak": "yes",
		"ten": "this", "ta": "this", "tej": "this", "tym": "this", "tego": "this", "te": "these", "się": "",
		"ma": "has", "mają": "have", "miał": "had", "miała": "had", "mieli": "had", "jeszcze": "else",
		"też": "also", "tylko": "only", "bardzo": "very", "więcej": "more", "mniej": "less", "albo": "or",
		"lub": "or", "ale": "but", "wg": "according to", "według": "according to", "jego": "his", "ich": "their",
		"ona": "she", "oni": "they", "tam": "there", "teraz": "now", "wczoraj": "yesterday", "dzisiaj": "today",
		"dziś": "today", "już": "already", "potem": "then", "bez": "without", "między": "between", "bycie": "being",
		"naprawdę": "really", "każdy": "every", "inne": "other", "inni": "others", "sam": "himself",
		// Verbs, in the forms people type.
		"założył": "founded", "założyła": "founded", "założyli": "founded", "stworzył": "created",
		"stworzyła": "created", "stworzyli": "created", "wypuścił": "released", "wypuściła": "released",
		"wypuścili": "released", "wydał": "released", "wydała": "released", "wystartował": "launched",
		"urodził": "born", "spadła": "fell", "spadły": "fell", "spadł": "fell", "spadli": "fell",
		"stracił": "lost", "straciła": "lost", "stracili": "lost", "straciły": "lost", "powiedział": "said",
		"powiedziała": "said", "powiedzieli": "said", "mówi": "says", "mówią": "say", "twierdzi": "claims",
		"uważa": "thinks", "uważają": "think", "myśli": "thinks", "napisał": "wrote", "pisze": "writes",
		"użył": "used", "użyła": "used", "użyli": "used", "używa": "uses", "kupił": "bought", "kupiła": "bought",
		"zatrudnia": "hires", "zatrudnił": "hired", "zatrudniła": "hired", "bierze": "hires", "spotkał": "met",
		"zaprosił": "invited", "zaproszony": "invited", "zaproszona": "invited", "zamknęła": "closed",
		"zamknęły": "closed", "wzrosła": "rose", "wzrosły": "rose", "kosztował": "cost", "kosztuje": "costs",
		"wpisały": "put", "wpisała": "put", "wpisał": "put", "wrzucił": "put", "wrzuciła": "put", "dodali": "added",
		"dodał": "added", "zablokowali": "banned", "zakazali": "banned", "uderzył": "hit", "uderzyło": "hit",
		"stało": "happened", "padł": "went down", "padła": "went down", "zhakowano": "hacked",
		"obsługuje": "supports", "wygląda": "looks", "zna": "knows", "znaczy": "means", "oznacza": "means",
		"porównuje": "compares", "cytuje": "quotes", "skurczyły": "shrank", "skurczył": "shrank",
		"potrzebuje": "needs", "potrzebują": "need", "dostanie": "get", "dostać": "get", "może": "can",
		"mogą": "can", "musi": "must", "sprzedali": "sold", "zarobić": "earn", "odpowiedziała": "responded",
		"odpowiedział": "responded", "zareagowała": "responded", "pokazała": "unveiled", "ogłosiła": "announced",
		"wyprzedza": "leads", "prowadzi": "leads", "wygrywa": "wins", "chodzi": "is about",
		// Nouns and adjectives of the story, by their stem where a case
		// ending follows (the language's suffixes).
		"firma": "company", "firm": "company", "spółka": "company", "spółk": "company", "akcje": "shares",
		"akcj": "shares", "cena": "price", "cen": "price", "kurs": "share price", "rynek": "market", "rynk": "market",
		"giełda": "stock market", "giełd": "stock market", "giełdzie": "stock market", "wartość": "value",
		"wartości": "value", "kapitalizacja": "market value", "pieniądze": "money", "pieniędzy": "money",
		"kasa": "money", "kas": "money", "kasę": "money", "dolar": "dollars", "dolarów": "dollars",
		"miliard": "billion", "miliardów": "billion", "mld": "billion", "bilion": "trillion", "bilionów": "trillion",
		"milion": "million", "milionów": "million", "mln": "million", "rok": "year", "roku": "year", "lat": "years",
		"miesiąc": "month", "miesiąca": "month", "dzień": "day", "dnia": "day", "wiek": "age",
		"założyciel": "founder", "założyciela": "founder", "fundusz": "fund", "aktywa": "assets", "aktyw": "assets",
		"straty": "losses", "strat": "losses", "zaleta": "advantage", "zalet": "advantage", "wada": "disadvantage",
		"inżynier": "engineers", "inżynierów": "engineers", "inżynierowie": "engineers", "absolwent": "graduates",
		"absolwentów": "graduates", "inwestor": "investors", "inwestorzy": "investors", "analityk": "analysts",
		"analitycy": "analysts", "rząd": "government", "rządu": "government", "spotkanie": "meeting",
		"spotkani": "meeting", "sympozjum": "symposium", "cytat": "quote", "przysłowie": "proverb",
		"mrówka": "ant", "mrówk": "ant", "mrówką": "ant", "mały": "small", "mał": "small", "małe": "small",
		"duży": "big", "duże": "big", "duża": "big", "lekcja": "lesson", "lekcj": "lesson", "powód": "reason",
		"pytanie": "question", "odpowiedź": "answer", "prezydent": "president", "autor": "author",
		"artykuł": "article", "artykule": "article", "zdanie": "opinion", "opinia": "opinion", "chip": "chips",
		"chipów": "chips", "czip": "chips", "czipów": "chips", "procesor": "chips", "sankcje": "sanctions",
		"zakaz": "ban", "lista": "list", "list": "list", "chiny": "china", "chin": "china", "chinach": "china",
		"chińsk": "chinese", "chiński": "chinese", "ameryka": "america", "stany": "us", "amerykańsk": "american",
		"amerykański": "american", "rekord": "record", "spadek": "fall", "spadku": "fall", "krach": "crash",
		"wydatki": "spending", "wydatk": "spending", "drogi": "expensive", "tani": "cheap", "tańszy": "cheaper",
		"tańsze": "cheaper", "technologia": "technology", "technologi": "technology", "modelu": "model",
		"modele": "models", "atak": "attack", "hakerzy": "hackers", "awaria": "outage", "awari": "outage",
		"uczelnie": "universities", "uniwersytet": "universities", "młody": "young", "młodzi": "young",
		"młod": "young", "doświadczenie": "experience", "wiadomość": "news", "wiadomości": "news",
		"myśl": "thought", "sprawa": "matter", "sprawi": "matter", "sprawach": "matter", "techniczn": "technical",
		"typ": "type", "zagrożenie": "threat", "wygrana": "win", "przewaga": "advantage", "koszty": "costs",
		"kosztów": "costs", "wydajność": "efficiency", "pokolenie": "generation", "pierwsza": "first",
		"pierwszy": "first", "pierwsze": "first", "ostatni": "last", "zła": "bad", "zły": "bad",
		"wyników": "results", "wynik": "result", "zasoby": "resources", "zasobów": "resources", "moc": "power",
		"świat": "world", "świata": "world", "pekin": "beijing", "pekinie": "beijing", "premierem": "premier",
		"inżynierami": "engineers", "talent": "talent", "talentów": "talent",
		"zrobili": "did", "zespół": "team", "zespołu": "team", "zaczęli": "started", "tematy": "topics",
		"temat": "topic", "szukał": "looked for", "stycznia": "january", "styczeń": "january",
		"sprzedawać": "sell", "sankcji": "sanctions", "początku": "beginning", "niewygodne": "uncomfortable",
		"ludzi": "people", "kim": "who", "ilość": "number", "gadali": "talked", "eksportu": "export",
		"eksport": "export", "czym": "what", "cenzuruje": "censors",
		"dalej": "still", "zwierzę": "animal", "zwierze": "animal", "został": "was", "zostal": "was",
		"zeby": "so that", "żeby": "so that", "zatrzyma": "stop", "zatrzymać": "stop", "zaliczył": "suffered",
		"zaliczyl": "suffered", "zagranicy": "abroad", "zaatakowany": "attacked", "wtopę": "flop", "wtopa": "flop",
		"wspiera": "backs", "wspierają": "back", "techniczej": "technical", "techniczny": "technical",
		"rade": "manage", "potrzebowaliby": "would need", "poprzednik": "predecessor", "pobudką": "wake up call",
		"pobudka": "wake up call", "perspektywy": "perspective", "perspektywa": "perspective", "niz": "than",
		"niż": "than", "nazywa": "calls", "nazwał": "called", "nazwal": "called", "małym": "small",
		"malym": "small", "końcu": "end", "koncu": "end", "kontrola": "control", "kasjusza": "cassius",
		"kasjusz": "cassius", "jakieś": "some", "jakies": "some", "jakich": "which", "gospodarzem": "host",
		"gospodarz": "host", "finansowo": "financially", "dały": "put", "daly": "put", "dawac": "give",
		"dawać": "give", "chińczyków": "chinese", "chinczykow": "chinese", "cezara": "caesar", "cezar": "caesar",
		"funkcję": "role", "funkcje": "role", "pełni": "holds", "spotkania": "meeting",
		"firmy": "company",
	}
}
