package llm

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// Token kinds.
const (
	tokWord   = iota // a word, possessive dropped; lower case unless upper (ASCII names keep their case)
	tokNumber        // a number; text is its canonical value ("149.43", "1000000000000")
	tokIdent         // starts with a digit and has letters ("4o", "10x"); text is lower case
	tokDate          // a day and month; text is "1-20" for 20 January
)

// token is a word or a number of a text; start and end locate it (with
// its neighbours, once resolve folds them in).
type token struct {
	text       string
	start, end int32
	kind       uint8
	upper      bool // has an upper-case letter
	caseless   bool // has a letter of a script without case (CJK...)
	digit      bool // a word with a digit in it (R1, H100)
	first      bool // first word of a sentence
	money      bool // right after a currency sign
	gap        bool // a plain word left out came between this token and the one before
	skip       bool // folded into a neighbour (a scale word, a date's day or month)
}

// lex splits s into words and numbers, marking sentence starts and
// skipping [bracketed] citation groups. Unless all, it leaves out plain
// words, lower case words that are no number, month or scale word: the
// guard has nothing to check in them (it marks the gap they leave).
func lex(s string, toks []token, all bool) []token {
	first, money, gap := true, false, false
	for i := 0; i < len(s); {
		c := s[i]
		var kind uint8
		if c < utf8.RuneSelf {
			switch {
			case c >= 'a' && c <= 'z' && !all:
				// The fast way past a plain lower-case word.
				j := i + 1
				for j < len(s) && s[j] >= 'a' && s[j] <= 'z' {
					j++
				}
				if (j == len(s) || !continuesWord(s[j], j-i)) && !specialShapes.has(s[i:j]) {
					first, money, gap = false, false, true
					i = j
					continue
				}
				kind = tokWord
			case c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z':
				kind = tokWord
			case c >= '0' && c <= '9':
				kind = tokNumber
			case c == ' ':
				i++
				continue
			case c == '.' || c == '!' || c == '?' || c == '\n':
				first, money = true, false
				i++
				continue
			case c == '$':
				money = true
				i++
				continue
			case c == '[':
				if k := strings.IndexByte(s[i:], ']'); k > 0 {
					i += k + 1
					continue
				}
				fallthrough
			default:
				money = false
				i++
				continue
			}
		} else {
			r, size := utf8.DecodeRuneInString(s[i:])
			switch {
			case unicode.IsLetter(r):
				kind = tokWord
			case unicode.IsDigit(r):
				kind = tokIdent // another script's digit: to be found as is
			case r == '€' || r == '£' || r == '¥':
				money = true
				i += size
				continue
			case r == '…' || r == '。' || r == '！' || r == '？':
				first, money = true, false
				i += size
				continue
			default:
				if !unicode.IsSpace(r) {
					money = false
				}
				i += size
				continue
			}
		}
		toks = append(toks, token{start: int32(i), first: first, money: money, gap: gap})
		t := &toks[len(toks)-1]
		var j int
		switch kind {
		case tokWord:
			j = lexWord(s, i, t)
			if !all && !t.upper && !t.digit && !t.caseless && !isSpecialWord(t.text) {
				toks = toks[:len(toks)-1]
				first, money, gap = false, false, true
				i = j
				continue
			}
		case tokNumber:
			j = lexNumber(s, i, t)
		default:
			_, size := utf8.DecodeRuneInString(s[i:])
			j = i + size
			t.kind, t.text = tokIdent, s[i:j]
		}
		t.end = int32(j)
		first, money, gap = false, false, false
		i = j
	}
	return toks
}

// isSpecialWord reports whether a lower-case word may be part of a
// number or a date: a number word, a month, a scale word, "one", "of".
func isSpecialWord(w string) bool {
	if len(w) > 9 || !specialShapes.has(w) {
		return false
	}
	if numberWord(w) != "" || scaleOf(w) > 0 {
		return true
	}
	if m, _ := monthOf(w); m > 0 {
		return true
	}
	return w == "one" || w == "of"
}

