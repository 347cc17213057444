package knowledge

// newRussian builds what reads Russian in Latin letters ("translit") mixed
// into English chat ("kto osnoval deepseek?", "na skolko upala nvidia
// blin"). Russian declines its nouns: a word of the tables with a case
// ending ("avtora", "fondom", "rynke") is read as the word. People
// transliterate one letter several ways ("kakoi", "kakoy"; "tsena",
// "cena"): the usual spellings are listed.
func newRussian() *language {
	return newLanguage(strongRussianMarkers(), russianMarkers(), russianPhrases(), russianWords(), nil,
		"ami", "ymi", "imi", "ogo", "ego", "omu", "emu", "ov", "ev", "om", "em", "am", "ah", "ax", "oi", "oy", "ei",
		"ey", "aya", "uyu", "oe", "im", "ym", "yh", "ih", "yi", "iy", "oj", "yu", "ya", "iu", "ia", "ye", "ie", "ii", "y",
		"a", "u", "e", "i")
}

// strongRussianMarkers make a message Russian alone.
func strongRussianMarkers() map[string]bool {
	return setOf(`chto shto kto kogda pochemu pochemy skolko skolka zachem gde kakoi kakoy kakaya kakoe
kakie kakom kakuyu kakogo kakih kakikh kakim kakimi kotoryi kotoryy kotoraya sluchilos proizoshlo rodilsya osnoval osnovala
osnovali sozdal sozdala sozdali upala upali ruhnula ruhnuli rukhnula poteryala poteryali skazal skazala skazali
govorit schitaet dumaet voobshe voobshche eto`)
}

// russianMarkers are other Russian words that English chat does not use.
func russianMarkers() map[string]bool {
	return setOf(`nu blin davai vot tipa koroche slushai slushay rebyat rebyata privet pozhaluista
pozhaluysta ili net tam tut ego ona oni posle dlya chem esli kogo komu etot eta eti eshe eshche uzhe tozhe tolko
ochen mnogo kak takoe takoi takoy byl byla bylo byli budet mozhet nado mne nam nas vse vsyu vsego ves vsya pro
iz ot ob seichas seychas`)
}

// russianPhrases are Russian phrases and what they say in English.
func russianPhrases() phraseTable {
	return parsePhrases(`
chto takoe = what is
chto eto = what is
chto za = what is
kto takoi = who is
kto takoy = who is
kto takaya = who is
kto eto = who is
skolko let = how old
skolko stoit = how much does cost
skolko stoil = how much did cost
skolko stoila = how much did cost
na skolko = by how much
v kakom godu = what year
kakogo chisla = what date
kak zovut = what is the name of
chto sluchilos = what happened
chto proizoshlo = what happened
iz za = because of
po mneniyu = according to
po slovam = according to
tochka zreniya = view
tochku zreniya = view
chernyi spisok = blacklist
chernyy spisok = blacklist
chernyj spisok = blacklist
chernom spiske = blacklist
fondovyi rynok = stock market
fondovyy rynok = stock market
fondovom rynke = stock market
iskusstvennyi intellekt = ai
iskusstvennyy intellekt = ai
iskusstvennogo intellekta = ai
v itoge = in the end
do i posle = before and after
pervym delom = first
v golovu = in mind
prishlo v golovu = came to mind
v chernyi spisok = on the blacklist
stoit za = is behind
kto stoit za = who is behind
radi deneg = for money
data relisa = release date
`)
}

