package knowledge

import (
	"cmp"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"unicode"
)

// Other languages mixed into English chat, one file each, named after it
// (french.go, russian.go, ...), whose comment shows how the language is
// typed: French ("genre, c'est quoi R1?"), Russian in Latin letters ("kto
// osnoval deepseek?") and 25 more (languages lists them). Many of their
// words are English words too ("actions", "comment", "no"), so a message
// is read in a language only when its words that no English question
// would use (its markers, and the other words of its tables that are no
// English word) score at least minMarkers; the language that scores most
// wins.

// minMarkers is how many marker words make a message one of a language's
// (a strong marker counts for all of them).
const minMarkers = 2

// minLoneForeign is the length of the shortest foreign word read as such
// in a message that is not in its language ("deepseek recrutement"): a
// shorter one is likelier a slip or a name.
const minLoneForeign = 5

// languages are the languages read, each a language.
// They are built on first use (warmLanguages builds them in the
// background while the fact base loads): their tables are large.
var languages = sync.OnceValue(func() []*language {
	builders := [...]func() *language{
		newFrench, newPortuguese, newSpanish, newItalian, newDutch, newGerman, newIndonesian,
		newHindi, newTurkish, newSwahili, newPidgin, newJapanese, newVietnamese, newGreek,
		newRussian, newPolish, newTagalog, newPersian, newHebrew, newBengali, newRomanian,
		newCzech, newCantonese, newScandinavian, newAfrikaans, newUkrainian, newFinnish,
	}
	// Their tables are built side by side: a first question waits for
	// all of them.
	langs := make([]*language, len(builders))
	var wg sync.WaitGroup
	for k, build := range builders {
		wg.Go(func() { langs[k] = build() })
	}
	wg.Wait()
	return langs
})

// foreignPhrase is a phrase of a language and what it says in English.
type foreignPhrase struct{ foreign, english []string }

// phraseTable holds phrases by their first word, each word's in the
// order written: a word looks at the few that start with it.
type phraseTable map[string][]foreignPhrase

// parsePhrases reads phrases, one a line: the phrase, "=", and its
// English (nothing for a phrase that says nothing).
func parsePhrases(table string) phraseTable {
	t := phraseTable{}
	for _, line := range strings.Split(strings.TrimSpace(table), "\n") {
		foreign, english, _ := strings.Cut(line, "=")
		if p := (foreignPhrase{strings.Fields(foreign), strings.Fields(english)}); len(p.foreign) > 0 {
			t[p.foreign[0]] = append(t[p.foreign[0]], p)
		}
	}
	return t
}

// at returns how many words the longest phrase of t at words[i] spans
// and its English, or 0: "bao nhiêu tuổi" (how old) before "bao nhiêu"
// (how much).
func (t phraseTable) at(words []string, i int) (int, []string) {
	n, english := 0, []string(nil)
	for _, p := range t[words[i]] {
		if len(p.foreign) > n && i+len(p.foreign) <= len(words) && slices.Equal(words[i:i+len(p.foreign)], p.foreign) {
			n, english = len(p.foreign), p.english
		}
	}
	return n, english
}

// language is what it takes to read one language's words in English.
type language struct {
	strong       map[string]bool        // markers that make a message the language's alone
	markers      map[string]bool        // its other markers
	phrases      phraseTable            // looked up before single words
	spellings    map[string]string      // its words in English ("" says nothing), also without accents
	elisions     []string               // short words typed joined to the next ("l" of "lauteur")
	suffixes     []string               // endings a word of it may have ("nya" of "perusahaannya")
	compounds    bool                   // whether it joins nouns into one word ("rekordschluss")
	unlistedMemo wordMemo[unlistedWord] // unlisted's findings, by word
	postposes    bool                   // whether "according to" comes after its name ("writer ke hisaab se")
}