// continuesWord reports whether c after n lower-case letters may continue
// the word: a letter, a digit, an apostrophe, an acronym's dot (after one
// letter), a byte of a non-ASCII letter.
func continuesWord(c byte, n int) bool {
	return c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '\'' || c == '.' && n == 1 || c >= utf8.RuneSelf
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

func isASCIILetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

// spaceAt returns the length of a space that may group thousands at s[i]:
// a plain, no-break, thin or narrow no-break space.
func spaceAt(s string, i int) int {
	if i >= len(s) {
		return 0
	}
	switch {
	case s[i] == ' ':
		return 1
	case strings.HasPrefix(s[i:], "\u00a0"):
		return len("\u00a0")
	case strings.HasPrefix(s[i:], "\u2009"), strings.HasPrefix(s[i:], "\u202f"):
		return len("\u2009")
	}
	return 0
}

// lexNumber reads the number at s[i]: digits with decimal points or
// thousands separators ("149.43", "10,000", "10 000"), and letters stuck to
// it ("6th", "1980s", "$5bn", "4o").
func lexNumber(s string, i int, t *token) int {
	j := i
	for j < len(s) && isDigit(s[j]) {
		j++
	}
	spaced := j-i <= 3 // may still be "10 000"
	for j < len(s) {
		if (s[j] == ',' || s[j] == '.') && j+1 < len(s) && isDigit(s[j+1]) {
			j++
			for j < len(s) && isDigit(s[j]) {
				j++
			}
			spaced = false
			continue
		}
		if sp := spaceAt(s, j); sp > 0 && spaced && j+sp+3 <= len(s) &&
			isDigit(s[j+sp]) && isDigit(s[j+sp+1]) && isDigit(s[j+sp+2]) &&
			(j+sp+3 == len(s) || !isDigit(s[j+sp+3]) && s[j+sp+3] != '.' && s[j+sp+3] != ',') {
			j += sp + 3
			continue
		}
		break
	}
	k := j
	for k < len(s) {
		if c := s[k]; c < utf8.RuneSelf {
			if !isASCIILetter(c) && !isDigit(c) {
				break
			}
			k++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[k:])
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			break
		}
		k += size
	}
	t.kind, t.text = tokNumber, canonical(s[i:j])
	if k == j {
		return k
	}
	switch suffix := strings.ToLower(s[j:k]); suffix {
	case "st", "nd", "rd", "th": // 6th
	case "s": // the 1980s
	case "k", "m", "mn", "b", "bn", "t", "tn":
		// "$5bn" is money; "5m" could be metres or minutes.
		if i > 0 && s[i-1] == '$' {
			t.text = scale(t.text, scaleOf(suffix))
		} else {
			t.kind, t.text = tokIdent, strings.ToLower(s[i:k])
		}
	default:
		t.kind, t.text = tokIdent, strings.ToLower(s[i:k])
	}
	return k
}

