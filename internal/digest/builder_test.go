package digest

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/deepseek-story/bot/internal/answer"
	"github.com/deepseek-story/bot/internal/knowledge"
	"github.com/deepseek-story/bot/internal/store"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// monday is 10 March 2025, 09:00 in New York (13:00 UTC, after the DST change).
var monday = time.Date(2025, 3, 10, 13, 0, 0, 0, time.UTC)

func TestBuildRotation(t *testing.T) {
	kb := loadStory(t)
	var pool []string
	for _, f := range kb.Facts {
		if !f.IsUnstated() { // what the story does not say is never shown
			pool = append(pool, f.ID)
		}
	}
	if len(pool) == len(kb.Facts) {
		t.Fatal("the test story should record something it does not say")
	}
	b := NewBuilder(BuilderConfig{Knowledge: func() *knowledge.Base { return kb }})
	var shown []string
	for i := range 6 {
		d, err := b.Build(context.Background(), monday.Add(time.Duration(i)*Week))
		if err != nil {
			t.Fatalf("Build %d: %v", i, err)
		}
		ids := factIDs(d)
		if len(ids) != MaxFacts {
			t.Fatalf("digest %d has %d facts; want %d", i, len(ids), MaxFacts)
		}
		if dup := duplicates(ids); len(dup) > 0 {
			t.Errorf("digest %d repeats %v within itself", i, dup)
		}
		shown = append(shown, ids...)
	}
	// Concatenated, the digests walk the facts in order, cycle after
	// cycle: no fact comes back before every other has been shown.
	for i, id := range shown {
		if want := pool[i%len(pool)]; id != want {
			t.Fatalf("fact %d shown = %s; want %s (sequence %v)", i, id, want, shown)
		}
	}
}

func duplicates(ids []string) []string {
	seen := map[string]bool{}
	var dup []string
	for _, id := range ids {
		if seen[id] {
			dup = append(dup, id)
		}
		seen[id] = true
	}
	return dup
}

func TestRotate(t *testing.T) {
	facts := func(ids ...string) []*knowledge.Fact {
		var out []*knowledge.Fact
		for _, id := range ids {
			out = append(out, &knowledge.Fact{ID: id})
		}
		return out
	}
	ids := func(fs []*knowledge.Fact) []string {
		var out []string
		for _, f := range fs {
			out = append(out, f.ID)
		}
		return out
	}
	tests := []struct {
		name       string
		pool       []string
		shown      []string
		n          int
		wantPicked []string
		wantShown  []string
	}{
		{"fresh", []string{"a", "b", "c", "d"}, nil, 2, []string{"a", "b"}, []string{"a", "b"}},
		{"continues", []string{"a", "b", "c", "d"}, []string{"a", "b"}, 2, []string{"c", "d"}, []string{"a", "b", "c", "d"}},
		{"all shown starts over", []string{"a", "b", "c", "d"}, []string{"a", "b", "c", "d"}, 2, []string{"a", "b"}, []string{"a", "b"}},
		{"wraps without repeating in a digest", []string{"a", "b", "c"}, []string{"a", "b"}, 2, []string{"c", "a"}, []string{"a"}},
		{"removed facts drop out", []string{"a", "c", "e"}, []string{"a", "b", "x"}, 2, []string{"c", "e"}, []string{"a", "c", "e"}},
		{"new facts come in order", []string{"new", "a", "b"}, []string{"a"}, 2, []string{"new", "b"}, []string{"a", "new", "b"}},
		{"pool smaller than a digest", []string{"a", "b"}, nil, 5, []string{"a", "b"}, []string{"a", "b"}},
		{"pool smaller than a digest again", []string{"a", "b"}, []string{"a", "b"}, 5, []string{"a", "b"}, []string{"a", "b"}},
		{"empty pool", nil, []string{"a"}, 5, nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			picked, shown := rotate(facts(tt.pool...), tt.shown, tt.n)
			if got := ids(picked); !slices.Equal(got, tt.wantPicked) {
				t.Errorf("rotate(%v, shown %v) picked %v; want %v", tt.pool, tt.shown, got, tt.wantPicked)
			}
			if !slices.Equal(shown, tt.wantShown) {
				t.Errorf("rotate(%v, shown %v) state %v; want %v", tt.pool, tt.shown, shown, tt.wantShown)
			}
		})
	}
}

