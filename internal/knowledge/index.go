package knowledge

import (
	"cmp"
	"maps"
	"math"
	"math/bits"
	"slices"
	"sort"
	"strings"
	"sync"

	"github.com/agnivade/levenshtein"
	"github.com/antzucaro/matchr"
)

// BM25F parameters. Questions a fact lists weigh most: they are written
// the way people ask.
const (
	bm25K1 = 1.2
	bm25B  = 0.5
)

// Field weights for BM25F.
var fieldWeights = [numFields]float64{
	fieldQuestions: 3.0,
	fieldKeywords:  2.0,
	fieldEntities:  2.0,
	fieldAnswer:    1.0,
}

const (
	fieldQuestions = iota
	fieldKeywords
	fieldEntities
	fieldAnswer
	numFields
)

// entityPrefix marks an index term that stands for an entity.
const entityPrefix = "@"

// Index is a BM25F index over a fact base's facts, with the analyzer that
// turns questions into its terms: stemming, synonyms, entity aliases and
// typo correction against the base's own vocabulary.
type Index struct {
	terms    map[string]int32 // term -> id
	idf      []float64        // by term id
	postings [][]posting      // by term id
	maxIDF   float64
	facts    []*Fact

	synonyms map[string]string // stem -> canonical stem of its group
	byLen    map[int][]string  // surface words by length, for typo correction
	// words holds what the index knows of each word it knows anything of:
	// the base's words, its aliases, the first words of its phrases, and
	// stopwords, common and discourse words. Reading a question looks each
	// word up once, here, instead of in map after map.
	words map[string]*lexeme
	// thesaurusTerms holds, for every word of the thesaurus that stands
	// for a known term (as an alias or by its stem), that term: the
	// relatives of an unknown word are looked up in it instead of being
	// stemmed one by one. Only a snapshot has it (computing it stems every
	// word of the thesaurus); without it, relatives are stemmed as needed,
	// to the same terms.
	thesaurusTerms map[string]string
	// typos is byLen arranged for the typo search, when first needed.
	typosOnce sync.Once
	typos     typoVocabulary

	building bool // while true, wordTerm memoises into words

	fuzzyMu sync.RWMutex        // guards the memos of words seen in questions:
	fuzzy   map[string]string   // typo -> corrected surface word ("" for none)
	alts    map[string][]string // unknown word -> related known terms
	unknown map[string]string   // word the base does not use -> its term
}

// memoLimit bounds the memo maps of words seen in questions.
const memoLimit = 100_000

type posting struct {
	fact    int32
	weight  float32 // saturated BM25F term frequency, without idf
	curated bool    // found in the fact's questions, keywords or entities, not only its answer
}

// AnswerOnlyCredit is how much a question term found only in a fact's
// answer text counts towards coverage: the curated phrasings and keywords
// are stronger evidence than a word the answer happens to use.
const AnswerOnlyCredit = 0.6

// phrase is a multi-word alias or synonym: its words, and the term it adds.
type phrase struct {
	words   []string
	term    string
	replace bool // synonym phrases replace their words; aliases add to them
}

func buildIndex(b *Base) *Index {
	ix := &Index{
		terms:    map[string]int32{},
		synonyms: map[string]string{},
		byLen:    map[int][]string{},
		words:    map[string]*lexeme{},
		fuzzy:    map[string]string{},
		alts:     map[string][]string{},
		unknown:  map[string]string{},
		building: true,
	}
	defer func() { ix.building = false }()
	for w := range stopwords {
		ix.word(w).stop = true
	}
	for w := range generalWords {
		ix.word(w).general = true
	}
	for w := range discourseWords {
		ix.word(w).discourse = true
	}
	for _, group := range b.Synonyms {
		var canon string
		for _, w := range group {
			words := Words(Normalize(w))
			if len(words) == 0 {
				continue
			}
			if canon == "" {
				canon = Stem(words[0])
			}
			if len(words) == 1 {
				ix.synonyms[Stem(words[0])] = canon
			} else {
				ix.addPhrase(words, canon, true)
			}
		}
	}
	for i := range b.Entities {
		e := &b.Entities[i]
		term := entityPrefix + e.ID
		for _, name := range append([]string{e.Name}, e.Aliases...) {
			words := Words(Normalize(name))
			switch len(words) {
			case 0:
			case 1:
				lx := ix.word(words[0])
				lx.alias, lx.isAlias = term, true
			default:
				ix.addPhrase(words, term, false)
			}
		}
	}

	// Per fact, per field term frequencies.
	type fieldTF [numFields]map[string]float64
	tfs := make([]fieldTF, len(b.Facts))
	var lengths [numFields]float64
	seenWord := map[string]int{}
	for i := range b.Facts {
		f := &b.Facts[i]
		ix.facts = append(ix.facts, f)
		f.traits = readAnswer(f.Answer)
		f.quotes = ix.quoted(f.Answer)
		f.types = typeSetOf(f.Answers)
		texts := [numFields][]string{
			fieldQuestions: f.Questions,
			fieldKeywords:  f.Keywords,
			fieldAnswer:    {f.Answer},
		}
		if days := weekdays(f.Answer); days != "" {
			// "why did DeepSeek go down on Monday": the answer says 27 January 2025.
			texts[fieldAnswer] = append(texts[fieldAnswer], days)
		}
		for _, id := range f.Entities {
			if e := b.entities[id]; e != nil {
				texts[fieldEntities] = append(texts[fieldEntities], e.Name)
			}
		}
		for fld, ts := range texts {
			tfs[i][fld] = map[string]float64{}
			for _, t := range ts {
				words := Words(Normalize(t))
				for _, w := range words {
					if seenWord[w] != i+1 {
						seenWord[w] = i + 1
						ix.word(w).df++
					}
				}
				for _, term := range ix.analyzeWords(words) {
					tfs[i][fld][term.Term]++
					lengths[fld]++
				}
			}
		}
		for _, id := range f.Entities {
			tfs[i][fieldEntities][entityPrefix+id]++
		}
	}
	n := float64(len(b.Facts))
	var avg [numFields]float64
	for fld := range lengths {
		avg[fld] = math.Max(lengths[fld]/math.Max(n, 1), 1)
	}
	// Combine fields (BM25F), then saturate.
	for i := range tfs {
		var flen [numFields]float64
		combined := map[string]float64{}
		curated := map[string]bool{}
		for fld := range tfs[i] {
			for _, c := range tfs[i][fld] {
				flen[fld] += c
			}
		}
		for fld := range tfs[i] {
			norm := 1 - bm25B + bm25B*flen[fld]/avg[fld]
			for term, c := range tfs[i][fld] {
				combined[term] += fieldWeights[fld] * c / norm
				if fld != fieldAnswer {
					curated[term] = true
				}
			}
		}
		// Terms in sorted order: term ids, and so the index, are the same
		// on every build of the same base (its snapshot is reproducible).
		for _, term := range slices.Sorted(maps.Keys(combined)) {
			tf := combined[term]
			id, ok := ix.terms[term]
			if !ok {
				id = int32(len(ix.postings))
				ix.terms[term] = id
				ix.postings = append(ix.postings, nil)
			}
			ix.postings[id] = append(ix.postings[id], posting{fact: int32(i), weight: float32(tf / (bm25K1 + tf)), curated: curated[term]})
		}
	}
	ix.idf = make([]float64, len(ix.postings))
	for id, ps := range ix.postings {
		ix.idf[id] = idf(n, float64(len(ps)))
	}
	ix.maxIDF = idf(n, 0)
	var extra []string
	for w, lx := range ix.words {
		if lx.df > 0 {
			ix.byLen[len(w)] = append(ix.byLen[len(w)], w)
		}
		if lx.isAlias {
			extra = append(extra, w)
		}
	}
	for _, group := range b.Synonyms {
		for _, w := range group {
			extra = append(extra, Words(Normalize(w))...)
		}
	}
	for w := range stopwords {
		if len(w) >= 4 {
			extra = append(extra, w)
		}
	}
	for _, w := range extra {
		if lx := ix.word(w); lx.df == 0 {
			lx.df = 1
			ix.byLen[len(w)] = append(ix.byLen[len(w)], w)
		}
	}
	for _, ws := range ix.byLen {
		sort.Strings(ws)
	}
	// Known surface words map straight to their term: no stemming at query
	// time. (Words of the facts are memoised already.)
	for w, lx := range ix.words {
		if lx.df > 0 {
			ix.wordTerm(w)
		}
	}
	ix.building = false
	for w, lx := range ix.words {
		if lx.df > 0 {
			lx.near, lx.hasNear = ix.lookupRelated(w), true
		}
	}
	for _, lx := range ix.words {
		ix.resolveIDs(lx)
	}
	clear(ix.unknown) // what the look-ups memoised: a restored index starts empty too
	return ix
}

