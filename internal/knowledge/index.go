package knowledge

import (
	"maps"
	"math"
	"slices"
	"sort"
	"strings"
	"sync"

	"github.com/agnivade/levenshtein"
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

	stems    map[string]string   // known surface word -> canonical term
	synonyms map[string]string   // stem -> canonical stem of its group
	phrases  map[string][]phrase // first word of a multi-word phrase -> phrases
	aliases  map[string]string   // one-word alias -> entity term
	byLen    map[int][]string    // surface words by length, for typo correction
	wordDF   map[string]int      // surface word -> how many facts use it
	// nearTerms holds, for each surface word of the base, the known terms
	// WordNet relates to it, computed with the index: questions use the
	// base's words most, and a thesaurus look-up costs more than a map's.
	nearTerms map[string][]string

	building bool // while true, wordTerm memoises into stems

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
		stems:    map[string]string{},
		synonyms: map[string]string{},
		phrases:  map[string][]phrase{},
		aliases:  map[string]string{},
		byLen:    map[int][]string{},
		wordDF:   map[string]int{},
		fuzzy:    map[string]string{},
		alts:     map[string][]string{},
		unknown:  map[string]string{},
		building: true,
	}
	defer func() { ix.building = false }()
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
				ix.aliases[words[0]] = term
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
						ix.wordDF[w]++
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
	for w := range ix.wordDF {
		ix.byLen[len(w)] = append(ix.byLen[len(w)], w)
	}
	extra := slices.Collect(maps.Keys(ix.aliases))
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
		if _, ok := ix.wordDF[w]; !ok {
			ix.wordDF[w] = 1
			ix.byLen[len(w)] = append(ix.byLen[len(w)], w)
		}
	}
	for _, ws := range ix.byLen {
		sort.Strings(ws)
	}
	// Known surface words map straight to their term: no stemming at query
	// time. (Words of the facts are memoised already.)
	for w := range ix.wordDF {
		ix.wordTerm(w)
	}
	ix.building = false
	ix.nearTerms = make(map[string][]string, len(ix.wordDF))
	for w := range ix.wordDF {
		ix.nearTerms[w] = ix.lookupRelated(w)
	}
	clear(ix.unknown) // what the look-ups memoised: a restored index starts empty too
	return ix
}

func idf(n, df float64) float64 { return math.Log(1 + (n-df+0.5)/(df+0.5)) }

func (ix *Index) addPhrase(words []string, term string, replace bool) {
	ix.phrases[words[0]] = append(ix.phrases[words[0]], phrase{words: words, term: term, replace: replace})
	sort.SliceStable(ix.phrases[words[0]], func(i, j int) bool {
		return len(ix.phrases[words[0]][i].words) > len(ix.phrases[words[0]][j].words)
	})
}