func TestBuildRotationSurvivesRestart(t *testing.T) {
	kb := loadStory(t)
	dir := t.TempDir()
	ctx := context.Background()
	build := func() []string {
		s, err := store.OpenSQLite(ctx, dir, store.SQLiteOptions{})
		if err != nil {
			t.Fatalf("OpenSQLite: %v", err)
		}
		defer s.Close()
		b := NewBuilder(BuilderConfig{Knowledge: func() *knowledge.Base { return kb }, Rotation: s, Log: s})
		d, err := b.Build(ctx, monday)
		if err != nil {
			t.Fatalf("Build: %v", err)
		}
		return factIDs(d)
	}
	first, second := build(), build()
	if want := []string{"market-loss", "nvidia-fell", "r1-release", "r1-cost", "liang-founder"}; !slices.Equal(first, want) {
		t.Errorf("first digest facts = %v; want %v", first, want)
	}
	// The rotation continues after the restart: the three facts not yet
	// shown, then the cycle starts over.
	if want := []string{"liang-born", "deepseek-age", "author-wakeup", "market-loss", "nvidia-fell"}; !slices.Equal(second, want) {
		t.Errorf("digest after a restart facts = %v; want %v", second, want)
	}
}

func TestPreviewDoesNotAdvance(t *testing.T) {
	kb := loadStory(t)
	b := NewBuilder(BuilderConfig{Knowledge: func() *knowledge.Base { return kb }})
	ctx := context.Background()
	p1, _ := b.Preview(ctx, monday)
	p2, _ := b.Preview(ctx, monday)
	d, _ := b.Build(ctx, monday)
	next, _ := b.Preview(ctx, monday)
	if !slices.Equal(factIDs(p1), factIDs(p2)) || !slices.Equal(factIDs(p1), factIDs(d)) {
		t.Errorf("Preview, Preview, Build facts = %v, %v, %v; want the same", factIDs(p1), factIDs(p2), factIDs(d))
	}
	if slices.Equal(factIDs(next), factIDs(d)) {
		t.Errorf("Preview after Build = %v; want the next facts", factIDs(next))
	}
}

// weekLog is a week of questions before monday.
func weekLog() fakeLog {
	at := func(d time.Duration) time.Time { return monday.Add(-d) }
	e := func(ago time.Duration, text string, intent answer.Intent, conf float64) store.Entry {
		return store.Entry{Time: at(ago), Platform: "slack", Channel: "C1", UserHash: "u", Question: text,
			Intent: intent, Answered: intent == answer.IntentAnswer, Confidence: conf}
	}
	return fakeLog{entries: []store.Entry{
		e(8*24*time.Hour, "Who founded DeepSeek?", answer.IntentAnswer, 0.9), // older than a week
		e(6*24*time.Hour, "Who founded DeepSeek?", answer.IntentAnswer, 0.9),
		e(5*24*time.Hour, "who founded   deepseek", answer.IntentAnswer, 0.9),
		e(4*24*time.Hour, "<@U0BOT> Who founded DeepSeek?", answer.IntentAnswer, 0.9),
		e(3*24*time.Hour, "When was R1 released?", answer.IntentAnswer, 0.8),
		e(2*24*time.Hour, "when was r1 released", answer.IntentAnswer, 0.8),
		e(2*24*time.Hour, "Who is the CEO of Microsoft?", answer.IntentAbstain, 0.2),
		e(time.Hour, "who is the ceo of microsoft?", answer.IntentAbstain, 0.2),
		e(time.Hour, "What is the weather in Paris <!here>", answer.IntentAbstain, 0.1),
		e(time.Hour, "hello", answer.IntentHelp, 0),
		{Time: at(time.Hour), Platform: "slack", Question: "a vote without its question", Vote: answer.VoteDown},
		e(-time.Hour, "asked after the digest", answer.IntentAnswer, 0.9),
	}}
}

