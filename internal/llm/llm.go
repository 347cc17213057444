// Package llm lets a chat model condense the facts the answer core matched
// into one fluent answer, through any OpenAI-compatible API (OpenAI,
// Ollama, vLLM, llama.cpp server, gateways). It never makes an answer
// worse: the model sees only the matched facts, the user's question goes in
// as delimited data, and a deterministic guard checks every cited fact id,
// number, date and name of the output against the cited facts. On any
// violation or failure (timeout, 429, 5xx, refusal, cut-off stream, spent
// budget) Summarize returns an error naming the reason, and the engine
// sends the facts alone.
package llm

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"strings"
	"time"

	openai "github.com/sashabaranov/go-openai"

	"github.com/deepseek-story/bot/internal/answer"
	"github.com/deepseek-story/bot/internal/knowledge"
	"github.com/deepseek-story/bot/internal/metrics"
	"github.com/deepseek-story/bot/internal/store"
)

// Deps are the Client's replaceable collaborators; nil ones are built in
// memory (NewMemoryCache, a per-user token bucket).
type Deps struct {
	Cache   Cache
	Limiter Limiter
}

// Client summarises facts with a chat model. It implements
// answer.Summarizer and is safe for concurrent use.
type Client struct {
	cfg     Config
	api     *openai.Client
	cache   Cache
	limiter Limiter
	slots   chan struct{}
	log     *slog.Logger
	m       *metrics.Metrics

	transport *http.Transport
}

var _ answer.Summarizer = (*Client)(nil)

// temperature is as good as 0 on every server. go-openai leaves a zero
// temperature out of the request, and servers then use their default
// (0.7 to 1), so 0 cannot be sent as such.
const temperature = 0.01

// maxStreamBytes bounds what a stream may send before it is cut off.
const maxStreamBytes = 64 << 10

// maxDigestFacts bounds how many facts a digest summary reads.
const maxDigestFacts = 20

// negativeTTL is how long a summary the guard rejected is remembered, so
// the same question does not pay for the same rejected answer again.
const negativeTTL = time.Hour

// rejectedPrefix marks a cached guard rejection; the reason follows it.
const rejectedPrefix = "\x00rejected:"

// New returns a Client for cfg; zero fields of cfg take their defaults.
func New(cfg Config, deps Deps) *Client {
	cfg = cfg.withDefaults()
	log := cfg.Logger
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	log = log.With("component", "llm", "model", cfg.Model)

	oc := openai.DefaultConfig(cfg.APIKey)
	if cfg.BaseURL != "" {
		oc.BaseURL = strings.TrimRight(cfg.BaseURL, "/")
		if !strings.Contains(oc.BaseURL, "/v1") {
			log.Warn("OPENAI_BASE_URL usually ends with /v1 (such as http://localhost:11434/v1); requests go to BASE_URL/chat/completions",
				"base_url", oc.BaseURL)
		}
	}
	// No http.Client.Timeout: it would cut streams off. The context
	// deadline bounds the whole call; ResponseHeaderTimeout a silent server.
	transport := &http.Transport{Proxy: http.ProxyFromEnvironment}
	if t, ok := http.DefaultTransport.(*http.Transport); ok {
		transport = t.Clone()
	}
	transport.ResponseHeaderTimeout = cfg.Timeout
	oc.HTTPClient = &http.Client{Transport: transport}

	c := &Client{
		cfg:       cfg,
		api:       openai.NewClientWithConfig(oc),
		transport: transport,
		cache:     deps.Cache,
		limiter:   deps.Limiter,
		slots:     make(chan struct{}, cfg.Concurrency),
		log:       log,
		m:         cfg.Metrics,
	}
	if c.cache == nil {
		c.cache = NewMemoryCache(cfg.CacheSize, cfg.CacheTTL)
	}
	if c.limiter == nil {
		c.limiter = store.NewMemoryLimiter(cfg.PerUserPerMinute, time.Minute)
	}
	return c
}

// Model returns the model the client asks.
func (c *Client) Model() string { return c.cfg.Model }

