package answer

import (
	"sort"
	"strings"

	"github.com/deepseek-story/bot/internal/knowledge"
)

// Suggest returns up to n questions from the fact base that match what a
// user has typed so far (for autocomplete): every typed word must start a
// word of the question, the last one possibly half typed. With nothing
// typed it returns the base's first questions.
func (e *Engine) Suggest(typed string, n int) []string {
	kb := e.kb.Load()
	words := knowledge.Tokens(typed)
	type cand struct {
		q     string
		score int
		order int
	}
	var cands []cand
	seen := map[string]bool{}
	for i := range kb.Facts {
		for j, q := range kb.Facts[i].Questions {
			key := strings.ToLower(q)
			if seen[key] {
				continue
			}
			qwords := knowledge.Tokens(q)
			score := 0
			for _, w := range words {
				if hasPrefixWord(qwords, w) {
					score++
				}
			}
			if score < len(words) {
				continue
			}
			seen[key] = true
			// Prefer a fact's first (main) phrasing, then shorter questions.
			cands = append(cands, cand{q: q, score: -j*100 - len(q), order: len(cands)})
		}
	}
	sort.SliceStable(cands, func(a, b int) bool { return cands[a].score > cands[b].score })
	out := make([]string, 0, min(n, len(cands)))
	for _, c := range cands {
		if len(out) == n {
			break
		}
		out = append(out, c.q)
	}
	return out
}

func hasPrefixWord(words []string, prefix string) bool {
	for _, w := range words {
		if strings.HasPrefix(w, prefix) {
			return true
		}
	}
	return false
}
