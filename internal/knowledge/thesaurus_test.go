package knowledge

import (
	"slices"
	"strings"
	"testing"
)

// lookupThesaurus returns the relatives WordNet lists for w exactly, and
// whether it knows w: thesaurusList, read.
func lookupThesaurus(w string) ([]string, bool) {
	list, ok := thesaurusList(w)
	if !ok {
		return nil, false
	}
	return relativesIn(list), true
}

// lookupThesaurus finds every line's word, with its list, and nothing
// that is not a line's word.
func TestLookupThesaurus(t *testing.T) {
	want := map[string][]string{}
	for line := range strings.Lines(thesaurus) {
		word, list, ok := strings.Cut(strings.TrimSuffix(line, "\n"), "\t")
		if !ok {
			t.Fatalf("thesaurus line %q has no tab", line)
		}
		want[word] = strings.Split(strings.TrimPrefix(list, nounlessMark), ",")
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

// thesaurusStarts is up to date with the text (go generate
// ./internal/knowledge writes both): each prefix's lines start where it
// says, and every word begins with two letters a to z.
func TestNamesNothing(t *testing.T) {
	tests := []struct {
		name, w string
		want    bool
	}{
		{"a verb only", "convene", true},
		{"a verb's form", "convened", true},
		{"an adverb", "readily", true},
		{"a noun", "revelation", false},
		{"a noun's plural", "revelations", false},
		{"an adjective that is also a noun", "commercial", false},
		{"a word WordNet lacks", "deepseek", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := NamesNothing(tc.w); got != tc.want {
				t.Errorf("NamesNothing(%q) = %v; want %v", tc.w, got, tc.want)
			}
		})
	}
}

func TestThesaurusStarts(t *testing.T) {
	var starts [26*26 + 1]uint32
	next, off := 0, 0
	for line := range strings.Lines(thesaurus) {
		w := line[:strings.IndexAny(line, "\t\n")]
		if len(w) < 2 || w[0] < 'a' || w[0] > 'z' || w[1] < 'a' || w[1] > 'z' {
			t.Fatalf("thesaurus word %q does not begin with two letters a to z", w)
		}
		for p := int(w[0]-'a')*26 + int(w[1]-'a'); next <= p; next++ {
			starts[next] = uint32(off)
		}
		off += len(line)
	}
	for ; next < len(starts); next++ {
		starts[next] = uint32(off)
	}
	if starts != thesaurusStarts {
		t.Error("thesaurusStarts does not match thesaurus.txt: run go generate ./internal/knowledge")
	}
}

func BenchmarkLookupThesaurus(b *testing.B) {
	for b.Loop() {
		lookupThesaurus("bankroll")
	}
}
