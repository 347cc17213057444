package knowledge

import (
	"math/rand/v2"
	"testing"

	"github.com/agnivade/levenshtein"
)

// fullEditDistance is editDistance computed in full: the swap rule, else
// the library's Levenshtein distance.
func fullEditDistance(a, b string) int {
	if len(a) == len(b) {
		for i := 0; i+1 < len(a); i++ {
			if a[i] != b[i] {
				if a[i] == b[i+1] && a[i+1] == b[i] && a[i+2:] == b[i+2:] {
					return 1
				}
				break
			}
		}
	}
	return levenshtein.ComputeDistance(a, b)
}

// The bounded edit distance is exact up to its bound and bound+1 beyond.
func TestEditDistanceBounded(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	word := func(alphabet string) string {
		b := make([]byte, r.IntN(12))
		for i := range b {
			b[i] = alphabet[r.IntN(len(alphabet))]
		}
		return string(b)
	}
	pairs := [][2]string{{"", ""}, {"", "abc"}, {"tumbeld", "tumbled"}, {"ab", "ba"}, {"abc", "abc"},
		{"nvdia", "nvidia"}, {"déjà", "deja"}, {"naïve", "naive"}, {"deepsek", "deepseek"}}
	for range 20000 {
		alphabet := "abcd"
		if r.IntN(10) == 0 {
			alphabet = "abé"
		}
		a := word(alphabet)
		b := []byte(a)
		// Mostly near words: a few edits of a.
		for range r.IntN(4) {
			if len(b) > 0 {
				b[r.IntN(len(b))] = alphabet[r.IntN(len(alphabet))]
			}
		}
		pairs = append(pairs, [2]string{a, string(b)}, [2]string{a, word(alphabet)})
	}
	for _, p := range pairs {
		want := fullEditDistance(p[0], p[1])
		for bound := 0; bound <= 4; bound++ {
			if got := editDistance(p[0], p[1], bound); got != min(want, bound+1) {
				t.Fatalf("editDistance(%q, %q, %d) = %d; want %d", p[0], p[1], bound, got, min(want, bound+1))
			}
		}
	}
}