// withoutAccents returns w with the accented letters of the languages
// read folded, as people often type them without ("fondé" → fonde).
func withoutAccents(w string) string {
	return strings.Map(func(r rune) rune {
		switch r {
		case 'à', 'â', 'á', 'ã', 'ä', 'ą', 'ă', 'å', 'ạ', 'ả', 'ấ', 'ầ', 'ẩ', 'ẫ', 'ậ', 'ắ', 'ằ', 'ẳ', 'ẵ', 'ặ':
			return 'a'
		case 'ç', 'ć', 'č':
			return 'c'
		case 'ď', 'đ':
			return 'd'
		case 'é', 'è', 'ê', 'ë', 'ę', 'ě', 'ẹ', 'ẻ', 'ẽ', 'ế', 'ề', 'ể', 'ễ', 'ệ':
			return 'e'
		case 'î', 'ï', 'í', 'ì', 'ỉ', 'ị', 'ĩ':
			return 'i'
		case 'ł', 'ľ', 'ĺ':
			return 'l'
		case 'ń', 'ň':
			return 'n'
		case 'ô', 'ó', 'õ', 'ö', 'ø', 'ò', 'ọ', 'ỏ', 'ố', 'ồ', 'ổ', 'ỗ', 'ộ', 'ơ', 'ớ', 'ờ', 'ở', 'ỡ', 'ợ':
			return 'o'
		case 'ř':
			return 'r'
		case 'ś', 'ș', 'ş', 'š':
			return 's'
		case 'ț', 'ţ', 'ť':
			return 't'
		case 'û', 'ù', 'ü', 'ú', 'ů', 'ụ', 'ủ', 'ũ', 'ư', 'ứ', 'ừ', 'ử', 'ữ', 'ự':
			return 'u'
		case 'ý', 'ỳ', 'ỵ', 'ỷ', 'ỹ':
			return 'y'
		case 'ż', 'ź', 'ž':
			return 'z'
		}
		return r
	}, w)
}

// newLanguage builds a language from its tables. Its words' spellings
// without accents are added to words itself, which becomes the language's
// spellings, unless one is a word of its own. Of two accented words that
// fold alike ("giá", price, and "giả"), the first in code-point order
// stays, the same in every run.
func newLanguage(strong, markers map[string]bool, phrases phraseTable, words map[string]string, elisions []string, suffixes ...string) *language {
	var accented []string
	for w := range words {
		if !isPlainASCII(w) { // most words have nothing to fold
			accented = append(accented, w)
		}
	}
	slices.Sort(accented)
	for _, w := range accented {
		if plain := withoutAccents(w); plain != w {
			if _, taken := words[plain]; !taken {
				words[plain] = words[w]
			}
		}
	}
	markers = withPlainMarkers(markers, strong)
	addPlainPhrases(phrases)
	return &language{strong: strong, markers: markers, phrases: phrases, spellings: words, elisions: elisions, suffixes: suffixes}
}

// withPlainMarkers returns markers with the accented markers of both sets
// added typed plain ("gì" as gi, "không" as khong), unless that spelling
// is an English or chat word ("thế" is no "the"). A plain strong marker
// counts as an ordinary one: without its accents it is less sure.
func withPlainMarkers(markers, strong map[string]bool) map[string]bool {
	for _, set := range [...]map[string]bool{markers, strong} {
		for w := range set {
			if isPlainASCII(w) {
				continue
			}
			if plain := withoutAccents(w); plain != w && !markers[plain] && !strong[plain] && !chatOrCommon(plain) && !IsEnglish(plain) {
				if markers == nil {
					markers = map[string]bool{}
				}
				markers[plain] = true
			}
		}
	}
	return markers
}

// addPlainPhrases adds to t its phrases with accented words typed plain
// ("bao nhiêu" as bao nhieu), unless t has that spelling already; of two
// that fold alike, the first in order of their plain and English words.
func addPlainPhrases(t phraseTable) {
	var plain []foreignPhrase
	for _, ps := range t {
		for _, p := range ps {
			if !slices.ContainsFunc(p.foreign, func(w string) bool { return !isPlainASCII(w) }) {
				continue // most phrases: nothing to fold
			}
			folded := make([]string, len(p.foreign))
			changed := false
			for i, w := range p.foreign {
				folded[i] = withoutAccents(w)
				changed = changed || folded[i] != w
			}
			if changed {
				plain = append(plain, foreignPhrase{folded, p.english})
			}
		}
	}
	slices.SortFunc(plain, func(a, b foreignPhrase) int {
		return cmp.Or(slices.Compare(a.foreign, b.foreign), slices.Compare(a.english, b.english))
	})
	for _, p := range plain {
		if n, _ := t.at(p.foreign, 0); n != len(p.foreign) {
			t[p.foreign[0]] = append(t[p.foreign[0]], p)
		}
	}
}