func TestBuildWeekSections(t *testing.T) {
	kb := loadStory(t)
	b := NewBuilder(BuilderConfig{Knowledge: func() *knowledge.Base { return kb }, Log: weekLog()})
	d, err := b.Build(context.Background(), monday)
	if err != nil {
		t.Fatalf("Build: %v", err)
	}
	want := map[string][]string{
		HeadingWeek: {"8 questions asked in the last 7 days, 5 answered from the story (62%)."},
		HeadingMostAsked: {
			"“Who founded DeepSeek?” (asked 3 times)",
			"“Who is the CEO of Microsoft?” (asked 2 times)",
			"“When was R1 released?” (asked 2 times)",
			"“What is the weather in Paris” (asked once)",
		},
		HeadingUnanswered: {
			"“Who is the CEO of Microsoft?” (asked 2 times)",
			"“What is the weather in Paris” (asked once)",
		},
	}
	var headings []string
	for _, s := range d.Sections {
		headings = append(headings, s.Heading)
		w, ok := want[s.Heading]
		if !ok {
			continue
		}
		var got []string
		for _, it := range s.Items {
			got = append(got, it.Text)
		}
		if !slices.Equal(got, w) {
			t.Errorf("section %q = %q; want %q", s.Heading, got, w)
		}
	}
	if wantH := []string{HeadingBrief, HeadingWeek, HeadingMostAsked, HeadingUnanswered}; !slices.Equal(headings, wantH) {
		t.Errorf("sections = %q; want %q", headings, wantH)
	}
}

func TestBuildQuietWeek(t *testing.T) {
	kb := loadStory(t)
	b := NewBuilder(BuilderConfig{Knowledge: func() *knowledge.Base { return kb }, Log: fakeLog{}})
	d, err := b.Build(context.Background(), monday)
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Sections) != 2 || d.Sections[1].Heading != HeadingWeek || d.Sections[1].Items[0].Text != "No questions were asked in the last 7 days." {
		t.Errorf("quiet week sections = %+v; want the brief and a no-questions line", d.Sections)
	}
}

func TestBuildLimits(t *testing.T) {
	kb := loadStory(t)
	long := strings.Repeat("why did the market react so strongly to a small lab ", 40)
	var entries []store.Entry
	for i := range 30 {
		for range i%4 + 1 {
			entries = append(entries, store.Entry{Time: monday.Add(-time.Hour), Question: fmt.Sprintf("%d %s", i, long), Intent: answer.IntentAbstain})
		}
	}
	kb.Facts[0].Answer = strings.Repeat("A very long answer. ", 50)
	b := NewBuilder(BuilderConfig{Knowledge: func() *knowledge.Base { return kb }, Log: fakeLog{entries: entries}})
	d, err := b.Build(context.Background(), monday)
	if err != nil {
		t.Fatal(err)
	}
	limits := map[string]int{HeadingBrief: MaxFacts, HeadingWeek: 1, HeadingMostAsked: MaxTopAsked, HeadingUnanswered: MaxUnanswered}
	for _, s := range d.Sections {
		if n := len(s.Items); n > limits[s.Heading] || n == 0 {
			t.Errorf("section %q has %d items; want 1..%d", s.Heading, n, limits[s.Heading])
		}
		for _, it := range s.Items {
			if n := utf8.RuneCountInString(it.Text); n > MaxItemRunes {
				t.Errorf("item of %d runes in %q: %q", n, s.Heading, it.Text)
			}
			if n := utf8.RuneCountInString(it.Source); n > MaxItemRunes {
				t.Errorf("source of %d runes in %q", n, s.Heading)
			}
		}
	}
	if got := d.Sections[0].Items[0].Text; !strings.HasSuffix(got, "…") {
		t.Errorf("clipped fact = %q; want it to end in …", got)
	}
	if got := d.Sections[2].Items[0].Text; !strings.HasSuffix(got, "” (asked 4 times)") {
		t.Errorf("most asked clipped item = %q; want its count kept", got)
	}
}

