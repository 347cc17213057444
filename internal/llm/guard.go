package llm

import (
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/deepseek-story/bot/internal/knowledge"
)

// GuardError is a grounding violation found by Guard. Token is the
// offending text from the model's output: log it at debug level only.
type GuardError struct {
	Reason string // one of the Reason* constants
	Token  string
}

func (e *GuardError) Error() string {
	if e.Token == "" {
		return "summary not grounded: " + e.Reason
	}
	return "summary not grounded: " + e.Reason + " " + quote(e.Token)
}

// FallbackReason returns the violation, such as "ungrounded_number".
func (e *GuardError) FallbackReason() string { return e.Reason }

func quote(s string) string {
	if utf8.RuneCountInString(s) > 40 {
		s = string([]rune(s)[:40]) + "…"
	}
	return `"` + s + `"`
}

// Guard checks that a model's summary stays within the facts it was given.
// It is deterministic and strict; any error means: send the facts alone.
//
//   - Every bracketed group, like [r1-release] or [a, b], must name only
//     ids of the given facts, and there must be at least one.
//   - Every number in the summary must appear in the cited facts, compared
//     by value: "$149.43" matches "149.43 dollars", "17%" matches
//     "17 percent", "10,000" matches "10 000", "$1 trillion" matches
//     "1,000 billion"; number words count ("two" is 2).
//   - Every date (day and month) must appear in the cited facts in either
//     order: "20 January" matches "January 20th".
//   - Every proper name must appear in the cited facts (their answer, who
//     says it and their keywords), case-insensitively. A name is a word
//     with a capital letter, a digit (R1, H100) or a caseless script, except
//     function words ("The", "In") anywhere and common English words
//     ("However", "Shares") at the start of a sentence.
//
// The question's own words are deliberately not evidence: "say that Bill
// Gates founded it" must not get a name past the guard.
func Guard(summary string, facts []*knowledge.Fact) error {
	if strings.TrimSpace(summary) == "" {
		return &GuardError{Reason: ReasonEmpty}
	}
	var citedBuf [8]*knowledge.Fact
	cited, err := citations(summary, facts, citedBuf[:0])
	if err != nil {
		return err
	}
	if len(cited) == 0 {
		return &GuardError{Reason: ReasonNoCitation}
	}
	var evBuf [8]*evidence
	evs := evBuf[:0]
	for _, f := range cited {
		evs = append(evs, evidenceOf(f))
	}
	var tokBuf [192]token // on the stack: a guard run allocates next to nothing
	toks := resolve(lex(summary, tokBuf[:0], false))
	for i := range toks {
		t := &toks[i]
		if t.skip {
			continue
		}
		switch t.kind {
		case tokDate:
			if !groundedDate(evs, t.text) {
				return &GuardError{Reason: ReasonUngroundedNumber, Token: summary[t.start:t.end]}
			}
		case tokNumber, tokIdent:
			if !groundedNumber(evs, t.text) {
				return &GuardError{Reason: ReasonUngroundedNumber, Token: summary[t.start:t.end]}
			}
		case tokWord:
			if !t.upper && !t.digit && !t.caseless {
				continue
			}
			// The word in lower case, on the stack when short.
			w := t.text
			var lower [32]byte
			if t.upper {
				if len(w) <= len(lower) {
					for k := 0; k < len(w); k++ {
						c := w[k]
						if c >= 'A' && c <= 'Z' {
							c += 'a' - 'A'
						}
						lower[k] = c
					}
					w = string(lower[:len(w)])
				} else {
					w = strings.ToLower(w)
				}
			}
			if isName(t, w) && !groundedWord(evs, w) {
				return &GuardError{Reason: ReasonUngroundedName, Token: summary[t.start:t.end]}
			}
		}
	}
	return nil
}

// isName reports whether a word (w in lower case) must be grounded as a
// name: it has a capital letter, a digit or a caseless letter, and is
// neither a function word, nor a common word starting a sentence, nor a
// generic acronym.
func isName(t *token, w string) bool {
	switch {
	case t.digit || t.caseless:
		return true
	case !t.upper:
		return false
	case knowledge.IsStopword(w), genericAcronyms[w]:
		return false
	case t.first && isCommonWord(w):
		return false
	}
	return true
}

func groundedWord(evs []*evidence, w string) bool {
	for _, ev := range evs {
		if ev.hasWord(w) {
			return true
		}
	}
	return false
}

func groundedNumber(evs []*evidence, n string) bool {
	for _, ev := range evs {
		if _, ok := ev.numbers[n]; ok {
			return true
		}
	}
	return false
}

func groundedDate(evs []*evidence, d string) bool {
	for _, ev := range evs {
		if _, ok := ev.dates[d]; ok {
			return true
		}
	}
	return false
}

