package answer

import (
	"bytes"
	"context"
	"encoding/json"
	"math"
	"os"
	"slices"
	"strings"
	"testing"

	"gopkg.in/yaml.v3"
)

// encoderJSON is what a json.Encoder without HTML escaping writes for r.
func encoderJSON(t testing.TB, r *Reply) []byte {
	t.Helper()
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(r); err != nil {
		t.Fatalf("Encode: %v", err)
	}
	return buf.Bytes()
}

func checkAppendJSON(t testing.TB, r *Reply) {
	t.Helper()
	got, err := r.AppendJSON(nil)
	if err != nil {
		t.Fatalf("AppendJSON(%+v): %v", r, err)
	}
	if want := encoderJSON(t, r); !bytes.Equal(got, want) {
		t.Fatalf("AppendJSON:\n got %s\nwant %s", got, want)
	}
}

// AppendJSON writes what encoding/json writes, for real answers and for
// every odd string and number a reply can hold.
func TestAppendJSONMatchesEncoder(t *testing.T) {
	e := New(loadKB(t, "../../knowledge.yaml"), Options{})
	data, err := os.ReadFile("../../testdata/questions.yaml")
	if err != nil {
		t.Fatal(err)
	}
	var set struct {
		Questions []struct{ Q string }
	}
	if err := yaml.Unmarshal(data, &set); err != nil {
		t.Fatal(err)
	}
	rendered := 0
	for _, c := range set.Questions {
		r, err := e.Answer(context.Background(), Question{Text: c.Q})
		if err != nil {
			t.Fatal(err)
		}
		checkAppendJSON(t, &r)
		if r.rendered == nil {
			continue
		}
		rendered++
		// What was rendered beforehand no longer says the reply's text or
		// suggestions (an LLM summary, say): it is not used.
		changed := r
		changed.Text = "a \"summary\" instead"
		checkAppendJSON(t, &changed)
		changed = r
		changed.Suggestions = append(slices.Clone(r.Suggestions), "one more?")
		checkAppendJSON(t, &changed)
		changed.Suggestions = nil
		checkAppendJSON(t, &changed)
		changed.Suggestions = []string{}
		checkAppendJSON(t, &changed)
	}
	if rendered == 0 {
		t.Error("no reply was rendered beforehand")
	}
	odd := []string{"", `quote " and \ backslash`, "<b>&amp;</b>", "tab\tnew\nline\rret\bback\fform", "\x00\x01\x1f\x7f",
		"\xff\xfe invalid", "cut \xe2\x80", "line\u2028para\u2029", "curly \u201cquotes\u201d and emoji \U0001F600", "é"}
	for _, s := range odd {
		checkAppendJSON(t, &Reply{Question: s, Text: s, Intent: Intent(s), FallbackReason: s, KBVersion: s,
			Suggestions: []string{s, s}, Citations: []Citation{{Fact: s, Source: s, Paragraphs: []int{-1, 0, 12}}}})
	}
	for _, f := range []float64{0, 1, -1, 0.5, 0.66, 1e-6, 9.9e-7, 1e-7, 1.5e-10, 1e20, 1e21, 1.2345e22, -1e-9, math.SmallestNonzeroFloat64, math.MaxFloat64} {
		checkAppendJSON(t, &Reply{Confidence: f})
	}
	// Every confidence round2 gives, and the numbers either side of it.
	for k := -1; k <= 101; k++ {
		f := float64(k) / 100
		for _, g := range []float64{f, math.Nextafter(f, -2), math.Nextafter(f, 2), -f} {
			checkAppendJSON(t, &Reply{Confidence: g})
		}
	}
	// Every byte at every place of an eight-byte word and beyond.
	for b := range 256 {
		for at := range 17 {
			s := []byte(strings.Repeat("a", 17))
			s[at] = byte(b)
			checkAppendJSON(t, &Reply{Text: string(s)})
		}
	}
	checkAppendJSON(t, &Reply{})
	checkAppendJSON(t, &Reply{Citations: []Citation{}, Suggestions: []string{}})
	checkAppendJSON(t, &Reply{Citations: []Citation{{}, {Paragraphs: []int{}}}})
}

// A confidence with no JSON form is an error, as it is for the encoder.
func TestAppendJSONNotFinite(t *testing.T) {
	for _, f := range []float64{math.NaN(), math.Inf(1), math.Inf(-1)} {
		if _, err := (&Reply{Confidence: f}).AppendJSON(nil); err == nil {
			t.Errorf("AppendJSON(confidence %v): no error", f)
		}
	}
}

func FuzzAppendJSON(f *testing.F) {
	f.Add("who founded deepseek", "\u2028\xff\"", 0.5)
	f.Fuzz(func(t *testing.T, a, b string, conf float64) {
		if math.IsNaN(conf) || math.IsInf(conf, 0) {
			return
		}
		checkAppendJSON(t, &Reply{Question: a, Text: b, Confidence: conf, Suggestions: []string{b, a}, FallbackReason: b,
			Citations: []Citation{{Fact: a, Source: b}}})
	})
}
