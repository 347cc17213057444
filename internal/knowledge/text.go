package knowledge

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kljensen/snowball/english"
)

// Normalize folds text the way people type it in chat into a plain,
// lower-case form: curly quotes and dashes become ASCII, Slack and Discord
// mention markup is removed, and invalid UTF-8 is dropped.
func Normalize(s string) string {
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, " ")
	}
	s = StripMarkup(s)
	if isPlainASCII(s) {
		// Nothing to fold but case (most questions): the same result,
		// in one pass and one allocation at most.
		return lowerASCII(s)
	}
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		switch r {
		case '\u2018', '\u2019', '\u201b', '\u02bc', '`', '\u00b4':
			r = '\''
		case '\u201c', '\u201d', '\u201e', '\u00ab', '\u00bb':
			r = '"'
		case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2212':
			r = '-'
		case '\u00a0', '\u2009', '\u202f':
			r = ' '
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}

// isPlainASCII reports whether s is ASCII without a backtick, the one
// ASCII character Normalize changes other than by case.
// It tests eight bytes at a time as one word (as answer's JSON encoder
// does: a byte equal to the backtick sets its top bit in (y - ones) &^ y,
// y = x ^ backticks), then the rest one by one.
func isPlainASCII(s string) bool {
	const ones, tops = 0x0101010101010101, 0x8080808080808080
	i := 0
	for ; i+8 <= len(s); i += 8 {
		w := s[i : i+8]
		_ = w[7] // one bounds check for the eight
		x := uint64(w[0]) | uint64(w[1])<<8 | uint64(w[2])<<16 | uint64(w[3])<<24 |
			uint64(w[4])<<32 | uint64(w[5])<<40 | uint64(w[6])<<48 | uint64(w[7])<<56
		y := x ^ '`'*ones
		if (x|(y-ones)&^y)&tops != 0 {
			return false
		}
	}
	for ; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf || s[i] == '`' {
			return false
		}
	}
	return true
}

