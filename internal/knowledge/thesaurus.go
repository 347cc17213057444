package knowledge

//go:generate go run gen_thesaurus.go
//go:generate go run gen_thesaurus_index.go

import (
	_ "embed"
	"strings"
)

// thesaurus is generated from WordNet 3.0 (see gen_thesaurus.go and
// THESAURUS-LICENSE): sorted lines "word<TAB>synonym,synonym,...", the
// list marked with nounlessMark for a word that is no noun.
//
//go:embed thesaurus.txt
var thesaurus string

// thesaurusList returns the list of w's line, as written (the synonyms
// and more general words WordNet lists for w exactly: relativesIn reads
// it), and whether WordNet knows w. It binary-searches the sorted lines
// of the text itself, among those whose word begins as w does
// (thesaurusStarts, generated with the text): no index to build at start.
// A probe reads a line's word only, up to its tab, not the whole line.
func thesaurusList(w string) (string, bool) {
	text := thesaurus
	if len(w) < 2 || w[0] < 'a' || w[0] > 'z' || w[1] < 'a' || w[1] > 'z' {
		return "", false // every word of the thesaurus begins with two letters a to z
	}
	p := int(w[0]-'a')*26 + int(w[1]-'a')
	// Lines starting before lo have a word < w (lo may be inside the last
	// of them); lines starting at or after hi have a word >= w.
	lo, hi := int(thesaurusStarts[p]), int(thesaurusStarts[p+1])
	for lo < hi {
		mid := lo + (hi-lo)/2
		s := lineStart(text, mid)
		if s >= hi {
			hi = mid // no line starts in [mid, hi)
			continue
		}
		tab := strings.IndexByte(text[s:], '\t')
		if tab < 0 {
			tab = len(text) - s
		}
		if text[s:s+tab] < w {
			lo = s + tab + 1
		} else {
			hi = s
		}
	}
	// The first line starting at or after lo is the first whose word is
	// not below w.
	s := lineStart(text, lo)
	if s >= len(text) {
		return "", false
	}
	word, rest := thesaurusLine(text[s:])
	if word != w {
		return "", false
	}
	return strings.TrimSuffix(text[s+len(word)+1:len(text)-len(rest)], "\n"), true
}

// nounlessMark starts the list of a word WordNet knows as no noun.
const nounlessMark = "!"

// relativesIn returns the words of a line's list.
func relativesIn(list string) []string {
	return strings.Split(strings.TrimPrefix(list, nounlessMark), ",")
}

// lineStart returns where the first line starting at or after i starts,
// or len(text).
func lineStart(text string, i int) int {
	if i == 0 || i >= len(text) || text[i-1] == '\n' {
		return min(i, len(text))
	}
	nl := strings.IndexByte(text[i:], '\n')
	if nl < 0 {
		return len(text)
	}
	return i + nl + 1
}

// thesaurusLine splits the line at the start of text into its word and
// what follows the line.
func thesaurusLine(text string) (word, rest string) {
	line, rest, _ := strings.Cut(text, "\n")
	word, _, _ = strings.Cut(line, "\t")
	return word, rest
}

// morphSuffixes are WordNet's detachment rules for regular inflections
// (its "morphy"): an ending and what replaces it.
var morphSuffixes = [][2]string{
	{"ies", "y"}, {"ses", "s"}, {"xes", "x"}, {"zes", "z"}, {"ches", "ch"}, {"shes", "sh"}, {"men", "man"},
	{"es", "e"}, {"es", ""}, {"s", ""}, {"ed", "e"}, {"ed", ""}, {"ing", "e"}, {"ing", ""}, {"ier", "y"}, {"iest", "y"},
	{"er", ""}, {"est", ""},
}

// formList returns the list of w's line, or of the first base form the
// detachment rules give for w that has a line (base, "" for w itself),
// as written. A comparative never ends in -ier or -iest after its base:
// "happier" is happy, and "primier" no form of primi.
func formList(w string) (list, base string, ok bool) {
	if list, ok = thesaurusList(w); ok {
		return list, "", true
	}
	for _, s := range morphSuffixes {
		b, ok := strings.CutSuffix(w, s[0])
		if !ok || len(b+s[1]) < 3 || s[1] == "" && (s[0] == "er" || s[0] == "est") && strings.HasSuffix(b, "i") {
			continue
		}
		if list, ok = thesaurusList(b + s[1]); ok {
			return list, b + s[1], true
		}
	}
	return "", "", false
}

// IsEnglish reports whether WordNet knows w or a word it is a form of:
// Related's answer, without the relatives.
func IsEnglish(w string) bool {
	_, _, ok := formList(w)
	return ok
}

// NamesNothing reports whether WordNet knows w, or the word it is a form
// of, only as a verb, adjective or adverb ("convened", "readily",
// "deploy"): a word that says how or what is done, never what about.
func NamesNothing(w string) bool {
	list, _, ok := formList(w)
	return ok && strings.HasPrefix(list, nounlessMark)
}

// Related returns the words WordNet relates to w (synonyms and more
// general words), trying its base forms ("bankrolls" → "bankroll"), and
// whether w is an English word WordNet knows.
func Related(w string) ([]string, bool) {
	list, base, ok := formList(w)
	if !ok {
		return nil, false
	}
	syn := relativesIn(list)
	if base != "" {
		syn = append(syn, base)
	}
	return syn, true
}