func idf(n, df float64) float64 { return math.Log(1 + (n-df+0.5)/(df+0.5)) }

func (ix *Index) addPhrase(words []string, term string, replace bool) {
	lx := ix.word(words[0])
	lx.phrases = append(lx.phrases, phrase{words: words, term: term, replace: replace})
	sort.SliceStable(lx.phrases, func(i, j int) bool {
		return len(lx.phrases[i].words) > len(lx.phrases[j].words)
	})
}

// wordTerm maps one word to its canonical term: stopwords map to nothing,
// stems through synonym groups.
func (ix *Index) wordTerm(w string) (string, bool) { return ix.termOf(w, ix.lookup(w)) }

// termOf is wordTerm for a word whose lexeme is looked up already.
func (ix *Index) termOf(w string, lx *lexeme) (string, bool) {
	if lx.stop {
		return "", false
	}
	if lx.hasTerm {
		return lx.term, true
	}
	if !ix.building {
		ix.fuzzyMu.RLock()
		t, ok := ix.unknown[w]
		ix.fuzzyMu.RUnlock()
		if ok {
			return t, true
		}
	}
	s := ix.stemTerm(w)
	if ix.building {
		lx := ix.word(w)
		lx.term, lx.hasTerm = s, true
		return s, true
	}
	// Stemming costs more than the rest of a word's analysis: a word
	// people type again is stemmed once.
	ix.fuzzyMu.Lock()
	if len(ix.unknown) > memoLimit {
		clear(ix.unknown)
	}
	ix.unknown[strings.Clone(w)] = s
	ix.fuzzyMu.Unlock()
	return s, true
}

// stemTerm is the term of a word the index has no lexeme term for: its
// stem, or its synonym group's.
func (ix *Index) stemTerm(w string) string {
	s := Stem(w)
	if c, ok := ix.synonyms[s]; ok {
		return c
	}
	return s
}

// Term is one analysed query term.
type Term struct {
	Word string // the word as typed (after typo correction), or the alias
	Term string // the index term
	// Alts, for a word the index does not know, are known terms WordNet
	// relates to it ("nosedive" → fell): any of them stands for the word.
	Alts []string
	// Guess is set for a word corrected from a typo two edits away
	// ("trubble" → trouble, but also "fortnite" → fortunate): likely, not
	// sure.
	Guess bool
}

// maxAlts caps how many related terms stand in for an unknown word.
const maxAlts = 4

// analyzeWords turns words into index terms: multi-word phrases first
// (an entity alias becomes its entity's term, a synonym phrase its
// group's), then one-word aliases, stems and synonyms; stopwords are
// dropped.
func (ix *Index) analyzeWords(words []string) []Term { return ix.analyze(words) }

// saysNoun are words after which "saying" is a noun ("an old saying",
// "that saying", "the non-English saying"), not a speech verb ("what is
// he saying").
var saysNoun = setOf(`a an the that this which what whats any some old famous popular common wise local
english chinese foreign his her their its weird strange odd funny cryptic little african igbo nigerian`)

// nounSaying reports whether words[i] is "saying" or "sayings" used as a
// noun.
func nounSaying(words []string, i int) bool {
	return (words[i] == "saying" || words[i] == "sayings") && i > 0 && saysNoun[words[i-1]]
}

// quoteReach is how many words before a speech word may name its speaker
// ("Kai-Fu Lee said", "the author also says").
const quoteReach = 4

// quoted returns the entities whose words answer reports: the last entity
// named within quoteReach words before each speech word.
func (ix *Index) quoted(answer string) []string {
	var ids []string
	words := Words(Normalize(answer))
	for k, w := range words {
		if !IsSpeechWord(w) {
			continue
		}
		window := words[max(0, k-quoteReach):k]
		id := lastEntity(ix.analyze(window))
		if id == "" && slices.ContainsFunc(window, isPersonalPronoun) {
			// "Kai-Fu Lee is a computer scientist ...; he said": the
			// answer's subject, named first.
			id = firstEntity(ix.analyze(words[:k]))
		}
		if id != "" && !slices.Contains(ids, id) {
			ids = append(ids, id)
		}
	}
	return ids
}

func isPersonalPronoun(w string) bool { return w == "he" || w == "she" || w == "they" }

// lastEntity returns the id of the last entity among terms, or "".
func lastEntity(terms []Term) string {
	for j := len(terms) - 1; j >= 0; j-- {
		if id, ok := strings.CutPrefix(terms[j].Term, entityPrefix); ok {
			return id
		}
	}
	return ""
}

// firstEntity returns the id of the first entity among terms, or "".
func firstEntity(terms []Term) string {
	for _, t := range terms {
		if id, ok := strings.CutPrefix(t.Term, entityPrefix); ok {
			return id
		}
	}
	return ""
}

func (ix *Index) analyze(words []string) []Term {
	terms, _ := ix.analyzeLexemes(nil, words, nil, len(words), nil, false)
	return terms
}

