package answer

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/deepseek-story/bot/internal/knowledge"
)

func loadKB(t testing.TB, path string) *knowledge.Base {
	t.Helper()
	kb, err := knowledge.Load(path)
	if err != nil {
		t.Fatalf("Load(%s): %v", path, err)
	}
	return kb
}

func TestAnswer(t *testing.T) {
	e := New(loadKB(t, "testdata/kb.yaml"), Options{})
	tests := []struct {
		name     string
		q        string
		intent   Intent
		wantFact string // first fact, when answered
		contains string
	}{
		{"plain question", "Who founded Acme?", IntentAnswer, "acme-founder", "Jane Doe"},
		{"slack mention and greeting", "<@U123ABC> hey bot, who founded acme", IntentAnswer, "acme-founder", "Jane Doe"},
		{"discord mention", "<@!99> when was jane doe born", IntentAnswer, "jane-born", "1980"},
		{"synonym", "how far did acme shares tumble", IntentAnswer, "acme-shares-fell", "12%"},
		{"inflection", "acme's founding", IntentAnswer, "acme-founder", "Jane"},
		{"typo", "who foundd acmee", IntentAnswer, "acme-founder", "Jane"},
		{"alias phrase", "who backs acme inc", IntentAnswer, "acme-backers", "Globex"},
		{"keyword style", "acme share drop", IntentAnswer, "acme-shares-fell", "$40.50"},
		{"curly quotes", "What\u2019s Jane\u2019s \u201cbirth year\u201d?", IntentAnswer, "jane-born", "1980"},
		{"opinion is attributed", "what does jane think about small teams", IntentAnswer, "jane-view", "Jane Doe thinks"},
		{"according to names the speaker", "according to jane, do small teams beat big ones?", IntentAnswer, "jane-view", "Jane Doe thinks"},
		{"words of a person the story does not quote", "what did jane say about founding acme", IntentAbstain, "", "I don't know"},
		{"which company names one", "which company backs acme", IntentAnswer, "acme-backers", "Globex"},
		{"which universities: the fact names none", "which universities does acme hire engineers from", IntentAbstain, "", "I don't know"},
		{"outside fact: declined, offered with its source", "who are the big three", IntentAbstain, "", "example.com/almanac"},
		{"outside fact does not answer what merely names", "big initech globex price", IntentAbstain, "", "I don't know"},
		{"a name alone asks for its profile", "acme?", IntentAnswer, "acme-profile", "widgets"},
		{"tell me about a name", "tell me about ACME", IntentAnswer, "acme-profile", "widgets"},
		{"who is an organisation", "who is acme", IntentAnswer, "acme-profile", "widgets"},
		{"unknown topic abstains", "What is Acme's revenue?", IntentAbstain, "", "I don't know"},
		{"unknown person abstains", "Who is the CEO of Microsoft?", IntentAbstain, "", "I don't know"},
		{"far question abstains", "how do I bake bread", IntentAbstain, "", "I don't know"},
		{"date wanted but fact has none", "When did Jane Doe think small teams win?", IntentAbstain, "", "I don't know"},
		{"figure wanted but fact has none", "How many investors back Acme?", IntentAbstain, "", "I don't know"},
		{"a date word is covered by a dated fact", "acme sanction year", IntentAnswer, "acme-ban", "March 2025"},
		{"which month: the fact's date answers it", "what month were acme shares dropping", IntentAnswer, "acme-shares-fell", "3 March 2025"},
		{"what the story does not say is declined, saying so", "where did jane go to college", IntentAbstain, "", "does not say where Jane Doe studied"},
		{"help", "help", IntentHelp, "", "I answer questions"},
		{"greeting", "hi there!", IntentHelp, "", "I answer questions"},
		{"what can you answer", "what can you answer?", IntentHelp, "", "Topics"},
		{"empty", "   ", IntentEmpty, "", "Ask me"},
		{"only markup", "<@U123>", IntentEmpty, "", "Ask me"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r, err := e.Answer(context.Background(), Question{Text: tc.q})
			if err != nil {
				t.Fatalf("Answer(%q) error: %v", tc.q, err)
			}
			if r.Intent != tc.intent {
				t.Fatalf("Answer(%q).Intent = %q (text %q); want %q", tc.q, r.Intent, r.Text, tc.intent)
			}
			if r.Answered != (tc.intent == IntentAnswer) {
				t.Errorf("Answer(%q).Answered = %v; want %v", tc.q, r.Answered, tc.intent == IntentAnswer)
			}
			if tc.wantFact != "" {
				if got := r.FactIDs(); len(got) == 0 || got[0] != tc.wantFact {
					t.Errorf("Answer(%q) facts = %v; want %s first", tc.q, got, tc.wantFact)
				}
				switch f := e.Knowledge().Fact(tc.wantFact); {
				case len(r.Citations) == 0:
					t.Errorf("Answer(%q).Citations = none; want one", tc.q)
				case f.Source != nil && r.Citations[0].Source != f.Source.URL:
					t.Errorf("Answer(%q).Citations = %+v; want the outside source %s", tc.q, r.Citations, f.Source.URL)
				case f.Source == nil && (r.Citations[0].Source != "story" || len(r.Citations[0].Paragraphs) == 0):
					t.Errorf("Answer(%q).Citations = %+v; want a story citation with paragraphs", tc.q, r.Citations)
				}
			}
			if !strings.Contains(r.Text, tc.contains) {
				t.Errorf("Answer(%q).Text = %q; want it to contain %q", tc.q, r.Text, tc.contains)
			}
			if r.Confidence < 0 || r.Confidence > 1 {
				t.Errorf("Answer(%q).Confidence = %v; want within [0,1]", tc.q, r.Confidence)
			}
			if r.Question != tc.q {
				t.Errorf("Answer(%q).Question = %q; want the input echoed", tc.q, r.Question)
			}
			if !r.Answered && len(r.Suggestions) == 0 {
				t.Errorf("Answer(%q) gave no suggestions", tc.q)
			}
		})
	}
}