// markerScores holds, for each marker word of any language, what it
// counts for each language (by its place in languages): one look-up a
// word tells them all.
var markerScores = sync.OnceValue(func() map[string]*markerScore {
	m := map[string]*markerScore{}
	for k, l := range languages() {
		for _, set := range [...]struct {
			words map[string]bool
			score int8
		}{{l.markers, 1}, {l.strong, minMarkers}} {
			for w := range set.words {
				if m[w] == nil {
					m[w] = new(markerScore)
				}
				m[w][k] = max(m[w][k], set.score)
			}
		}
	}
	return m
})

// warmLanguages builds the languages' lookup tables (markerScores,
// tableWords, languageEndings) in the background, once,
// side by side once the languages are built: every question needs them,
// and a process that answers one question and exits ("bot ask") would
// otherwise build them on its one path. A question that comes first waits
// for them.
var warmLanguages = sync.OnceFunc(func() {
	go func() {
		languages()
		go languageEndings()
		go markerScores()
		tableWords()
	}()
})

// tableWords holds what every word of the languages' tables may count
// for:
//   - as a marker of its languages, when it is no explicit marker and no
//     English chat uses it ("sebelum liang punya perusahaan apa": no word is
//     a marker, but no English question says sebelum or punya). Whether a
//     word is English takes a WordNet look-up, so it is asked of a word
//     only when a message first has it;
//   - as a lone foreign word in any message, when it names a topic and is
//     no English word ("deepseek recrutement olympiade").
//
// Only the words are indexed up front (a process that answers one
// question and exits, "bot ask", waits for it); what a word counts for is
// worked out when a message first has it (tableIndex.word).
var tableWords = sync.OnceValue(func() *tableIndex { return buildTableIndex(languages(), markerScores) })

// buildTableIndex indexes the words of langs' tables; explicit returns
// their explicit markers, asked only when a word is first read (so the
// index and the markers may be built side by side).
func buildTableIndex(langs []*language, explicit func() map[string]*markerScore) *tableIndex {
	n := 0
	for _, l := range langs {
		n += len(l.spellings)
	}
	t := &tableIndex{ids: make(map[string]int32, n), words: make([]tableWord, 0, n), langs: langs, explicit: explicit}
	idOf := func(w string) int32 {
		id, ok := t.ids[w]
		if !ok {
			id = int32(len(t.words))
			t.ids[w] = id
			t.words = append(t.words, tableWord{})
		}
		return id
	}
	for _, l := range langs {
		for w := range l.spellings {
			idOf(w)
		}
	}
	// The phrases of two words or more, by their first word: one look-up
	// finds a word's table entry and the phrases it may start.
	m := 0
	for _, l := range langs {
		for _, ps := range l.phrases {
			m += len(ps)
		}
	}
	marks := make([]phraseMark, 0, m) // one allocation for all
	for k, l := range langs {
		for first, ps := range l.phrases {
			for _, p := range ps {
				if len(p.foreign) >= 2 {
					marks = append(marks, phraseMark{lang: k, words: p.foreign})
					id := idOf(first)
					t.words[id].phrases = append(t.words[id].phrases, &marks[len(marks)-1])
				}
			}
		}
	}
	return t
}

// tableIndex is tableWords: each word's tableWord, by the word.
type tableIndex struct {
	ids      map[string]int32
	words    []tableWord
	langs    []*language
	explicit func() map[string]*markerScore
}

// word returns w's tableWord, or nil. A word with accents the tables
// spell otherwise is looked up with its letters folded ("piață").
func (t *tableIndex) word(w string) *tableWord {
	id, ok := t.ids[w]
	if !ok && !isPlainASCII(w) {
		w = withoutAccents(w)
		id, ok = t.ids[w]
	}
	if !ok {
		return nil
	}
	tw := &t.words[id]
	tw.readOnce.Do(func() { tw.read(w, t.langs, t.explicit()[w] != nil) })
	return tw
}