// analyzeLexemes is analyze, appending the terms to dst, for words whose
// lexemes are looked up already (lexes[i] is words[i]'s), or, with lexes
// nil, not yet; about is how many terms to make room for. WithIDs, it
// also appends to ids each term's id (TermID), mostly known from the
// lexemes already.
func (ix *Index) analyzeLexemes(dst []Term, words []string, lexes []*lexeme, about int, ids []int32, withIDs bool) ([]Term, []int32) {
	out := slices.Grow(dst, about)
	for i := 0; i < len(words); i++ {
		w := words[i]
		var lx *lexeme
		if lexes != nil {
			lx = lexes[i]
		} else {
			lx = ix.lookup(w)
		}
		matched := false
		for _, p := range lx.phrases {
			if i+len(p.words) > len(words) || !equalWords(words[i:i+len(p.words)], p.words) {
				continue
			}
			// A phrase stands for one thing: an entity or a synonym group.
			out = append(out, Term{Word: strings.Join(p.words, " "), Term: p.term})
			if withIDs {
				ids = append(ids, ix.TermID(p.term))
			}
			i += len(p.words) - 1
			matched = true
			break
		}
		if matched {
			continue
		}
		if nounSaying(words, i) {
			// "the old saying", "what saying": a proverb, not a speech verb.
			w = "proverb"
			lx = ix.lookup(w)
		}
		if lx.isAlias {
			// An alias stands for its entity, whatever name is used.
			out = append(out, Term{Word: w, Term: lx.alias})
			if withIDs {
				ids = append(ids, lx.aliasID)
			}
			continue
		}
		if t, ok := ix.termOf(w, lx); ok {
			out = append(out, Term{Word: w, Term: t})
			if withIDs {
				ids = append(ids, ix.idOf(t, lx))
			}
		}
	}
	if len(out) == len(dst) {
		return dst, ids // nil as before, for no dst, when no word makes a term
	}
	return out, ids
}