// lexWord reads the word at s[i]: letters and digits, inner apostrophes
// ("don't") and acronym dots ("U.S."), dropping a possessive 's.
func lexWord(s string, i int, t *token) int {
	if end := acronymEnd(s, i); end > 0 {
		t.text = strings.ReplaceAll(s[i:end], ".", "")
		t.upper = strings.ToLower(t.text) != t.text
		return end
	}
	j, ascii := i, true
scan:
	for j < len(s) {
		c := s[j]
		if c < utf8.RuneSelf {
			switch {
			case c >= 'a' && c <= 'z':
			case c >= 'A' && c <= 'Z':
				t.upper = true
			case c >= '0' && c <= '9':
				t.digit = true
			case c == '\'':
				if j+1 >= len(s) || !isASCIILetter(s[j+1]) {
					break scan
				}
			default:
				break scan
			}
			j++
			continue
		}
		ascii = false
		r, size := utf8.DecodeRuneInString(s[j:])
		switch {
		case unicode.IsLetter(r):
			if unicode.IsUpper(r) || unicode.IsTitle(r) {
				t.upper = true
			} else if !unicode.IsLower(r) {
				t.caseless = true
			}
		case unicode.IsDigit(r):
			t.digit = true
		case r == '\u2019':
			next, _ := utf8.DecodeRuneInString(s[j+size:])
			if !unicode.IsLetter(next) {
				break scan
			}
		default:
			break scan
		}
		j += size
	}
	end := j
	if n := end - i; n > 2 && (s[end-1] == 's' || s[end-1] == 'S') && s[end-2] == '\'' {
		end -= 2
	} else if !ascii && strings.HasSuffix(s[i:end], "\u2019s") {
		end -= len("\u2019s")
	}
	// ASCII words keep their case (a word with t.upper may have capitals):
	// lowering every name would allocate; the guard lowers on demand.
	t.text = s[i:end]
	if !ascii {
		t.text = strings.ToLower(t.text)
	}
	return j
}

// acronymEnd returns where an acronym written with dots ("U.S.", "e.g.")
// that starts at s[i] ends, after its last dot; 0 if there is none. The
// last dot belongs to the acronym, not to the end of a sentence.
func acronymEnd(s string, i int) int {
	k, n := i, 0
	for k+1 < len(s) && isASCIILetter(s[k]) && s[k+1] == '.' {
		k += 2
		n++
	}
	if n < 2 {
		return 0
	}
	return k
}

// canonical writes a number without grouping, leading or trailing zeros:
// "10,000" → "10000", "040.50" → "40.5", "1.000.000" → "1000000".
func canonical(n string) string {
	if isCanonical(n) {
		return n
	}
	// The decimal separator: the last of "." and "," when both appear;
	// a single "."; a single "," not followed by exactly three digits
	// ("149,43", while "10,000" groups).
	dec := -1
	lastDot, lastComma := strings.LastIndexByte(n, '.'), strings.LastIndexByte(n, ',')
	switch {
	case lastDot >= 0 && lastComma >= 0:
		dec = max(lastDot, lastComma)
	case lastDot >= 0:
		if strings.IndexByte(n, '.') == lastDot {
			dec = lastDot
		}
	case lastComma >= 0:
		if strings.IndexByte(n, ',') == lastComma && digitsAfter(n, lastComma) != 3 {
			dec = lastComma
		}
	}
	var buf [64]byte
	b := buf[:0]
	for i := 0; i < len(n); i++ {
		switch {
		case i == dec:
			b = append(b, '.')
		case isDigit(n[i]):
			b = append(b, n[i])
		}
	}
	intPart, frac, _ := strings.Cut(string(b), ".")
	return joinNumber(intPart, frac)
}

// isCanonical reports whether n is digits with at most one decimal point,
// without leading zeros (but "0.5") or trailing decimal zeros.
func isCanonical(n string) bool {
	point := -1
	for i := 0; i < len(n); i++ {
		switch {
		case isDigit(n[i]):
		case n[i] == '.' && point < 0 && i > 0 && i < len(n)-1:
			point = i
		default:
			return false
		}
	}
	if n[0] == '0' && len(n) > 1 && point != 1 {
		return false
	}
	return point < 0 || n[len(n)-1] != '0'
}

func digitsAfter(s string, i int) int {
	n := 0
	for i++; i < len(s) && isDigit(s[i]); i++ {
		n++
	}
	return n
}

func joinNumber(intPart, frac string) string {
	intPart = strings.TrimLeft(intPart, "0")
	if intPart == "" {
		intPart = "0"
	}
	frac = strings.TrimRight(frac, "0")
	if frac == "" {
		return intPart
	}
	return intPart + "." + frac
}

// scale multiplies a canonical number by 10^exp.
func scale(n string, exp int) string {
	intPart, frac, _ := strings.Cut(n, ".")
	digits := intPart + frac
	point := len(intPart) + exp
	if point >= len(digits) {
		return joinNumber(digits+strings.Repeat("0", point-len(digits)), "")
	}
	return joinNumber(digits[:point], digits[point:])
}