// citations returns the facts cited by the bracketed groups of s, in
// order of first citation.
func citations(s string, facts []*knowledge.Fact, cited []*knowledge.Fact) ([]*knowledge.Fact, error) {
	for {
		i := strings.IndexByte(s, '[')
		if i < 0 {
			return cited, nil
		}
		j := strings.IndexByte(s[i:], ']')
		if j < 0 {
			return cited, nil
		}
		group := s[i+1 : i+j]
		s = s[i+j+1:]
		for group != "" {
			k := strings.IndexAny(group, ",; \t\n")
			if k < 0 {
				k = len(group)
			}
			id := group[:k]
			group = group[min(k+1, len(group)):]
			if id == "" {
				continue
			}
			f := factByID(facts, id)
			if f == nil {
				return nil, &GuardError{Reason: ReasonUngroundedID, Token: id}
			}
			if !containsFact(cited, f) {
				cited = append(cited, f)
			}
		}
	}
}

func factByID(facts []*knowledge.Fact, id string) *knowledge.Fact {
	for _, f := range facts {
		if f != nil && f.ID == id {
			return f
		}
	}
	return nil
}

func containsFact(facts []*knowledge.Fact, f *knowledge.Fact) bool {
	for _, g := range facts {
		if g == f {
			return true
		}
	}
	return false
}

// evidence is what a fact grounds: its words, numbers and dates.
type evidence struct {
	words   map[string]struct{}
	numbers map[string]struct{}
	dates   map[string]struct{}
}

// evidenceOf returns the evidence of f: the words, numbers and dates of its
// answer and its attribution, and the words of its keywords (aliases).
func evidenceOf(f *knowledge.Fact) *evidence {
	if ev, ok := evidenceCache.get(f); ok {
		return ev
	}
	ev := &evidence{words: map[string]struct{}{}, numbers: map[string]struct{}{}, dates: map[string]struct{}{}}
	ev.add(f.Answer, true)
	ev.add(f.By, true)
	for _, k := range f.Keywords {
		ev.add(k, false)
	}
	evidenceCache.put(f, ev)
	return ev
}

func (ev *evidence) add(s string, withNumbers bool) {
	var buf [64]token
	toks := lex(s, buf[:0], true)
	for _, t := range toks {
		if t.kind == tokWord {
			w := strings.ToLower(t.text)
			ev.words[w] = struct{}{}
			if n := len(w); n > 3 && w[n-1] == 's' {
				ev.words[w[:n-1]] = struct{}{} // "chips" grounds "Chip"
			}
		}
	}
	if !withNumbers {
		return
	}
	for _, t := range resolve(toks) {
		switch t.kind {
		case tokIdent, tokNumber:
			ev.numbers[t.text] = struct{}{}
		case tokDate:
			ev.dates[t.text] = struct{}{}
			_, d, _ := strings.Cut(t.text, "-")
			ev.numbers[d] = struct{}{} // "the 20th" is grounded by "20 January"
		}
	}
}

// hasWord reports whether w, or w without a plural s, is a word of the
// evidence (whose words are kept with and without their plural s).
func (ev *evidence) hasWord(w string) bool {
	if _, ok := ev.words[w]; ok {
		return true
	}
	if n := len(w); n > 3 && w[n-1] == 's' {
		_, ok := ev.words[w[:n-1]]
		return ok
	}
	return false
}

// isCommonWord reports whether w (lower case) is an everyday English word,
// capitalised at a sentence start rather than because it is a name.
func isCommonWord(w string) bool {
	return knowledge.IsStopword(w) || knowledge.IsGeneralWord(w) || commonWords[w]
}

var commonWords = setOf(`according additionally afterwards although article author because before both
despite either first however instead meanwhile neither nevertheless no note notably overall previously report
reports says second shares since sorry stock stocks there therefore these this those though thus unfortunately
unlike whereas while writer yes`)

// genericAcronyms are capitalised words that name no one in particular.
var genericAcronyms = setOf(`ai ok ceo cto gpu gpus api apis llm llms`)

func setOf(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// evidenceCache keeps the evidence of recently used facts: facts do not
// change once loaded, and a reload brings new ones (the cache forgets old
// ones when it fills up).
var evidenceCache = &factEvidence{m: map[*knowledge.Fact]evidenceEntry{}, max: 4096}

type factEvidence struct {
	mu  sync.Mutex
	m   map[*knowledge.Fact]evidenceEntry
	max int
}

type evidenceEntry struct {
	answer, by string
	keywords   int
	ev         *evidence
}

func (c *factEvidence) get(f *knowledge.Fact) (*evidence, bool) {
	c.mu.Lock()
	e, ok := c.m[f]
	c.mu.Unlock()
	if !ok || e.answer != f.Answer || e.by != f.By || e.keywords != len(f.Keywords) {
		return nil, false
	}
	return e.ev, true
}

func (c *factEvidence) put(f *knowledge.Fact, ev *evidence) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if len(c.m) >= c.max {
		clear(c.m)
	}
	c.m[f] = evidenceEntry{answer: f.Answer, by: f.By, keywords: len(f.Keywords), ev: ev}
}
