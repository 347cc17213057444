package digest

import (
	"bytes"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"gopkg.in/yaml.v3"

	"github.com/deepseek-story/bot/internal/answer"
	"github.com/deepseek-story/bot/internal/knowledge"
	"github.com/deepseek-story/bot/internal/store"
)

// gapLog is a question log with gaps of every kind and questions that
// are not gaps.
func gapLog() []store.Entry {
	day := func(n int) time.Time { return monday.Add(-time.Duration(n) * 24 * time.Hour) }
	abstain := func(n int, q string) store.Entry {
		return store.Entry{Time: day(n), Question: q, Intent: answer.IntentAbstain, Confidence: 0.2}
	}
	answered := func(n int, q string, conf float64, vote answer.Vote, facts ...string) store.Entry {
		return store.Entry{Time: day(n), Question: q, Intent: answer.IntentAnswer, Answered: true, Confidence: conf, Vote: vote, FactIDs: facts}
	}
	return []store.Entry{
		abstain(5, "Who is the CEO of Microsoft?"),
		abstain(4, "who is microsoft's ceo"),
		abstain(3, "<@U0BOT> Who is the CEO of Microsoft?"),
		abstain(1, "Microsoft CEO name"),
		answered(2, "How many GPUs did DeepSeek use?", 0.55, 0, "r1-cost"),
		answered(1, "how many gpus did deepseek use", 0.58, answer.VoteDown, "r1-cost"),
		{Time: day(1), Question: "How many Nvidia GPUs does DeepSeek use?", Vote: answer.VoteDown}, // a vote without its entry
		answered(1, "Who founded DeepSeek?", 0.95, answer.VoteDown, "liang-founder"),
		abstain(2, "What is the weather in Paris?"),
		// Not gaps: answered well, help, nothing asked.
		answered(1, "When was R1 released?", 0.9, answer.VoteUp, "r1-release"),
		answered(1, "When was R1 released?", 0.9, 0, "r1-release"),
		{Time: day(1), Question: "hello", Intent: answer.IntentHelp},
		{Time: day(1), Question: "   ", Intent: answer.IntentAbstain},
	}
}

func TestGaps(t *testing.T) {
	gaps := Gaps(gapLog(), DefaultLowConfidence)
	type want struct {
		questions                   []string
		count, abstained, low, down int
		facts                       []string
	}
	wants := []want{
		{[]string{"Who is the CEO of Microsoft?", "Microsoft CEO name", "who is microsoft's ceo"}, 4, 4, 0, 0, nil},
		{[]string{"How many GPUs did DeepSeek use?", "How many Nvidia GPUs does DeepSeek use?", "how many gpus did deepseek use"}, 3, 0, 2, 2, []string{"r1-cost"}},
		{[]string{"Who founded DeepSeek?"}, 1, 0, 0, 1, []string{"liang-founder"}},
		{[]string{"What is the weather in Paris?"}, 1, 1, 0, 0, nil},
	}
	if len(gaps) != len(wants) {
		t.Fatalf("Gaps = %d groups; want %d: %+v", len(gaps), len(wants), gaps)
	}
	for i, w := range wants {
		g := gaps[i]
		if !slices.Equal(g.Questions, w.questions) || g.Count != w.count || g.Abstained != w.abstained ||
			g.LowConfidence != w.low || g.VotedDown != w.down || !slices.Equal(g.FactIDs, w.facts) {
			t.Errorf("gap %d = %+v; want %+v", i, g, w)
		}
	}
	if !gaps[0].Last.Equal(monday.Add(-24 * time.Hour)) {
		t.Errorf("gap 0 last asked %v; want a day before monday", gaps[0].Last)
	}
}

func TestGapsThreshold(t *testing.T) {
	entries := []store.Entry{{Time: monday, Question: "How old is DeepSeek?", Intent: answer.IntentAnswer, Answered: true, Confidence: 0.7}}
	tests := []struct {
		low  float64
		want int
	}{{0.5, 0}, {0.7, 0}, {0.71, 1}, {1, 1}}
	for _, tt := range tests {
		if got := len(Gaps(entries, tt.low)); got != tt.want {
			t.Errorf("len(Gaps(confidence 0.7, low %v)) = %d; want %d", tt.low, got, tt.want)
		}
	}
	if got := Gaps(nil, DefaultLowConfidence); len(got) != 0 {
		t.Errorf("Gaps(nil) = %v; want none", got)
	}
}

func TestJaccardGrouping(t *testing.T) {
	tests := []struct {
		a, b string
		same bool
	}{
		{"Who is the CEO of Microsoft?", "microsoft ceo", true},
		{"Who is the CEO of Microsoft?", "Who runs Microsoft?", false},
		{"how many gpus did deepseek use", "How many Nvidia GPUs does DeepSeek use?", true},
		{"When did the stock market crash?", "when did stocks crash", true},
		{"What is the weather in Paris?", "What is DeepSeek R1?", false},
	}
	for _, tt := range tests {
		s := jaccard(topicStems(knowledge.Tokens(tt.a)), topicStems(knowledge.Tokens(tt.b)))
		if (s >= GapSimilarity) != tt.same {
			t.Errorf("jaccard(%q, %q) = %.2f; want grouped = %v", tt.a, tt.b, s, tt.same)
		}
	}
}