func equalWords(a, b []string) bool {
	for i := range b {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// Analyze turns normalised words of a question into index terms,
// correcting typos against the base's vocabulary first.
func (ix *Index) Analyze(words []string) []Term { return ix.AppendTerms(nil, words) }

// AppendTerms appends the terms Analyze finds in words to dst and returns
// the extended slice: for a caller that keeps the memory of one
// question's terms for the next.
func (ix *Index) AppendTerms(dst []Term, words []string) []Term {
	// Questions are short: their words and lexemes fit on the stack.
	var wordBuf [16]string
	var lexBuf [16]*lexeme
	corrected, lexes := wordBuf[:0], lexBuf[:0]
	topical := 0 // words that are not stopwords: about as many terms
	var guesses []string
	// The last word, when Correct left it as it was: after a foreign word,
	// a word is likelier the rest of its name than a slip ("Deutsche Bahn"
	// is no "ban"). Whether it is foreign is asked only then: it takes a
	// WordNet look-up.
	var prev string
	var prevLx *lexeme
	for _, w := range words {
		lx := ix.lookup(w)
		if !lx.isAlias && len(w) > 3 && w[len(w)-1] == 's' {
			// "chinas main problem": a name's possessive typed without
			// its apostrophe.
			if base := ix.lookup(w[:len(w)-1]); base.isAlias {
				w, lx = w[:len(w)-1], base
			}
		}
		switch c := ix.correct(w, lx); {
		case c == w:
			prev, prevLx = w, lx
		case prevLx != nil && !ix.lookup(c).isAlias && ix.isForeign(prev, prevLx):
			// (A name of the base is meant all the same: "pozvali lianga".)
			prevLx = nil // kept as typed, but no word left as it was
		default:
			if editDistance(w, c, 2) >= 2 {
				guesses = append(guesses, c)
			}
			w, lx = c, ix.lookup(c)
			prevLx = nil
		}
		corrected, lexes = append(corrected, w), append(lexes, lx)
		if !lx.stop {
			topical++
		}
	}
	var idBuf [16]int32
	all, ids := ix.analyzeLexemes(dst, corrected, lexes, topical, idBuf[:0], true)
	terms := all[len(dst):]
	for i, t := range terms {
		if len(guesses) > 0 && slices.Contains(guesses, t.Word) {
			terms[i].Guess = true
		}
		if ids[i] >= 0 {
			continue // a known term
		}
		if lx := ix.lookup(t.Word); !lx.general && !lx.discourse {
			terms[i].Alts = ix.related(t.Word)
		}
	}
	return all
}

// related returns the known terms WordNet relates to an unknown word,
// memoised.
func (ix *Index) related(w string) []string {
	ix.fuzzyMu.RLock()
	alts, ok := ix.alts[w]
	ix.fuzzyMu.RUnlock()
	if ok {
		return alts
	}
	relatives, _ := Related(w)
	return ix.rememberRelated(w, relatives)
}

// rememberRelated memoises for related, and returns, the known terms among
// relatives, the words WordNet relates to w.
func (ix *Index) rememberRelated(w string, relatives []string) []string {
	alts := ix.relatedTerms(relatives)
	ix.fuzzyMu.Lock()
	if len(ix.alts) > memoLimit {
		clear(ix.alts)
	}
	ix.alts[w] = alts
	ix.fuzzyMu.Unlock()
	return alts
}

// lookupRelated is related without the memo.
func (ix *Index) lookupRelated(w string) []string {
	relatives, _ := Related(w)
	return ix.relatedTerms(relatives)
}

// relatedTerms returns the known terms that the words WordNet relates to a
// word stand for, at most maxAlts.
func (ix *Index) relatedTerms(relatives []string) []string {
	var alts []string
	for _, r := range relatives {
		// (The thesaurus terms hold no stopword or common word.)
		if ix.thesaurusTerms == nil && (stopwords[r] || generalWords[r]) {
			continue
		}
		term, ok := ix.knownTerm(r)
		if ok && !slices.Contains(alts, term) {
			alts = append(alts, term)
			if len(alts) == maxAlts {
				break
			}
		}
	}
	return alts
}

// knownTerm returns the known term that word r of the thesaurus stands
// for: its entity when it is an alias, else its stem's term. ok is false
// when that term is not in the index.
func (ix *Index) knownTerm(r string) (term string, ok bool) {
	if ix.thesaurusTerms != nil {
		term, ok = ix.thesaurusTerms[r]
		return term, ok
	}
	lx := ix.lookup(r)
	term, ok = lx.alias, lx.isAlias
	if !ok {
		if term, ok = ix.termOf(r, lx); !ok {
			return "", false
		}
	}
	return term, ix.Known(term)
}

// findThesaurusTerms returns what thesaurusTerms holds: for each word of
// the thesaurus that lookupRelated may meet and that stands for a known
// term, that term.
func (ix *Index) findThesaurusTerms() map[string]string {
	terms := map[string]string{}
	for text := thesaurus; text != ""; {
		var line string
		line, text, _ = strings.Cut(text, "\n")
		word, list, _ := strings.Cut(line, "\t")
		for _, r := range append(relativesIn(list), word) {
			if _, done := terms[r]; done || stopwords[r] || generalWords[r] {
				continue
			}
			if term, ok := ix.knownTerm(r); ok {
				terms[r] = term
			}
		}
	}
	clear(ix.unknown) // the stems memoised on the way
	return terms
}

// Known reports whether the index has the term.
func (ix *Index) Known(term string) bool {
	_, ok := ix.terms[term]
	return ok
}

// IDF is the inverse document frequency of term; an unknown term gets the
// highest possible value (it is rarer than anything the base holds).
func (ix *Index) IDF(term string) float64 {
	if id, ok := ix.terms[term]; ok {
		return ix.idf[id]
	}
	return ix.maxIDF
}

// GeneralWordWeight is the weight of an unknown but common English word.
const GeneralWordWeight = 1.0

// knownGeneralWeight caps the weight of a common English word the base
// does use ("first", "problem", "news"): it seldom names the question's
// topic either.
const knownGeneralWeight = 1.5

// Weight is how much a question term counts towards coverage: its idf
// when the index knows it; for an unknown word, little if it is a common
// English word or a number (not a year), else the most (it names something
// the base lacks).
func (ix *Index) Weight(t Term) float64 { return ix.weightOf(t, ix.TermID(t.Term), ix.lookup(t.Word)) }

// weightOf is Weight for a term of id (TermID) whose word's lexeme is lx.
func (ix *Index) weightOf(t Term, id int32, lx *lexeme) float64 {
	if id >= 0 {
		if lx.discourse {
			return min(ix.idf[id], GeneralWordWeight)
		}
		if lx.general && !strings.HasPrefix(t.Term, "@") {
			return min(ix.idf[id], knownGeneralWeight)
		}
		return ix.idf[id]
	}
	if lx.general || lx.discourse || formOfGeneralWord(t.Word) {
		return GeneralWordWeight
	}
	if smallNumbers[t.Word] {
		return NumberWordWeight
	}
	if isNumber(t.Word) && !isYear(t.Word) {
		// "did Nvidia fall 30%?": a misremembered figure, to be corrected
		// by the story's, not a topic the story lacks. (A year is: "in 2019".)
		return GeneralWordWeight
	}
	return ix.maxIDF
}

// Unfamiliar reports whether t is a specific word the base does not know:
// not a common English word, not a number, and not in any fact. It weighs
// the most, and suggests the question is about something the base lacks.
func (ix *Index) Unfamiliar(t Term) bool {
	return !ix.Known(t.Term) && ix.Weight(t) > knownGeneralWeight
}

// UnfamiliarWeight is Unfamiliar for a term of id and weight looked up
// already (Describe).
func UnfamiliarWeight(id int32, weight float64) bool {
	return id < 0 && weight > knownGeneralWeight
}

// isYear reports whether w is a year of the last two centuries.
// IsYear reports whether w is a year of the last two centuries.
func IsYear(w string) bool { return isYear(w) }

func isYear(w string) bool { return len(w) == 4 && (w[:2] == "19" || w[:2] == "20") && isNumber(w) }

// Correct returns w, or the vocabulary word it is a likely typo of: edit
// distance 1 for words of 4 to 7 letters, 2 for longer ones (a swap of
// two letters counts as one). Shorter words, numbers, known words,
// stopwords and common English words are returned as they are.
func (ix *Index) Correct(w string) string { return ix.correct(w, ix.lookup(w)) }

// correct is Correct for a word whose lexeme is looked up already.
func (ix *Index) correct(w string, lx *lexeme) string {
	if len(w) == 3 && !lx.stop && !lx.general && lx.df == 0 && !lx.isAlias && !lx.hasTerm && !strings.ContainsAny(w, "0123456789") {
		return ix.shortSlip(w)
	}
	if len(w) < 4 || lx.stop || lx.general || lx.df > 0 || strings.ContainsAny(w, "0123456789") {
		// A word with a digit is a number or a model name ("H800"): one
		// digit off is another thing, not a typo.
		return w
	}
	if lx.isAlias {
		return w
	}
	if lx.hasTerm {
		if lx.termID >= 0 {
			return w
		}
	} else if t, ok := ix.termOf(w, lx); ok && ix.Known(t) {
		return ix.aliasSlip(w)
	}
	if c, ok := ix.rememberedCorrection(w); ok {
		if c == "" {
			return w
		}
		return c
	}
	var c string // the correction found, "" for none
	relatives, english := Related(w)
	if english {
		// A real word is not a typo. Analyze asks for its relatives next
		// (its term is unknown): they are found already.
		ix.rememberRelated(w, relatives)
	} else if c = ix.nearest(w); c == "" && len(w) > 4 && strings.HasSuffix(w, "s") {
		// "nvidas record close": a possessive typed without its
		// apostrophe, of a typo.
		c = ix.nearest(w[:len(w)-1])
	}
	if c == "" && len(w) > 4 && strings.HasSuffix(w, "in") {
		// "who is backin zhipu": the g dropped, as people say it.
		if _, known := ix.knownTerm(w + "g"); known {
			c = w + "g"
		}
	}
	if !english && len(w) > 5 && (c == "" || editDistance(w, c, 2) > 1) {
		// One slip from a form the base never uses beats two from a word
		// it does ("bakcing" is backing, not bailing).
		if slip := ix.inflectedSlip(w); slip != "" {
			c = slip
		}
	}
	if c == "" && !english {
		c = ix.declinedName(w)
	}

	ix.rememberCorrection(w, c)
	if c == "" {
		return w
	}
	return c
}

// caseEndings are the endings Slavic languages and Finnish put on a name
// of the base ("liangu", "liangom", "trumpem", "liangille"), longest first.
var caseEndings = [...]string{"ista", "istä", "ille", "lle", "lta", "ltä", "ssa", "ssä", "sta", "stä", "ami", "iem",
	"ovi", "om", "em", "ov", "ym", "im", "ie", "in", "u", "e", "y", "i", "a", "n"}

// declinedName returns the name of the base w is with a case ending, or
// "": Russian, Polish or Finnish chat declines the story's names as its
// own ("chto skazal liangu", "z liangiem", "liangin rahasto"). So it is
// with an elided French word joined to the name once its apostrophe is
// gone ("qu'openai", "d'openai").
func (ix *Index) declinedName(w string) string {
	for _, ending := range caseEndings {
		if stem, ok := strings.CutSuffix(w, ending); ok && len(stem) >= 4 && ix.lookup(stem).isAlias {
			return stem
		}
	}
	for _, elided := range frenchElisions {
		if name, ok := strings.CutPrefix(w, elided); ok && len(name) >= 4 && ix.lookup(name).isAlias {
			return name
		}
	}
	return ""
}

// rememberedCorrection returns the correction memoised for w ("" for
// none), and whether there is one.
func (ix *Index) rememberedCorrection(w string) (string, bool) {
	ix.fuzzyMu.RLock()
	defer ix.fuzzyMu.RUnlock()
	c, ok := ix.fuzzy[w]
	return c, ok
}

// rememberCorrection memoises c, or "" for none, as the correction of w.
func (ix *Index) rememberCorrection(w, c string) {
	ix.fuzzyMu.Lock()
	if len(ix.fuzzy) > memoLimit {
		clear(ix.fuzzy)
	}
	ix.fuzzy[w] = c
	ix.fuzzyMu.Unlock()
}

// aliasSlip returns w, a word whose stem the base knows, or the name it is
// a slip of when it is no English word: "investers" stems as invest does,
// but is a slip of investors, a name.
func (ix *Index) aliasSlip(w string) string {
	c, ok := ix.rememberedCorrection(w)
	if !ok {
		if !IsEnglish(w) {
			if n := ix.nearest(w); n != "" && ix.lookup(n).isAlias && editDistance(w, n, 1) == 1 {
				c = n
			}
		}
		ix.rememberCorrection(w, c)
	}
	if c == "" {
		return w
	}
	return c
}

// inflectedSlip returns the English word one slip from w whose stem the
// base knows, or "": a typo of a form the base never uses, though it uses
// the word ("bakcing", "backng" for backing, where the base has backs and
// backers). Slips are tried likeliest first: two letters swapped, a letter
// left out, a letter doubled, a neighbouring key.
func (ix *Index) inflectedSlip(w string) string {
	try := func(c string) bool {
		// Most candidates start with no stem the base knows: a map look-up
		// or few tell, before stemming (and not termOf, which would
		// remember every candidate; nor knownTerm, which restored from a
		// snapshot knows only the thesaurus's own words).
		if !ix.startsWithKnownStem(c) {
			return false
		}
		lx := ix.lookup(c)
		t := lx.term
		if !lx.hasTerm {
			if lx.stop {
				return false
			}
			t = ix.stemTerm(c)
		}
		return ix.Known(t) && IsEnglish(c)
	}
	b := []byte(w)
	for i := 0; i+1 < len(b); i++ {
		if b[i] == b[i+1] {
			continue
		}
		b[i], b[i+1] = b[i+1], b[i]
		c := string(b)
		b[i], b[i+1] = b[i+1], b[i]
		if try(c) {
			return c
		}
	}
	for i := 1; i < len(w); i++ {
		for ch := byte('a'); ch <= 'z'; ch++ {
			if c := w[:i] + string(ch) + w[i:]; try(c) {
				return c
			}
		}
	}
	for i := 1; i < len(w); i++ {
		if w[i] == w[i-1] {
			if c := w[:i] + w[i+1:]; try(c) {
				return c
			}
		}
	}
	for i := 1; i < len(w); i++ {
		for ch := byte('a'); ch <= 'z'; ch++ {
			if ch != w[i] && neighbourKeys(ch, w[i]) {
				if c := w[:i] + string(ch) + w[i+1:]; try(c) {
					return c
				}
			}
		}
	}
	return ""
}

// startsWithKnownStem reports whether w starts with a term or a synonym's
// stem the base knows, followed by at most maxInflection letters: a
// cheap necessary test for a form of a known word.
func (ix *Index) startsWithKnownStem(w string) bool {
	for n := max(minStem, len(w)-maxInflection); n <= len(w); n++ {
		p := w[:n]
		if _, ok := ix.terms[p]; ok {
			return true
		}
		if _, ok := ix.synonyms[p]; ok {
			return true
		}
	}
	return false
}

// minStem and maxInflection bound startsWithKnownStem: stems of three
// letters or more, endings of up to four ("-ings").
const (
	minStem       = 3
	maxInflection = 4
)

// isForeign reports whether w, which Correct leaves as it is, is a word
// of four letters or more that neither the base nor English has: a name
// or a word of another language ("deutsche").
func (ix *Index) isForeign(w string, lx *lexeme) bool {
	if len(w) < 4 || lx.df > 0 || lx.stop || lx.general || lx.isAlias || lx.hasTerm || strings.ContainsAny(w, "0123456789") {
		return false
	}
	if t, ok := ix.termOf(w, lx); ok && ix.Known(t) {
		return false // a form of a word the base knows ("websit" for website)
	}
	return !IsEnglish(w)
}

// shortSlip returns the word of the base three-letter w is a slip of, or
// w: only two neighbours swapped ("gdo"), a doubled last letter typed
// once ("cal") or a final e left out ("tim"); the slips too likely to be
// something else are not tried.
// A real word ("cab") is no slip.
func (ix *Index) shortSlip(w string) string {
	if t, ok := ix.termOf(w, ix.lookup(w)); ok && ix.Known(t) {
		return w
	}
	if IsEnglish(w) {
		return w
	}
	for _, c := range [...]string{w[1:2] + w[:1] + w[2:], w[:1] + w[2:] + w[1:2], w + w[2:], w + "e"} {
		if ix.lookup(c).df > 0 {
			return c
		}
	}
	return w
}

// nearest returns the word w is most likely a typo of: a word of the
// fact base, or a common English word ("yestrday", "suposedly") that is
// closer than any of the base's. "" if none is near enough.
func (ix *Index) nearest(w string) string {
	maxDist := 1
	if len(w) >= 7 {
		maxDist = 2
	}
	ix.typosOnce.Do(func() { ix.typos = newTypoVocabulary(ix.byLen) })
	best, bestDist := closest(w, maxDist, ix.typos, func(w string) int { return ix.lookup(w).df })
	// A common word as near is looked for only when a likelier slip than
	// the best's could be found (the best's is no doubled letter).
	commonDist := bestDist - 1
	if best != "" && typoLikelihood(w, best) < maxTypoLikelihood {
		commonDist = bestDist
	}
	if common, d := closest(w, min(commonDist, maxDist), commonTypos(), func(string) int { return 0 }); common != "" &&
		(d < bestDist || typoOrder(w, common, best) > 0) {
		// A common word closer, or as close by a likelier slip ("choosen"
		// is chosen, a letter doubled, not choose with one too many).
		best = common
	}
	if last := w[len(w)-1]; best != "" && w[:len(w)-1] == best && !strings.ContainsRune("saoe", rune(last)) &&
		last != best[len(best)-1] && !neighbourKeys(last, best[len(best)-1]) {
		// A word with one letter more at its end is likelier a name than
		// a slip ("messi" is not "mess"), unless it is a plural's s, the
		// ending the Romance languages put on the same word ("lista",
		// "texto"), a doubled letter or the next key.
		return ""
	}
	if farSlip(w, best) {
		// One consonant of four replaced by a far key is likelier another
		// word than a slip: "opec" is not "open" ("yeer" is "year"). A
		// common word as near by a likelier slip may be meant ("ture").
		if common, _ := closest(w, bestDist, commonTypos(), func(string) int { return 0 }); common != "" && !farSlip(w, common) {
			return common
		}
		return ""
	}
	return best
}

// farSlip reports whether four-letter w differs from word, as long, by a
// consonant on a far key: no likely slip.
func farSlip(w, word string) bool {
	return len(w) == 4 && len(word) == 4 && !nearSlip(w, word) && !vowelSlip(w, word)
}

// commonTypos holds the common English words and stopwords, arranged for
// the typo search: typo targets that carry little topic but must not
// weigh as unknown.
var commonTypos = sync.OnceValue(func() typoVocabulary {
	byLen := map[int][]string{}
	for _, set := range []map[string]bool{generalWords, stopwords} {
		for w := range set {
			if len(w) >= 4 {
				byLen[len(w)] = append(byLen[len(w)], w)
			}
		}
	}
	for _, ws := range byLen {
		slices.Sort(ws)
	}
	return newTypoVocabulary(byLen)
})

// typoVocabulary arranges words for the typo search, which considers only
// words of about the typo's length whose first or second letter is the
// typo's first letter (typos rarely touch the first letter; this also
// keeps the search short): it holds, by length and letter, the words of
// that length with that first or second letter, in sorted order (the
// order the search breaks ties in).
type typoVocabulary map[typoKey][]typoWord

// typoKey is a length and a letter, as one number: it hashes faster.
type typoKey uint32

func keyOf(length int, letter byte) typoKey { return typoKey(length)<<8 | typoKey(letter) }

type typoWord struct {
	word    string
	letters letterCounts // lettersOf(word)
}

// newTypoVocabulary arranges byLen, sorted words by length. It counts the
// words of each length and letter first, to lay them all out in one array.
func newTypoVocabulary(byLen map[int][]string) typoVocabulary {
	each := func(fn func(k typoKey, w string)) {
		for l, words := range byLen {
			for _, w := range words {
				fn(keyOf(l, w[0]), w)
				if len(w) >= 2 && w[1] != w[0] {
					fn(keyOf(l, w[1]), w)
				}
			}
		}
	}
	counts := map[typoKey]int{}
	total := 0
	each(func(k typoKey, _ string) { counts[k]++; total++ })
	all := make([]typoWord, 0, total)
	v := make(typoVocabulary, len(counts))
	for k, n := range counts {
		v[k] = all[len(all) : len(all) : len(all)+n]
		all = all[:len(all)+n]
	}
	each(func(k typoKey, w string) { v[k] = append(v[k], typoWord{w, lettersOf(w)}) })
	return v
}

// letterCounts are the letters of a word, counted up to two: the sets of
// its bytes found once or more and twice or more, each byte folded onto
// one of 32 bits.
type letterCounts struct{ once, twice uint32 }

func lettersOf(w string) letterCounts {
	var c letterCounts
	for i := 0; i < len(w); i++ {
		bit := uint32(1) << (w[i] & 31)
		c.twice |= c.once & bit
		c.once |= bit
	}
	return c
}

// minEdits is a lower bound of the edit distance between two words with
// letters a and b, found without comparing them: every letter one has
// more of than the other (counting to two) takes an edit of its own.
func minEdits(a, b letterCounts) int {
	return max(bits.OnesCount32(a.once&^b.once)+bits.OnesCount32(a.twice&^b.twice),
		bits.OnesCount32(b.once&^a.once)+bits.OnesCount32(b.twice&^a.twice))
}

// closest returns the word of vocab nearest to w within maxDist edits, and
// its distance (maxDist+1 when there is none); of two as near, the one
// more facts use (df).
func closest(w string, maxDist int, vocab typoVocabulary, df func(string) int) (string, int) {
	best, bestDist, bestDF := "", maxDist+1, 0
	if maxDist < 1 {
		return "", bestDist
	}
	letters := lettersOf(w)
	for l := len(w) - maxDist; l <= len(w)+maxDist; l++ {
		for _, c := range vocab[keyOf(l, w[0])] {
			cand := c.word
			if minEdits(letters, c.letters) > bestDist {
				continue // farther than the best: it cannot be better
			}
			d := editDistance(w, cand, bestDist)
			if betterTypo(w, cand, d, df(cand), best, bestDist, bestDF) {
				best, bestDist, bestDF = cand, d, df(cand)
			}
		}
	}
	if bestDist > maxDist {
		return "", bestDist
	}
	return best, bestDist
}

// betterTypo reports whether cand, d edits from w and used by df facts,
// is a likelier word for w than best so far: fewer edits; on a tie the
// likelier typo (typoLikelihood), then the commoner word.
func betterTypo(w, cand string, d, df int, best string, bestDist, bestDF int) bool {
	if d != bestDist {
		return d < bestDist
	}
	if o := typoOrder(w, cand, best); o != 0 {
		return o > 0
	}
	return df > bestDF
}

// typoOrder compares how likely w is a typo of a and of b, words as many
// edits away: by the kind of slip (typoLikelihood), then by sound
// ("compair" is compare, not company). It is positive when a is likelier,
// negative when b is, 0 when neither.
func typoOrder(w, a, b string) int {
	if la, lb := typoLikelihood(w, a), typoLikelihood(w, b); la != lb {
		return cmp.Compare(la, lb)
	}
	sa, sb := soundsAlike(w, a), soundsAlike(w, b)
	switch {
	case sa && !sb:
		return 1
	case sb && !sa:
		return -1
	}
	return 0
}

// soundsAlike reports whether w and word share a Double Metaphone code:
// whether w may be word spelt as it is said ("buisness", "compair").
func soundsAlike(w, word string) bool {
	if word == "" {
		return false
	}
	w1, w2 := matchr.DoubleMetaphone(w)
	c1, c2 := matchr.DoubleMetaphone(word)
	return w1 == c1 || w1 == c2 || w2 != "" && (w2 == c1 || w2 == c2)
}

// typoLikelihood ranks how likely typing w for word is, among words as
// many edits away: a doubled letter ("writter" for writer) most, then two
// letters swapped or a neighbouring key hit instead ("nvidai", "grwat"),
// then a letter left out ("relased" for released, "capx" for capex), then
// a letter replaced by a far key, then one too many.
func typoLikelihood(w, word string) int {
	switch {
	case word == "":
		return -1
	case len(w) == len(word)+1 && doubledLetter(w, word):
		return maxTypoLikelihood
	case len(w) == len(word) && nearSlip(w, word):
		return 3
	case len(w) < len(word):
		return 2
	case len(w) == len(word):
		return 1
	}
	return 0
}

// maxTypoLikelihood is typoLikelihood's highest value: a doubled letter.
const maxTypoLikelihood = 4

// vowelSlip reports whether w, as long as word, differs from it only in
// vowels put for other vowels ("yeer", "whut").
func vowelSlip(w, word string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] != word[i] && (!isVowel(w[i]) || !isVowel(word[i])) {
			return false
		}
	}
	return true
}