// read works out what w, a word of the tables of langs, counts for;
// explicit says whether it is an explicit marker of any.
func (tw *tableWord) read(w string, langs []*language, explicit bool) {
	common := chatOrCommon(w)
	for k, l := range langs {
		en, ok := l.spellings[w]
		if !ok {
			continue
		}
		tw.listed = true
		if len(w) >= minTableMarker && !explicit && !common {
			tw.score[k] = 1
			tw.marks = true
		}
		if tw.lone == "" && loneCandidate(w, en) {
			tw.lone = en
		}
		tw.noteFunction(w, en, common)
	}
}

// alone returns the English of w, a word of the tables, when it is read
// alone in a message of no language read: a word naming a topic
// ("recrutement"), or a question word or filler the languages that list
// it read alike ("quando", "boh"); and it must be no English word.
func (t *tableIndex) alone(w string) (string, bool) {
	if len(w) < min(minLoneForeign, minLoneFunction) {
		return "", false // the cheap test first
	}
	tw := t.word(w)
	if tw == nil {
		return "", false
	}
	english, ok := tw.lone, tw.lone != ""
	if !ok && tw.isFunction && !tw.clash {
		english, ok = tw.function, true
	}
	if !ok || tw.isEnglish(w) {
		return "", false
	}
	return english, true
}

// tableWord is what a word of the tables counts for.
type tableWord struct {
	phrases  []*phraseMark // the phrases of two words or more it starts, of any language (set up front)
	readOnce sync.Once     // read fills what follows
	listed   bool          // whether a language's tables spell it (else it only starts phrases)
	score    markerScore   // what it counts for each language, once known to be no English word
	marks    bool          // whether it marks any language
	lone     string        // its English, when it may be read alone in any message
	once     sync.Once
	english  bool // whether WordNet knows it (once asked)
	// function is its English when every language that lists it reads it
	// as the same question word, or as nothing (a filler): what it may
	// be read as alone in any message ("quando did trump say it", "boh
	// how old is liang").
	function   string
	isFunction bool
	clash      bool // a language reads it otherwise
}

// minLoneFunction is the length of the shortest question word or filler
// of a language read alone in an English message.
const minLoneFunction = 4

// questionWords are the English a foreign question word may stand for.
var questionWords = setOf(`what who whose when where why which how`)

// noteFunction notes that a language reads w, a word of t, as en; common
// says whether English chat uses w (chatOrCommon).
func (t *tableWord) noteFunction(w, en string, common bool) {
	asks := en == "" || questionWords[en] || en == "how much" || en == "how many"
	switch {
	case t.clash:
	case !asks || len(w) < minLoneFunction || common:
		t.clash = true
	case !t.isFunction:
		t.function, t.isFunction = en, true
	case t.function != en:
		t.clash = true
	}
}

// isEnglish reports whether WordNet knows w, the word of t: asked once.
func (t *tableWord) isEnglish(w string) bool {
	t.once.Do(func() { t.english = IsEnglish(w) })
	return t.english
}

// counts returns what the word w of the tables counts for each language:
// nothing when it marks none or is English.
func (t *tableWord) counts(w string) *markerScore {
	if !t.marks || t.isEnglish(w) {
		return nil
	}
	return &t.score
}

// minTableMarker is the length of the shortest word of a language's tables
// that marks the language: shorter ones are too often slips or names.
const minTableMarker = 4

// chatOrCommon reports whether English chat uses w as it is: a stopword,
// a common word or a chat spelling. (Whether it is any other English word
// is asked of WordNet, later: tableWord.isEnglish.)
func chatOrCommon(w string) bool {
	_, chat := chatSpellings[w]
	return chat || stopwords[w] || generalWords[w]
}

// markerScore is what a marker word counts for each language read, by its
// place in languages.
type markerScore [maxLanguages]int8

// maxLanguages is the most languages read.
const maxLanguages = 27

// loneCandidate reports whether w, a word of a language read that
// stands for en, may be read alone in any message (when it is no English
// word either, tableWord.isEnglish): it is no chat spelling and stands
// for a topic.
func loneCandidate(w, en string) bool {
	if len(w) < minLoneForeign || en == "" || en == w {
		return false // the cheap tests first
	}
	if _, chat := chatSpellings[w]; chat {
		return false
	}
	// Only a word that names a topic is worth the risk ("mismo" is
	// Spanish for same, and Tagalog for itself).
	return namesTopic(en)
}

