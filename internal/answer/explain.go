package answer

import (
	"fmt"
	"sort"
	"strings"

	"github.com/deepseek-story/bot/internal/knowledge"
)

// Explain describes how the engine reads a question and ranks facts: the
// terms with their weights and the best candidates with coverage and
// score. It is for curators tuning the fact base (bot ask --explain).
func (e *Engine) Explain(text string) string {
	kb := e.kb.Load()
	ix := kb.Index()
	words := knowledge.Tokens(text)
	var b strings.Builder
	fmt.Fprintf(&b, "words: %v\ntype: %q\nterms:", words, questionType(words))
	terms := ix.Analyze(words)
	var qterms []string
	var weights []float64
	var total float64
	seen := map[string]bool{}
	for _, t := range terms {
		if seen[t.Term] {
			continue
		}
		seen[t.Term] = true
		known := ""
		if !ix.Known(t.Term) {
			known = "?"
		}
		fmt.Fprintf(&b, " %s(%s)%s=%.2f", t.Term, t.Word, known, ix.Weight(t))
		if len(t.Alts) > 0 {
			fmt.Fprintf(&b, "~%v", t.Alts)
		}
		qterms = append(qterms, t.Term)
		weights = append(weights, 1)
		total += ix.Weight(t)
	}
	b.WriteString("\n")
	n := len(ix.Facts())
	acc := ix.NewAccumulator()
	ix.Score(qterms, weights, acc)
	scores := acc.Scores
	order := make([]int, n)
	for i := range order {
		order[i] = i
	}
	sort.Slice(order, func(a, c int) bool { return scores[order[a]] > scores[order[c]] })
	for _, i := range order[:min(5, n)] {
		if scores[i] == 0 {
			break
		}
		var got float64
		for _, t := range terms {
			got += ix.Credit(t.Term, i) * ix.Weight(t)
		}
		fmt.Fprintf(&b, "  %-32s score %.2f coverage of exact terms %.2f\n", ix.Facts()[i].ID, scores[i], got/total)
	}
	b.WriteString("as judged:\n")
	bufs := e.answerBufs()
	defer e.answers.Put(bufs)
	e.match(kb, words, convState{trace: &b}, bufs)
	return b.String()
}

// traceMatch writes how one match was judged: the question's slots with
// their cover (a "?" marks a word the base does not know, "~" its
// stand-ins), the finalists by value and coverage, and the verdict.
func traceMatch(b *strings.Builder, ix *knowledge.Index, slots []slot, cands []candidate, lead bool, m match) {
	b.WriteString("  slots:")
	for _, sl := range slots {
		mark := ""
		if sl.strange {
			mark = "?"
		}
		if sl.credit < 1 {
			mark += "~"
		}
		fmt.Fprintf(b, " %s%s=%.2f", strings.Join(sl.alts, "|"), mark, sl.cover)
	}
	b.WriteString("\n")
	for _, c := range cands[:min(5, len(cands))] {
		fmt.Fprintf(b, "  %-32s value %.2f coverage %.2f\n", ix.Facts()[c.i].ID, c.value, c.cov)
	}
	verdict := "answers"
	if !m.ok {
		verdict = "fails: " + string(m.failed)
	}
	fmt.Fprintf(b, "  lead %v; best %s coverage %.2f score %.2f: %s\n", lead, m.fact.ID, m.coverage, m.score, verdict)
}