func isVowel(c byte) bool { return strings.IndexByte("aeiouy", c) >= 0 }

// nearSlip reports whether w, as long as word, differs from it by two
// adjacent letters swapped or by letters on neighbouring keys only.
func nearSlip(w, word string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] == word[i] {
			continue
		}
		if i+1 < len(w) && w[i] == word[i+1] && w[i+1] == word[i] {
			i++ // a swap
			continue
		}
		if !neighbourKeys(w[i], word[i]) {
			return false
		}
	}
	return true
}

// qwertyRows are the letter rows of a QWERTY keyboard, each offset by
// about half a key from the one above.
var qwertyRows = [3]string{"qwertyuiop", "asdfghjkl", "zxcvbnm"}

// neighbourKeys reports whether letters a and b are next to each other on
// a QWERTY keyboard (same row, or the row above or below).
func neighbourKeys(a, b byte) bool {
	ra, ca := keyAt(a)
	rb, cb := keyAt(b)
	if ra < 0 || rb < 0 {
		return false
	}
	switch ra - rb {
	case 0:
		return ca-cb == 1 || cb-ca == 1
	case 1: // a is below b: b's neighbours below are at b's column and one left
		return ca == cb || ca == cb-1
	case -1:
		return cb == ca || cb == ca-1
	}
	return false
}