// namesTopic reports whether en, the English of a foreign word, names a
// topic: no stopword or common word alone ("mismo" is Spanish for same),
// and no phrase with a stopword ("how much"); "birth year" does.
func namesTopic(en string) bool {
	topic := false
	for w := range strings.FieldsSeq(en) {
		if stopwords[w] {
			return false
		}
		topic = topic || !generalWords[w]
	}
	return topic
}

// foreignToEnglish rewrites the words of a message mixed with another
// language in English, in place where it can.
func foreignToEnglish(words []string) []string {
	markers, table := markerScores(), tableWords()
	var scoreBuf [maxLanguages]int // one per language, on the stack
	langs := languages()
	scores := scoreBuf[:len(langs)]
	for i, w := range words {
		t := table.word(w)
		s := markers[w]
		if s == nil {
			if t != nil && t.listed {
				s = t.counts(w)
			} else {
				s = inflectedMarks(w, langs)
			}
		}
		if s != nil {
			for k := range scores {
				scores[k] += int(s[k])
			}
		}
		if t != nil {
			for _, p := range t.phrases {
				if p.at(words, i) {
					scores[p.lang] += minMarkers
				}
			}
		}
	}
	best, bestScore := -1, minMarkers-1
	for k, score := range scores {
		if score > bestScore {
			best, bestScore = k, score
		}
	}
	if best < 0 {
		// "deepseek recrutement olympiade": a foreign word no English or
		// chat word is spelled like is foreign all the same.
		for i := 0; i < len(words); i++ {
			english, ok := table.alone(words[i])
			if !ok {
				continue
			}
			with := strings.Fields(english)
			words = slices.Replace(words, i, i+1, with...)
			i += len(with) - 1
		}
		return words
	}
	return langs[best].toEnglish(words)
}

// phraseMark is a phrase of two words or more of a language, which marks
// the language when found in a message with a word no English has (as a
// Cantonese question word does, typed as two syllables: "hai mat yeh
// company", where "hai" is also Hindi). tableWords indexes them by their
// first word.
type phraseMark struct {
	lang    int      // its language's place in languages
	words   []string // the phrase
	once    sync.Once
	foreign bool // whether a word of it is no English or chat word (once asked)
}

// at reports whether p is at words[i] and marks its language: one of
// its words at least is no English or chat word ("mat yeh" is; "bin go"
// is not).
func (p *phraseMark) at(words []string, i int) bool {
	if i+len(p.words) > len(words) || !slices.Equal(words[i:i+len(p.words)], p.words) {
		return false
	}
	p.once.Do(func() {
		p.foreign = slices.ContainsFunc(p.words, func(w string) bool { return !chatOrCommon(w) && !IsEnglish(w) })
	})
	return p.foreign
}

// inflected remembers inflectedMarks's findings (nil for none): a word
// is looked up in every language once.
var inflected wordMemo[*markerScore]

// wordMemo remembers a value for each word asked, up to memoLimit words;
// then it forgets them all and starts again. It is safe for concurrent
// use.
type wordMemo[V any] struct {
	m sync.Map
	n atomic.Int64
}

// load returns the value remembered for w, and whether there is one.
func (m *wordMemo[V]) load(w string) (V, bool) {
	v, ok := m.m.Load(w)
	if !ok {
		var zero V
		return zero, false
	}
	return v.(V), true
}

// store remembers v for w.
func (m *wordMemo[V]) store(w string, v V) {
	if m.n.Add(1) > memoLimit {
		m.m.Clear()
		m.n.Store(0)
	}
	m.m.Store(w, v)
}

// minInflectedMarker is the length of the shortest word whose ending
// marks a language.
const minInflectedMarker = 5

// inflectedMarks returns what w counts for each language of langs when it
// is a word of a language's tables with one of its endings ("fondami",
// "nazvanie") and no English word: a marker of that language, as the word
// itself would be. nil if none.
func inflectedMarks(w string, langs []*language) *markerScore {
	if len(w) < minInflectedMarker || !isPlainWord(w) {
		return nil
	}
	if score, ok := inflected.load(w); ok {
		return score
	}
	var score *markerScore
	endings := languageEndings()
	for n := 1; n <= endings.longest && len(w)-n >= minTableMarker; n++ {
		stem := w[:len(w)-n]
		for _, k := range endings.of[w[len(w)-n:]] {
			if _, ok := langs[k].spellings[stem]; ok {
				if score == nil {
					score = new(markerScore)
				}
				score[k] = 1
			}
		}
	}
	if score != nil && (chatOrCommon(w) || IsEnglish(w)) {
		score = nil
	}
	inflected.store(w, score)
	return score
}