func TestBuildSummary(t *testing.T) {
	kb := loadStory(t)
	tests := []struct {
		name    string
		sum     *fakeSummarizer
		want    string
		wantLog string
	}{
		{"summary", &fakeSummarizer{text: "  A small lab shook the market.  "}, "A small lab shook the market.", ""},
		{"error leaves it out", &fakeSummarizer{err: errors.New("ungrounded_number")}, "", "digest without a summary"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var logs syncBuffer
			b := NewBuilder(BuilderConfig{Knowledge: func() *knowledge.Base { return kb }, Summarizer: tt.sum, Logger: testLogger(&logs)})
			d, err := b.Build(context.Background(), monday)
			if err != nil {
				t.Fatalf("Build: %v", err)
			}
			if d.Summary != tt.want {
				t.Errorf("Summary = %q; want %q", d.Summary, tt.want)
			}
			if len(tt.sum.facts) != 1 || !slices.Equal(tt.sum.facts[0], factIDs(d)) {
				t.Errorf("summarised facts = %v; want the digest's %v", tt.sum.facts, factIDs(d))
			}
			if tt.wantLog != "" && !strings.Contains(logs.String(), tt.wantLog) {
				t.Errorf("log = %q; want %q", logs.String(), tt.wantLog)
			}
		})
	}
}

func TestBuildDegrades(t *testing.T) {
	kb := loadStory(t)
	var logs syncBuffer
	b := NewBuilder(BuilderConfig{
		Knowledge: func() *knowledge.Base { return kb },
		Log:       fakeLog{err: errors.New("disk I/O error")},
		Rotation:  brokenRotation{},
		Logger:    testLogger(&logs),
	})
	d, err := b.Build(context.Background(), monday)
	if err != nil {
		t.Fatalf("Build with a broken log and rotation: %v", err)
	}
	if len(d.Sections) != 1 || len(factIDs(d)) != MaxFacts {
		t.Errorf("digest = %+v; want the facts alone", d)
	}
	for _, want := range []string{"question log unreadable", "rotation unreadable", "rotation not saved"} {
		if !strings.Contains(logs.String(), want) {
			t.Errorf("log lacks %q: %s", want, logs.String())
		}
	}

	none := NewBuilder(BuilderConfig{Knowledge: func() *knowledge.Base { return nil }})
	if _, err := none.Build(context.Background(), monday); err == nil {
		t.Error("Build without knowledge = nil error; want one")
	}
}

type brokenRotation struct{}

func (brokenRotation) ShownFacts(context.Context, string) ([]string, error) {
	return nil, errors.New("no table")
}
func (brokenRotation) SetShownFacts(context.Context, string, []string) error {
	return errors.New("read-only")
}

func TestBuildFollowsReload(t *testing.T) {
	first := loadStory(t)
	second, err := knowledge.Parse("reloaded.yaml", []byte(strings.Replace(mustRead(t, "testdata/story.yaml"),
		"version: \"digest-test-1\"", "version: \"digest-test-2\"", 1)))
	if err != nil {
		t.Fatal(err)
	}
	second.Facts[0].Answer = "Reloaded: close to $1 trillion was wiped from US technology giants."
	current := first
	b := NewBuilder(BuilderConfig{Knowledge: func() *knowledge.Base { return current }})
	d1, _ := b.Build(context.Background(), monday)
	current = second
	d2, _ := b.Build(context.Background(), monday)
	if strings.HasPrefix(d1.Sections[0].Items[0].Text, "Reloaded") {
		t.Errorf("first digest used the reloaded knowledge")
	}
	if got := d2.Sections[0].Items[3].Text; !strings.HasPrefix(got, "Reloaded") {
		t.Errorf("digest after the reload shows %q; want the reloaded answer", got)
	}
	if got, want := factIDs(d2)[:3], []string{"liang-born", "deepseek-age", "author-wakeup"}; !slices.Equal(got, want) {
		t.Errorf("digest after the reload starts with %v; want the rotation to go on with %v", got, want)
	}
}

