package knowledge

// newCantonese builds what reads Cantonese in Latin letters mixed into English
// chat, as Hong Kong offices write it ("bin go founded deepseek ah", "nvidia
// drop gei do"). Its question words are two syllables typed apart ("bin
// go", who; "gei si", when): they are its phrases. Its sentence particles
// ("ah", "ga", "wor", "lor") say nothing in English.
func newCantonese() *language {
	return newLanguage(strongCantoneseMarkers(), cantoneseMarkers(), cantonesePhrases(), cantoneseWords(), nil)
}

// strongCantoneseMarkers make a message Cantonese alone.
func strongCantoneseMarkers() map[string]bool {
	return setOf(`gei gaai wor lor meh matyeh`)
}

// cantoneseMarkers are other Cantonese words that English chat does not use.
func cantoneseMarkers() map[string]bool {
	return setOf(`ga ge mat bin dim hai mou yau gam`)
}

// cantonesePhrases are Cantonese phrases and what they say in English.
func cantonesePhrases() phraseTable {
	return parsePhrases(`
bin go = who
bin wai = who
bin gaan = which
bin ga = which
gei si = when
gei do = how much
gei noi = how long
gei daai = how old
dim gaai = why
dim yeung = how
mat yeh = what
me yeh = what
m hai = not
hai mai = is it
`)
}

// cantoneseWords returns Cantonese words in Latin letters and the English
// they stand for ("" for a word that says nothing).
func cantoneseWords() map[string]string {
	return map[string]string{
		"mat": "what", "matyeh": "what", "dim": "how", "gei": "how much", "gaai": "",
		"ah": "", "ga": "", "ge": "", "wor": "", "lor": "", "meh": "", "la": "", "lah": "", "gam": "so",
		"hai": "is", "mou": "no", "yau": "has", "sik": "know", "wa": "says", "gong": "said",
	}
}
