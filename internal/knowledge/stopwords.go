package knowledge

// stopwords are function words and chat filler that carry no topic. They
// are dropped from the index and from questions alike. Question words
// (who, when, how much) are read before this, for the answer type.
var stopwords = setOf(`
a about above after again against all am an and any are aren as at be because been before being below between both
but by can cannot could couldn did didn do does doesn doing don during each few for from further had hadn has
hasn have haven having here hers herself him himself his how i if in into is isn it its itself just let me mine more
most my myself no nor not now of off on once only or other ought our ours ourselves out over own same shan she
should shouldn so some such than that the their theirs them themselves then there these they this those through to
too under until up very was wasn we were weren what whats when where which while who whom whose why will with won
would wouldn you your yours yourself yourselves he her hers its also yet still ever even much many
hey hi hello yo hiya greetings thanks thank thx pls please plz bot bots okay ok hmm um uh well so
tell know explain describe say saying said tells let lets give show wanna gonna really actually
exactly basically quick quickly briefly simply kind sort bit lot lots thing things stuff something anything info
information detail details happen happened happening happens going go goes went get got gets mean means meant
according per besides apart
nah yeah yea yep yup nope lol lmao lmfao rofl tf wtf omg idk tbh ngl fr imo imho fwiw iirc afaik wdym btw bruh bro yall ya im ive icymi
wait oh ah huh whoa wow dang damn hm hmm hmmm mhm
badly severely earth heck na
mr mrs ms dr sir madam
`)

// helpWords alone (with stopwords) make a question a request for help.
var helpWords = setOf(`help commands command usage topics topic answer answers ask questions question can do what
who are you start menu options features able capable`)

// setOf returns the set of the words of s. The map is made as large as
// it gets at once: the sets are built at every start, and growing one
// step by step hashes its words again at each step.
func setOf(s string) map[string]bool {
	words := Words(s)
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// IsStopword reports whether w (lower case) carries no topic.
func IsStopword(w string) bool { return stopwords[w] }

// IsHelpWord reports whether w belongs to a help or greeting request.
func IsHelpWord(w string) bool { return helpWords[w] || stopwords[w] }

// commandWords ask for help whatever else a conversation has been about:
// "help" is never a follow-up, unlike "who did that".
var commandWords = setOf(`help commands command usage topics menu options features`)

// IsCommandWord reports whether w asks for help outright.
func IsCommandWord(w string) bool { return commandWords[w] }