func mustRead(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func TestMarkdownGolden(t *testing.T) {
	kb := loadStory(t)
	b := NewBuilder(BuilderConfig{
		Knowledge:  func() *knowledge.Base { return kb },
		Log:        weekLog(),
		Summarizer: &fakeSummarizer{text: "DeepSeek's R1 wiped close to $1 trillion off US tech stocks."},
	})
	d, err := b.Build(context.Background(), monday.In(mustLocation(t, "America/New_York")))
	if err != nil {
		t.Fatal(err)
	}
	got := d.Markdown()
	const golden = "testdata/digest.golden.md"
	if *update {
		if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if want := mustRead(t, golden); got != want {
		t.Errorf("Markdown() =\n%s\nwant (%s, go test -update to rewrite):\n%s", got, golden, want)
	}
}

func mustLocation(t *testing.T, name string) *time.Location {
	t.Helper()
	loc, err := time.LoadLocation(name)
	if err != nil {
		t.Fatal(err)
	}
	return loc
}

func TestClip(t *testing.T) {
	tests := []struct {
		in   string
		n    int
		want string
	}{
		{"short", 10, "short"},
		{"exactly ten", 11, "exactly ten"},
		{"one two three four five", 12, "one two…"},
		{"naïve café résumé", 9, "naïve…"},
		{"abcdefghij", 5, "abcd…"},
		{"anything", 0, ""},
	}
	for _, tt := range tests {
		got := clip(tt.in, tt.n)
		if got != tt.want || utf8.RuneCountInString(got) > max(tt.n, 0) {
			t.Errorf("clip(%q, %d) = %q; want %q", tt.in, tt.n, got, tt.want)
		}
	}
}

func BenchmarkBuild(b *testing.B) {
	kb := loadStory(b)
	var entries []store.Entry
	for i := range 10_000 {
		entries = append(entries, store.Entry{Time: monday.Add(-time.Duration(i) * time.Minute), Question: fmt.Sprintf("question number %d about deepseek", i%300),
			Intent: answer.IntentAnswer, Answered: i%5 != 0})
	}
	builder := NewBuilder(BuilderConfig{Knowledge: func() *knowledge.Base { return kb }, Log: fakeLog{entries: entries}})
	b.ReportAllocs()
	for b.Loop() {
		if _, err := builder.Build(context.Background(), monday); err != nil {
			b.Fatal(err)
		}
	}
}

func TestBuilderOnDemand(t *testing.T) {
	kb := loadStory(t)
	ny := mustLocation(t, "America/New_York")
	b := NewBuilder(BuilderConfig{Knowledge: func() *knowledge.Base { return kb }, Location: ny,
		Now: func() time.Time { return time.Date(2025, 3, 11, 2, 0, 0, 0, time.UTC) }})
	ctx := context.Background()
	p, err := b.PreviewNow(ctx)
	if err != nil {
		t.Fatal(err)
	}
	d, err := b.Digest(ctx)
	if err != nil {
		t.Fatal(err)
	}
	// 02:00 UTC on 11 March is still 10 March in New York.
	if !strings.HasSuffix(d.Title, "Monday 10 March 2025") || p.Title != d.Title {
		t.Errorf("titles %q, %q; want the day in New York, Monday 10 March 2025", p.Title, d.Title)
	}
	next, _ := b.Digest(ctx)
	if !slices.Equal(factIDs(p), factIDs(d)) || slices.Equal(factIDs(d), factIDs(next)) {
		t.Errorf("PreviewNow %v, Digest %v, Digest %v; want the preview to match and the rotation to move on", factIDs(p), factIDs(d), factIDs(next))
	}
}
