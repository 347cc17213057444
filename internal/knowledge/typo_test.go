package knowledge

import (
	"maps"
	"math/rand/v2"
	"slices"
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

// scanClosest is closest as a plain scan of every word of about w's
// length, computing each distance in full: what the typo vocabulary and
// the letter-set bound must agree with.
func scanClosest(w string, maxDist int, byLen map[int][]string, df func(string) int) (string, int) {
	best, bestDist, bestDF := "", maxDist+1, 0
	if maxDist < 1 {
		return "", bestDist
	}
	for l := len(w) - maxDist; l <= len(w)+maxDist; l++ {
		for _, cand := range byLen[l] {
			if cand[0] != w[0] && (len(cand) < 2 || cand[1] != w[0]) {
				continue
			}
			d := fullEditDistance(w, cand)
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

// The typo search finds what a plain scan finds, for typos of every word
// of the project's base: letters dropped, doubled, changed and swapped.
func TestClosestMatchesScan(t *testing.T) {
	kb, err := Load("../../knowledge.yaml")
	if err != nil {
		t.Fatal(err)
	}
	ix := kb.Index()
	vocab := newTypoVocabulary(ix.byLen)
	r := rand.New(rand.NewPCG(7, 8))
	var typos []string
	df := func(w string) int { return ix.lookup(w).df }
	for _, w := range slices.Sorted(maps.Keys(ix.words)) {
		if ix.words[w].df == 0 {
			continue
		}
		for range 3 {
			b := []byte(w)
			switch i := r.IntN(len(b)); r.IntN(4) {
			case 0:
				b = append(b[:i], b[i+1:]...)
			case 1:
				b = append(b[:i+1], b[i:]...)
			case 2:
				b[i] = byte('a' + r.IntN(26))
			default:
				if i+1 < len(b) {
					b[i], b[i+1] = b[i+1], b[i]
				}
			}
			if len(b) >= 4 {
				typos = append(typos, string(b))
			}
		}
	}
	for _, w := range typos {
		for maxDist := 1; maxDist <= 2; maxDist++ {
			gotW, gotD := closest(w, maxDist, vocab, df)
			wantW, wantD := scanClosest(w, maxDist, ix.byLen, df)
			if gotW != wantW || gotD != wantD {
				t.Fatalf("closest(%q, %d) = %q, %d; a scan finds %q, %d", w, maxDist, gotW, gotD, wantW, wantD)
			}
		}
	}
}