// asker returns a function that asks e one question, failing t on error.
func asker(t *testing.T, e *Engine) func(q string) Reply {
	return func(q string) Reply {
		t.Helper()
		r, err := e.Answer(context.Background(), Question{Text: q})
		if err != nil {
			t.Fatal(err)
		}
		return r
	}
}

func TestUnstatedFacts(t *testing.T) {
	e := New(loadKB(t, "testdata/kb.yaml"), Options{})
	ask := asker(t, e)
	r := ask("which university did jane doe study at")
	if r.Answered || r.Intent != IntentAbstain || len(r.Citations) != 0 {
		t.Errorf("a known unknown: answered %v, intent %q, citations %v; want declined without citations", r.Answered, r.Intent, r.Citations)
	}
	if want := []string{"When was Jane Doe born?", "Who does Acme hire?"}; !slices.Equal(r.Suggestions, want) {
		t.Errorf("a known unknown suggests %q; want its related facts %q", r.Suggestions, want)
	}
	// The part of a two-part question the story answers is still answered.
	r = ask("who founded acme and where did jane doe study")
	if !r.Answered || !slices.Equal(r.FactIDs(), []string{"acme-founder"}) || strings.Contains(r.Text, "does not say") {
		t.Errorf("two parts, one unstated: answered %v, facts %v, text %q; want only acme-founder", r.Answered, r.FactIDs(), r.Text)
	}
	// A known unknown is never offered as something the bot can answer.
	for _, q := range []string{"who founded acme", "when was jane born", "help", "how do I bake bread"} {
		for _, s := range ask(q).Suggestions {
			if strings.Contains(s, "study") || strings.Contains(s, "university") || s == "jane education" {
				t.Errorf("%q suggests %q, a question the story does not answer", q, s)
			}
		}
	}
}