// keyAt returns the row and column of letter c on a QWERTY keyboard, or
// -1, -1.
func keyAt(c byte) (row, col int) {
	for r, keys := range qwertyRows {
		if i := strings.IndexByte(keys, c); i >= 0 {
			return r, i
		}
	}
	return -1, -1
}

// doubledLetter reports whether w is word with one letter typed twice.
func doubledLetter(w, word string) bool {
	if len(w) != len(word)+1 {
		return false
	}
	for i := 0; i+1 < len(w); i++ {
		// w[:i]+w[i+1:] == word, without building the string
		if w[i] == w[i+1] && w[:i] == word[:i] && w[i+1:] == word[i:] {
			return true
		}
	}
	return false
}

// editDistance is the Levenshtein distance, except that one swap of
// adjacent letters ("tumbeld") counts as a single edit, as typists make it.
// Only distances up to bound matter to the typo search: a larger one is
// returned as bound+1, which spares computing it exactly.
func editDistance(a, b string, bound int) int {
	if len(a) == len(b) {
		diff := -1
		for i := 0; i < len(a); i++ {
			if a[i] != b[i] {
				diff = i
				break
			}
		}
		if diff >= 0 && diff+1 < len(a) && a[diff] == b[diff+1] && a[diff+1] == b[diff] && a[diff+2:] == b[diff+2:] {
			return min(1, bound+1)
		}
	}
	if !isPlainASCII(a) || !isPlainASCII(b) || len(a) >= maxBoundedLen || len(b) >= maxBoundedLen {
		return min(levenshtein.ComputeDistance(a, b), bound+1)
	}
	return boundedLevenshtein(a, b, bound)
}

