package answer

import (
	"errors"
	"math"
	"slices"
	"strconv"
	"unicode/utf8"
)

// AppendJSON appends r's JSON form and a newline to dst: byte for byte
// what a json.Encoder with SetEscapeHTML(false) writes for it, written
// by hand because a stream of answers spends more time in the encoder's
// reflection than in some of the answering. TestAppendJSONMatchesEncoder
// holds the two together; a field added to Reply or Citation must be
// added here too.
//
// A confidence that is not a finite number has no JSON form; the error
// says so, and the encoder's own error is the one to show for it.
func (r *Reply) AppendJSON(dst []byte) ([]byte, error) {
	if math.IsNaN(r.Confidence) || math.IsInf(r.Confidence, 0) {
		return dst, errNotFinite
	}
	dst = append(dst, `{"question":`...)
	dst = appendJSONString(dst, r.Question)
	dst = append(dst, `,"answered":`...)
	dst = strconv.AppendBool(dst, r.Answered)
	pre := r.rendered
	dst = append(dst, `,"text":`...)
	if pre != nil && r.Text == pre.text {
		dst = append(dst, pre.textJSON...)
	} else {
		dst = appendJSONString(dst, r.Text)
	}
	dst = append(dst, `,"confidence":`...)
	dst = appendJSONFloat(dst, r.Confidence)
	dst = append(dst, `,"citations":`...)
	if r.Citations == nil {
		dst = append(dst, "null"...)
	} else {
		dst = append(dst, '[')
		for i := range r.Citations {
			if i > 0 {
				dst = append(dst, ',')
			}
			dst = r.Citations[i].appendJSON(dst)
		}
		dst = append(dst, ']')
	}
	dst = append(dst, `,"suggestions":`...)
	if pre != nil && (r.Suggestions == nil) == (pre.suggestions == nil) && slices.Equal(r.Suggestions, pre.suggestions) {
		dst = append(dst, pre.suggestionsJSON...)
	} else {
		dst = appendJSONStrings(dst, r.Suggestions)
	}
	dst = append(dst, `,"intent":`...)
	dst = appendJSONString(dst, string(r.Intent))
	dst = append(dst, `,"summarized":`...)
	dst = strconv.AppendBool(dst, r.Summarized)
	if r.FallbackReason != "" {
		dst = append(dst, `,"fallback_reason":`...)
		dst = appendJSONString(dst, r.FallbackReason)
	}
	dst = append(dst, `,"kb_version":`...)
	dst = appendJSONString(dst, r.KBVersion)
	return append(dst, "}\n"...), nil
}

// rendered is the JSON of a text and a list of suggestions, made once for
// the replies that say them: most replies say one of a few hundred texts
// with one of a few hundred lists (see factTable).
type rendered struct {
	text            string
	textJSON        []byte
	suggestions     []string
	suggestionsJSON []byte
}

func render(text string, suggestions []string) *rendered {
	return &rendered{text, appendJSONString(nil, text), suggestions, appendJSONStrings(nil, suggestions)}
}

// errNotFinite: a confidence of NaN or ±Inf has no JSON form.
var errNotFinite = errors.New("answer: confidence is not a finite number")

func (c *Citation) appendJSON(dst []byte) []byte {
	dst = append(dst, `{"fact":`...)
	dst = appendJSONString(dst, c.Fact)
	dst = append(dst, `,"source":`...)
	dst = appendJSONString(dst, c.Source)
	dst = append(dst, `,"paragraphs":`...)
	if c.Paragraphs == nil {
		dst = append(dst, "null"...)
	} else {
		dst = append(dst, '[')
		for i, p := range c.Paragraphs {
			if i > 0 {
				dst = append(dst, ',')
			}
			dst = strconv.AppendInt(dst, int64(p), 10)
		}
		dst = append(dst, ']')
	}
	return append(dst, '}')
}

// appendJSONStrings appends ss as a JSON array; nil is null.
func appendJSONStrings(dst []byte, ss []string) []byte {
	if ss == nil {
		return append(dst, "null"...)
	}
	dst = append(dst, '[')
	for i, s := range ss {
		if i > 0 {
			dst = append(dst, ',')
		}
		dst = appendJSONString(dst, s)
	}
	return append(dst, ']')
}

