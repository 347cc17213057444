package llm

import (
	"context"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus/testutil"
	openai "github.com/sashabaranov/go-openai"

	"github.com/deepseek-story/bot/internal/answer"
)

// These tests drive the real answer engine with the Client as its
// Summarizer, against the fake LLM.

func TestEngineAbstainsWithoutAnyRequest(t *testing.T) {
	fake := newFakeLLM(t, echoFirstFact)
	c, _, _ := testClient(t, fake, nil)
	engine := answer.New(loadKB(t), answer.Options{Summarizer: c})
	for _, q := range []string{"Who is the CEO of Microsoft?", "what is the weather in paris tomorrow", "hello", ""} {
		r, err := engine.Answer(context.Background(), answer.Question{Text: q, User: "U1", Platform: "slack"})
		if err != nil {
			t.Fatalf("Answer(%q) error = %v", q, err)
		}
		if r.Answered || r.Summarized {
			t.Errorf("Answer(%q) = answered %v, summarized %v (%q); want neither", q, r.Answered, r.Summarized, r.Text)
		}
	}
	if n := fake.requests.Load(); n != 0 {
		t.Errorf("the fake LLM got %d requests; want none for questions the engine does not answer", n)
	}
}

func TestEngineSummarizes(t *testing.T) {
	fake := newFakeLLM(t, echoFirstFact)
	c, m, _ := testClient(t, fake, nil)
	engine := answer.New(loadKB(t), answer.Options{Summarizer: c})
	q := answer.Question{Text: "How much did Nvidia shares fall?", User: "U1", Platform: "slack"}
	r, err := engine.Answer(context.Background(), q)
	if err != nil {
		t.Fatalf("Answer(%q) error = %v", q.Text, err)
	}
	if !r.Answered || !r.Summarized || r.FallbackReason != "" {
		t.Fatalf("Answer(%q) = answered %v, summarized %v, fallback %q; want a summary", q.Text, r.Answered, r.Summarized, r.FallbackReason)
	}
	if len(r.Facts) == 0 || r.Facts[0].ID != "nvidia-shares-fall" {
		t.Fatalf("Answer(%q) facts = %v; want nvidia-shares-fall first", q.Text, r.FactIDs())
	}
	if want := strings.TrimSpace(r.Facts[0].Answer); r.Text != want {
		t.Errorf("Answer(%q).Text = %q; want the fake's echo of the fact %q", q.Text, r.Text, want)
	}
	if r.FactsText == "" || strings.Contains(r.Text, "[") {
		t.Errorf("Answer(%q) FactsText %q, Text %q; want the facts text kept and no citations in Text", q.Text, r.FactsText, r.Text)
	}
	if n := fake.requests.Load(); n != 1 {
		t.Errorf("the fake LLM got %d requests; want 1", n)
	}

	// Asked again: the cache answers.
	if r2, _ := engine.Answer(context.Background(), q); !r2.Summarized || r2.Text != r.Text || fake.requests.Load() != 1 {
		t.Errorf("second Answer(%q) = %q (summarized %v) after %d requests; want the cached summary and no new request",
			q.Text, r2.Text, r2.Summarized, fake.requests.Load())
	}
	if n := testutil.ToFloat64(m.LLMCacheHits); n != 1 {
		t.Errorf("bot_llm_cache_hits_total = %v; want 1", n)
	}
}

func TestEngineStreamsProgress(t *testing.T) {
	fake := newFakeLLM(t, streamReply([]string{"DeepSeek released its R1 reasoning model ", "on 20 January 2025 [r1-release]. ",
		"Donald Trump was sworn in as president that day [r1-release]."}, "stop", true))
	c, _, _ := testClient(t, fake, nil)
	engine := answer.New(loadKB(t), answer.Options{Summarizer: c})
	var progress []string
	q := answer.Question{Text: "When was DeepSeek R1 released?", User: "U1", Platform: "discord",
		Progress: func(p string) { progress = append(progress, p) }}
	r, err := engine.Answer(context.Background(), q)
	if err != nil {
		t.Fatal(err)
	}
	want := "DeepSeek released its R1 reasoning model on 20 January 2025. Donald Trump was sworn in as president that day."
	if !r.Summarized || r.Text != want {
		t.Fatalf("Answer(%q) = %q (summarized %v, fallback %q); want %q", q.Text, r.Text, r.Summarized, r.FallbackReason, want)
	}
	if len(progress) == 0 || progress[0] != "DeepSeek released its R1 reasoning model on 20 January 2025." {
		t.Errorf("Progress calls = %q; want the first sentence first", progress)
	}
}

func TestEngineFallsBackToFacts(t *testing.T) {
	tests := []struct {
		name    string
		handle  func(w http.ResponseWriter, r *http.Request, req openai.ChatCompletionRequest)
		timeout time.Duration
		want    string
	}{
		{"server error", replyRaw(http.StatusInternalServerError, "application/json", `{"error":{"message":"boom","type":"server_error"}}`), 0, ReasonServerError},
		{"invented number", replyWith("Nvidia's shares tumbled 17% in 1999 [nvidia-shares-fall]."), 0, ReasonUngroundedNumber},
		{"timeout", hang, 300 * time.Millisecond, ReasonTimeout},
		{"cut-off stream", streamReply([]string{"Nvidia's shares tumbled 17% [nvidia-shares-fall]. More"}, "", false), 0, ReasonBadResponse},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fake := newFakeLLM(t, tt.handle)
			c, _, _ := testClient(t, fake, func(cfg *Config) {
				if tt.timeout > 0 {
					cfg.Timeout = tt.timeout
				}
			})
			engine := answer.New(loadKB(t), answer.Options{Summarizer: c})
			q := answer.Question{Text: "How much did Nvidia shares fall?", User: "U1", Platform: "slack"}
			if tt.name == "cut-off stream" {
				q.Progress = func(string) {}
			}
			r, err := engine.Answer(context.Background(), q)
			if err != nil {
				t.Fatalf("Answer(%q) error = %v; want the facts", q.Text, err)
			}
			if !r.Answered || r.Summarized || r.FallbackReason != tt.want {
				t.Fatalf("Answer(%q) = answered %v, summarized %v, fallback %q; want the facts with fallback %q",
					q.Text, r.Answered, r.Summarized, r.FallbackReason, tt.want)
			}
			if r.Text != r.FactsText || !strings.Contains(r.Text, "17%") {
				t.Errorf("Answer(%q).Text = %q; want the facts-only text %q", q.Text, r.Text, r.FactsText)
			}
		})
	}
}
