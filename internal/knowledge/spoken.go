package knowledge

import (
	"slices"
	"strconv"
)

// Numbers said rather than typed, as speech-to-text and some people write
// them: a year ("twenty twenty two", "nineteen eighty five"), a day of a
// month ("january sixth", "the twentieth of january") and a share ("seventeen
// percent"). The fact base states them in digits.

// spokenUnits are the number words below twenty.
var spokenUnits = map[string]int{"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
	"seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
	"fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19}

// spokenTens are the tens from twenty.
var spokenTens = map[string]int{"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
	"eighty": 80, "ninety": 90}

// spokenOrdinals are the ordinal words a day of a month is said with.
var spokenOrdinals = map[string]int{"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
	"seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
	"fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
	"twentieth": 20, "thirtieth": 30}

// spokenWords are the words a said number may start with: one look-up
// tells a word that starts none.
var spokenWords = func() map[string]bool {
	m := map[string]bool{}
	for _, words := range []map[string]int{spokenUnits, spokenTens, spokenOrdinals} {
		for w := range words {
			m[w] = true
		}
	}
	return m
}()

// spokenNumbers rewrites the numbers said in words as digits, in place
// where it can.
func spokenNumbers(words []string) []string {
	for i := 0; i < len(words); i++ {
		if !spokenWords[words[i]] {
			continue // most words
		}
		if n, year := spokenYear(words[i:]); n > 0 {
			words = slices.Replace(words, i, i+n, year)
			continue
		}
		if n, day := spokenOrdinal(words[i:]); n > 0 && nearMonth(words, i, n) {
			words = slices.Replace(words, i, i+n, strconv.Itoa(day))
			continue
		}
		if n, value := spokenCardinal(words[i:]); n > 0 && i+n < len(words) && words[i+n] == "percent" {
			words = slices.Replace(words, i, i+n, strconv.Itoa(value))
		}
	}
	return words
}

// spokenYear reads a year said in two halves at the start of words
// ("twenty twenty two", "nineteen eighty five", "twenty oh five"): the
// words it spans and the year, or 0.
func spokenYear(words []string) (int, string) {
	century, ok := spokenCenturies[words[0]]
	if !ok || len(words) < 2 {
		return 0, ""
	}
	if words[1] == "oh" {
		if len(words) > 2 {
			if u, ok := spokenUnits[words[2]]; ok && u > 0 && u < 10 {
				return 3, strconv.Itoa(century*100 + u)
			}
		}
		return 0, ""
	}
	// The year's last two digits, said as one number of ten or more.
	if n, v := spokenCardinal(words[1:]); n > 0 && v >= 10 {
		return 1 + n, strconv.Itoa(century*100 + v)
	}
	return 0, ""
}

// spokenCenturies are the first halves of the years said.
var spokenCenturies = map[string]int{"nineteen": 19, "twenty": 20}

// spokenOrdinal reads an ordinal at the start of words ("sixth", "twenty
// seventh"): the words it spans and its value, or 0.
func spokenOrdinal(words []string) (int, int) {
	if d, ok := spokenOrdinals[words[0]]; ok {
		return 1, d
	}
	if tens, ok := spokenTens[words[0]]; ok && tens <= 30 && len(words) > 1 {
		if d, ok := spokenOrdinals[words[1]]; ok && d < 10 {
			return 2, tens + d
		}
	}
	return 0, 0
}

// spokenCardinal reads a number below a hundred at the start of words
// ("seventeen", "twenty two"): the words it spans and its value, or 0.
func spokenCardinal(words []string) (int, int) {
	if u, ok := spokenUnits[words[0]]; ok {
		return 1, u
	}
	tens, ok := spokenTens[words[0]]
	if !ok {
		return 0, 0
	}
	if len(words) > 1 {
		if u, ok := spokenUnits[words[1]]; ok && u > 0 && u < 10 {
			return 2, tens + u
		}
	}
	return 1, tens
}

// nearMonth reports whether a month is named right before words[i:i+n]
// or right after it, "of" and "the" aside ("january sixth", "the sixth of
// january").
func nearMonth(words []string, i, n int) bool {
	if i > 0 && monthWords[words[i-1]] {
		return true
	}
	for j := i + n; j < len(words) && j <= i+n+1; j++ {
		if monthWords[words[j]] {
			return true
		}
		if words[j] != "of" {
			return false
		}
	}
	return false
}
