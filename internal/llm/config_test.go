package llm

import (
	"strings"
	"testing"
	"time"

	"github.com/deepseek-story/bot/internal/knowledge"
)

func TestConfigFromEnv(t *testing.T) {
	tests := []struct {
		name        string
		env         map[string]string
		wantEnabled bool
		wantModel   string
		wantTimeout time.Duration
		wantInvalid string // a substring of Validate's error
	}{
		{"nothing set", nil, false, DefaultModel, DefaultTimeout, ""},
		{"OpenAI key", map[string]string{"OPENAI_API_KEY": "sk-x"}, true, DefaultModel, DefaultTimeout, ""},
		{"Ollama base URL only", map[string]string{"OPENAI_BASE_URL": "http://localhost:11434/v1", "OPENAI_MODEL": "llama3.1"}, true, "llama3.1", DefaultTimeout, ""},
		{"forced off", map[string]string{"OPENAI_API_KEY": "sk-x", "BOT_LLM": "off"}, false, DefaultModel, DefaultTimeout, ""},
		{"forced off in capitals", map[string]string{"OPENAI_API_KEY": "sk-x", "BOT_LLM": "OFF"}, false, DefaultModel, DefaultTimeout, ""},
		{"BOT_LLM on alone", map[string]string{"BOT_LLM": "on"}, false, DefaultModel, DefaultTimeout, ""},
		{"timeout", map[string]string{"OPENAI_API_KEY": "sk-x", "BOT_LLM_TIMEOUT": "3s"}, true, DefaultModel, 3 * time.Second, ""},
		{"bad timeout", map[string]string{"OPENAI_API_KEY": "sk-x", "BOT_LLM_TIMEOUT": "soon"}, true, DefaultModel, DefaultTimeout, "BOT_LLM_TIMEOUT"},
		{"bad base URL", map[string]string{"OPENAI_BASE_URL": "localhost:11434"}, true, DefaultModel, DefaultTimeout, "OPENAI_BASE_URL"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cfg, enabled := ConfigFromEnv(func(k string) string { return tt.env[k] })
			if enabled != tt.wantEnabled || cfg.Model != tt.wantModel || cfg.Timeout != tt.wantTimeout {
				t.Errorf("ConfigFromEnv(%v) = enabled %v, model %q, timeout %v; want %v, %q, %v",
					tt.env, enabled, cfg.Model, cfg.Timeout, tt.wantEnabled, tt.wantModel, tt.wantTimeout)
			}
			err := cfg.Validate()
			switch {
			case tt.wantInvalid == "" && err != nil:
				t.Errorf("Validate() = %v; want nil", err)
			case tt.wantInvalid != "" && (err == nil || !strings.Contains(err.Error(), tt.wantInvalid)):
				t.Errorf("Validate() = %v; want an error about %s", err, tt.wantInvalid)
			}
		})
	}
}

func TestConfigDefaults(t *testing.T) {
	cfg := Config{}.withDefaults()
	want := Config{Model: "gpt-4o-mini", Timeout: 8 * time.Second, MaxTokens: 300, MaxQuestionRunes: 500, MaxOutputRunes: 1200,
		Concurrency: 4, QueueWait: DefaultQueueWait, PerUserPerMinute: 20, CacheSize: 10_000, CacheTTL: 24 * time.Hour}
	if cfg != want {
		t.Errorf("Config{}.withDefaults() = %+v; want %+v", cfg, want)
	}
}

func TestMemoryCacheExpires(t *testing.T) {
	c := NewMemoryCache(2, time.Hour)
	ctx := t.Context()
	c.Set(ctx, "a", "1", 0)
	c.Set(ctx, "short", "2", time.Nanosecond)
	if v, ok := c.Get(ctx, "a"); !ok || v != "1" {
		t.Errorf(`Get("a") = %q, %v; want "1", true`, v, ok)
	}
	deadline := time.Now().Add(time.Second)
	for time.Now().Before(deadline) {
		if _, ok := c.Get(ctx, "short"); !ok {
			break
		}
	}
	if v, ok := c.Get(ctx, "short"); ok {
		t.Errorf(`Get("short") = %q after its ttl; want a miss`, v)
	}
	c.Set(ctx, "b", "3", 0)
	c.Set(ctx, "c", "4", 0)
	if _, ok := c.Get(ctx, "a"); ok {
		t.Error(`Get("a") hit after two newer entries in a cache of 2; want it evicted`)
	}
}

func TestAnswerKeyFollowsFactText(t *testing.T) {
	f := &knowledge.Fact{ID: "a", Answer: "Acme fell 12%."}
	edited := &knowledge.Fact{ID: "a", Answer: "Acme fell 13%."}
	base := answerKey("how far did acme fall", []*knowledge.Fact{f}, "v1", "m")
	for name, other := range map[string]string{
		"edited answer, same version": answerKey("how far did acme fall", []*knowledge.Fact{edited}, "v1", "m"),
		"new version":                 answerKey("how far did acme fall", []*knowledge.Fact{f}, "v2", "m"),
		"other model":                 answerKey("how far did acme fall", []*knowledge.Fact{f}, "v1", "m2"),
	} {
		if other == base {
			t.Errorf("%s: same cache key; want a different one", name)
		}
	}
	if again := answerKey("How far did ACME fall?", []*knowledge.Fact{f}, "v1", "m"); again != base {
		t.Errorf("the same question, differently typed: key %s; want %s", again, base)
	}
}
