package answer

import (
	"math"
	"regexp"
	"strings"

	"github.com/deepseek-story/bot/internal/knowledge"
)

// match is the best fact for a question, with how well it fits.
type match struct {
	fact       *knowledge.Fact
	ok         bool    // good enough to answer with
	coverage   float64 // idf-weighted share of the question's topic terms the fact has
	score      float64 // BM25F score
	confidence float64 // calibrated in [0,1]
	terms      []knowledge.Term
}

// typeBoost multiplies the score of a fact that answers the kind of
// question asked (a date for "when", a person for "who").
const typeBoost = 1.35

// contextWeight is how much a term drawn from the conversation counts.
const contextWeight = 1.0

// finalistCount is how many top facts get their scores completed with
// very common terms before the best is chosen.
const finalistCount = 8

// carryWeight is how much the previous question's terms count when a
// follow-up cannot be answered on its own ("when did he say that").
const carryWeight = 0.5

// match finds the best fact for the question's words, first on their own
// (with pronouns resolved), then, if that fails inside a conversation,
// with the previous question's terms carried over.
func (e *Engine) match(kb *knowledge.Base, words []string, c context_) match {
	ix := kb.Index()
	terms := ix.Analyze(words)
	if len(c.terms) > 0 && !hasTopic(ix, terms) {
		// "when did he say that": nothing of its own to search for.
		if carried := e.matchTerms(kb, words, terms, c, c.terms); carried.ok {
			return carried
		}
	}
	m := e.matchTerms(kb, words, terms, c, nil)
	if !m.ok && len(c.terms) > 0 {
		if carried := e.matchTerms(kb, words, terms, c, c.terms); carried.ok {
			return carried
		}
	}
	return m
}

// hasTopic reports whether any term names a topic the index knows.
func hasTopic(ix *knowledge.Index, terms []knowledge.Term) bool {
	for _, t := range terms {
		if ix.Known(t.Term) {
			return true
		}
	}
	return false
}

func (e *Engine) matchTerms(kb *knowledge.Base, words []string, terms []knowledge.Term, c context_, carry []knowledge.Term) match {
	ix := kb.Index()
	var qterms []string
	var weights []float64 // query weight of each term (1, or contextWeight)
	var total float64     // coverage denominator
	seen := map[string]bool{}
	add := func(t knowledge.Term, w float64) {
		if !seen[t.Term] {
			seen[t.Term] = true
			qterms = append(qterms, t.Term)
			weights = append(weights, w)
			total += ix.Weight(t) * w
		}
	}
	for _, t := range terms {
		add(t, 1)
	}
	// Follow-ups: a pronoun stands for the conversation's last subject.
	if id := pronounReferent(words, c); id != "" {
		ref := knowledge.Term{Word: id, Term: "@" + id}
		add(ref, contextWeight)
		terms = append(terms[:len(terms):len(terms)], ref)
	}
	for _, t := range carry {
		add(t, carryWeight)
	}
	if len(qterms) == 0 {
		return match{terms: terms}
	}
	want := questionType(words)

	acc := e.accumulator(ix)
	defer e.bufs.Put(acc)
	ix.Score(qterms, weights, acc)
	rank := func(i int) float64 {
		sc := acc.Scores[i]
		if want != "" && ix.Facts()[i].AnswersType(want) {
			sc *= typeBoost
		}
		// Prefer, on a tie, the fact covering more of the question.
		return sc + 1e-6*acc.Matched[i]
	}
	var finalists [finalistCount]int
	nf := 0
	for _, fi := range acc.Touched {
		i := int(fi)
		sc := rank(i)
		// Keep the best few, ties to the fact listed first.
		pos := nf
		for pos > 0 && (rank(finalists[pos-1]) < sc || rank(finalists[pos-1]) == sc && finalists[pos-1] > i) {
			pos--
		}
		if pos < finalistCount {
			copy(finalists[pos+1:], finalists[pos:min(nf, finalistCount-1)])
			finalists[pos] = i
			nf = min(nf+1, finalistCount)
		}
	}
	best, bestScore := -1, 0.0
	for _, i := range finalists[:nf] {
		ix.Complete(qterms, weights, acc, i)
		if sc := rank(i); sc > bestScore || sc == bestScore && i < best {
			best, bestScore = i, sc
		}
	}
	if best < 0 {
		return match{terms: terms}
	}
	m := match{fact: ix.Facts()[best], score: bestScore, coverage: acc.Matched[best] / total, terms: terms}
	m.confidence = calibrate(m.coverage, m.score)
	m.ok = m.coverage >= e.minCoverage && m.score >= e.minScore && namesAll(ix, qterms, best) && givesType(m.fact, want)
	return m
}