// shapes is a quick filter on a set of lower-case words: the lengths
// of the words for each first and last letter.
type shapes [26][26]uint16

func (sh *shapes) add(w string) {
	if a, z := w[0]-'a', w[len(w)-1]-'a'; a < 26 && z < 26 && len(w) < 16 {
		sh[a][z] |= 1 << len(w)
	}
}

// has reports whether w, in lower case or capitalised, may be in the set.
func (sh *shapes) has(w string) bool {
	if len(w) == 0 || len(w) >= 16 {
		return false
	}
	a, z := w[0]|0x20-'a', w[len(w)-1]|0x20-'a'
	return a < 26 && z < 26 && sh[a][z]&(1<<len(w)) != 0
}

// specialShapes filters the words isSpecialWord looks up.
var specialShapes = func() *shapes {
	sh := new(shapes)
	for _, w := range strings.Fields(`zero one two three four five six seven eight nine ten eleven twelve dozen
		thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty
		ninety hundred thousand million billion trillion k m mn b bn t tn of january february march april may june
		july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec`) {
		sh.add(w)
	}
	return sh
}()

// scaleOf returns the power of ten a scale word stands for, or 0.
func scaleOf(w string) int {
	switch w {
	case "hundred":
		return 2
	case "thousand", "k":
		return 3
	case "million", "m", "mn":
		return 6
	case "billion", "b", "bn":
		return 9
	case "trillion", "t", "tn":
		return 12
	}
	return 0
}

// numberWord returns the value of a number word ("two" is "2"); "one" is
// left out, being mostly a pronoun ("one of the").
func numberWord(w string) string {
	switch w {
	case "zero":
		return "0"
	case "two":
		return "2"
	case "three":
		return "3"
	case "four":
		return "4"
	case "five":
		return "5"
	case "six":
		return "6"
	case "seven":
		return "7"
	case "eight":
		return "8"
	case "nine":
		return "9"
	case "ten":
		return "10"
	case "eleven":
		return "11"
	case "twelve", "dozen":
		return "12"
	case "thirteen":
		return "13"
	case "fourteen":
		return "14"
	case "fifteen":
		return "15"
	case "sixteen":
		return "16"
	case "seventeen":
		return "17"
	case "eighteen":
		return "18"
	case "nineteen":
		return "19"
	case "twenty":
		return "20"
	case "thirty":
		return "30"
	case "forty":
		return "40"
	case "fifty":
		return "50"
	case "sixty":
		return "60"
	case "seventy":
		return "70"
	case "eighty":
		return "80"
	case "ninety":
		return "90"
	}
	return ""
}

// monthOf returns the month a lower-case month name or abbreviation names.
func monthOf(w string) (m int, abbreviation bool) {
	switch w {
	case "january":
		return 1, false
	case "february":
		return 2, false
	case "march":
		return 3, false
	case "april":
		return 4, false
	case "may":
		return 5, false
	case "june":
		return 6, false
	case "july":
		return 7, false
	case "august":
		return 8, false
	case "september":
		return 9, false
	case "october":
		return 10, false
	case "november":
		return 11, false
	case "december":
		return 12, false
	case "jan":
		return 1, true
	case "feb":
		return 2, true
	case "mar":
		return 3, true
	case "apr":
		return 4, true
	case "jun":
		return 6, true
	case "jul":
		return 7, true
	case "aug":
		return 8, true
	case "sep", "sept":
		return 9, true
	case "oct":
		return 10, true
	case "nov":
		return 11, true
	case "dec":
		return 12, true
	}
	return 0, false
}

// month returns the month a word names; "May" and abbreviations only
// when capitalised.
func month(t *token) int {
	if t.kind != tokWord || t.digit {
		return 0
	}
	m, abbreviation := monthOf(t.text)
	if (abbreviation || m == 5) && !t.upper {
		return 0
	}
	return m
}

