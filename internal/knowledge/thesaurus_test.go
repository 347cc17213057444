package knowledge

import (
	"slices"
	"strings"
	"testing"
)

// lookupThesaurus finds every line's word, with its list, and nothing
// that is not a line's word.
func TestLookupThesaurus(t *testing.T) {
	want := map[string][]string{}
	for line := range strings.Lines(thesaurus) {
		word, list, ok := strings.Cut(strings.TrimSuffix(line, "\n"), "\t")
		if !ok {
			t.Fatalf("thesaurus line %q has no tab", line)
		}
		want[word] = strings.Split(list, ",")
	}
	if len(want) < 50_000 {
		t.Fatalf("thesaurus has %d words; want the whole of it", len(want))
	}
	for w, list := range want {
		got, ok := lookupThesaurus(w)
		if !ok || !slices.Equal(got, list) {
			t.Fatalf("lookupThesaurus(%q) = %q, %v; want %q", w, got, ok, list)
		}
		for _, other := range []string{w + "q", w[:len(w)-1], w + " ", "\x00" + w} {
			_, known := want[other]
			if _, ok := lookupThesaurus(other); ok != known {
				t.Fatalf("lookupThesaurus(%q) found = %v; want %v", other, ok, known)
			}
		}
	}
	for _, w := range []string{"", "\x00", "zzzzzzzz", "\xff"} {
		if _, ok := lookupThesaurus(w); ok {
			t.Errorf("lookupThesaurus(%q) found a line", w)
		}
	}
}

func BenchmarkLookupThesaurus(b *testing.B) {
	for b.Loop() {
		lookupThesaurus("bankroll")
	}
}