// lowerASCII is strings.ToLower for ASCII s, without its general
// machinery: s itself when it has no capital, else a copy with the
// capitals lowered, made on the stack when short and allocated once.
func lowerASCII(s string) string {
	i := 0
	for i < len(s) && (s[i] < 'A' || s[i] > 'Z') {
		i++
	}
	if i == len(s) {
		return s
	}
	var stack [256]byte
	var b []byte
	if len(s) <= len(stack) {
		b = stack[:len(s)]
	} else {
		b = make([]byte, len(s))
	}
	copy(b, s)
	for ; i < len(b); i++ {
		if c := b[i]; 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}

// StripMarkup removes chat mention markup: Slack's <@U123>, <#C1|general>,
// <!here>, <http://x|label> (kept as its label) and Discord's <@123>,
// <@!123>, <@&123>, <#123>. Anything else in angle brackets is kept.
func StripMarkup(s string) string {
	if !strings.ContainsRune(s, '<') {
		return s
	}
	var b strings.Builder
	for {
		i := strings.IndexByte(s, '<')
		if i < 0 {
			b.WriteString(s)
			return b.String()
		}
		j := strings.IndexByte(s[i:], '>')
		if j < 0 {
			b.WriteString(s)
			return b.String()
		}
		b.WriteString(s[:i])
		inner := s[i+1 : i+j]
		switch {
		case strings.HasPrefix(inner, "@"), strings.HasPrefix(inner, "!"):
			b.WriteByte(' ')
		case strings.HasPrefix(inner, "#"):
			if k := strings.IndexByte(inner, '|'); k >= 0 {
				b.WriteString(inner[k+1:])
			}
			b.WriteByte(' ')
		case strings.HasPrefix(inner, "http"), strings.HasPrefix(inner, "mailto:"):
			if k := strings.IndexByte(inner, '|'); k >= 0 {
				b.WriteString(inner[k+1:])
			} else {
				b.WriteString(inner)
			}
		default:
			b.WriteString(s[i : i+j+1])
		}
		s = s[i+j+1:]
	}
}

// Words splits normalised text into words: runs of letters and digits,
// keeping a decimal point or thousands separator inside a number
// ("149.43", "10,000") and dropping possessive 's.
func Words(s string) []string { return wordsInto(nil, s) }

// wordsInto is Words, appending the words to words.
func wordsInto(words []string, s string) []string {
	start := -1
	flush := func(end int) {
		if start < 0 {
			return
		}
		w := s[start:end]
		start = -1
		if strings.IndexByte(w, '\'') >= 0 {
			if base, rest, ok := contraction(w); ok {
				words = append(words, base, rest)
				return
			}
			w = strings.TrimSuffix(w, "'s")
			w = strings.Trim(w, "'")
			w = withoutCaseEnding(w)
			w = strings.ReplaceAll(w, "'", "")
		}
		w = ordinalNumber(w)
		if w != "" {
			if words == nil {
				words = make([]string, 0, len(s)/5+1) // about a word in 5 bytes
			}
			words = append(words, w)
		}
	}
	for i, r := range s {
		isWord := unicode.IsLetter(r) || unicode.IsDigit(r)
		if !isWord && start >= 0 && (r == '.' || r == ',') {
			// Keep separators between two digits: 149.43, 10,000.
			prevDigit := i > 0 && s[i-1] >= '0' && s[i-1] <= '9'
			nextDigit := i+1 < len(s) && s[i+1] >= '0' && s[i+1] <= '9'
			if prevDigit && nextDigit {
				continue
			}
		}
		if !isWord && r == '\'' && start >= 0 {
			continue
		}
		if r == '%' && (i == 0 || s[i-1] < '0' || s[i-1] > '9') {
			// "what % did nvidia lose": a share asked. ("17%" is the number.)
			flush(i)
			words = append(words, "percent")
			continue
		}
		if isWord {
			if start < 0 {
				start = i
			}
			continue
		}
		flush(i)
	}
	flush(len(s))
	for i, w := range words {
		if strings.ContainsRune(w, ',') && isNumber(w) {
			words[i] = strings.ReplaceAll(w, ",", "")
		}
	}
	for i := 0; i+1 < len(words); i++ {
		if thousandsGroup(words[i], words[i+1]) {
			// "10 000" and "10, 000": one number, 10000, not a 10.
			words[i] += words[i+1]
			words = slices.Delete(words, i+1, i+2)
		}
	}
	return words
}

// thousandsGroup reports whether b, after a, is the next group of digits
// of one number typed with spaces ("10 000").
func thousandsGroup(a, b string) bool {
	return len(a) >= 1 && len(a) <= 3 && len(b) == 3 && isDigits(a) && isDigits(b)
}

// isDigits reports whether w is all ASCII digits.
func isDigits(w string) bool {
	return w != "" && strings.Trim(w, "0123456789") == ""
}

// isContracted are the words whose 's is "is" ("what's", "it's"), not a
// possessive.
var isContracted = map[string]bool{
	"what": true, "who": true, "where": true, "when": true, "why": true, "how": true,
	"it": true, "that": true, "there": true, "here": true, "he": true, "she": true,
}

// contraction splits a contracted word into its two words: "what's" →
// what is, "can't" → can not, "they're" → they are. ok is false for
// anything else, a possessive included.
func contraction(w string) (base, rest string, ok bool) {
	if base, ok := strings.CutSuffix(w, "n't"); ok && base != "" {
		switch base {
		case "ca":
			base = "can"
		case "wo":
			base = "will"
		case "sha":
			base = "shall"
		}
		return base, "not", true
	}
	i := strings.LastIndexByte(w, '\'')
	base, suffix := w[:i], w[i+1:]
	switch {
	case base == "":
		return "", "", false
	case suffix == "s" && isContracted[base]:
		return base, "is", true
	case suffix == "re":
		return base, "are", true
	case suffix == "ve":
		return base, "have", true
	case suffix == "ll":
		return base, "will", true
	case suffix == "m":
		return base, "am", true
	case suffix == "d":
		return base, "would", true
	}
	return "", "", false
}

// isNumber reports whether w is digits, with . or , between them.
func isNumber(w string) bool {
	for _, r := range w {
		if (r < '0' || r > '9') && r != '.' && r != ',' {
			return false
		}
	}
	return w != ""
}

// Stem reduces an English word to its Porter2 (Snowball) stem. Numbers and
// short words are returned as they are.
func Stem(w string) string {
	if len(w) <= 2 || w[0] >= '0' && w[0] <= '9' {
		return w
	}
	return english.Stem(w, true)
}

// ordinalNumber returns "27" for "27th" (and 1st, 2nd, 3rd), so "the
// 27th" finds a fact dated 27 January; other words are returned as they are.
func ordinalNumber(w string) string {
	if len(w) < 3 || w[0] < '0' || w[0] > '9' {
		return w
	}
	digits, suffix := w[:len(w)-2], w[len(w)-2:]
	switch suffix {
	case "st", "nd", "rd", "th":
	default:
		return w
	}
	for i := 0; i < len(digits); i++ {
		if digits[i] < '0' || digits[i] > '9' {
			return w
		}
	}
	return digits
}

// chatSpellings are spellings people use in chat for common words.
var chatSpellings = map[string]string{
	"wen": "when", "wat": "what", "wut": "what", "waht": "what", "wht": "what", "whta": "what", "whats": "what is",
	"abt": "about", "abut": "about", "bout": "about", "hw": "how", "yr": "year", "yrs": "years",
	"u": "you", "ur": "your", "r": "are", "b4": "before", "bc": "because", "cuz": "because", "coz": "because",
	"whos": "who is", "wher": "where", "whn": "when", "thru": "through", "tho": "though", "ppl": "people",
	"gonna": "going", "wanna": "want", "dunno": "know", "hows": "how is", "wheres": "where is", "whens": "when is",
	// Contractions typed without the apostrophe.
	"cant": "can not", "dont": "do not", "wont": "will not", "didnt": "did not", "doesnt": "does not",
	"isnt": "is not", "wasnt": "was not", "arent": "are not", "werent": "were not", "havent": "have not",
	"hasnt": "has not", "couldnt": "could not", "wouldnt": "would not", "shouldnt": "should not",
	"theyll": "they will", "youll": "you will", "itll": "it will", "theyd": "they would", "youd": "you would",
	"wouldve": "would have", "couldve": "could have", "shouldve": "should have", "lik": "like",
	"im": "i am", "ive": "i have", "theyre": "they are", "youre": "you are", "thats": "that is", "theres": "there is",
	"kinda": "kind of", "sorta": "sort of", "tryna": "trying to", "outta": "out of", "gotta": "got to", "aint": "is not", "er": "", "erm": "", "uh": "", "hmm": "",
	"thingamajig": "thing", "thingamabob": "thing", "whatchamacallit": "thing", "doohickey": "thing", "bigwigs": "leaders",
	"lemme": "let me", "gimme": "give me", "teh": "the", "alot": "a lot", "yday": "yesterday",
	"prev": "previous", "gen": "generation", "govt": "government", "gov": "government",
	"sus": "suspicious", "sketchy": "suspicious", "meetup": "meeting", "convo": "conversation",
	"yob": "year of birth", "dob": "date of birth", "econ": "economics", "geopol": "geopolitics",
	"mkt": "market", "w": "with", "rn": "now", "tn": "tonight", "infra": "infrastructure", "acc": "according",
	"pls": "", "plz": "", "kindly": "", "eli5": "explain", "q": "question", "approx": "approximately",
	"brith": "birth", "pct": "percent", "percnt": "percent", "prcnt": "percent", "precent": "percent", "persent": "percent", "prez": "president", "pres": "president", "param": "parameter", "params": "parameters",
	"rekt": "wrecked", "l": "loss", "beter": "better", "cheeper": "cheaper",
	// Misspellings that are words of their own, which the typo search
	// leaves alone: "how much did high-flyer loose".
	"prise": "price", "discus": "discuss", "loose": "lose", "moths": "months", "grate": "great",
	// Nigerian and Ghanaian Pidgin ("wetin happen to nvidia", "abeg who be
	// liang"): question words, fillers and the commonest little words.
	"wetin": "what", "abeg": "", "e": "he", "dey": "is", "wey": "that", "una": "you", "dem": "they", "sabi": "know",
	"wan": "want", "comot": "leave", "oga": "boss", "shey": "right", "sha": "", "jare": "", "kuku": "",
	"ehn": "", "nawa": "", "oo": "", "ooo": "", "happun": "happen", "pikin": "child", "naim": "that is",
	"abi": "right", "sef": "", "wahala": "trouble",
	// Caribbean English and Jamaican Patois ("wah mek nvidia drop so",
	// "who di man dat start deepseek").
	"wah": "what", "wha": "what", "mek": "make", "seh": "say", "nuh": "not", "fi": "to", "deh": "is",
	"weh": "where", "unu": "you", "yuh": "you", "mi": "my", "di": "the", "dis": "this", "dat": "that",
	"wid": "with", "tek": "take", "cyaan": "can not", "bruk": "crashed", "neva": "never", "nuff": "a lot", "ting": "thing",
	"gwaan": "going on", "likkle": "little", "pickney": "child", "bredda": "", "bwoy": "", "wuk": "work",
	"pon": "on", "inna": "in the", "dan": "than", "fraid": "afraid", "fella": "guy", "yah": "here", "nah": "no",
	// Hindi and Urdu words in English chat ("liang age kitna hai yaar"):
	// question words, fillers and the commonest little words.
	"kitna": "how much", "kitni": "how much", "kitne": "how many", "kya": "what", "kab": "when", "kaun": "who",
	"kahan": "where", "kyun": "why", "kyon": "why", "kaisa": "how", "kaise": "how", "kaisi": "how",
	"yaar": "", "bhai": "", "hai": "is", "hain": "are", "tha": "was", "thi": "was", "hua": "happened",
	"ka": "of", "ki": "of", "ke": "of", "se": "from", "aur": "and", "nahi": "not", "nahin": "not", "ne": "",
	"konsa": "which", "kaunsa": "which", "kiya": "", "kiye": "", "hogi": "", "hoga": "", "hota": "is", "hoti": "is",
	"liye": "for", "paida": "born", "uda": "wiped", "udaya": "wiped", "diya": "", "reh": "left", "gaya": "", "gayi": "", "paisa": "money", "sasta": "cheap", "mehenga": "expensive", "abhi": "now", "kal": "yesterday",
	// Pinyin particles in English chat ("analysts think US still ahead ma?").
	"ma": "", "dui": "right", "hao": "", "ba": "",
	// Swahili and Sheng fillers ("sasa, who founded deepseek").
	"sasa": "", "basi": "", "ama": "or", "kwani": "",
	// Singlish and Manglish particles ("blackwell so power meh").
	"lah": "", "leh": "", "meh": "", "lor": "", "sia": "", "hor": "", "alamak": "", "walao": "", "kena": "hit",
	// French fillers ("bon, why...").
	"bon": "", "donc": "", "alors": "", "vrai": "true", "est": "",
	// Arabic fillers in English chat ("who founded deepseek wallah").
	"wallah": "", "wallahi": "", "yalla": "", "habibi": "", "habibti": "", "inshallah": "", "mashallah": "",
	"khalas": "", "akhi": "", "yani": "", "ya3ni": "", "shukran": "",
	// Arabic question words in Latin letters ("shu is the writer's angle",
	// "emta did nvidia unveil blackwell", "kam money got wiped").
	"shu": "what", "shoo": "what", "meen": "who", "emta": "when", "imta": "when", "amta": "when",
	"kam": "how much", "addesh": "how much", "adesh": "how much", "lesh": "why", "laish": "why", "leish": "why",
	"wein": "where", "fein": "where", "qal": "said", "2al": "said", "jama3a": "", "jamaa": "", "shabab": "",
	// Tagalog in English chat, Taglish ("sino po founder ng deepseek",
	// "magkano nawala sa nvidia"): question words, fillers and the
	// commonest little words.
	"sino": "who", "ano": "what", "anong": "what", "anu": "what", "kailan": "when", "kelan": "when",
	"magkano": "how much", "ilang": "how many", "bakit": "why", "bat": "why", "saan": "where",
	"paano": "how", "pano": "how", "po": "", "naman": "", "pala": "", "grabe": "", "talaga": "",
	"lang": "", "daw": "", "kasi": "because", "yung": "the", "ung": "the", "ang": "the", "ng": "of", "mga": "",
	"sa": "in", "si": "", "ni": "of", "siya": "he", "sya": "he", "niya": "his", "nya": "his", "nila": "their",
	"ito": "this", "eto": "this", "yan": "that", "yun": "that", "diba": "right", "nga": "", "pa": "", "na": "",
	"kaya": "", "mo": "your", "ko": "my", "tayo": "we", "ay": "is", "nung": "when", "sobra": "very", "ganun": "",
	"nawala": "lost", "bumagsak": "fell", "gumawa": "made", "pinanganak": "born", "ipinanganak": "born",
	"nangyari": "happened", "taon": "years", "pangalan": "name", "gaano": "how", "katagal": "long",
	"tanong": "question", "sagot": "answer", "itsura": "look", "dulo": "end", "ginamit": "used", "gamit": "uses",
	"kailangan": "need", "sinabi": "said", "nilabas": "released", "lumabas": "came out", "inilabas": "released",
	"bawal": "banned", "hindi": "not", "wala": "no", "nasa": "in", "dahil": "because", "para": "for",
	"tungkol": "about", "ayon": "according", "kay": "", "noong": "in", "pagkatapos": "after", "bumaba": "fell",
	"natira": "left", "bago": "new", "nauna": "previous", "tao": "people", "pera": "money", "habol": "after",
	"dito": "here", "dun": "there", "doon": "there", "ginanap": "held", "tong": "this",
	"ngayon": "now", "hanggang": "until", "pinaka": "most", "kung": "if", "bukod": "besides",
	"nandun": "there", "sinong": "who", "klaseng": "kind of", "uri": "kind", "kumpanya": "company",
	"presyo": "price", "halaga": "value", "ilan": "how many", "bilyon": "billion", "trilyon": "trillion",
	"gobyerno": "government", "merkado": "market", "tinamaan": "hit", "nilagay": "put", "nagsusulat": "writes",
	"manunulat": "writer", "isip": "mind", "ginagawa": "doing", "pumunta": "went", "nakuha": "got",
	"makukuha": "get", "sasagutin": "answer", "delikado": "dangerous", "kinakatakot": "fears", "takot": "afraid",
	"nag": "", "nagka": "", "bkit": "why", "unang": "first", "maliit": "small", "pagiging": "being", "araw": "day",
	"nanumpa": "sworn", "tinanong": "asked", "pag": "if", "pinag": "", "usapan": "discussed", "pinuntahan": "attended",
	"manatiling": "stay", "pumasok": "came", "malaki": "big", "sikat": "famous", "mura": "cheap", "mahal": "expensive",
	"ahh": "", "ah": "", "haha": "", "hahaha": "", "lol": "",
	"kasalanan": "fault", "nagsulat": "wrote", "sumulat": "wrote", "naglagay": "put", "kuya": "", "ate": "",
	"natamaan": "hit", "tinutukoy": "means", "lumiit": "shrank", "hawak": "managed", "naging": "became",
	"palpak": "failure", "bagong": "new", "nagbenta": "sold", "binenta": "sold", "mamahaling": "expensive",
	"tulad": "like", "natin": "", "kinuha": "hired", "iniiwasan": "avoids", "ibang": "other", "iba": "other",
	"sinabotahe": "sabotaged", "makakakuha": "get", "lamang": "ahead", "sabihin": "say", "talo": "lost",
	"nanalo": "won", "tumaas": "rose", "kumpanyang": "company",
	// German and Dutch fillers in English chat ("ja so what went wrong",
	// "nou, when was...").
	"ja": "", "nou": "", "hoi": "", "genau": "", "eigentlich": "", "eigenlijk": "", "doch": "", "naja": "",
	"toch": "", "dus": "", "gewoon": "", "oder": "", "bitte": "", "procent": "percent", "prozent": "percent",
	"pov": "point of view",
	// Spanish and Portuguese fillers in English chat ("pues, why...").
	"oye": "", "osea": "", "mira": "", "vale": "", "segun": "according to", "el": "the", "la": "the", "autor": "author",
	"cuanto": "how much", "cuando": "when", "quien": "who", "donde": "where",
	"pues": "", "bueno": "", "entonces": "", "então": "", "entao": "", "tipo": "", "porque": "why", "pero": "but",
	"né": "right",
	// British, Irish and Scottish chat ("what's the craic with nvidia",
	// "why did the yanks blacklist zhipu", "whit does liang look like").
	"craic": "news", "wee": "small", "yanks": "americans", "yank": "american", "folk": "people", "fretting": "worried",
	"fret": "worry", "chuffed": "proud", "feller": "guy", "chap": "guy", "em": "them", "whit": "what", "cheers": "", "innit": "right", "mate": "",
	"gutted": "upset", "knackered": "tired", "dosh": "money", "quid": "money",
	// Scots ("how auld is yon deepseek", "whit did the ban dae tae zhipu").
	"yon": "that", "aff": "off", "dae": "do", "tae": "to", "fae": "from", "auld": "old", "noo": "now",
	"oot": "out", "cannae": "can not", "canna": "can not", "isnae": "is not", "wasnae": "was not", "didnae": "did not",
	"dinnae": "do not", "disnae": "does not", "aboot": "about", "wi": "with", "hame": "home", "ye": "you",
	"mony": "many", "efter": "after", "aw": "all", "gadgie": "guy", "beastie": "animal", "uze": "use", "aye": "yes",
	"ken": "know", "bairn": "child", "bairns": "children", "lassie": "girl", "laddie": "boy", "braw": "good",
	"muckle": "big", "wis": "was", "wur": "were", "whaur": "where", "whan": "when", "hoo": "how",
	"maist": "most", "mair": "more", "hae": "have", "haun": "hand", "hauns": "hands", "caw": "call", "cawed": "called",
	"gonnae": "going to", "wouldnae": "would not", "widnae": "would not", "couldnae": "could not",
	"shouldnae": "should not", "hasnae": "has not", "havenae": "have not", "werenae": "were not", "nae": "no",
	"naw": "no", "jist": "just", "mibbe": "maybe", "ain": "own", "awfy": "very", "heid": "head",
	"ower": "over", "toon": "town", "siller": "money", "wean": "child", "weans": "children",
	// Months shortened ("record high in jan").
	"jan": "january", "feb": "february", "apr": "april", "jul": "july", "aug": "august", "sept": "september",
	"oct": "october", "nov": "november", "dec": "december",
	// Crypto and trading-group slang ("ser how hard did nvidia dump",
	// "whats the fud", "is being small bullish").
	"ser": "", "wagmi": "", "ngmi": "", "gm": "", "degen": "", "degens": "", "fud": "fear", "bullish": "good",
	"bearish": "bad", "pumped": "rose", "pumping": "rising", "mooned": "rose", "mooning": "rising", "hodl": "hold",
	"zoomer": "young", "zoomers": "young", "n": "and", "pecent": "percent", "percet": "percent", "jialat": "bad",
	"brothers": "", "bros": "", "hypo": "", "postgame": "after", "furnish": "give", "utilise": "use",
	"utilize": "use", "utilised": "used", "utilized": "used", "gut": "first", "evn": "even", "chur": "",
	// Thai and Malay polite particles ("liang how old now kan", "... krub").
	"krub": "", "krab": "", "khrap": "", "khrub": "", "kha": "", "khaa": "", "jaa": "", "kan": "", "ji": "", "gell": "", "gäll": "", "bruv": "", "cos": "because",
	// Gamers' slang ("why is being small op", "how hard did its assets
	// get nerfed", "gg nvidia").
	"dumpstered": "wrecked", "copium": "", "hopium": "", "yakking": "talking", "yakked": "talked",
	"op": "good", "nerf": "cut", "nerfed": "cut", "buff": "advantage", "buffed": "improved", "gg": "",
	"faceplant": "crash", "faceplanted": "crashed", "faceplants": "crashes",
	// Hype words and office shorthand ("what's so wild abt blackwell",
	// "fyi team", "hidden msg", "sth bigger").
	"wild": "", "insane": "", "fyi": "", "msg": "message", "sth": "something",
	"smthg": "something", "evr": "ever", "lads": "", "lad": "", "fellow": "guy", "pile": "lot",
	// Irish English ("who's yer man behind deepseek", "grand").
	"yer": "the", "grand": "", "tidy": "", "eejit": "fool",
	// A Japanese honorific after a name in English chat ("Liang-san").
	"san": "",
	// Korean in Latin letters in English chat ("deepseek founder nugu",
	// "zhipu blacklist eonje?").
	"nugu": "who", "mwo": "what", "mwoya": "what is", "eonje": "when", "eodi": "where", "wae": "why",
	"eolma": "how much", "eolmana": "how much", "myeot": "how many", "jinjja": "", "daebak": "", "aigoo": "",
	"hyung": "", "oppa": "", "unnie": "", "noona": "", "sunbae": "", "geurae": "", "ige": "this",
	// Polish and Ukrainian in English chat ("tak po prostu", "слухай").
	"tak": "", "prostu": "", "слухай": "",
	// South African English fillers ("howzit, who founded deepseek", "eish").
	"howzit": "", "eish": "", "lekker": "good", "bru": "", "boet": "", "ag": "",
	// Vowels left out ("how mch", "what did nvidia say tdy").
	"mch": "much", "tdy": "today", "tmrw": "tomorrow", "tmr": "tomorrow", "ystd": "yesterday", "smth": "something",
	// Traders' and desk shorthand ("nvda px after selloff", "symposium loc").
	"px": "price", "mtg": "meeting", "mtgs": "meetings", "cnt": "count", "loc": "location", "strat": "strategy",
	"re": "about", "yoy": "year on year", "ytd": "year to date", "qtr": "quarter", "mgmt": "management",
	// Sports and internet slang ("did nvidia get bodied", "who's the goat
	// founder", "liang's fund fumbled the bag").
	"bodied": "crashed", "fumble": "lose", "fumbled": "lost", "bag": "money", "goat": "greatest", "lowkey": "",
	"highkey": "", "benched": "banned", "touchy": "sensitive", "pog": "", "poggers": "", "gud": "good",
	"mcap": "market cap", "ratioed": "beaten", "torched": "wiped", "ish": "", "cust": "customer", "custs": "customers", "dent": "hit", "dented": "hit",
	"yarn": "say", "che": "", "sharemarket": "stock market", "mutch": "much", "fnd": "fund", "sideways": "wrong", "seeding": "starting", "seeded": "started", "wrt": "about", "sensor": "censor", "sensored": "censored", "sensorship": "censorship",
	"mcuh": "much", "ddos": "attack", "trafic": "traffic", "deploy": "use", "deployed": "used", "deploying": "using", "lok": "look", "lke": "like", "ref": "reference", "lps": "investors", "lp": "investor", "legit": "true", "pnl": "money",
	"trough": "low", "megacap": "giant", "megacaps": "giants", "crimped": "restricted", "crimp": "restrict", "chuck": "put", "chucked": "put", "shakeup": "disruption", "fonder": "founder", "hgh": "high", "stockmarket": "stock market", "torch": "wipe", "nuked": "wiped",
	"gaffer": "boss", "kit": "hardware", "bottled": "failed", "fc": "", "signings": "hires", "scouted": "recruited",
	"equities": "stocks", "equity": "stock", "pre": "before", "sku": "model", "skus": "models",
	// Polish, Ukrainian and Russian fillers ("nu why...", "dobra, so
	// analysts think...", "to what price nvidia fell, kurde").
	"nu": "", "kurde": "", "kurcze": "", "kurczę": "", "dobra": "", "dobrze": "", "czyli": "", "wiesz": "",
	"sluchaj": "", "słuchaj": "", "panowie": "", "ziomek": "", "stary": "", "ну": "", "добре": "", "добро": "",
	"ладно": "", "слушай": "", "коротше": "", "короче": "", "блін": "", "блин": "",
}

// Tokens is Words(Normalize(s)) with chat spellings ("wen", "abt")
// replaced by the words they stand for.
func Tokens(s string) []string { return TokensInto(nil, s) }

// TokensInto is Tokens, with the words in buf's memory as far as they fit
// (what buf held is overwritten): for a caller that tokenizes question
// after question and keeps none of their words.
func TokensInto(buf []string, s string) []string {
	words := foreignToEnglish(wordsInto(buf[:0], Normalize(s)))
	// Abbreviations typed with stops, split into letters before the chat
	// spellings read the letters as words ("w" is "with").
	for i := 0; i+1 < len(words); i++ {
		switch {
		case words[i] == "tl" && words[i+1] == "dr":
			words = slices.Replace(words, i, i+2, "tldr") // "TL;DR"
		case i+2 < len(words) && words[i] == "w" && words[i+1] == "r" && words[i+2] == "t":
			// "w.r.t. the news": with respect to it, about it.
			words = slices.Replace(words, i, i+3, "about")
		}
	}
	for i := 0; i < len(words); i++ {
		if n, english := chatIdioms.at(words, i); n > 0 {
			words = slices.Replace(words, i, i+n, english...)
			i += len(english) - 1
		}
	}
	for i := 0; i < len(words); i++ {
		c, ok := chatSpellings[words[i]]
		if !ok {
			c, ok = spelledOutAmount(words[i])
		}
		if !ok {
			continue
		}
		with := strings.Fields(c)
		words = slices.Replace(words, i, i+1, with...)
		i += len(with) - 1
	}
	words = spokenNumbers(words) // "twenty twenty two", "january sixth"
	for i, w := range words {
		if g, ok := droppedG(w); ok {
			words[i] = g // "accordin tae", "whit's the upside o bein wee"
		}
	}
	for i := 0; i+1 < len(words); i++ {
		switch {
		case words[i] == "the" && words[i+1] == "said" && i+2 < len(words):
			// "the said fund": the fund (officialese), no one's words.
			words = slices.Delete(words, i+1, i+2)
		case words[i+1] == "on" && runForms[words[i]]:
			// "which nvidia chips did deepseek run on": which it used.
			words = slices.Replace(words, i, i+2, "use")
		case (words[i] == "direct" || words[i] == "exact") && (words[i+1] == "quote" || words[i+1] == "quotes"):
			// "a direct quote": a quote.
			words = slices.Delete(words, i, i+1)
		case words[i] == "according" && words[i+1] != "to":
			// "according liang what is china's main problem": according
			// to him.
			words = slices.Insert(words, i+1, "to")
		case words[i] == "as" && words[i+1] == "per":
			// "as per Liang": according to him.
			words[i], words[i+1] = "according", "to"
		case words[i+1] == "over" && fallForms[words[i]] && (i+2 == len(words) || !overSpan(words[i+2])):
			// "why did deepseek fall over": it went down. Not "fell over
			// 15%" or "fell over the weekend".
			words[i], words[i+1] = "went", "down"
		case words[i+1] == "down" && goForms[words[i]] && slices.ContainsFunc(words, func(w string) bool { return marketWords[w] }):
			// "nvidia share go down to what price": it fell. Without a
			// market's word, "deepseek went down" is an outage.
			words = slices.Replace(words, i, i+2, "fell")
		case i+2 < len(words) && words[i] == "in" && words[i+1] == "light" && words[i+2] == "of":
			// "concerns raised in light of the difficulties": given them.
			words = slices.Replace(words, i, i+3, "given")
		case words[i] == "hot" && words[i+1] == "take":
			// "the writer's hot take on tech": his opinion.
			words = slices.Replace(words, i, i+2, "opinion")
		case words[i] == "account" && words[i+1] == "for":
			// "how does the author account for the outage": explain it.
			words = slices.Replace(words, i, i+2, "explain")
		case words[i+1] == "burned" && (words[i] == "get" || words[i] == "got" || words[i] == "getting"):
			// "what year did liang's investors get burned": they lost.
			words = slices.Replace(words, i, i+2, "lost")
		case words[i] == "and" && (words[i+1] == "friends" || words[i+1] == "others" || words[i+1] == "company"):
			// "Nvidia and friends": Nvidia and co, the others like it.
			words[i+1] = "co"
		case words[i] == "whole" && wholeOf[words[i+1]]:
			// "tl;dr of the whole article": the article.
			words = slices.Delete(words, i, i+1)
			i--
		case i+2 < len(words) && words[i] == "at" && words[i+1] == "what" && words[i+2] == "point":
			// "at what point in January": when.
			words = slices.Replace(words, i, i+3, "when")
		case words[i+1] == "at" && lookForms[words[i]]:
			// "what angles does the writer look at it from": how he views
			// it, not what anyone looks like.
			words[i] = "view"
			words = slices.Delete(words, i+1, i+2)
		case words[i+1] == "place" && takePlace[words[i]]:
			// "what city did it take place in": where it was, no topic.
			words = slices.Delete(words, i, i+2)
			i--
		case (words[i] == "start" || words[i] == "beginning") && words[i+1] == "of":
			// "at the start of the month": early in it, not a founding.
			words[i] = "early"
			words = slices.Delete(words, i+1, i+2)
		}
	}
	if n := len(words); n > 3 && sourceWords[words[n-1]] && words[n-2] != "open" {
		// "what did they say, source?": every answer cites its source
		// (not "is it open source").
		words = words[:n-1]
	}
	return dropInterjection(dropAsides(words))
}

// sourceWords ask, at the end of a question, for its source.
var sourceWords = setOf(`source sources citation cite`)

// goForms are the forms of "go" that, before "down", may say a price
// fell; marketWords say the message is about one.
var (
	goForms     = setOf(`go goes went gone going`)
	marketWords = setOf(`share shares stock stocks price prices market markets nasdaq valuation`)
)

// runForms are the forms of "run" that, before "on", say what a model
// uses.
var runForms = setOf(`run runs ran running`)

// fallForms are the forms of "fall" that, before "over", may say a
// service failed.
var fallForms = setOf(`fall falls fell fallen falling`)

// overSpan reports whether w, after "fall over", starts an amount or a
// time span ("over 15%", "over the weekend"): then it did not fail.
func overSpan(w string) bool {
	return isNumber(w) || strings.HasPrefix(w, "$") || spanStarts[w]
}

var spanStarts = setOf(`the a an this that these those last past several few two three many some his its their`)

// wholeOf are the words after which "whole" adds nothing ("the whole
// article", "this whole thing").
var wholeOf = setOf(`article piece story text post thing things affair episode saga mess`)

// lookForms are the forms of "look" that, before "at", say how something
// is viewed.
var lookForms = setOf(`look looks looked looking`)

// takePlace are the forms of "take" that, before "place", say only that
// something happened.
var takePlace = setOf(`take takes took taken taking`)

// withoutCaseEnding returns w without the case ending some languages put
// after a name with an apostrophe (Turkish "deepseek'i", "liang'ın"): a
// word of three letters or more, then one to four letters. An elided
// article joined to its word ("dell'autore") stays whole.
func withoutCaseEnding(w string) string {
	i := strings.IndexByte(w, '\'')
	if i < 3 || strings.Count(w, "'") > 1 || elisionPrefixes[w[:i]] {
		return w
	}
	if n := utf8.RuneCountInString(w[i+1:]); n < 1 || n > 4 {
		return w
	}
	return w[:i]
}

// elisionPrefixes are the elided words of French and Italian longer than
// two letters ("dell'", "quest'"): a word after them is its own.
// (A literal: setOf splits its words with Words, which comes here.)
var elisionPrefixes = map[string]bool{"dell": true, "nell": true, "sull": true, "all": true, "dall": true,
	"coll": true, "quest": true, "quell": true, "bell": true, "sant": true, "jusqu": true, "lorsqu": true,
	"puisqu": true, "quoiqu": true, "aujourd": true}

// droppedG returns the -ing word w is, typed as said without its g
// ("accordin", "meetin", "bein"), and true; or false when w is a word
// of its own ("within", "explain") or no -ing word at all.
func droppedG(w string) (string, bool) {
	if len(w) < 4 || !strings.HasSuffix(w, "in") || stopwords[w] || generalWords[w] {
		return "", false // (a common word first: no WordNet look-up for "again")
	}
	if IsEnglish(w) {
		return "", false
	}
	g := w + "g"
	if _, english := thesaurusList(g); !english && !stopwords[g] && !generalWords[g] {
		return "", false // the word itself, not a form of one ("againg" is no word)
	}
	return g, true
}

// chatIdioms are idioms of English chat and what they say plainly ("spill
// the tea", "come a cropper", "no cap"), looked up before single words.
var chatIdioms = parsePhrases(`
no cap =
spill the tea = tell
spill tea = tell
right off the bat = first
straight off the bat = first
come a cropper = failed
came a cropper = failed
go belly up = failed
went belly up = failed
gone belly up = failed
fair dinkum =
percent wise = percent
rocked up to = attended
rock up to = attended
from the cheap seats =
game plan = goal
fumble the ball = fail
fumbled the ball = failed
dropped the ball = failed
drop the ball = fail
chopping it up = talking
head coach = boss
penalty box = blacklist
go pear shaped = fail
went pear shaped = failed
gone pear shaped = failed
hush hush = secret
knock off = wipe
knocked off = wiped
big boys = big companies
big names = big companies
money men = investors
investment crowd = investors
old hands = experienced
home grown = local
come out with = say
came out with = said
took the hit = lost
take the hit = lose
taken a hit = lost
took a hit = lost
uncle sam = us
take a bath = lose money
took a bath = lost money
taken a bath = lost money
take a proper bath = lose money
took a proper bath = lost money
went wobbly = went down
go wobbly = go down
roof fell in = crash
roof caved in = crash
big shots = leaders
top brass = leaders
banging on about = talking about
going on about = talking about
harping on about = talking about
keep pace = keep up
top shelf = premium
a while back = earlier
runt of the litter = smallest
occurred to him = he thought
occurred to the author = the author thought
`)

// interjections open a message without being its topic ("sound, so when
// did R1 come out", "grand, and what did he say"), as labels do
// ("Question: who ...", "quick question: who ..."); questionStarts are the
// words after one that show the question has begun.
var (
	interjections = setOf(`sound grand cool nice great right brilliant lovely perfect sweet fair gotcha alright interesting
question query q quick`)
	questionStarts = setOf(`so and but then what who when where why how which is are was were did does do can could`)
)

// dropInterjection removes the interjections or labels that open words
// before a question ("sound, so when...", "Question: who ...").
func dropInterjection(words []string) []string {
	n := 0 // interjections that open words
	for n < len(words) && interjections[words[n]] {
		n++
	}
	if n > 0 && len(words)-n > 1 && questionStarts[words[n]] {
		return words[n:]
	}
	return words
}

// amountUnits are the abbreviations of an amount typed after its number
// ("$1T", "12bn"); thousands ("10k") stay as typed, as the base writes them.
var amountUnits = map[string]string{"t": "trillion", "tn": "trillion", "trn": "trillion", "b": "billion",
	"bn": "billion", "m": "million", "mn": "million"}

// spelledOutAmount returns "1 trillion" for "1t": a number followed by an
// amount's abbreviation.
func spelledOutAmount(w string) (string, bool) {
	if w == "" || (w[0] < '0' || w[0] > '9') && w[0] != '.' {
		return "", false // most words: no need to look further
	}
	end := strings.IndexFunc(w, func(r rune) bool { return (r < '0' || r > '9') && r != '.' })
	if end <= 0 || !isNumber(w[:end]) {
		return "", false
	}
	unit, ok := amountUnits[w[end:]]
	if !ok {
		return "", false
	}
	return w[:end] + " " + unit, true
}

// asides are phrases that say how to answer, not what about ("explain
// export controls in plain English"), written as patterns, one a line: a
// slot a word, its alternatives joined by "|", "?" after an optional one.
// Where two may match at one place, the first does.
var asides = parsePatterns(`
the? article|story|piece mentions|mentioned|names|named|quotes|quoted|cites|cited him|her|it|them|this|that
for the? listeners|viewers|readers|audience|anyone|anybody|those|people|folks|everyone who missed|joining|joined it|that|this|late
as the? article|piece|story|author|writer|text recounts|reports|describes|notes|mentions|says|puts|tells|explains|states|claims|suggests it?
as of the time the|this article|piece|story was written
at the time the|this article|piece|story was written
when the|this article|piece|story was written
in? plain english|words
in plain terms
in simple terms|words
in layman|laymans terms
correct me if i am wrong
if i am not mistaken
as far as i know
simple|short answer
in short
out of curiosity|interest
out of professional curiosity
broadly|generally|roughly|strictly speaking
may i ask
if i may ask
might|may one|i ask|enquire|inquire
if one|i might|may ask|enquire|inquire
pray tell
i? should|would be much|most|very? grateful|obliged if you would|could tell|let me|us
i? should|would be much|most|very? grateful|obliged to learn|know|hear
i? should|would be much|most|very? grateful|obliged to be told
dear bot|all|team|everyone|colleagues|sir|madam
if you please
if you would be so kind
good morning|afternoon|evening|day all|everyone|folks|team|friends?
i should|would like to learn|know|enquire|inquire
so|as far as the evidence goes
if you do not mind
in terms of
o sea
per the article|piece|story|text|post
based on the|this? article|piece|story|text|post
skull|rocket|fire|crying|sob|clown|eyes|chart|thinking|pray|salute|moon|money|laughing|dead|eyeroll|facepalm emoji|emojis
emoji|emojis
in|for|at|around? the? middle of the article|piece|story|text
per article|text
according to the article|piece|story|text|post|report|column
according to article|text
from what the? article says
at the time of writing
as of writing
en fait
when this|it was written
is it accurate|correct|fair to say
would it be accurate|fair to say
how would you|i explain
how do i explain
to my? students
to the|my class
pardon|excuse|forgive my ignorance
forgive|pardon|excuse me
when it comes to
in the first place
please advise
advise please
prove that
prove to me that
what is the evidence that|on|for
what is the proof that
debate me
change my mind
fight me
all of a sudden
to? pull this|it|that off
when he|she|it|they is|are at home
for|just the record
sorry for|to bother|bothering|disturb|disturbing|interrupting you?
excuse|pardon|forgive me for bothering|disturbing|interrupting you?
want|need it for the|my|a|our deck|slides|call|presentation|report|newsletter|notes
i wish|want to know|learn|ask|enquire|inquire
paint me a picture of
with|in reference|regard to the|this? matter|article|story|piece
`)

// The asides are, in groups:
//   - the asker's note that the story names whom they ask about ("who is
//     Kai-Fu Lee, article mentions him"): that it does goes without saying;
//   - whom the answer is for ("for listeners who missed it, how much..."),
//     not what it is about;
//   - that the question is about what the story says or when it was
//     written ("as the article recounts", "as of the time the piece was
//     written"), or where the answer is to come from ("per the article"):
//     every answer is;
//   - how to answer ("in plain English", "in short"), how sure the asker is
//     ("correct me if I am wrong"), manners ("may I ask", "pardon my
//     ignorance") and "o sea", Spanish for "I mean";
//   - a debater's demand for proof, which asks the fact all the same
//     ("prove that the US still leads", "what's the evidence on how many
//     A100s", "is it accurate to say").

// asidePattern is an aside's pattern: its slots in order.
type asidePattern []patternSlot

// patternSlot is one word of a pattern: the words it may be.
type patternSlot struct {
	words    []string
	optional bool
}

// parsePatterns reads patterns, one a line.
func parsePatterns(table string) []asidePattern {
	var out []asidePattern
	for _, line := range strings.Split(strings.TrimSpace(table), "\n") {
		var p asidePattern
		for _, slot := range strings.Fields(line) {
			optional := strings.HasSuffix(slot, "?")
			p = append(p, patternSlot{strings.Split(strings.TrimSuffix(slot, "?"), "|"), optional})
		}
		out = append(out, p)
	}
	return out
}

// matchAt returns how many words pattern p spans at words[i], the most it
// can, or 0.
func (p asidePattern) matchAt(words []string, i int) int {
	return max(p.span(words, i), 0)
}

// span returns how many words p spans at words[i], the most it can, or -1
// when it does not match there.
func (p asidePattern) span(words []string, i int) int {
	if len(p) == 0 {
		return 0
	}
	best := -1
	if p[0].optional {
		best = p[1:].span(words, i)
	}
	if i < len(words) && slices.Contains(p[0].words, words[i]) {
		if n := p[1:].span(words, i+1); n >= 0 {
			best = max(best, n+1)
		}
	}
	return best
}

// asidesByStart holds the asides by the words they may start with: a word
// looks at the few that start with it, in their order.
var asidesByStart = func() map[string][]asidePattern {
	by := map[string][]asidePattern{}
	for _, p := range asides {
		for _, w := range p.starts() {
			by[w] = append(by[w], p)
		}
	}
	return by
}()

// starts returns the words p may start with: its first slot's, and the
// next one's while a slot is optional.
func (p asidePattern) starts() []string {
	var out []string
	for _, slot := range p {
		out = append(out, slot.words...)
		if !slot.optional {
			break
		}
	}
	return out
}

// asideStarts holds the words an aside of any kind starts with: a word
// that is none of them is passed over with one look-up.
var asideStarts = func() map[string]bool {
	starts := map[string]bool{asideAge[0]: true}
	for w := range asidesByStart {
		starts[w] = true
	}
	for _, f := range frames {
		starts[f.opening[0]] = true
	}
	for _, set := range []map[string]bool{requestStarts, relayDeterminers, relayers} {
		for w := range set {
			starts[w] = true
		}
	}
	return starts
}()

// asideAge starts an aside that ends in an age: "explain like I'm 5",
// "like I'm seventy".
var asideAge = []string{"like", "i", "am"}

// isAge reports whether w can be the age that ends an asideAge.
func isAge(w string) bool {
	return isNumber(w) || w == "five" || w == "ten" || w == "seventy" || w == "eighty" || w == "a" // "a child", see dropAsides
}

// frames are asides made of an opening, a few words of the asker's own
// and a closing noun: "from a sanctions-exposure standpoint", "for our
// due-diligence notes". They say for whom or from where the asker asks,
// not what about, and are dropped whole.
var frames = []struct {
	opening []string        // the words the frame starts with
	owner   map[string]bool // the word after them ("a", "our")
	span    int             // how many words may come between the owner and the closing noun
	closing map[string]bool // the noun that ends it
}{
	{[]string{"from"}, setOf(`a an the our my their your this that`), 3,
		setOf(`standpoint standpoints perspective perspectives viewpoint viewpoints angle lens vantage`)},
	// "from a trade policy point of view"
	{[]string{"from"}, setOf(`a an the our my their your this that`), 5, setOf(`view`)},
	// "need the launch date for the 6pm"
	{[]string{"for"}, setOf(`the`), 1, setOf(`6pm 5pm 10pm 6 bulletin broadcast segment newscast rundown`)},
	// "asking for a friend", "asking for our 2-person branch office"
	{[]string{"asking", "for"}, setOf(`a an our my the`), 3, setOf(`friend friends colleague colleagues team office branch
agency firm shop company client clients boss group class newsletter family mum mom dad`)},
	{[]string{"for"}, setOf(`our my a`), 3, setOf(`citation citations bibliography notes note file files record records timeline report memo brief
briefing deck committee purposes purpose episode show podcast newsletter slides presentation class lesson
research documentation audit log profile draft summary writeup meeting call team desk board client clients
readers audience students newsroom piece person layperson beginner beginners newcomer newcomers outsider outsiders`)},
}

// frameAt returns how many words the frame starting at words[i] spans,
// or 0.
func frameAt(words []string, i int) int {
	for _, f := range frames {
		n := len(f.opening)
		if i+n >= len(words) || !slices.Equal(words[i:i+n], f.opening) || !f.owner[words[i+n]] {
			continue
		}
		end := 0 // the last closing noun in reach: "for our entity profile records"
		for j := i + n + 1; j < len(words) && j <= i+n+1+f.span; j++ {
			if f.closing[words[j]] && (words[j] != "view" || words[j-1] == "of" && words[j-2] == "point") {
				end = j + 1
			}
		}
		if end > 0 {
			return end - i
		}
	}
	return 0
}

// requestVerbs are what a polite request asks the bot to do ("could you
// clarify who...", "can you confirm when..."): how to answer, not what
// about.
var requestVerbs = setOf(`clarify confirm outline specify indicate elaborate verify recap summarise summarize remind`)

// requestStarts open a polite request: "could you", "please".
var requestStarts = setOf(`could can would please`)

// requestAt returns how many words the polite request starting at
// words[i] spans ("could you please confirm"), or 0.
func requestAt(words []string, i int) int {
	n := 0
	switch {
	case words[i] == "please": // ("pls" and "kindly" are gone already: chatSpellings)
		n = 1
	case requestStarts[words[i]] && i+1 < len(words) && words[i+1] == "you":
		n = 2
	default:
		return 0
	}
	if i+n < len(words) && words[i+n] == "please" {
		n++
	}
	if i+n < len(words) && requestVerbs[words[i+n]] {
		return n + 1
	}
	return 0
}

// relayers are the people a question is passed on for ("a patron wants
// to know", "my boss is asking"), and relayVerbs what they do.
var (
	relayers = setOf(`someone somebody patron patrons client clients customer customers reader readers
colleague colleagues coworker boss manager mum mom dad friend student students caller user users visitor
member members teacher kid kids wife husband partner grandma grandpa granny grandad grandmother grandfather nan
nana aunty auntie aunt uncle cousin sister brother son daughter niece nephew neighbour neighbor parents
listener listeners viewer viewers callers patient patients subscriber subscribers follower followers
chair chairman chairwoman chairperson committee council councillor councillors director directors officer
supervisor editor principal dean professor lecturer tutor`)
	relayVerbs = [][]string{{"wants", "to", "know"}, {"want", "to", "know"}, {"wanted", "to", "know"},
		{"would", "like", "to", "know"}, {"needs", "to", "know"}, {"is", "asking"}, {"are", "asking"}, {"was", "asking"},
		{"asks"}, {"asking"}, {"asked"}, {"wonders"}, {"is", "wondering"}, {"needs"}, {"wants"}, {"is", "curious"},
		{"keeps", "asking"}, {"keeps", "asking", "me"}, {"says"}, {"heard"}, {"noticed"}, {"curious"}}
)

// relayVerbAt returns how many words the first relay verb that starts at
// words[j] spans, or 0.
func relayVerbAt(words []string, j int) int {
	for _, v := range relayVerbs {
		if j+len(v) <= len(words) && slices.Equal(words[j:j+len(v)], v) {
			return len(v)
		}
	}
	return 0
}

// relayDeterminers may come before a relayer ("a patron", "my boss").
var relayDeterminers = setOf(`a an my our one`)

// relayAt returns how many words the relay starting at words[i] spans
// ("a patron at the desk wants to know"), or 0: who passes the question
// on is not what it is about.
func relayAt(words []string, i int) int {
	j := i
	if relayDeterminers[words[j]] {
		j++
	}
	if j >= len(words) || !relayers[words[j]] {
		return 0
	}
	j++
	switch {
	case j+2 < len(words) && words[j] == "at" && words[j+1] == "the":
		j += 3 // "someone at the desk"
	case j < len(words) && words[j] == "here":
		j++ // "someone here"
	case j+1 < len(words) && words[j] == "of" && words[j+1] == "mine":
		j += 2 // "a client of mine"
	case j+2 < len(words) && words[j] == "on" && words[j+1] == "line" && isNumber(words[j+2]):
		j += 3 // "caller on line 4"
	case j+1 < len(words) && !stopwords[words[j]] && relayVerbAt(words, j+1) > 0:
		j++ // "aunty Ngozi says"
	}
	if n := relayVerbAt(words, j); n > 0 {
		return j + n - i
	}
	return 0
}

// dropAsides removes the asides from words.
func dropAsides(words []string) []string {
	for i := 0; i < len(words); i++ {
		if !asideStarts[words[i]] {
			continue // most words start no aside
		}
		if n := asideAt(words, i); n > 0 {
			words = slices.Delete(words, i, i+n)
			i--
		}
	}
	return words
}

// asideAt returns how many words the aside starting at words[i] spans, or
// 0: a frame, a polite request, a relay, an aside ending in an age, or
// one of the asides.
func asideAt(words []string, i int) int {
	if n := frameAt(words, i); n > 0 {
		return n
	}
	if n := requestAt(words, i); n > 0 {
		return n
	}
	if n := relayAt(words, i); n > 0 {
		return n
	}
	if n := len(asideAge) + 1; i+n <= len(words) && slices.Equal(words[i:i+n-1], asideAge) && isAge(words[i+n-1]) {
		if words[i+n-1] == "a" && i+n < len(words) {
			n++ // "like I'm a child"
		}
		return n
	}
	for _, p := range asidesByStart[words[i]] {
		if n := p.matchAt(words, i); n > 0 {
			return n
		}
	}
	return 0
}