// maxBoundedLen is the longest word boundedLevenshtein takes (its row
// lives on the stack); questions' words are far shorter.
const maxBoundedLen = 32

// boundedLevenshtein is the Levenshtein distance of ASCII strings a and b
// (shorter than maxBoundedLen) when at most bound, else bound+1. It stops
// as soon as every cell of a row exceeds bound: the distance can only be
// larger, and most words of the vocabulary are far from a typo.
func boundedLevenshtein(a, b string, bound int) int {
	// Common ends cost nothing.
	for len(a) > 0 && len(b) > 0 && a[0] == b[0] {
		a, b = a[1:], b[1:]
	}
	for len(a) > 0 && len(b) > 0 && a[len(a)-1] == b[len(b)-1] {
		a, b = a[:len(a)-1], b[:len(b)-1]
	}
	if len(a) > len(b) {
		a, b = b, a
	}
	if len(b)-len(a) > bound {
		return bound + 1
	}
	if len(a) == 0 {
		return len(b)
	}
	// row[j] is the distance between a[:j] and the part of b read so far.
	var buf [maxBoundedLen]int
	row := buf[:len(a)+1]
	for j := range row {
		row[j] = j
	}
	for i := 0; i < len(b); i++ {
		diag := row[0] // distance of a[:j-1] and b[:i]
		row[0] = i + 1
		least := row[0]
		for j := 1; j < len(row); j++ {
			above := row[j]
			cur := diag
			if a[j-1] != b[i] {
				cur = min(diag, above, row[j-1]) + 1
			}
			row[j], diag = cur, above
			least = min(least, cur)
		}
		if least > bound {
			return bound + 1
		}
	}
	return min(row[len(a)], bound+1)
}

// Accumulator collects one question's per-fact scores. Reuse it across
// questions with Reset, which clears only the facts the last question
// touched, so a question costs what its terms' postings cost, not the
// size of the base.
type Accumulator struct {
	Scores  []float64 // BM25F score by fact number
	Touched []int32   // fact numbers with a score, in first-touch order

	deferred []int // indexes into the question's terms of very common terms
}

// commonShare: in a large base, a term in more than this share of the
// facts is too common to rank by; it is not walked, only added to the
// finalists' scores (Complete). This keeps the cost of a question
// growing with its rare terms' postings, not with the base.
const (
	commonShare   = 0.05
	commonMinBase = 2000
)

// NewAccumulator returns an accumulator for this index's facts.
func (ix *Index) NewAccumulator() *Accumulator {
	return &Accumulator{Scores: make([]float64, len(ix.facts))}
}

// Reset clears the accumulator for the next question.
func (a *Accumulator) Reset() {
	for _, i := range a.Touched {
		a.Scores[i] = 0
	}
	a.Touched = a.Touched[:0]
	a.deferred = a.deferred[:0]
}

// Score accumulates the BM25F scores of weighted query terms.
func (ix *Index) Score(terms []string, weights []float64, acc *Accumulator) {
	ids := make([]int32, len(terms))
	for i, t := range terms {
		ids[i] = ix.TermID(t)
	}
	ix.ScoreIDs(ids, weights, acc)
}

// ScoreIDs is Score for terms given by their ids (TermID); a term the
// index lacks (-1) adds nothing.
func (ix *Index) ScoreIDs(ids []int32, weights []float64, acc *Accumulator) {
	n := len(ix.facts)
	for i, id := range ids {
		if id < 0 {
			continue
		}
		if n >= commonMinBase && float64(len(ix.postings[id])) > commonShare*float64(n) {
			acc.deferred = append(acc.deferred, i)
			continue
		}
		ix.walk(id, weights[i], acc)
	}
	if len(acc.Touched) == 0 {
		// Only common terms: rank by them after all.
		for _, i := range acc.deferred {
			ix.walk(ids[i], weights[i], acc)
		}
		acc.deferred = acc.deferred[:0]
	}
}

// walk adds one term's postings to the accumulator.
func (ix *Index) walk(id int32, weight float64, acc *Accumulator) {
	idf := ix.idf[id] * weight
	for _, p := range ix.postings[id] {
		if acc.Scores[p.fact] == 0 {
			acc.Touched = append(acc.Touched, p.fact)
		}
		acc.Scores[p.fact] += idf * float64(p.weight)
	}
}

// Complete adds the common terms Score did not walk to fact i's score.
func (ix *Index) Complete(terms []string, weights []float64, acc *Accumulator, i int) {
	for _, k := range acc.deferred {
		id := ix.terms[terms[k]]
		if p, ok := ix.posting(id, i); ok {
			acc.Scores[i] += ix.idf[id] * weights[k] * float64(p.weight)
		}
	}
}

