package digest

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/deepseek-story/bot/internal/knowledge"
)

// clip shortens s to at most n runes, ending in "…" when cut, at a word
// boundary when there is one near the end.
func clip(s string, n int) string {
	if n <= 0 {
		return ""
	}
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)[:n-1]
	if i := lastSpace(r); i > (n-1)/2 {
		r = r[:i]
	}
	return strings.TrimRightFunc(string(r), func(c rune) bool { return unicode.IsSpace(c) || unicode.IsPunct(c) }) + "…"
}

func lastSpace(r []rune) int {
	for i := len(r) - 1; i >= 0; i-- {
		if unicode.IsSpace(r[i]) {
			return i
		}
	}
	return -1
}

// oneLine collapses runs of white space (newlines included) into one space.
func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

// cleanQuestion makes a question as typed in chat fit to show in a
// digest: mention markup (<@U1>, <!here>) removed, invalid UTF-8 and
// control characters dropped, on one line.
func cleanQuestion(s string) string {
	s = strings.ToValidUTF8(s, " ")
	s = knowledge.StripMarkup(s)
	s = strings.Map(func(r rune) rune {
		if unicode.IsControl(r) {
			return ' '
		}
		return r
	}, s)
	return oneLine(s)
}