// namesAll reports whether fact number i involves every entity the
// question names: a fact about Liang does not answer a question about
// Nvidia's chief executive.
func namesAll(ix *knowledge.Index, terms []string, i int) bool {
	for _, t := range terms {
		if strings.HasPrefix(t, "@") && !ix.Has(t, i) {
			return false
		}
	}
	return true
}

var (
	yearRE   = regexp.MustCompile(`\b(1[89]|20)\d\d\b|\b(january|february|march|april|may|june|july|august|september|october|november|december)\b`)
	figureRE = regexp.MustCompile(`\d|\b(one|two|three|four|five|six|seven|eight|nine|ten|twenty|hundred|hundreds|thousand|thousands|million|millions|billion|billions|trillion|half|double|twice|dozen)\b`)
)

// givesType reports whether the fact's answer can answer the kind of
// question asked: a "when" needs a date in it, a "how much" a figure.
func givesType(f *knowledge.Fact, want string) bool {
	switch want {
	case knowledge.TypeDate:
		return yearRE.MatchString(strings.ToLower(f.Answer))
	case knowledge.TypeFigure:
		return figureRE.MatchString(strings.ToLower(f.Answer))
	}
	return true
}

// calibrate maps coverage and score to a confidence in [0,1]: coverage
// matters most; a high score lifts it a little.
func calibrate(coverage, score float64) float64 {
	c := 0.75*coverage + 0.25*(1-math.Exp(-score/4))
	return math.Max(0, math.Min(1, c))
}

// accumulator returns a cleared accumulator sized for ix.
func (e *Engine) accumulator(ix *knowledge.Index) *knowledge.Accumulator {
	acc, _ := e.bufs.Get().(*knowledge.Accumulator)
	if acc == nil || len(acc.Scores) != len(ix.Facts()) {
		return ix.NewAccumulator()
	}
	acc.Reset()
	return acc
}

var (
	personPronouns = map[string]bool{"he": true, "him": true, "his": true, "she": true, "her": true, "hers": true, "himself": true, "herself": true}
	thingPronouns  = map[string]bool{"it": true, "its": true, "they": true, "them": true, "their": true, "theirs": true, "itself": true, "company": true, "firm": true}
)

// pronounReferent returns the entity a pronoun in words refers to.
func pronounReferent(words []string, c context_) string {
	for _, w := range words {
		switch {
		case personPronouns[w] && c.person != "":
			return c.person
		case thingPronouns[w] && c.thing != "":
			return c.thing
		}
	}
	return ""
}

// questionType reads what kind of answer the question wants.
func questionType(words []string) string {
	for i, w := range words {
		next := ""
		if i+1 < len(words) {
			next = words[i+1]
		}
		switch w {
		case "when":
			return knowledge.TypeDate
		case "who", "whom", "whose":
			return knowledge.TypePerson
		case "why":
			return knowledge.TypeReason
		case "where":
			return knowledge.TypePlace
		case "how":
			switch next {
			case "much", "many", "big", "far", "low", "high", "old":
				return knowledge.TypeFigure
			}
		case "what", "which":
			switch next {
			case "year", "date", "day", "month", "time":
				return knowledge.TypeDate
			case "price", "percent", "percentage", "number", "amount", "figure", "value":
				return knowledge.TypeFigure
			case "is", "are", "was", "were":
				return knowledge.TypeDefinition
			}
		case "whats", "define", "meaning":
			return knowledge.TypeDefinition
		}
	}
	return ""
}

// isHelp reports whether the words ask for help or only greet.
func isHelp(words []string) bool {
	for _, w := range words {
		if !knowledge.IsHelpWord(w) {
			return false
		}
	}
	return true
}

var questionWords = map[string]bool{"who": true, "what": true, "when": true, "where": true, "why": true, "how": true, "which": true, "whats": true, "did": true, "does": true, "is": true, "was": true}

// splitParts splits "who backs zhipu and why was it blacklisted" into its
// questions: at "and" followed by a question word. Otherwise one part.
func splitParts(words []string) [][]string {
	for i := 1; i+1 < len(words)-1; i++ {
		if words[i] == "and" && questionWords[words[i+1]] {
			return [][]string{words[:i], words[i+1:]}
		}
	}
	return [][]string{words}
}
