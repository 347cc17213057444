package knowledge

// newJapanese builds what reads Japanese in Latin letters (romaji) mixed into English
// chat ("dare is the founder of deepseek?", "nvidia share price fell to
// ikura desu ka"). Honorifics after a name ("Liang-san") say nothing.
func newJapanese() *language {
	return newLanguage(strongJapaneseMarkers(), japaneseMarkers(), japanesePhrases(), japaneseWords(), nil)
}

// strongJapaneseMarkers make a message Japanese alone.
func strongJapaneseMarkers() map[string]bool {
	return setOf(`desu nani naze dare itsu ikura doko ikutsu doushite nande sumimasen onegaishimasu
kudasai deshita masu sugoi nannen`)
}

// japaneseMarkers are other Japanese words that English chat does not use.
func japaneseMarkers() map[string]bool {
	return setOf(`ka ne yo san kun sama chan ga wa wo mo dono kaisha kabu kabuka okane mondai`)
}

// japanesePhrases are Japanese phrases and what they say in English.
func japanesePhrases() phraseTable {
	return parsePhrases(`
desu ka =
desu ne =
nan desu ka = what is
dou desu ka = how is
nani ga = what
`)
}

// japaneseWords returns Japanese words and the English they stand for ("" for
// a word that says nothing).
func japaneseWords() map[string]string {
	return map[string]string{
		// Question words, politeness and particles.
		"nani": "what", "nan": "what", "naze": "why", "doushite": "why", "nande": "why", "dare": "who", "itsu": "when",
		"ikura": "how much", "ikutsu": "how many", "doko": "where", "dono": "which", "nannen": "what year",
		"desu": "is", "deshita": "was", "masu": "", "ka": "", "ne": "", "yo": "", "sumimasen": "", "onegaishimasu": "",
		"kudasai": "", "sugoi": "", "san": "", "kun": "", "sama": "", "chan": "", "ga": "", "wa": "", "wo": "", "mo": "also",
		"ano": "", "eto": "", "ee": "", "hai": "yes", "iie": "no", "dou": "how",
		// Words of the story.
		"kaisha": "company", "kabu": "shares", "kabuka": "share price", "okane": "money", "mondai": "problem",
		"shachou": "boss", "shacho": "boss", "sousetsusha": "founder", "nen": "year", "nihon": "japan", "chuugoku": "china",
		"chugoku": "china", "amerika": "america", "beikoku": "us", "seifu": "government", "kaigi": "meeting",
		"kotoba": "words", "kiji": "article", "hissha": "author", "chippu": "chips", "handoutai": "chips",
		"toushika": "investors", "shijou": "market", "kabushiki": "stock", "saiko": "record", "saikou": "record",
	}
}