func TestAsksPrice(t *testing.T) {
	tests := []struct {
		q    string
		want bool
	}{
		{"what is the price of r1", true},
		{"how much does an h100 cost", true},
		{"how much did it cost to train", true},
		{"how much is a blackwell chip", true},
		{"r1 subscription fee", true},
		{"how much did blackwell cut costs", false},
		{"how much is nvidia down", false},
		{"how much did deepseek cost the market", true},
		{"how much cheaper is blackwell", false},
		{"why did the nvidia share price go down so much", false},
		{"nvda fell how many dollars", true},
	}
	for _, tc := range tests {
		if got := asksMoney(knowledge.Tokens(tc.q)); got != tc.want {
			t.Errorf("asksMoney(%q) = %v; want %v", tc.q, got, tc.want)
		}
	}
}

func TestAnswerSuggestsRelated(t *testing.T) {
	e := New(loadKB(t, "testdata/kb.yaml"), Options{})
	r, _ := e.Answer(context.Background(), Question{Text: "who founded acme"})
	if !slices.Contains(r.Suggestions, "When was Jane Doe born?") {
		t.Errorf("Suggestions = %q; want the related fact's question", r.Suggestions)
	}
	if slices.Contains(r.Suggestions, "Who founded Acme?") {
		t.Errorf("Suggestions = %q; must not repeat the answered fact", r.Suggestions)
	}
}

// followUpCase is a conversation and what its last answer must contain.
type followUpCase struct {
	name  string
	turns []string
	want  string // in the last answer
}

// checkFollowUps asks each case's turns in a conversation of its own (the
// case's name) and checks the last answer.
func checkFollowUps(t *testing.T, e *Engine, tests []followUpCase) {
	t.Helper()
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var r Reply
			for _, turn := range tc.turns {
				r, _ = e.Answer(context.Background(), Question{Text: turn, Conversation: tc.name})
			}
			if !strings.Contains(r.Text, tc.want) {
				t.Errorf("after %q: Text = %q; want %q", tc.turns, r.Text, tc.want)
			}
		})
	}
}

func TestFollowUps(t *testing.T) {
	e := New(loadKB(t, "testdata/kb.yaml"), Options{})
	ctx := context.Background()
	checkFollowUps(t, e, []followUpCase{
		{"person pronoun", []string{"who founded acme?", "when was she born?"}, "1980"},
		{"thing pronoun", []string{"who backs acme", "why was it banned"}, "slow its growth"},
		{"nothing of its own", []string{"why was acme banned", "when was that"}, "March 2025"},
		{"help is never a follow-up", []string{"why was acme banned", "help"}, "I answer questions"},
		{"which day: the last answer's", []string{"how far did acme shares tumble", "which day was that exactly"}, "3 March 2025"},
		{"which day, after another dated fact", []string{"why was acme banned", "what day was that"}, "March 2025"},
	})
	// Without the conversation the same follow-up has nothing to go on.
	r, _ := e.Answer(ctx, Question{Text: "when was that", Conversation: "fresh"})
	if r.Answered {
		t.Errorf("follow-up without context answered %q; want no answer", r.Text)
	}
}

// Conversation state is bounded by Options.Conversations (the least
// recently used forgotten first) and lasts ConversationTTL.
func TestConversationsBounded(t *testing.T) {
	ctx := context.Background()
	followUp := func(e *Engine, conv string) bool {
		r, _ := e.Answer(ctx, Question{Text: "when was that", Conversation: conv})
		return strings.Contains(r.Text, "March 2025")
	}
	e := New(loadKB(t, "testdata/kb.yaml"), Options{Conversations: 3})
	for i := range 10 {
		if r, _ := e.Answer(ctx, Question{Text: "why was acme banned", Conversation: fmt.Sprint("c", i)}); !r.Answered {
			t.Fatalf("c%d: not answered: %q", i, r.Text)
		}
	}
	if n := e.convos.Len(); n != 3 {
		t.Fatalf("%d conversations kept, want 3", n)
	}
	if followUp(e, "c0") {
		t.Error("c0's follow-up resolved; it should have been forgotten")
	}
	if !followUp(e, "c9") {
		t.Error("c9's follow-up did not resolve")
	}

	e = New(loadKB(t, "testdata/kb.yaml"), Options{ConversationTTL: time.Millisecond})
	e.Answer(ctx, Question{Text: "why was acme banned", Conversation: "old"})
	time.Sleep(5 * time.Millisecond)
	if followUp(e, "old") {
		t.Error("follow-up resolved after the conversation's ttl")
	}
}