// appendJSONFloat appends f as encoding/json does: like strconv's
// shortest form, in exponent form only below 1e-6 or from 1e21, with
// the exponent unpadded (1e-7, not 1e-07).
func appendJSONFloat(dst []byte, f float64) []byte {
	if k := math.Round(f * 100); k >= 0 && k <= 100 && f == k/100 && !math.Signbit(f) {
		// A confidence (round2): hundredths from 0 to 1, written by hand
		// as strconv would, its shortest form ("0", "0.5", "0.05", "1").
		return appendHundredths(dst, int(k))
	}
	format := byte('f')
	if abs := math.Abs(f); abs != 0 && (abs < 1e-6 || abs >= 1e21) {
		format = 'e'
	}
	dst = strconv.AppendFloat(dst, f, format, -1, 64)
	if format == 'e' {
		if n := len(dst); n >= 4 && dst[n-4] == 'e' && dst[n-3] == '-' && dst[n-2] == '0' {
			dst[n-2] = dst[n-1]
			dst = dst[:n-1]
		}
	}
	return dst
}

// appendHundredths appends k/100, for k from 0 to 100, in the shortest
// form: no trailing zero, no fraction for 0 and 1.
func appendHundredths(dst []byte, k int) []byte {
	switch {
	case k == 0:
		return append(dst, '0')
	case k == 100:
		return append(dst, '1')
	case k%10 == 0:
		return append(dst, '0', '.', byte('0'+k/10))
	}
	return append(dst, '0', '.', byte('0'+k/10), byte('0'+k%10))
}

const hexDigits = "0123456789abcdef"

// skipPlainJSON returns the end of the run of bytes from i on that need
// no escaping and are ASCII (no control character, quote or backslash,
// none from 0x80), taken eight at a time: a few bytes of the run may
// remain, for the caller to take one by one. It tests eight bytes as one
// word ("SWAR", as in Bit Twiddling Hacks: a byte below n sets its top
// bit in (x - n*ones) &^ x), several times faster than byte by byte on
// the plain text answers mostly are.
func skipPlainJSON(s string, i int) int {
	const ones, tops = 0x0101010101010101, 0x8080808080808080
	for ; i+8 <= len(s); i += 8 {
		w := s[i : i+8]
		_ = w[7] // one bounds check for the eight
		x := uint64(w[0]) | uint64(w[1])<<8 | uint64(w[2])<<16 | uint64(w[3])<<24 |
			uint64(w[4])<<32 | uint64(w[5])<<40 | uint64(w[6])<<48 | uint64(w[7])<<56
		control := (x - ' '*ones) &^ x
		quote := (x ^ '"'*ones - ones) &^ (x ^ '"'*ones)
		backslash := (x ^ '\\'*ones - ones) &^ (x ^ '\\'*ones)
		if (control|quote|backslash|x)&tops != 0 {
			break
		}
	}
	return i
}

// appendJSONString appends s as a JSON string the way encoding/json does
// without HTML escaping: quotes, backslashes and control characters
// escaped, invalid UTF-8 replaced by \ufffd, and U+2028 and U+2029
// escaped (JavaScript reads them as line ends).
func appendJSONString(dst []byte, s string) []byte {
	dst = append(dst, '"')
	start := 0
	for i := 0; i < len(s); {
		// Eight plain bytes at a time, then one by one up to the next
		// byte that is not plain (or the end): it is at most eight on.
		i = skipPlainJSON(s, i)
		for i < len(s) && s[i] >= ' ' && s[i] < utf8.RuneSelf && s[i] != '"' && s[i] != '\\' {
			i++
		}
		if i == len(s) {
			break
		}
		if b := s[i]; b < utf8.RuneSelf {
			dst = append(dst, s[start:i]...)
			switch b {
			case '\\', '"':
				dst = append(dst, '\\', b)
			case '\b':
				dst = append(dst, '\\', 'b')
			case '\f':
				dst = append(dst, '\\', 'f')
			case '\n':
				dst = append(dst, '\\', 'n')
			case '\r':
				dst = append(dst, '\\', 'r')
			case '\t':
				dst = append(dst, '\\', 't')
			default:
				dst = append(dst, '\\', 'u', '0', '0', hexDigits[b>>4], hexDigits[b&0xF])
			}
			i++
			start = i
			continue
		}
		c, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case c == utf8.RuneError && size == 1:
			dst = append(dst, s[start:i]...)
			dst = append(dst, `\ufffd`...)
		case c == '\u2028' || c == '\u2029':
			dst = append(dst, s[start:i]...)
			dst = append(dst, '\\', 'u', '2', '0', '2', hexDigits[c&0xF])
		default:
			i += size
			continue
		}
		i += size
		start = i
	}
	dst = append(dst, s[start:]...)
	return append(dst, '"')
}