// endingIndex holds the languages' endings (language.suffixes): for each
// ending, the languages (by their place in languages) that have it, and
// the longest ending's length in bytes. A word's endings are found with a
// look-up for each length, not by trying every language's.
type endingIndex struct {
	of      map[string][]int
	longest int
}

// languageEndings is the endingIndex of languages.
var languageEndings = sync.OnceValue(func() endingIndex {
	idx := endingIndex{of: map[string][]int{}}
	for k, l := range languages() {
		for _, suffix := range l.suffixes {
			idx.of[suffix] = append(idx.of[suffix], k)
			idx.longest = max(idx.longest, len(suffix))
		}
	}
	return idx
})

// isPlainWord reports whether w is letters only (no digits, no marks).
func isPlainWord(w string) bool {
	for _, r := range w {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return true
}

// toEnglish rewrites words, a message in l mixed with English, in English.
func (l *language) toEnglish(words []string) []string {
	for i := 0; i < len(words); i++ {
		n, with := l.phrases.at(words, i)
		if n == 0 {
			en, ok := l.spellings[words[i]]
			if !ok && !isPlainASCII(words[i]) {
				// "piață" for the table's "piața": their letters folded alike.
				en, ok = l.spellings[withoutAccents(words[i])]
			}
			if !ok {
				en, ok = l.unlisted(words[i])
			}
			if !ok {
				continue
			}
			n, with = 1, strings.Fields(en)
		}
		if l.postposes && i > 0 && slices.Equal(with, accordingTo) {
			// "writer ke hisaab se", "yazara göre": according to the writer.
			words = slices.Replace(words, i-1, i+n, "according", "to", words[i-1])
			i++
			continue
		}
		words = slices.Replace(words, i, i+n, with...)
		i += len(with) - 1
	}
	return words
}

// unlisted returns the English of w, a word no table of l lists, when it
// is one with an elided word or an ending (elided), typed with a slip
// (slip) or a compound (compound); else false. Its findings are
// remembered: a message's names ("deepseek", "nvidia") come again and
// again, and each costs a search.
func (l *language) unlisted(w string) (string, bool) {
	if u, ok := l.unlistedMemo.load(w); ok {
		return u.english, u.ok
	}
	en, ok := l.elided(w)
	if !ok {
		en, ok = l.slip(w)
	}
	if !ok && l.compounds {
		en, ok = l.compound(w)
	}
	if !ok {
		en = ""
	}
	l.unlistedMemo.store(w, unlistedWord{en, ok})
	return en, ok
}

// unlistedWord is what language.unlisted found for a word.
type unlistedWord struct {
	english string
	ok      bool
}

// compound returns the English of w when it is two words joined, each a
// word of l's tables or an English word of four letters or more, one at
// least of the tables, maybe with a linking s ("rekordschluss": record
// close, "exportverbote"); else false. Two English words are no compound
// of the language ("deepseek"). Of the ways to split w, the one with the
// longest first part is read.
func (l *language) compound(w string) (string, bool) {
	if len(w) < 2*minCompoundPart || IsEnglish(w) {
		return "", false
	}
	part := func(p string) (en string, own, ok bool) {
		if en, ok := l.spellings[p]; ok && en != "" {
			return en, true, true
		}
		return p, false, len(p) >= 4 && IsEnglish(p)
	}
	for i := len(w) - minCompoundPart; i >= minCompoundPart; i-- {
		right, rightOwn, ok := part(w[i:])
		if !ok {
			continue
		}
		left, leftOwn, ok := part(w[:i])
		if !ok && w[i-1] == 's' && i-1 >= minCompoundPart {
			left, leftOwn, ok = part(w[:i-1]) // "geburtstag": the linking s
		}
		if ok && (leftOwn || rightOwn) { // "deepseek" is no German compound
			return left + " " + right, true
		}
	}
	return "", false
}

// minCompoundPart is the length of the shortest part of a compound word
// read (language.compound).
const minCompoundPart = 3

// slip returns the English of w when it is a word of l's tables typed
// with one slip after its first letter: a letter missed or doubled, or,
// in a word of minSwapSlip letters or more, two letters swapped ("mnurut"
// for menurut, "diundnag" for diundang). A letter mistyped is not looked
// for: that finds too many real words the tables lack ("plano", plan, is
// no slip of "paano", how). Only words of minSlipTarget letters or more
// are read this way, as table words of as many, and w must be no English
// or chat word; when two table words within one slip mean different
// things, neither is read. The first letter stays: a name typed in a
// foreign message is no slip of a word of it ("liang" is not "ilang",
// lost).
func (l *language) slip(w string) (string, bool) {
	if len(w) < minSlipTarget || len(w) > maxSlipWord || !isPlainASCII(w) || chatOrCommon(w) || IsEnglish(w) {
		return "", false
	}
	var buf [maxSlipWord + 1]byte
	var found string
	ok, clash := false, false
	try := func(c []byte) {
		if len(c) < minSlipTarget {
			return
		}
		en, has := l.spellings[string(c)]
		switch {
		case !has:
		case !ok:
			found, ok = en, true
		case en != found:
			clash = true
		}
	}
	n := len(w)
	for i := 1; i < n; i++ { // a letter doubled or stray
		try(append(append(buf[:0], w[:i]...), w[i+1:]...))
	}
	for i := 1; i+1 < n && n >= minSwapSlip; i++ { // two letters swapped
		c := append(buf[:0], w...)
		c[i], c[i+1] = c[i+1], c[i]
		try(c)
	}
	for i := 1; i <= n; i++ { // a letter missed
		for ch := byte('a'); ch <= 'z'; ch++ {
			try(append(append(append(buf[:0], w[:i]...), ch), w[i:]...))
		}
	}
	return found, ok && !clash
}

// A slip (language.slip) is looked for only in words of minSlipTarget to
// maxSlipWord letters, and finds only table words of minSlipTarget
// letters or more: a shorter word is a slip of too many.
const (
	minSlipTarget = 5
	minSwapSlip   = 6
	maxSlipWord   = 24
)

// accordingTo is the English of a phrase that names whose view it is.
var accordingTo = []string{"according", "to"}

// elided returns the English of w when it is an elided word of l joined
// to a word of four letters or more ("lentreprise"), or a word of l with
// one of its endings ("perusahaannya"), or both ("dibutuhin": di- butuh
// -in); else false.
func (l *language) elided(w string) (string, bool) {
	for _, e := range l.elisions {
		rest, ok := strings.CutPrefix(w, e)
		if !ok || len(rest) < 4 {
			continue
		}
		if en, ok := l.spellings[rest]; ok {
			return en, true
		}
		if IsEnglish(rest) && !IsEnglish(w) {
			return rest, true // "l'admin", "d'export": an English word elided to
		}
		if en, ok := l.suffixed(rest); ok {
			return en, true
		}
	}
	return l.suffixed(w)
}

// suffixed returns the English of w when it is a word of l with one or
// two of its endings ("perusahaannya", "çiplerini": çip -ler -ini), or an
// English word of four letters or more with an ending of three or more
// ("engineernya", "chipler"); else false. A shorter ending would make
// English words of names ("biden").
func (l *language) suffixed(w string) (string, bool) {
	for _, suffix := range l.suffixes {
		stem, ok := strings.CutSuffix(w, suffix)
		if !ok || len(stem) < 3 {
			continue
		}
		if en, ok := l.spellings[stem]; ok {
			return en, true
		}
		if len(suffix) >= 3 && len(stem) >= 4 && IsEnglish(stem) && !IsEnglish(w) {
			return stem, true
		}
	}
	for _, suffix := range l.suffixes {
		stem, ok := strings.CutSuffix(w, suffix)
		if !ok || len(stem) < 4 {
			continue
		}
		for _, inner := range l.suffixes {
			if root, ok := strings.CutSuffix(stem, inner); ok && len(root) >= 3 {
				if en, ok := l.spellings[root]; ok {
					return en, true
				}
			}
		}
	}
	return "", false
}