func TestTwoPartQuestion(t *testing.T) {
	e := New(loadKB(t, "testdata/kb.yaml"), Options{})
	r, _ := e.Answer(context.Background(), Question{Text: "who backs acme and why was it banned?"})
	if got := r.FactIDs(); !slices.Equal(got, []string{"acme-backers", "acme-ban"}) {
		t.Errorf("facts = %v; want [acme-backers acme-ban]", got)
	}
	if !strings.Contains(r.Text, "Globex") || !strings.Contains(r.Text, "slow its growth") {
		t.Errorf("Text = %q; want both answers", r.Text)
	}
}

func TestSuggest(t *testing.T) {
	e := New(loadKB(t, "testdata/kb.yaml"), Options{})
	tests := []struct {
		typed string
		want  string
	}{
		{"", "Who founded Acme?"},
		{"jane bi", "jane birth year"},
		{"why was ac", "Why was Acme banned?"},
	}
	for _, tc := range tests {
		got := e.Suggest(tc.typed, 25)
		if !slices.Contains(got, tc.want) {
			t.Errorf("Suggest(%q) = %q; want it to contain %q", tc.typed, got, tc.want)
		}
		if len(got) > 25 {
			t.Errorf("Suggest(%q) returned %d; want at most 25", tc.typed, len(got))
		}
	}
	if got := e.Suggest("zzz", 25); len(got) != 0 {
		t.Errorf(`Suggest("zzz") = %q; want none`, got)
	}
}

// fakeSummarizer returns a canned summary or error.
type fakeSummarizer struct {
	text  string
	err   error
	calls int
}

func (f *fakeSummarizer) Summarize(_ context.Context, req SummaryRequest) (string, error) {
	f.calls++
	return f.text, f.err
}

type reasonErr string

func (r reasonErr) Error() string          { return string(r) }
func (r reasonErr) FallbackReason() string { return string(r) }

func TestSummarizer(t *testing.T) {
	kb := loadKB(t, "testdata/kb.yaml")
	tests := []struct {
		name       string
		sum        *fakeSummarizer
		q          string
		summarized bool
		reason     string
		calls      int
	}{
		{"summary used", &fakeSummarizer{text: "Jane Doe started Acme Corp in 2019."}, "who founded acme", true, "", 1},
		{"error falls back", &fakeSummarizer{err: reasonErr("timeout")}, "who founded acme", false, "timeout", 1},
		{"plain error falls back", &fakeSummarizer{err: errors.New("boom")}, "who founded acme", false, "error", 1},
		{"empty falls back", &fakeSummarizer{text: " "}, "who founded acme", false, "empty", 1},
		{"abstention never reaches the LLM", &fakeSummarizer{text: "invented"}, "what is acme's revenue", false, "", 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			e := New(kb, Options{Summarizer: tc.sum})
			r, err := e.Answer(context.Background(), Question{Text: tc.q})
			if err != nil {
				t.Fatal(err)
			}
			if r.Summarized != tc.summarized || r.FallbackReason != tc.reason || tc.sum.calls != tc.calls {
				t.Errorf("Answer(%q) = summarized %v, reason %q, %d calls; want %v, %q, %d", tc.q, r.Summarized, r.FallbackReason, tc.sum.calls, tc.summarized, tc.reason, tc.calls)
			}
			if !tc.summarized && r.Answered && r.Text != r.FactsText {
				t.Errorf("fallback Text = %q; want the facts %q", r.Text, r.FactsText)
			}
		})
	}
}