// day returns the day of the month a number token can be, or 0.
func day(t *token) int {
	if t.kind != tokNumber || t.money || len(t.text) > 2 || strings.IndexByte(t.text, '.') >= 0 {
		return 0
	}
	d := int(t.text[0] - '0')
	if len(t.text) == 2 {
		d = d*10 + int(t.text[1]-'0')
	}
	if d < 1 || d > 31 {
		return 0
	}
	return d
}

// resolve folds neighbouring tokens into values: number words ("two"),
// scale words ("1 trillion"), dates ("20 January", "January 20th").
func resolve(toks []token) []token {
	for i := range toks {
		// Capitalised words that may be months or numbers ("January",
		// "Two") are the only ones lowered here.
		if t := &toks[i]; t.kind == tokWord && t.upper && !t.digit && specialShapes.has(t.text) {
			t.text = strings.ToLower(t.text)
		}
	}
	for i := range toks {
		t := &toks[i]
		if t.kind != tokWord || t.digit {
			continue
		}
		if v := numberWord(t.text); v != "" {
			t.kind, t.text = tokNumber, v
			// "twenty five", "twenty-five"
			if len(v) == 2 && v[1] == '0' && i+1 < len(toks) && !toks[i+1].gap && toks[i+1].kind == tokWord {
				if u := numberWord(toks[i+1].text); len(u) == 1 {
					t.text = v[:1] + u
					t.end = toks[i+1].end
					toks[i+1].skip = true
				}
			}
		} else if t.text == "one" && i+1 < len(toks) && !toks[i+1].gap && toks[i+1].kind == tokWord && len(toks[i+1].text) > 2 && scaleOf(toks[i+1].text) > 0 {
			t.kind, t.text = tokNumber, "1"
		}
	}
	for i := range toks {
		t := &toks[i]
		if t.skip || t.kind != tokNumber || i+1 >= len(toks) {
			continue
		}
		if next := &toks[i+1]; !next.gap && next.kind == tokWord && !next.digit {
			if exp := scaleOf(next.text); exp > 0 && (len(next.text) > 2 || t.money) {
				t.text = scale(t.text, exp)
				t.end = next.end
				next.skip = true
			}
		}
	}
	for i := range toks {
		t := &toks[i]
		if t.skip {
			continue
		}
		if d := day(t); d > 0 {
			// "20 January", "20th of January"
			j := i + 1
			if j < len(toks) && !toks[j].gap && toks[j].kind == tokWord && toks[j].text == "of" {
				j++
			}
			if j < len(toks) && !toks[j].gap {
				if m := month(&toks[j]); m > 0 {
					t.kind, t.text = tokDate, dateKeys()[m][d]
					t.end = toks[j].end
					toks[j].skip = true
					continue
				}
			}
		}
		if i+1 < len(toks) && !toks[i+1].skip && !toks[i+1].gap && t.kind == tokWord {
			// "January 20", "January 20th"
			if d := day(&toks[i+1]); d > 0 {
				if m := month(t); m > 0 {
					t.kind, t.text = tokDate, dateKeys()[m][d]
					t.end = toks[i+1].end
					toks[i+1].skip = true
				}
			}
		}
	}
	return toks
}

// dateKeys()[m][d] is the key of a date: "1-20" for 20 January. Made
// when first needed, not at every start of the bot (372 strings), as
// most commands never check a summary.
var dateKeys = sync.OnceValue(func() *[13][32]string {
	var keys [13][32]string
	for m := 1; m <= 12; m++ {
		for d := 1; d <= 31; d++ {
			keys[m][d] = itoa(m) + "-" + itoa(d)
		}
	}
	return &keys
})

func itoa(n int) string {
	if n < 10 {
		return string(rune('0' + n))
	}
	return string(rune('0'+n/10)) + string(rune('0'+n%10))
}