// Close closes idle connections to the API; requests still work after it.
func (c *Client) Close() { c.transport.CloseIdleConnections() }

// Summarize answers req.Question from req.Facts in at most three
// sentences, cited facts checked by Guard, citations removed. When
// req.Question.Progress is set it streams, passing Progress the text so far
// (only whole sentences that pass the guard). Any error is a
// *FallbackError whose reason says why the facts should be sent alone.
func (c *Client) Summarize(ctx context.Context, req answer.SummaryRequest) (string, error) {
	if len(req.Facts) == 0 {
		return "", c.fail(ctx, fallback(ReasonNoFacts, errors.New("no facts to summarise")), false)
	}
	question := questionText(req.Question.Text, c.cfg.MaxQuestionRunes)
	key := answerKey(question, req.Facts, req.KBVersion, c.cfg.Model)
	if text, hit, err := c.cached(ctx, key); hit {
		return text, err
	}
	allowed, err := c.limiter.Allow(ctx, budgetKey(req.Question))
	if err != nil {
		return "", c.fail(ctx, fallback(ReasonBudget, fmt.Errorf("check LLM budget: %w", err)), false)
	}
	if !allowed {
		return "", c.fail(ctx, fallback(ReasonBudget, errors.New("the user's LLM budget is spent")), false)
	}
	return c.complete(ctx, key, answerMessages(question, req.Facts), req.Facts, req.Question.Progress)
}

// SummarizeDigest summarises facts in at most three sentences for the
// team digest (the first 20 facts are read), held to the same guard.
func (c *Client) SummarizeDigest(ctx context.Context, facts []*knowledge.Fact) (string, error) {
	facts = facts[:min(len(facts), maxDigestFacts)]
	if len(facts) == 0 {
		return "", c.fail(ctx, fallback(ReasonNoFacts, errors.New("no facts to summarise")), false)
	}
	key := digestKey(facts, c.cfg.Model)
	if text, hit, err := c.cached(ctx, key); hit {
		return text, err
	}
	return c.complete(ctx, key, digestMessages(facts), facts, nil)
}

// budgetKey names whose budget a question spends: the user's, else the
// channel's, per platform.
func budgetKey(q answer.Question) string {
	who := q.User
	if who == "" {
		who = "channel:" + q.Channel
	}
	return "llm:" + q.Platform + ":" + who
}

// cached returns a cached summary, or the error of a cached rejection;
// hit is false on a miss.
func (c *Client) cached(ctx context.Context, key string) (text string, hit bool, err error) {
	v, ok := c.cache.Get(ctx, key)
	if !ok {
		return "", false, nil
	}
	if reason, rejected := strings.CutPrefix(v, rejectedPrefix); rejected {
		return "", true, c.fail(ctx, fallback(reason, errors.New("the same summary was rejected before (cached)")), false)
	}
	if c.m != nil {
		c.m.LLMCacheHits.Inc()
	}
	return v, true, nil
}

// complete makes one request (streaming when progress is set), guards and
// cleans the output, and caches the result.
func (c *Client) complete(ctx context.Context, key string, msgs []openai.ChatCompletionMessage,
	facts []*knowledge.Fact, progress func(string)) (string, error) {
	if err := c.acquire(ctx); err != nil {
		return "", c.fail(ctx, err, false)
	}
	defer func() { <-c.slots }()

	callCtx, cancel := context.WithTimeout(ctx, c.cfg.Timeout)
	defer cancel()
	start := time.Now()
	req := c.request(msgs)
	var raw string
	var err error
	if progress != nil {
		raw, err = c.stream(callCtx, req, facts, progress)
	} else {
		raw, err = c.once(callCtx, req)
	}
	if err != nil {
		if ctx.Err() == nil && errors.Is(callCtx.Err(), context.DeadlineExceeded) {
			err = fallback(ReasonTimeout, err)
		}
		return "", c.fail(ctx, err, true)
	}
	raw = stripThinking(raw)
	if strings.TrimSpace(raw) == "" {
		return "", c.fail(ctx, fallback(ReasonEmpty, errors.New("the model returned no text")), true)
	}
	if err := Guard(raw, facts); err != nil {
		var ge *GuardError
		if errors.As(err, &ge) {
			c.cache.Set(ctx, key, rejectedPrefix+ge.Reason, min(negativeTTL, c.cfg.CacheTTL))
		}
		return "", c.fail(ctx, fallback(classify(err), err), true)
	}
	text := Clean(raw, c.cfg.MaxOutputRunes)
	if text == "" {
		return "", c.fail(ctx, fallback(ReasonEmpty, errors.New("nothing left after cleaning")), true)
	}
	c.cache.Set(ctx, key, text, c.cfg.CacheTTL)
	if c.m != nil {
		c.m.LLMCalls.WithLabelValues(c.cfg.Model, "ok").Inc()
	}
	c.log.Debug("llm summary", "took", time.Since(start), "runes", len([]rune(text)))
	return text, nil
}