func TestSwapIsAtomicUnderLoad(t *testing.T) {
	a, b := loadKB(t, "testdata/kb.yaml"), loadKB(t, "../knowledge/testdata/good.yaml")
	e := New(a, Options{})
	var wg sync.WaitGroup
	for g := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range 200 {
				if g == 0 && i%10 == 0 {
					if i%20 == 0 {
						e.Swap(b)
					} else {
						e.Swap(a)
					}
				}
				r, err := e.Answer(context.Background(), Question{Text: "who founded acme", Conversation: fmt.Sprint(g)})
				if err != nil || !r.Answered {
					t.Errorf("Answer during swaps = %+v, %v", r, err)
					return
				}
			}
		}()
	}
	wg.Wait()
}

func TestCanceledContext(t *testing.T) {
	e := New(loadKB(t, "testdata/kb.yaml"), Options{})
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := e.Answer(ctx, Question{Text: "who founded acme"}); !errors.Is(err, context.Canceled) {
		t.Errorf("Answer(canceled) error = %v; want context.Canceled", err)
	}
}

func FuzzAnswer(f *testing.F) {
	kb, err := knowledge.Load("testdata/kb.yaml")
	if err != nil {
		f.Fatal(err)
	}
	e := New(kb, Options{})
	for _, s := range []string{"who founded acme", "<@U1> <!here> hi", "\xff\xfe", "and and and", "who and why", strings.Repeat("a ", 2000)} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		r, err := e.Answer(context.Background(), Question{Text: s, Conversation: "fuzz"})
		if err != nil {
			t.Fatal(err)
		}
		if !utf8.ValidString(r.Text) {
			t.Fatalf("Answer(%q).Text is not valid UTF-8", s)
		}
		if r.Confidence < 0 || r.Confidence > 1 {
			t.Fatalf("Answer(%q).Confidence = %v", s, r.Confidence)
		}
		if r.Answered && len(r.Citations) == 0 {
			t.Fatalf("Answer(%q) answered without a citation", s)
		}
	})
}

func TestConfirms(t *testing.T) {
	tests := []struct {
		q    string
		want bool
	}{
		{"liang was born in 1990, right?", true},
		{"nvidia fell 30 percent, didn't it?", true},
		{"wasn't it trump who blacklisted zhipu", true},
		{"is that right", false},
		{"when was liang born", false},
		{"who is right about china", false},
	}
	for _, tc := range tests {
		if got := confirms(knowledge.Tokens(tc.q)); got != tc.want {
			t.Errorf("confirms(%q) = %v; want %v", tc.q, got, tc.want)
		}
	}
}

func TestQuestionFocus(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Good evening all. I run a shop in Lagos - what is R1 exactly?", "what is R1 exactly?"},
		{"what kind of people did Liang hire? need it for a report", "what kind of people did Liang hire?"},
		{"editor here: when did Nvidia close at a record?", "when did Nvidia close at a record?"},
		{"what is R1?", ""},                                   // all question
		{"tell me about R1. thanks", ""},                      // no question
		{"who backs Zhipu? why was it blacklisted?", ""},      // all questions
		{"my boss says Nvidia fell 25% - is that right?", ""}, // a tag asks about the rest
	}
	for _, tc := range tests {
		if got, _ := splitFocus(tc.in); got != tc.want {
			t.Errorf("splitFocus(%q) = %q; want %q", tc.in, got, tc.want)
		}
	}
}

// hasSegmentBreak finds a break wherever the replacer would, or a line
// break: on every string of up to four pieces from the breaks' characters.
func TestHasSegmentBreak(t *testing.T) {
	pieces := []string{" ", "-", "\u2013", "\u2014", ":", ".", "?", "!", ";", "a", "\n", "\u2019"}
	var walk func(s string, n int)
	walk = func(s string, n int) {
		want := segmentBreaks.Replace(s) != s || strings.Contains(s, "\n")
		if got := hasSegmentBreak(s); got != want {
			t.Errorf("hasSegmentBreak(%q) = %v; want %v", s, got, want)
		}
		if n == 0 {
			return
		}
		for _, p := range pieces {
			walk(s+p, n-1)
		}
	}
	walk("", 4)
}

