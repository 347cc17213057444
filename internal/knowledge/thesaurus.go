package knowledge

//go:generate go run gen_thesaurus.go

import (
	_ "embed"
	"sort"
	"strings"
	"sync"
)

// thesaurus is generated from WordNet 3.0 (see gen_thesaurus.go and
// THESAURUS-LICENSE): sorted lines "word<TAB>synonym,synonym,...".
//
//go:embed thesaurus.txt
var thesaurus string

var (
	thesaurusOnce  sync.Once
	thesaurusLines []int32 // start offset of each line
)

// lookupThesaurus returns the synonyms and more general words WordNet
// lists for w exactly, and whether it knows w.
func lookupThesaurus(w string) ([]string, bool) {
	thesaurusOnce.Do(func() {
		thesaurusLines = make([]int32, 0, 70_000)
		for start := 0; start < len(thesaurus); {
			thesaurusLines = append(thesaurusLines, int32(start))
			nl := strings.IndexByte(thesaurus[start:], '\n')
			if nl < 0 {
				break
			}
			start += nl + 1
		}
	})
	word := func(i int) string {
		line := thesaurus[thesaurusLines[i]:]
		return line[:strings.IndexByte(line, '\t')]
	}
	i := sort.Search(len(thesaurusLines), func(i int) bool { return word(i) >= w })
	if i == len(thesaurusLines) || word(i) != w {
		return nil, false
	}
	line := thesaurus[thesaurusLines[i]:]
	line = line[strings.IndexByte(line, '\t')+1:]
	if nl := strings.IndexByte(line, '\n'); nl >= 0 {
		line = line[:nl]
	}
	return strings.Split(line, ","), true
}

// morphSuffixes are WordNet's detachment rules for regular inflections
// (its "morphy"): an ending and what replaces it.
var morphSuffixes = [][2]string{
	{"ies", "y"}, {"ses", "s"}, {"xes", "x"}, {"zes", "z"}, {"ches", "ch"}, {"shes", "sh"}, {"men", "man"},
	{"es", "e"}, {"es", ""}, {"s", ""}, {"ed", "e"}, {"ed", ""}, {"ing", "e"}, {"ing", ""}, {"er", ""}, {"est", ""},
}

// Related returns the words WordNet relates to w (synonyms and more
// general words), trying its base forms ("bankrolls" → "bankroll"), and
// whether w is an English word WordNet knows.
func Related(w string) ([]string, bool) {
	if syn, ok := lookupThesaurus(w); ok {
		return syn, true
	}
	for _, s := range morphSuffixes {
		if base, ok := strings.CutSuffix(w, s[0]); ok && len(base) >= 2 {
			if syn, ok := lookupThesaurus(base + s[1]); ok {
				return append(syn, base+s[1]), true
			}
		}
	}
	return nil, false
}
