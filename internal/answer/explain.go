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
	return b.String()
}