// stub is a fact stub as read back from WriteGapsYAML's output.
type stub struct {
	ID         string   `yaml:"id"`
	Kind       string   `yaml:"kind"`
	Answer     string   `yaml:"answer"`
	Answers    []string `yaml:"answers"`
	Questions  []string `yaml:"questions"`
	Keywords   []string `yaml:"keywords"`
	Entities   []string `yaml:"entities"`
	Paragraphs []int    `yaml:"paragraphs"`
	Related    []string `yaml:"related"`
}

func TestWriteGapsYAML(t *testing.T) {
	gaps := Gaps(gapLog(), DefaultLowConfidence)
	gaps = append(gaps, Gap{Questions: []string{"Who is the CEO of Microsoft, really?"}, Count: 1, Abstained: 1, Last: monday})
	var many []string
	for i := range 9 {
		many = append(many, fmt.Sprintf("What did analyst %d say?", i))
	}
	gaps = append(gaps, Gap{Questions: many, Count: 9, Abstained: 9, Last: monday})
	var out bytes.Buffer
	if err := WriteGapsYAML(&out, gaps); err != nil {
		t.Fatalf("WriteGapsYAML: %v", err)
	}
	text := out.String()

	var stubs []stub
	dec := yaml.NewDecoder(strings.NewReader(text))
	dec.KnownFields(true)
	if err := dec.Decode(&stubs); err != nil {
		t.Fatalf("output does not parse back: %v\n%s", err, text)
	}
	if len(stubs) != len(gaps) {
		t.Fatalf("stubs = %d; want %d", len(stubs), len(gaps))
	}
	wantIDs := []string{"ceo-microsoft", "gpus-deepseek-use", "founded-deepseek", "weather-paris", "ceo-microsoft-2", "analyst-0"}
	for i, s := range stubs {
		if s.ID != wantIDs[i] {
			t.Errorf("stub %d id = %q; want %q", i, s.ID, wantIDs[i])
		}
		if s.Kind != knowledge.KindFact || s.Answer != "" || len(s.Paragraphs) != 0 {
			t.Errorf("stub %d = %+v; want kind fact, an empty answer and no paragraphs", i, s)
		}
		want := gaps[i].Questions[:min(6, len(gaps[i].Questions))]
		if !slices.Equal(s.Questions, want) {
			t.Errorf("stub %d questions = %q; want %q", i, s.Questions, want)
		}
	}
	for _, want := range []string{
		`answer: "" # TODO:`,
		"paragraphs: [] # TODO:",
		"# Asked 4 times (4 not answered), last on 9 March 2025.",
		"# Asked 3 times (2 answered with low confidence, 2 voted 👎)",
		"# The bot answered with: r1-cost",
		"6 most asked wordings; 3 more were asked",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("output lacks %q:\n%s", want, text)
		}
	}

	// Pasted under facts: with the answer and paragraphs filled in, the
	// stubs make a valid knowledge file.
	filled := strings.ReplaceAll(text, `answer: ""`, `answer: "Satya Nadella leads Microsoft, according to the story."`)
	filled = strings.ReplaceAll(filled, "paragraphs: []", "paragraphs: [1]")
	kbText := "version: \"1\"\nstory:\n  title: \"T\"\n  paragraphs: 3\nfacts:\n" + filled
	kb, err := knowledge.Parse("pasted.yaml", []byte(kbText))
	if err != nil {
		t.Fatalf("pasted stubs do not load as knowledge: %v\n%s", err, kbText)
	}
	if f := kb.Fact("gpus-deepseek-use"); f == nil || len(f.Questions) != 3 {
		t.Errorf("pasted fact gpus-deepseek-use = %+v; want it with its 3 questions", f)
	}
	// As written (answer empty), they must not pass validation.
	if _, err := knowledge.Parse("stubs.yaml", []byte("version: \"1\"\nstory:\n  title: \"T\"\n  paragraphs: 3\nfacts:\n"+text)); err == nil ||
		!strings.Contains(err.Error(), "empty answer") {
		t.Errorf("unfilled stubs validate (%v); want an empty answer error", err)
	}
}

func TestWriteGapsYAMLEmpty(t *testing.T) {
	var out bytes.Buffer
	if err := WriteGapsYAML(&out, nil); err != nil {
		t.Fatal(err)
	}
	var stubs []stub
	if err := yaml.Unmarshal(out.Bytes(), &stubs); err != nil || len(stubs) != 0 {
		t.Errorf("WriteGapsYAML(nil) = %q (%v); want an empty list", out.String(), err)
	}
}

func BenchmarkGaps(b *testing.B) {
	var entries []store.Entry
	for i := range 5000 {
		entries = append(entries, store.Entry{Time: monday, Question: fmt.Sprintf("what about topic %d and thing %d", i%200, i%7), Intent: answer.IntentAbstain})
	}
	b.ReportAllocs()
	for b.Loop() {
		Gaps(entries, DefaultLowConfidence)
	}
}