// russianWords returns Russian words in Latin letters and the English they
// stand for ("" for a word that says nothing).
func russianWords() map[string]string {
	return map[string]string{
		// Question words and fillers.
		"chto": "what", "shto": "what", "4to": "what", "kto": "who", "kogda": "when", "pochemu": "why",
		"pochemy": "why", "zachem": "why", "skolko": "how much", "skolka": "how much", "skol": "how much",
		"gde": "where", "kak": "how", "kakoi": "which", "kakoy": "which", "kakaya": "which", "kakoe": "which",
		"kakie": "which", "kakom": "which", "kakuyu": "which", "kakogo": "which", "kakih": "which", "kakim": "which", "kakimi": "which",
		"kakikh": "which", "kotoryi": "which", "kotoryy": "which", "kotoraya": "which", "kogo": "who",
		"komu": "who", "kem": "who", "nu": "", "blin": "", "davai": "", "vot": "", "tipa": "like", "koroche": "",
		"slushai": "", "slushay": "", "rebyat": "", "rebyata": "", "privet": "hi", "pozhaluista": "please",
		"pozhaluysta": "please", "voobshe": "", "voobshche": "", "seichas": "now", "seychas": "now", "kstati": "",
		"vsyo": "", "prosto": "just", "imenno": "", "interesno": "", "podskazhite": "", "skazhite": "tell",
		// Function words and pronouns.
		"eto": "it is", "ili": "or", "net": "no", "tam": "there", "tut": "here", "ego": "his", "ona": "she",
		"oni": "they", "ih": "their", "ikh": "their", "posle": "after", "dlya": "for", "chem": "than",
		"esli": "if", "etot": "this", "eta": "this", "eti": "these", "etogo": "this", "etom": "this",
		"eshe": "still", "eshche": "still", "uzhe": "already", "tozhe": "also", "tolko": "only",
		"ochen": "very", "mnogo": "many", "takoe": "such", "byl": "was", "byla": "was", "bylo": "was",
		"byli": "were", "budet": "will", "mozhet": "can", "nado": "need", "mne": "me", "nam": "us",
		"vse": "all", "vsyu": "all", "vsego": "all", "pro": "about", "ob": "about", "iz": "from",
		"ot": "from", "pered": "before", "vmesto": "instead of", "protiv": "against", "mezhdu": "between",
		"chtoby": "to", "potomu": "because", "tak": "so", "v": "in", "vo": "in", "s": "with", "na": "on",
		"po": "by", "pod": "under", "za": "for", "k": "to", "o": "about", "do": "before", "ne": "not", "li": "",
		"krome": "besides", "otkuda": "where from", "pri": "with", "bez": "without", "cherez": "after",
		"vperedi": "ahead", "silnee": "stronger", "slabee": "weaker", "slabyh": "weak", "slabye": "weak",
		"mozhno": "can", "nuzhno": "need", "samyi": "most", "samyy": "most", "samaya": "most", "samoe": "most",
		"glavnaya": "main", "glavnyi": "main", "glavnyy": "main", "glavnoe": "main", "vkratce": "briefly",
		"korotko": "briefly", "primerno": "about", "okolo": "about", "konce": "end", "kontse": "end",
		"nachale": "beginning", "snachala": "first", "potom": "then", "sejchas": "now", "teper": "now",
		"tem": "that", "toi": "that", "tot": "that", "togo": "that", "etoi": "this", "etoy": "this",
		// Verbs, in the forms people type (past tense by gender and number).
		"osnoval": "founded", "osnovala": "founded", "osnovali": "founded", "sozdal": "created",
		"sozdala": "created", "sozdali": "created", "zapustil": "launched", "zapustila": "launched",
		"zapustili": "launched", "vypustil": "released", "vypustila": "released", "vypustili": "released",
		"rodilsya": "born", "rodilas": "born", "upal": "fell", "upala": "fell", "upali": "fell", "ruhnul": "crashed",
		"ruhnula": "crashed", "ruhnuli": "crashed", "rukhnul": "crashed", "rukhnula": "crashed",
		"rukhnuli": "crashed", "poteryal": "lost", "poteryala": "lost", "poteryali": "lost", "skazal": "said",
		"skazala": "said", "skazali": "said", "govorit": "says", "govoril": "said", "pishet": "writes",
		"napisal": "wrote", "schitaet": "thinks", "dumaet": "thinks", "ispolzoval": "used", "ispolzovala": "used",
		"ispolzovali": "used", "ispolzuet": "uses", "kupil": "bought", "kupila": "bought", "kupili": "bought",
		"nanyal": "hired", "nanimaet": "hires", "nanimala": "hired", "vstretil": "met", "vstretilsya": "met",
		"priglasil": "invited", "priglasili": "invited", "zakrylas": "closed", "zakrylis": "closed",
		"zakrylsya": "closed", "vyrosla": "rose", "vyrosli": "rose", "stoit": "costs", "stoila": "cost",
		"stoil": "cost", "potratili": "spent", "potratila": "spent", "zabanili": "banned", "zapretili": "banned",
		"ogranichili": "restricted", "dobavili": "added", "vnesli": "put", "vnesla": "put", "atakovali": "attacked",
		"sluchilos": "happened", "proizoshlo": "happened", "predstavila": "unveiled", "pokazala": "unveiled",
		"pokazal": "unveiled", "anonsirovala": "announced", "obuchili": "trained", "podderzhivaet": "backs",
		"podderzhivayut": "back", "finansiruet": "funds", "investiroval": "invested", "upravlyal": "managed",
		"zanimalsya": "did", "zanimalis": "did", "rabotal": "worked", "rabotaet": "works", "uchilsya": "studied",
		"okonchil": "graduated", "znachit": "means", "oznachaet": "means", "sravnivaet": "compares",
		"sravnil": "compared", "citiruet": "quotes", "tsitiruet": "quotes", "procitiroval": "quoted",
		"provalilsya": "failed", "oblazhalsya": "failed", "lezhal": "was down", "upalo": "fell",
		"podeshevela": "fell", "podesheveli": "fell", "podnyalas": "rose", "vyros": "rose", "teryaet": "loses",
		"konkuriruet": "competes", "sdulo": "wiped", "obvalil": "crashed", "obvalilsya": "crashed",
		"prodali": "sold", "slili": "sold", "boyatsya": "fear", "boitsya": "fears", "verit": "believes",
		"nazval": "called", "nazvan": "called", "nazyvaet": "calls", "zvuchit": "sounds", "vstrechalsya": "met",
		"vyshel": "came out", "vyshla": "came out", "vyshli": "came out", "stal": "became", "stala": "became",
		"popal": "got", "popala": "got", "popali": "got", "sdelal": "made", "sdelala": "made", "sdelali": "made",
		"otvetil": "responded", "otvetila": "responded", "otvetili": "responded", "hochet": "wants",
		"khochet": "wants", "zarabotat": "make", "opisal": "described", "opisyvaet": "describes",
		"proshel": "took place", "proshol": "took place", "proshla": "took place", "provodil": "hosted",
		"provel": "hosted", "provela": "hosted", "pozvali": "invited", "pozval": "invited", "bral": "hired",
		"brali": "hired", "nabiraet": "hires", "schitayut": "think", "dumayut": "think", "govoryat": "say",
		"poluchit": "get", "poluchila": "got", "poluchili": "got", "smogut": "can", "mogut": "can",
		"ponadobitsya": "need", "ponadobilos": "needed", "grozit": "threatens", "hvatilo": "was enough",
		"khvatilo": "was enough", "podskochili": "jumped", "podskochila": "jumped",
		"vyvodit": "draws", "udaril": "hit", "udarila": "hit", "proizvelo": "had", "sprosit": "ask",
		"sprosil": "asked", "volnovatsya": "worry", "bespokoitsya": "worry", "zanes": "put",
		"zanesli": "put", "vvela": "imposed", "vveli": "imposed",
		// Nouns and adjectives of the story, by their stem where a case
		// ending follows (the language's suffixes).
		"aktsii": "shares", "akcii": "shares", "aktsiy": "shares", "akciy": "shares", "aktsiyami": "shares",
		"cena": "price", "tsena": "price", "cen": "price", "tsen": "price", "rynok": "market", "rynk": "market",
		"stoimost": "value", "kapitalizaci": "market value", "kapitalizatsi": "market value",
		"kompani": "company", "kompaniya": "company", "dengi": "money", "deneg": "money", "dollar": "dollars",
		"dollarov": "dollars", "milliard": "billion", "mlrd": "billion", "trillion": "trillion", "trln": "trillion",
		"million": "million", "mln": "million", "god": "year", "goda": "year", "godu": "year", "let": "years",
		"mesyac": "month", "mesyats": "month", "den": "day", "dnya": "day", "vchera": "yesterday",
		"segodnya": "today", "vozrast": "age", "osnovatel": "founder", "osnovatelya": "founder", "fond": "fund",
		"aktiv": "assets", "aktivy": "assets", "ubytk": "losses", "poteri": "losses", "preimushchestv": "advantage",
		"plyus": "advantage", "minus": "disadvantage", "inzhener": "engineers", "vypusknik": "graduates",
		"investor": "investors", "analitik": "analysts", "pravitelstv": "government", "vlast": "government",
		"vstrech": "meeting", "soveshchani": "meeting", "simpozium": "symposium", "citat": "quote",
		"tsitat": "quote", "poslovic": "proverb", "poslovits": "proverb", "pogovork": "proverb",
		"muravei": "ant", "muravey": "ant", "muravy": "ant", "muravyom": "ant", "malenk": "small",
		"malenkii": "small", "malenkiy": "small", "bolsh": "big", "bolshe": "more", "bolshoi": "big", "bolshoy": "big",
		"urok": "lesson", "problem": "problem", "prichin": "reason", "vopros": "question", "otvet": "answer",
		"prezident": "president", "premer": "premier", "premyer": "premier", "avtor": "author", "stat": "article",
		"statya": "article", "statye": "article", "statyu": "article", "statyi": "article", "mneni": "opinion",
		"chip": "chips", "chipy": "chips", "protsessor": "chips", "processor": "chips", "videokart": "gpus",
		"sankci": "sanctions", "sanktsi": "sanctions", "zapret": "ban", "spisok": "list", "spiske": "list",
		"kitai": "china", "kitay": "china", "kitaya": "china", "kitae": "china", "kitaem": "china",
		"kitaisk": "chinese", "kitaysk": "chinese", "kitaicy": "chinese", "kitaitsy": "chinese",
		"amerik": "america", "amerikanc": "americans", "amerikants": "americans", "amerikansk": "american",
		"ssha": "us", "rekord": "record", "padeni": "fall", "krah": "crash", "krakh": "crash", "obval": "crash",
		"rashod": "spending", "zatrat": "spending", "dorog": "expensive", "dorogo": "expensive",
		"deshevle": "cheaper", "deshevo": "cheap", "deshev": "cheap", "ekonomichnee": "more efficient",
		"tehnologi": "technology", "tekhnologi": "technology", "model": "model", "neiroset": "ai model",
		"neyroset": "ai model", "ataka": "attack", "atak": "attack", "kiberatak": "cyberattack", "haker": "hackers",
		"khaker": "hackers", "sboi": "outage", "sboy": "outage", "universitet": "universities", "molod": "young",
		"molodoi": "young", "molodoy": "young", "opyt": "experience", "zarplat": "salary", "investici": "investment",
		"investitsi": "investment", "birzh": "stock market", "pokolenie": "generation", "pokoleni": "generation",
		"predydushee": "previous", "predydushchee": "previous", "tehnar": "technical", "ekspert": "expert",
		"mirovoi": "world", "mirovoy": "world", "strah": "fear", "strakh": "fear", "ugroz": "threat",
		"ogranicheni": "restrictions", "torgov": "trade", "eksport": "export", "administraci": "administration",
		"administratsi": "administration", "cel": "goal", "tsel": "goal", "sut": "point", "smysl": "point",
		"nazvani": "name", "imya": "name", "golov": "mind", "yazyk": "language", "yazyke": "language",
		"proval": "failure", "oshibk": "mistake", "ugol": "angle", "storon": "side",
		"tema": "topic", "temu": "topic", "zhenshchin": "women", "lyud": "people", "sotrudnik": "employees",
		"komand": "team", "kompyuter": "computers", "servera": "servers", "obuchenie": "training",
		"obucheni": "training", "stoimosti": "value", "nedelya": "week", "nedel": "week", "yanvar": "january",
		"yanvare": "january", "iyul": "july", "iyule": "july", "iyun": "june", "oktyabr": "october",
		"dekabr": "december", "noyabr": "november",
		"zayavleni": "statement", "reliz": "release", "relis": "release", "anons": "announcement",
		"mysl": "idea", "ideya": "idea", "sozdatel": "creators", "effekt": "effect", "cenzur": "censorship",
		"tsenzur": "censorship", "politichesk": "political", "istori": "story", "shtuka": "thing",
		"vneshnost": "appearance", "procent": "percent", "protsent": "percent", "medalist": "medalists",
		"granic": "abroad", "granits": "abroad", "bog": "god", "itog": "outcome", "rezultat": "outcome",
		"pekin": "beijing", "pekine": "beijing", "prezidentom": "president", "schetu": "number",
		"effektivn": "efficient", "zakryt": "closed", "zakrytyi": "closed", "zakrytoe": "closed",
		"svoego": "his", "sushestvuet": "exists", "silny": "strong", "silnyi": "strong", "shtaty": "states",
		"samym": "most", "rozhdeniya": "birth", "razbiraet": "understands", "prodavat": "sell", "prishlo": "came",
		"predydushego": "previous", "povliyal": "affected", "povliyalo": "affected", "pervoe": "first",
		"otrazhaet": "reflects", "nekotoryh": "some", "naskolko": "by how much", "nachali": "began", "kuda": "where",
		"izbegaet": "avoids", "ispugalis": "got scared", "dostizheni": "achievement", "chya": "whose",
		"chei": "whose", "byt": "being", "tehnicheski": "technically", "vpechatlyayushim": "impressive",
		"uznal": "learned", "etu": "this",
		"bogatstv": "fortune", "sostoyani": "fortune", "udar": "blow", "pobed": "win", "andedog": "underdog",
		"andeldog": "underdog", "nedoocenenn": "underdog", "lider": "leader", "lidery": "leaders",
		"konkurent": "competitors", "eksportn": "export", "zakrytiya": "close", "zakrytie": "close",
		// The story's names as Russian spells them.
		"dipsik": "deepseek", "tramp": "trump", "baiden": "biden", "bayden": "biden", "lyan": "liang",
		"tensent": "tencent", "blekvell": "blackwell", "nvidiya": "nvidia", "nvidii": "nvidia", "nvidiyu": "nvidia",
		"chatdzhipiti": "chatgpt",
		"zanesla":      "put", "vystupila": "made statement", "vystupil": "spoke", "vypuska": "release",
		"vypusk": "release", "vychislitelnyh": "computing", "tehniku": "technology", "tehnika": "technology",
		"sovpadenie": "coincidence", "skidyvat": "dump", "skinuli": "dumped", "shansy": "chances",
		"seredine": "middle", "relisa": "release", "reakciya": "reaction", "razobrat": "explain", "radi": "for",
		"proishodit": "happens", "pravilnymi": "right", "padenie": "fall", "otvechaet": "answers",
		"otvetit": "answer", "opasen": "dangerous", "opasno": "dangerous", "obeshchaet": "promises", "nih": "them",
		"neudacha": "failure", "neudachi": "failure", "nazyvalsya": "was called", "nazyvaetsya": "is called",
		"nasekomoe": "insect", "moshchnostei": "power", "moshchnosti": "power", "malo": "little",
		"lyudmi": "people", "kozyr": "ace", "hedzh": "hedge", "blagosloveniem": "blessing",
		"blagoslovenie": "blessing", "biznesa": "business", "biznes": "business", "andegdogov": "underdogs",
		"andergdogi": "underdogs", "investory": "investors", "investorov": "investors", "kitaiskuyu": "chinese",
		"kitaiskaya": "chinese", "kompaniyu": "company", "administraciya": "administration", "chernyi": "black",
		"politicheskie": "political", "voprosy": "questions", "parametrov": "parameters", "tyanut": "handle",
		"analitiki": "analysts", "data": "date",
	}
}