// acquire takes a request slot, waiting at most QueueWait.
func (c *Client) acquire(ctx context.Context) error {
	select {
	case c.slots <- struct{}{}:
		return nil
	default:
	}
	wait := time.NewTimer(c.cfg.QueueWait)
	defer wait.Stop()
	select {
	case c.slots <- struct{}{}:
		return nil
	case <-wait.C:
		return fallback(ReasonBusy, fmt.Errorf("all %d LLM request slots stayed taken for %s", c.cfg.Concurrency, c.cfg.QueueWait))
	case <-ctx.Done():
		return fallback(ReasonCanceled, fmt.Errorf("wait for an LLM request slot: %w", ctx.Err()))
	}
}

func (c *Client) request(msgs []openai.ChatCompletionMessage) openai.ChatCompletionRequest {
	req := openai.ChatCompletionRequest{Model: c.cfg.Model, Messages: msgs}
	if isReasoningModel(c.cfg.Model) {
		// These models take max_completion_tokens and no temperature.
		req.MaxCompletionTokens = c.cfg.MaxTokens
	} else {
		// max_tokens is what Ollama, llama.cpp server and older gateways
		// understand; go-openai deprecates it for OpenAI's reasoning models.
		//lint:ignore SA1019 deliberate, see above
		req.MaxTokens = c.cfg.MaxTokens
		req.Temperature = temperature
	}
	return req
}

// isReasoningModel reports whether go-openai treats model as a reasoning
// model (o1, o3, o4, gpt-5), which rejects max_tokens and temperature.
func isReasoningModel(model string) bool {
	for _, p := range [...]string{"o1", "o3", "o4", "gpt-5", "gpt-6"} {
		if strings.HasPrefix(model, p) {
			return true
		}
	}
	return false
}

// once makes a plain request.
func (c *Client) once(ctx context.Context, req openai.ChatCompletionRequest) (string, error) {
	resp, err := c.api.CreateChatCompletion(ctx, req)
	if err != nil {
		return "", fmt.Errorf("create chat completion: %w", err)
	}
	c.countTokens(resp.Usage)
	if len(resp.Choices) == 0 {
		return "", fallback(ReasonBadResponse, errors.New("the reply has no choices"))
	}
	choice := resp.Choices[0]
	switch {
	case choice.Message.Refusal != "" || choice.FinishReason == openai.FinishReasonContentFilter:
		return "", fallback(ReasonRefused, fmt.Errorf("the model refused (finish_reason %q)", choice.FinishReason))
	case choice.FinishReason != openai.FinishReasonStop && choice.FinishReason != "":
		return "", fallback(ReasonBadResponse, fmt.Errorf("finish_reason %q, want stop", choice.FinishReason))
	}
	return choice.Message.Content, nil
}