// CompleteIDs is Complete for the term ids ScoreIDs was given.
func (ix *Index) CompleteIDs(ids []int32, weights []float64, acc *Accumulator, i int) {
	for _, k := range acc.deferred {
		id := ids[k]
		if p, ok := ix.posting(id, i); ok {
			acc.Scores[i] += ix.idf[id] * weights[k] * float64(p.weight)
		}
	}
}

func (ix *Index) posting(id int32, i int) (posting, bool) {
	ps := ix.postings[id]
	// A binary search, by hand: sort.Search's closure costs more than the
	// search on lists this short.
	lo, hi := 0, len(ps)
	for lo < hi {
		mid := int(uint(lo+hi) >> 1)
		if int(ps[mid].fact) < i {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	if lo < len(ps) && int(ps[lo].fact) == i {
		return ps[lo], true
	}
	return posting{}, false
}

// Credit is how much fact number i (in Facts order) has of term: 1 when
// its questions, keywords or entities have it, AnswerOnlyCredit when only
// its answer does, 0 when it does not.
func (ix *Index) Credit(term string, i int) float64 {
	return ix.CreditID(ix.TermID(term), i)
}

// TermID returns the id of an index term, for the ...ID methods that
// spare looking it up again; -1 when the index lacks the term.
func (ix *Index) TermID(term string) int32 {
	if id, ok := ix.terms[term]; ok {
		return id
	}
	return -1
}

// CreditID is Credit for a term id from TermID.
func (ix *Index) CreditID(id int32, i int) float64 {
	if id < 0 {
		return 0
	}
	p, ok := ix.posting(id, i)
	switch {
	case !ok:
		return 0
	case p.curated:
		return 1
	default:
		return AnswerOnlyCredit
	}
}

// RaiseCredits raises best[k], for each k, to scale times the credit of
// term id (as CreditID gives it) in fact number facts[k]; place must map
// each of those facts to its k, and every other fact to -1. It walks the
// term's postings once, or, when they are many more than the facts, looks
// each fact up in them: many facts' credits cost about what one's does.
func (ix *Index) RaiseCredits(id int32, scale float64, facts []int, place []int8, best []float64) {
	if id < 0 {
		return
	}
	ps := ix.postings[id]
	if len(ps) > 8*len(facts) {
		for k, i := range facts {
			best[k] = math.Max(best[k], scale*ix.CreditID(id, i))
		}
		return
	}
	for _, p := range ps {
		if k := place[p.fact]; k >= 0 {
			c := AnswerOnlyCredit
			if p.curated {
				c = 1
			}
			best[k] = math.Max(best[k], scale*c)
		}
	}
}

// IDFOf is IDF for a term id from TermID.
func (ix *Index) IDFOf(id int32) float64 {
	if id < 0 {
		return ix.maxIDF
	}
	return ix.idf[id]
}

// Facts returns the indexed facts, in index order.
func (ix *Index) Facts() []*Fact { return ix.facts }

// TermInfo is what matching needs to know of a question's term.
type TermInfo struct {
	ID     int32   // its id (TermID), -1 when the index lacks it
	Weight float64 // its weight (Weight)
	// Near are the ids of the known terms WordNet relates to its word
	// (RelatedTerms), for a known term that is not an entity's; not to be
	// changed.
	Near []int32
	// Common is set for a common or discourse word that is no entity's
	// name ("effect", "versus"): it seldom says what a question is about.
	Common bool
}

// Describe returns what matching needs to know of the question's term t,
// with a look-up or two: most of it its word's lexeme holds.
func (ix *Index) Describe(t Term) TermInfo {
	lx := ix.lookup(t.Word)
	info := TermInfo{ID: ix.idOf(t.Term, lx)}
	info.Weight = ix.weightOf(t, info.ID, lx)
	info.Common = (lx.general || lx.discourse || lx.stop) && !strings.HasPrefix(t.Term, entityPrefix)
	if info.ID >= 0 && !strings.HasPrefix(t.Term, entityPrefix) {
		if lx.hasNear {
			info.Near = lx.nearIDs
		} else {
			for _, n := range ix.related(t.Word) {
				info.Near = append(info.Near, ix.TermID(n))
			}
		}
	}
	return info
}

// idOf returns term's id, from lexeme lx when term is its word's term or
// alias.
func (ix *Index) idOf(term string, lx *lexeme) int32 {
	switch {
	case lx.hasTerm && lx.term == term:
		return lx.termID
	case lx.isAlias && lx.alias == term:
		return lx.aliasID
	}
	return ix.TermID(term)
}

// RelatedTerms returns the known terms WordNet relates to the word w
// (synonyms and more general words), at most a few.
func (ix *Index) RelatedTerms(w string) []string {
	if lx := ix.lookup(w); lx.hasNear {
		return lx.near
	}
	return ix.related(w)
}

// lexeme is what the index knows of one word.
type lexeme struct {
	term      string // the word's term, when the base has the word (or analysed it while built)
	hasTerm   bool
	termID    int32  // term's id, -1 when the index lacks it (with hasTerm)
	alias     string // the entity term, when the word is an alias
	isAlias   bool
	aliasID   int32    // alias's id, -1 when the index lacks it (with isAlias)
	df        int      // how many facts use the word (1 for an alias, synonym or long stopword they do not)
	phrases   []phrase // the phrases the word begins, longest first
	near      []string // the known terms WordNet relates to a word of the base
	nearIDs   []int32  // their ids
	hasNear   bool
	stop      bool // a stopword
	general   bool // a common English word
	discourse bool // a discourse word
}

// resolveIDs sets the ids of lx's terms, once the index has them all.
func (ix *Index) resolveIDs(lx *lexeme) {
	if lx.hasTerm {
		lx.termID = ix.TermID(lx.term)
	}
	if lx.isAlias {
		lx.aliasID = ix.TermID(lx.alias)
	}
	if lx.near != nil {
		lx.nearIDs = make([]int32, len(lx.near))
		for i, t := range lx.near {
			lx.nearIDs[i] = ix.TermID(t)
		}
	}
}

// noLexeme is the lexeme of a word the index knows nothing of.
var noLexeme lexeme

// lookup returns what the index knows of word w.
func (ix *Index) lookup(w string) *lexeme {
	if lx, ok := ix.words[w]; ok {
		return lx
	}
	return &noLexeme
}

// word returns w's lexeme to fill in, while the index is built.
func (ix *Index) word(w string) *lexeme {
	lx, ok := ix.words[w]
	if !ok {
		lx = &lexeme{}
		ix.words[w] = lx
	}
	return lx
}

// StoryTerm returns the term that stands for the story itself ("article",
// and its synonyms "story", "piece"...), or "" when the base has none.
func (ix *Index) StoryTerm() string {
	term, _ := ix.knownTerm("article")
	return term
}
