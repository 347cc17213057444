package knowledge

import "strings"

// hindi reads Hindi typed in Latin letters and mixed into English chat,
// Hinglish ("deepseek kisne banaya?", "nvidia ka share kitna gira").
var hindi = newLanguage(strongHindiMarkers, hindiMarkers, hindiPhrases, hindiWords, nil)

// strongHindiMarkers make a message Hinglish alone.
var strongHindiMarkers = setOf(`kya kab kitna kitne kitni kaun kisne kyun kyu kaise kaunsa kaunsi kaunse hai hain tha
thi hua hui mein kaha bola`)

// hindiMarkers are Hindi words that English chat does not use.
var hindiMarkers = setOf(`kya kab kitna kitne kitni kaun kisne kis kyun kyu kaise kaunsa kaunsi kaunse hai hain tha
thi hua hui hue ka ki ke ko se mein pe aur bhi nahi nahin yaar bhai matlab wala wali wale raha rahe rahi gaya
gayi kiya kiye liye baare abhi kal`)

// hindiPhrases are Hinglish phrases and what they say in English.
var hindiPhrases = []foreignPhrase{
	{strings.Fields("ke baare mein"), strings.Fields("about")},
	{strings.Fields("ke baare me"), strings.Fields("about")},
	{strings.Fields("ke hisaab se"), strings.Fields("according to")},
	{strings.Fields("ke hisab se"), strings.Fields("according to")},
	{strings.Fields("ke liye"), strings.Fields("for")},
	{strings.Fields("ke baad"), strings.Fields("after")},
	{strings.Fields("se pehle"), strings.Fields("before")},
	{strings.Fields("ke pehle"), strings.Fields("before")},
	{strings.Fields("kitne saal"), strings.Fields("how old")},
	{strings.Fields("kitni umar"), strings.Fields("how old")},
	{strings.Fields("kitne paise"), strings.Fields("how much money")},
	{strings.Fields("paida hua"), strings.Fields("born")},
	{strings.Fields("paida hue"), strings.Fields("born")},
	{strings.Fields("band hua"), strings.Fields("closed")},
	{strings.Fields("close hua"), strings.Fields("closed")},
	{strings.Fields("kitne pe"), strings.Fields("at how much")},
	{strings.Fields("aa gaye"), strings.Fields("came")},
	{strings.Fields("aaya market mein"), strings.Fields("came out")},
	{strings.Fields("milne wale"), strings.Fields("get")},
	{strings.Fields("saaf hue"), strings.Fields("wiped")},
	{strings.Fields("saaf hua"), strings.Fields("wiped")},
	{strings.Fields("down hua"), strings.Fields("went down")},
	{strings.Fields("kya hai"), strings.Fields("what is")},
	{strings.Fields("kya tha"), strings.Fields("what was")},
	{strings.Fields("kaun hai"), strings.Fields("who is")},
	{strings.Fields("kaun tha"), strings.Fields("who was")},
}

// hindiWords are Hinglish words and the English they stand for ("" for a
// word that says nothing).
var hindiWords = map[string]string{
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
}