func TestQuotedSpan(t *testing.T) {
	tests := []struct{ in, want string }{
		{"someone pasted 'arrogant assumption of having all the information' what's that about", "arrogant assumption of having all the information"},
		{"what does \u201cbeyond its pay grade\u201d mean", "beyond its pay grade"},
		{`he said "OpenAI is not a god" - when?`, "OpenAI is not a god"},
		{"what's the 'small ant'", ""},                          // too short to stand for the question
		{"translate 'thank you for your time' into french", ""}, // names nothing
		{"what's Liang's view", ""},                             // apostrophes
	}
	for _, tc := range tests {
		if got := quotedSpan(tc.in); got != tc.want {
			t.Errorf("quotedSpan(%q) = %q; want %q", tc.in, got, tc.want)
		}
	}
}

func TestPointsThere(t *testing.T) {
	tests := []struct {
		name, q string
		want    bool
	}{
		{"a place", "what did they talk about there", true},
		{"is there: what exists", "is there anything about openai", false},
		{"there was: what exists", "there was a meeting, who hosted it", false},
		{"no there", "what did they talk about", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := pointsThere(knowledge.Tokens(tc.q)); got != tc.want {
				t.Errorf("pointsThere(%q) = %v; want %v", tc.q, got, tc.want)
			}
		})
	}
}

func TestQuestionTypeAfterWhenClause(t *testing.T) {
	tests := []struct{ name, q, want string }{
		{"when asks", "when did r1 come out", knowledge.TypeDate},
		{"when in chat, without a verb", "when r1 released", knowledge.TypeDate},
		{"a when clause, then who", "when the author says small ant, who is the ant", knowledge.TypePerson},
		{"a when clause, then why", "when nvidia fell, why did it fall", knowledge.TypeReason},
		{"how long asks a figure", "how long has deepseek been around", knowledge.TypeFigure},
		{"quantify asks a figure", "quantify the drawdown at high-flyer", knowledge.TypeFigure},
		{"the magnitude of something is a figure", "could you outline the magnitude of the decline in nvidia's share price", knowledge.TypeFigure},
		{"a question ending in by asks by whom", "deepseek founded by", knowledge.TypePerson},
		{"how much ... by asks by how much", "how much did his fund shrink by", knowledge.TypeFigure},
		{"what a stock closed at is a price", "what did nvidia close at after the panic", knowledge.TypeFigure},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := questionType(knowledge.Tokens(tc.q)); got != tc.want {
				t.Errorf("questionType(%q) = %q; want %q", tc.q, got, tc.want)
			}
		})
	}
}

// The suggestions kept per fact are those worked out, for the fact base in
// use, also after a swap.
func TestSuggestionTable(t *testing.T) {
	e := New(loadKB(t, "testdata/kb.yaml"), Options{})
	for _, kb := range []*knowledge.Base{e.Knowledge(), loadKB(t, "../../knowledge.yaml")} {
		e.Swap(kb)
		if got, want := e.defaultSuggestions(kb, nil, 3), findDefaults(kb, nil, 3); !slices.Equal(got, want) {
			t.Errorf("defaultSuggestions(nil) = %q; want %q", got, want)
		}
		for i := range kb.Facts {
			f := []*knowledge.Fact{&kb.Facts[i]}
			if got, want := e.related(kb, f, 3), findRelated(kb, f, 3); !slices.Equal(got, want) {
				t.Errorf("related(%s) = %q; want %q", f[0].ID, got, want)
			}
			if got, want := e.defaultSuggestions(kb, f, 3), findDefaults(kb, f, 3); !slices.Equal(got, want) {
				t.Errorf("defaultSuggestions(%s) = %q; want %q", f[0].ID, got, want)
			}
		}
	}
}

