package knowledge

// newPidgin builds what reads Nigerian and Ghanaian Pidgin ("wetin nvidia come talk
// today", "deepseek fit get h100s?"). Its commonest words are read in any
// message (chatSpellings); those that are English words with another
// sense ("fit" for can, "talk" for say) only in a message that is Pidgin.
func newPidgin() *language {
	return newLanguage(strongPidginMarkers(), pidginMarkers(), pidginPhrases(), pidginWords(), nil)
}

// strongPidginMarkers make a message Pidgin alone.
func strongPidginMarkers() map[string]bool {
	return setOf(`wetin abeg wahala comot sef naim dey`)
}

// pidginMarkers are other Pidgin words that English chat does not use.
func pidginMarkers() map[string]bool {
	return setOf(`na dem una wey oga sabi abi shey jare wan`)
}

// pidginPhrases are Pidgin phrases and what they say in English.
func pidginPhrases() phraseTable {
	return parsePhrases(`
how far =
na so =
wetin be = what is
who be = who is
na wetin = what
wetin happen = what happened
wetin cause = why
why e = why
think say = think
feel say = think
talk say = say
come talk = say
run comot = sold
take build = use to build
small small = little
`)
}

// pidginWords returns the Pidgin words read only in a Pidgin message, and
// the English they stand for ("" for a word that says nothing): those
// that chatSpellings reads otherwise, or not at all.
func pidginWords() map[string]string {
	return map[string]string{
		"na": "is", "oga": "", "shey": "", "o": "", "fit": "can", "talk": "say", "kin": "kind", "reach": "to",
		"don": "has", "go": "will", "e": "it", "im": "his", "am": "him", "make": "let", "plenty": "a lot",
		"chop": "take", "carry": "take", "tey": "long",
	}
}