// wordTerm maps one word to its canonical term: stopwords map to nothing,
// stems through synonym groups.
func (ix *Index) wordTerm(w string) (string, bool) {
	if stopwords[w] {
		return "", false
	}
	if t, ok := ix.stems[w]; ok {
		return t, true
	}
	if !ix.building {
		ix.fuzzyMu.RLock()
		t, ok := ix.unknown[w]
		ix.fuzzyMu.RUnlock()
		if ok {
			return t, true
		}
	}
	s := Stem(w)
	if c, ok := ix.synonyms[s]; ok {
		s = c
	}
	if ix.building {
		ix.stems[w] = s
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

// Term is one analysed query term.
type Term struct {
	Word string // the word as typed (after typo correction), or the alias
	Term string // the index term
	// Alts, for a word the index does not know, are known terms WordNet
	// relates to it ("nosedive" → fell): any of them stands for the word.
	Alts []string
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
		if !speechWords[w] {
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
	out := make([]Term, 0, len(words))
	for i := 0; i < len(words); i++ {
		w := words[i]
		matched := false
		for _, p := range ix.phrases[w] {
			if i+len(p.words) > len(words) || !equalWords(words[i:i+len(p.words)], p.words) {
				continue
			}
			// A phrase stands for one thing: an entity or a synonym group.
			out = append(out, Term{Word: strings.Join(p.words, " "), Term: p.term})
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
		}
		if a, ok := ix.aliases[w]; ok {
			// An alias stands for its entity, whatever name is used.
			out = append(out, Term{Word: w, Term: a})
			continue
		}
		if t, ok := ix.wordTerm(w); ok {
			out = append(out, Term{Word: w, Term: t})
		}
	}
	if len(out) == 0 {
		return nil // as before, when no word makes a term
	}
	return out
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
func (ix *Index) Analyze(words []string) []Term {
	corrected := make([]string, len(words))
	for i, w := range words {
		corrected[i] = ix.Correct(w)
	}
	terms := ix.analyze(corrected)
	for i, t := range terms {
		if !ix.Known(t.Term) && !generalWords[t.Word] && !discourseWords[t.Word] {
			terms[i].Alts = ix.related(t.Word)
		}
	}
	return terms
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
	alts = ix.lookupRelated(w)
	ix.fuzzyMu.Lock()
	if len(ix.alts) > memoLimit {
		clear(ix.alts)
	}
	ix.alts[w] = alts
	ix.fuzzyMu.Unlock()
	return alts
}

func (ix *Index) lookupRelated(w string) []string {
	words, _ := Related(w)
	var alts []string
	for _, r := range words {
		if stopwords[r] || generalWords[r] {
			continue
		}
		term, ok := ix.aliases[r]
		if !ok {
			if term, ok = ix.wordTerm(r); !ok {
				continue
			}
		}
		if ix.Known(term) && !slices.Contains(alts, term) {
			alts = append(alts, term)
			if len(alts) == maxAlts {
				break
			}
		}
	}
	return alts
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
func (ix *Index) Weight(t Term) float64 {
	if id, ok := ix.terms[t.Term]; ok {
		if discourseWords[t.Word] {
			return min(ix.idf[id], GeneralWordWeight)
		}
		if generalWords[t.Word] && !strings.HasPrefix(t.Term, "@") {
			return min(ix.idf[id], knownGeneralWeight)
		}
		return ix.idf[id]
	}
	if generalWords[t.Word] || discourseWords[t.Word] {
		return GeneralWordWeight
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

// isYear reports whether w is a year of the last two centuries.
// IsYear reports whether w is a year of the last two centuries.
func IsYear(w string) bool { return isYear(w) }

func isYear(w string) bool { return len(w) == 4 && (w[:2] == "19" || w[:2] == "20") && isNumber(w) }

// Correct returns w, or the vocabulary word it is a likely typo of: edit
// distance 1 for words of 4 to 7 letters, 2 for longer ones (a swap of
// two letters counts as one). Shorter words, numbers, known words,
// stopwords and common English words are returned as they are.
func (ix *Index) Correct(w string) string {
	if len(w) < 4 || stopwords[w] || generalWords[w] || ix.wordDF[w] > 0 || strings.ContainsAny(w, "0123456789") {
		// A word with a digit is a number or a model name ("H800"): one
		// digit off is another thing, not a typo.
		return w
	}
	if _, ok := ix.aliases[w]; ok {
		return w
	}
	if t, ok := ix.wordTerm(w); ok && ix.Known(t) {
		return w
	}
	ix.fuzzyMu.RLock()
	c, ok := ix.fuzzy[w]
	ix.fuzzyMu.RUnlock()
	if ok {
		if c == "" {
			return w
		}
		return c
	}
	if _, english := Related(w); !english {
		c = ix.nearest(w) // a real word is not a typo
	}
	ix.fuzzyMu.Lock()
	if len(ix.fuzzy) > memoLimit {
		clear(ix.fuzzy)
	}
	ix.fuzzy[w] = c
	ix.fuzzyMu.Unlock()
	if c == "" {
		return w
	}
	return c
}

// nearest returns the word w is most likely a typo of: a word of the
// fact base, or a common English word ("yestrday", "suposedly") that is
// closer than any of the base's. "" if none is near enough.
func (ix *Index) nearest(w string) string {
	maxDist := 1
	if len(w) >= 7 {
		maxDist = 2
	}
	best, bestDist := closest(w, maxDist, ix.byLen, ix.wordDF)
	if common, _ := closest(w, min(bestDist-1, maxDist), commonByLen, nil); common != "" {
		return common
	}
	return best
}

// commonByLen holds the common English words and stopwords by length:
// typo targets that carry little topic but must not weigh as unknown.
var commonByLen = func() map[int][]string {
	m := map[int][]string{}
	for _, set := range []map[string]bool{generalWords, stopwords} {
		for w := range set {
			if len(w) >= 4 {
				m[len(w)] = append(m[len(w)], w)
			}
		}
	}
	for _, ws := range m {
		slices.Sort(ws)
	}
	return m
}()

// closest returns the word of byLen nearest to w within maxDist edits,
// and its distance (maxDist+1 when there is none).
func closest(w string, maxDist int, byLen map[int][]string, df map[string]int) (string, int) {
	best, bestDist, bestDF := "", maxDist+1, 0
	if maxDist < 1 {
		return "", bestDist
	}
	for l := len(w) - maxDist; l <= len(w)+maxDist; l++ {
		for _, cand := range byLen[l] {
			// Typos rarely touch the first letter; this also keeps the scan short.
			if cand[0] != w[0] && (len(cand) < 2 || cand[1] != w[0]) {
				continue
			}
			d := editDistance(w, cand)
			// Ties go to the likelier typo (typoLikelihood), then to the
			// commoner word.
			better := d < bestDist
			if d == bestDist {
				lc, lb := typoLikelihood(w, cand), typoLikelihood(w, best)
				better = lc > lb || lc == lb && df[cand] > bestDF
			}
			if better {
				best, bestDist, bestDF = cand, d, df[cand]
			}
		}
	}
	if bestDist > maxDist {
		return "", bestDist
	}
	return best, bestDist
}

// typoLikelihood ranks how likely typing w for word is, among words as
// many edits away: a doubled letter ("writter" for writer) most, then a
// swapped or wrong letter (the same length), then a letter left out
// ("capx" for capex), then one too many.
func typoLikelihood(w, word string) int {
	switch {
	case word == "":
		return -1
	case len(w) == len(word)+1 && doubledLetter(w, word):
		return 3
	case len(w) == len(word):
		return 2
	case len(w) < len(word):
		return 1
	}
	return 0
}

// doubledLetter reports whether w is word with one letter typed twice.
func doubledLetter(w, word string) bool {
	for i := 0; i+1 < len(w); i++ {
		if w[i] == w[i+1] && w[:i]+w[i+1:] == word {
			return true
		}
	}
	return false
}

// editDistance is the Levenshtein distance, except that one swap of
// adjacent letters ("tumbeld") counts as a single edit, as typists make it.
func editDistance(a, b string) int {
	if len(a) == len(b) {
		diff := -1
		for i := 0; i < len(a); i++ {
			if a[i] != b[i] {
				diff = i
				break
			}
		}
		if diff >= 0 && diff+1 < len(a) && a[diff] == b[diff+1] && a[diff+1] == b[diff] && a[diff+2:] == b[diff+2:] {
			return 1
		}
	}
	return levenshtein.ComputeDistance(a, b)
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
	n := len(ix.facts)
	for i, t := range terms {
		id, ok := ix.terms[t]
		if !ok {
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
			ix.walk(ix.terms[terms[i]], weights[i], acc)
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

func (ix *Index) posting(id int32, i int) (posting, bool) {
	ps := ix.postings[id]
	j := sort.Search(len(ps), func(k int) bool { return int(ps[k].fact) >= i })
	if j < len(ps) && int(ps[j].fact) == i {
		return ps[j], true
	}
	return posting{}, false
}

// Credit is how much fact number i (in Facts order) has of term: 1 when
// its questions, keywords or entities have it, AnswerOnlyCredit when only
// its answer does, 0 when it does not.
func (ix *Index) Credit(term string, i int) float64 {
	id, ok := ix.terms[term]
	if !ok {
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

// Facts returns the indexed facts, in index order.
func (ix *Index) Facts() []*Fact { return ix.facts }

// RelatedTerms returns the known terms WordNet relates to the word w
// (synonyms and more general words), at most a few.
func (ix *Index) RelatedTerms(w string) []string {
	if near, ok := ix.nearTerms[w]; ok {
		return near
	}
	return ix.related(w)
}