// stream makes a streaming request, passing progress the cleaned text of
// the whole sentences so far that pass the guard. A stream that ends
// without finish_reason "stop" (cut off, closed without [DONE]) fails.
func (c *Client) stream(ctx context.Context, req openai.ChatCompletionRequest, facts []*knowledge.Fact, progress func(string)) (string, error) {
	req.StreamOptions = &openai.StreamOptions{IncludeUsage: true}
	s, err := c.api.CreateChatCompletionStream(ctx, req)
	if err != nil {
		return "", fmt.Errorf("create chat completion stream: %w", err)
	}
	defer s.Close()
	var text strings.Builder
	var finish openai.FinishReason
	shown := 0
	for {
		chunk, err := s.Recv()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return "", fmt.Errorf("read chat completion stream: %w", err)
		}
		if chunk.Usage != nil {
			c.countTokens(*chunk.Usage)
		}
		for _, ch := range chunk.Choices {
			if ch.Index != 0 {
				continue
			}
			if ch.Delta.Refusal != "" {
				return "", fallback(ReasonRefused, errors.New("the model refused"))
			}
			text.WriteString(ch.Delta.Content)
			if ch.FinishReason != "" {
				finish = ch.FinishReason
			}
		}
		if text.Len() > maxStreamBytes {
			return "", fallback(ReasonBadResponse, fmt.Errorf("the stream sent more than %d bytes", maxStreamBytes))
		}
		shown = c.showProgress(stripThinking(text.String()), shown, facts, progress)
	}
	switch finish {
	case openai.FinishReasonStop:
		return text.String(), nil
	case openai.FinishReasonContentFilter:
		return "", fallback(ReasonRefused, errors.New("finish_reason content_filter"))
	case "":
		return "", fallback(ReasonBadResponse, errors.New("the stream ended without a finish_reason (cut off)"))
	default:
		return "", fallback(ReasonBadResponse, fmt.Errorf("finish_reason %q, want stop", finish))
	}
}

// showProgress passes progress the text up to the last whole sentence,
// when that is longer than what was shown and passes the guard; it
// returns how much of text has been shown.
func (c *Client) showProgress(text string, shown int, facts []*knowledge.Fact, progress func(string)) int {
	end := sentenceEnd(text, false)
	if end <= shown {
		return shown
	}
	if Guard(text[:end], facts) != nil {
		return shown // wait: a later citation may ground it; the final text is guarded anyway
	}
	if partial := Clean(text[:end], c.cfg.MaxOutputRunes); partial != "" {
		progress(partial)
	}
	return end
}

func (c *Client) countTokens(u openai.Usage) {
	if c.m == nil {
		return
	}
	if u.PromptTokens > 0 {
		c.m.LLMTokens.WithLabelValues(c.cfg.Model, "prompt").Add(float64(u.PromptTokens))
	}
	if u.CompletionTokens > 0 {
		c.m.LLMTokens.WithLabelValues(c.cfg.Model, "completion").Add(float64(u.CompletionTokens))
	}
}

// fail counts and logs a fallback and returns it as a *FallbackError;
// requested says whether a request was made. The log carries the reason
// and status, never the question or the model's text (debug has detail).
func (c *Client) fail(ctx context.Context, err error, requested bool) error {
	var fe *FallbackError
	if !errors.As(err, &fe) {
		fe = fallback(classify(err), err)
	}
	if c.m != nil {
		c.m.LLMFallbacks.WithLabelValues(fe.Reason).Inc()
		if requested {
			c.m.LLMCalls.WithLabelValues(c.cfg.Model, "fallback").Inc()
		}
	}
	attrs := []slog.Attr{slog.String("reason", fe.Reason)}
	if status := statusOf(err); status != 0 {
		attrs = append(attrs, slog.Int("status", status))
	}
	var ge *GuardError
	if !errors.As(err, &ge) && fe.Reason != ReasonBudget && fe.Reason != ReasonBusy {
		var reqErr *openai.RequestError
		if !errors.As(err, &reqErr) { // a RequestError's text carries the raw body
			attrs = append(attrs, slog.String("error", fe.Error()))
		}
	}
	level := slog.LevelWarn
	if fe.Reason == ReasonCanceled {
		level = slog.LevelDebug
	}
	c.log.LogAttrs(ctx, level, "llm summary not used; sending the facts alone", attrs...)
	c.log.LogAttrs(ctx, slog.LevelDebug, "llm fallback detail", slog.String("reason", fe.Reason), slog.Any("error", err))
	return fe
}
