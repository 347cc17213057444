package llm

import (
	"errors"
	"fmt"
	"log/slog"
	"net/url"
	"strings"
	"time"

	"github.com/deepseek-story/bot/internal/metrics"
)

// Defaults of Config.
const (
	DefaultModel            = "gpt-4o-mini"
	DefaultTimeout          = 8 * time.Second
	DefaultMaxTokens        = 300
	DefaultMaxQuestionRunes = 500
	DefaultMaxOutputRunes   = 1200
	DefaultConcurrency      = 4
	DefaultQueueWait        = 250 * time.Millisecond
	DefaultPerUserPerMinute = 20
	DefaultCacheSize        = 10_000
	DefaultCacheTTL         = 24 * time.Hour
)

// Config configures a Client. Zero fields take the defaults above.
type Config struct {
	// APIKey is sent as a bearer token; empty sends none (local servers).
	APIKey string
	// BaseURL is the API root including /v1, such as
	// "http://localhost:11434/v1" (Ollama); empty means OpenAI's.
	BaseURL string
	// Model is the chat model name (default "gpt-4o-mini").
	Model string
	// Timeout bounds one summary, stream included (default 8s).
	Timeout time.Duration
	// MaxTokens caps the completion length (default 300).
	MaxTokens int
	// MaxQuestionRunes caps how much of the question is sent (default 500).
	MaxQuestionRunes int
	// MaxOutputRunes caps the summary users get (default 1200).
	MaxOutputRunes int
	// Concurrency is how many requests may be in flight (default 4);
	// QueueWait is how long a question waits for a free slot before it
	// falls back with reason busy (default 250ms).
	Concurrency int
	QueueWait   time.Duration
	// PerUserPerMinute is each user's budget of LLM requests (default 20);
	// cache hits are free.
	PerUserPerMinute int
	// CacheSize and CacheTTL size the in-memory summary cache used when
	// Deps.Cache is nil (defaults 10,000 entries, 24h); CacheTTL is also
	// the lifetime of entries in any cache.
	CacheSize int
	CacheTTL  time.Duration

	// Logger receives warnings about fallbacks (never question or answer
	// text above debug level); nil discards.
	Logger *slog.Logger
	// Metrics receives the LLM counters; nil counts nothing.
	Metrics *metrics.Metrics

	envErr error // a malformed environment value, reported by Validate
}

// ConfigFromEnv reads the LLM settings from the environment:
// OPENAI_API_KEY, OPENAI_BASE_URL, OPENAI_MODEL and BOT_LLM_TIMEOUT (a Go
// duration such as "8s"). The LLM is enabled when the key or the base URL
// is set, unless BOT_LLM is "off". Defaults are filled in; a malformed
// BOT_LLM_TIMEOUT keeps the default and is reported by Validate.
func ConfigFromEnv(getenv func(string) string) (cfg Config, enabled bool) {
	cfg = Config{
		APIKey:  strings.TrimSpace(getenv("OPENAI_API_KEY")),
		BaseURL: strings.TrimSpace(getenv("OPENAI_BASE_URL")),
		Model:   strings.TrimSpace(getenv("OPENAI_MODEL")),
	}
	if v := strings.TrimSpace(getenv("BOT_LLM_TIMEOUT")); v != "" {
		d, err := time.ParseDuration(v)
		if err != nil || d <= 0 {
			cfg.envErr = fmt.Errorf("BOT_LLM_TIMEOUT=%q: want a positive Go duration such as 8s", v)
		} else {
			cfg.Timeout = d
		}
	}
	cfg = cfg.withDefaults()
	off := false
	switch strings.ToLower(strings.TrimSpace(getenv("BOT_LLM"))) {
	case "off", "false", "0", "no", "disabled":
		off = true
	}
	return cfg, (cfg.APIKey != "" || cfg.BaseURL != "") && !off
}

// Validate reports settings that cannot work: a base URL that is not an
// http(s) URL, negative limits, a malformed BOT_LLM_TIMEOUT.
func (c Config) Validate() error {
	var errs []error
	if c.envErr != nil {
		errs = append(errs, c.envErr)
	}
	if c.BaseURL != "" {
		u, err := url.Parse(c.BaseURL)
		switch {
		case err != nil:
			errs = append(errs, fmt.Errorf("OPENAI_BASE_URL: %w", err))
		case u.Scheme != "http" && u.Scheme != "https", u.Host == "":
			errs = append(errs, fmt.Errorf("OPENAI_BASE_URL=%q: want an http(s) URL such as http://localhost:11434/v1", c.BaseURL))
		}
	}
	for _, f := range []struct {
		name string
		v    int64
	}{
		{"Timeout", int64(c.Timeout)}, {"MaxTokens", int64(c.MaxTokens)},
		{"MaxQuestionRunes", int64(c.MaxQuestionRunes)}, {"MaxOutputRunes", int64(c.MaxOutputRunes)},
		{"Concurrency", int64(c.Concurrency)}, {"QueueWait", int64(c.QueueWait)},
		{"PerUserPerMinute", int64(c.PerUserPerMinute)}, {"CacheSize", int64(c.CacheSize)}, {"CacheTTL", int64(c.CacheTTL)},
	} {
		if f.v < 0 {
			errs = append(errs, fmt.Errorf("llm config: %s is negative", f.name))
		}
	}
	return errors.Join(errs...)
}

func (c Config) withDefaults() Config {
	if c.Model == "" {
		c.Model = DefaultModel
	}
	if c.Timeout <= 0 {
		c.Timeout = DefaultTimeout
	}
	if c.MaxTokens <= 0 {
		c.MaxTokens = DefaultMaxTokens
	}
	if c.MaxQuestionRunes <= 0 {
		c.MaxQuestionRunes = DefaultMaxQuestionRunes
	}
	if c.MaxOutputRunes <= 0 {
		c.MaxOutputRunes = DefaultMaxOutputRunes
	}
	if c.Concurrency <= 0 {
		c.Concurrency = DefaultConcurrency
	}
	if c.QueueWait <= 0 {
		c.QueueWait = DefaultQueueWait
	}
	if c.PerUserPerMinute <= 0 {
		c.PerUserPerMinute = DefaultPerUserPerMinute
	}
	if c.CacheSize <= 0 {
		c.CacheSize = DefaultCacheSize
	}
	if c.CacheTTL <= 0 {
		c.CacheTTL = DefaultCacheTTL
	}
	return c
}
