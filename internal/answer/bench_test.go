package answer

import (
	"context"
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/deepseek-story/bot/internal/knowledge"
)

// benchQuestions are typical chat questions about the story, answered
// and abstained.
var benchQuestions = []string{
	"what is DeepSeek R1",
	"<@U123> who founded deepseek?",
	"how much did nvidia shares fall",
	"wen was r1 relesed",
	"who backs zhipu and why was it blacklisted?",
	"What is Nvidia's market share in gaming GPUs?",
	"nvidia record close",
	"what did trump say about deepseek",
}

// BenchmarkAnswer measures one facts-only answer on the story's fact base
// and reports the median and p99 latency.
func BenchmarkAnswer(b *testing.B) {
	e := New(loadKB(b, "../../knowledge.yaml"), Options{})
	benchLatency(b, e, benchQuestions)
}

// BenchmarkAnswer10k measures answers on a generated 10,000-fact base.
func BenchmarkAnswer10k(b *testing.B) {
	kb, qs := generatedBase(b, 10_000)
	e := New(kb, Options{})
	benchLatency(b, e, qs)
}

// BenchmarkAnswer1k is the same on 1,000 facts, to show how cost grows.
func BenchmarkAnswer1k(b *testing.B) {
	kb, qs := generatedBase(b, 1_000)
	e := New(kb, Options{})
	benchLatency(b, e, qs)
}

func benchLatency(b *testing.B, e *Engine, qs []string) {
	ctx := context.Background()
	lat := make([]time.Duration, 0, b.N)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		start := time.Now()
		if _, err := e.Answer(ctx, Question{Text: qs[i%len(qs)]}); err != nil {
			b.Fatal(err)
		}
		lat = append(lat, time.Since(start))
	}
	b.StopTimer()
	slices.Sort(lat)
	if len(lat) > 0 {
		b.ReportMetric(float64(lat[len(lat)/2].Nanoseconds())/1e3, "p50-µs")
		b.ReportMetric(float64(lat[len(lat)*99/100].Nanoseconds())/1e3, "p99-µs")
	}
}

// generatedBase builds a valid fact base of n facts over a Zipf-distributed
// vocabulary, and questions that ask about some of them.
func generatedBase(tb testing.TB, n int) (*knowledge.Base, []string) {
	tb.Helper()
	r := rand.New(rand.NewPCG(1, 2))
	vocab := make([]string, 20_000)
	for i := range vocab {
		vocab[i] = fmt.Sprintf("w%sx%d", strings.Repeat("q", i%3), i)
	}
	zipf := rand.NewZipf(rand.New(rand.NewPCG(3, 4)), 1.1, 1, uint64(len(vocab)-1))
	words := func(k int) string {
		ws := make([]string, k)
		for i := range ws {
			ws[i] = vocab[zipf.Uint64()]
		}
		return strings.Join(ws, " ")
	}
	var y strings.Builder
	y.WriteString("version: gen\nstory: {title: Generated, paragraphs: 100}\nentities:\n")
	for i := range n / 10 {
		fmt.Fprintf(&y, "  - {id: e%d, name: Entity%d, type: organisation, aliases: [ent%d]}\n", i, i, i)
	}
	y.WriteString("facts:\n")
	var qs []string
	for i := range n {
		q1, q2, kw := words(5), words(4), words(3)
		fmt.Fprintf(&y, "  - id: f%d\n    kind: fact\n    answer: \"Fact %d says %s in 2024.\"\n    questions: [\"%s\", \"%s\"]\n    keywords: [%s]\n    entities: [e%d]\n    paragraphs: [%d]\n",
			i, i, words(12), q1, q2, strings.ReplaceAll(kw, " ", ", "), i%(n/10), 1+r.IntN(100))
		if i%(n/50) == 0 {
			qs = append(qs, "what about "+q1+"?", "ent"+fmt.Sprint(i%(n/10))+" "+kw)
		}
	}
	kb, err := knowledge.Parse("generated.yaml", []byte(y.String()))
	if err != nil {
		tb.Fatalf("generated base: %v", err)
	}
	return kb, append(qs, "how do I bake bread", "who is the ceo of microsoft")
}