// A question is read up to MaxQuestionRunes runes, counted as runes, not
// bytes: 920 runes of 1,820 bytes are read whole, 1,220 are cut.
func TestQuestionCap(t *testing.T) {
	e := New(loadKB(t, "../../knowledge.yaml"), Options{})
	ask := asker(t, e)
	whole := strings.Repeat("\u2026 ", 450) + "who founded deepseek"
	if r := ask(whole); !r.Answered || r.Question != whole {
		t.Errorf("a question of %d runes and %d bytes: answered %v (%q); want it read whole and answered", utf8.RuneCountInString(whole), len(whole), r.Answered, r.Text)
	}
	cut := strings.Repeat("\u2026 ", 600) + "who founded deepseek"
	if r := ask(cut); r.Answered || r.Question != cut {
		t.Errorf("a question of %d runes: answered %v (%q); want it cut before its question", utf8.RuneCountInString(cut), r.Answered, r.Text)
	}
}

func TestGoingSomewhere(t *testing.T) {
	tests := []struct {
		name, q string
		future  bool
	}{
		{"going to, a place", "chips banned from going to china", false},
		{"going to, a verb", "is deepseek going to get h100s", true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			words := knowledge.Tokens(tc.q)
			i := slices.Index(words, "going")
			if got := !goingSomewhere(words[i+2:]); got != tc.future {
				t.Errorf("future after %q = %v; want %v", tc.q, got, tc.future)
			}
		})
	}
}

func TestHeadBeforeAsides(t *testing.T) {
	ix := loadKB(t, "../../knowledge.yaml").Index()
	tests := []struct {
		name, text, want string
	}{
		{"an aside after a comma", "what year was Liang born, just need it for context in our board pack", "what year was Liang born"},
		{"a sentence about the asker's purpose", "Where did DeepSeek source its engineers from, geographically speaking? Asking for our own benchmarking.", "Where did DeepSeek source its engineers from, geographically speaking?"},
		{"two asides", "What consequence does the author speculate about? For the avoidance of doubt, we understand this to be his opinion.", "What consequence does the author speculate about?"},
		{"for our, without a comma", "Is there a lesson about underdogs that we could borrow for our strategy offsite?", "Is there a lesson about underdogs that we could borrow"},
		{"a last clause that names an entity is part of the question", "how much did it fall, for nvidia", ""},
		{"an aside that asks is part of the question", "who founded deepseek? asking for our memo, and when", ""},
		{"a yes-no question after the question is no aside", "who founded deepseek? would he sell it?", ""},
		{"no aside", "who founded deepseek", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := headBeforeAsides(ix, tt.text); got != tt.want {
				t.Errorf("headBeforeAsides(%q) = %q, want %q", tt.text, got, tt.want)
			}
		})
	}
}

func TestQuestionAfterPreamble(t *testing.T) {
	ix := loadKB(t, "../../knowledge.yaml").Index()
	tests := []struct {
		name, text, want string
	}{
		{"a request to know after what the asker is doing", "I am compiling a list of entrepreneurs for our careers talk and would be grateful if you could tell me who founded DeepSeek.", "who founded DeepSeek."},
		{"asides after the question go too", "We were wondering who founded DeepSeek, for our alumni bulletin", "who founded DeepSeek"},
		{"far: no request to know before the question word", "my car overheats in traffic what could be wrong", ""},
		{"the asker later in the preamble", "The author is a tech writer and I wonder who founded it", "who founded it"},
		{"no asker in the preamble", "The author is a tech writer and people wonder who founded it", ""},
		{"a question first", "who founded DeepSeek", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := questionAfterPreamble(ix, tt.text); got != tt.want {
				t.Errorf("questionAfterPreamble(%q) = %q, want %q", tt.text, got, tt.want)
			}
		})
	}
}
