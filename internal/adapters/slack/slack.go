// Package slack connects the bot to Slack. It answers @mentions in
// threads, direct messages and the /ask and /digest commands, over Socket
// Mode (an app token) or the HTTP Events API (a signing secret), with the
// answer's source, follow-up and feedback buttons, and exactly one reply
// per question however often Slack delivers it.
//
// Every envelope and HTTP request is acknowledged first; answers are
// composed and posted in goroutines the Adapter owns, so Run returns only
// after the work in flight is finished.
package slack

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"runtime/debug"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/slack-go/slack"

	"github.com/deepseek-story/bot/internal/answer"
	"github.com/deepseek-story/bot/internal/digest"
	"github.com/deepseek-story/bot/internal/metrics"
	"github.com/deepseek-story/bot/internal/store"
)

// platform labels this adapter's metrics and questions.
const platform = "slack"

// Defaults for Config's zero values.
const (
	DefaultAPIURL        = "https://slack.com/api/"
	DefaultRatePerMinute = 10
	DefaultMaxBody       = 1 << 20
	defaultDedupTTL      = time.Hour
	defaultReplyTimeout  = 2 * time.Minute
	defaultMaxRetries    = 4
	defaultRetryBackoff  = 500 * time.Millisecond
	defaultMaxRetryWait  = time.Minute
	callTimeout          = 15 * time.Second
	ackTimeout           = 2 * time.Second
)

// Answerer answers questions (the answer core).
type Answerer interface {
	Answer(ctx context.Context, q answer.Question) (answer.Reply, error)
}

// Claims hands out each key once within ttl: event deduplication.
type Claims interface {
	Claim(ctx context.Context, key string, ttl time.Duration) (first bool, err error)
}

// Limiter is a per-key rate limit: per-user question budgets.
type Limiter interface {
	Allow(ctx context.Context, key string) (bool, error)
}

// FeedbackRecorder records 👍/👎 votes on answers.
type FeedbackRecorder interface {
	RecordFeedback(ctx context.Context, fb answer.Feedback) error
}

// Digester builds the digest that /digest posts.
type Digester interface {
	Digest(ctx context.Context) (digest.Digest, error)
}

// Config configures an Adapter. BotToken and one of AppToken (Socket
// Mode) or SigningSecret (HTTP Events API) are required.
type Config struct {
	// BotToken is the xoxb- token for the Web API (SLACK_BOT_TOKEN).
	BotToken string
	// AppToken is the xapp- token; when set, Run uses Socket Mode (SLACK_APP_TOKEN).
	AppToken string
	// SigningSecret verifies the HTTP endpoints' requests (SLACK_SIGNING_SECRET).
	SigningSecret string
	// APIURL is the Web API base (SLACK_API_URL), default
	// https://slack.com/api/; a missing final "/" is added.
	APIURL string
	// RatePerMinute is each user's question budget (default 10). It sizes
	// the in-memory limiter used when Deps.Limiter is nil.
	RatePerMinute int
	// Logger receives the adapter's logs (default: discarded).
	Logger *slog.Logger
	// Metrics receives the adapter's counters (default: a fresh set).
	Metrics *metrics.Metrics
	// Progress posts a "Thinking…" placeholder first and edits it into
	// the answer (chat.update), streaming partial text about once a
	// second. Turn it on when an LLM makes answers slow.
	Progress bool
	// MaxBody caps HTTP request bodies in bytes (default 1 MiB).
	MaxBody int64
	// Now is the clock of the signature verifier and feedback times (default time.Now).
	Now func() time.Time

	// DedupTTL is how long event ids and message timestamps are
	// remembered (default 1 hour; Slack retries for about 5 minutes).
	DedupTTL time.Duration
	// ReplyTimeout bounds the work on one question, retries included (default 2 minutes).
	ReplyTimeout time.Duration
	// MaxRetries is how often a failed Web API call is retried (default 4; negative: never).
	MaxRetries int
	// RetryBackoff is the first wait after a 5xx or a 429 without
	// Retry-After; it doubles per attempt (default 500 ms).
	RetryBackoff time.Duration
	// MaxRetryWait caps any single wait, Retry-After included (default 1 minute).
	MaxRetryWait time.Duration
	// PingInterval is how long Socket Mode waits for Slack's pings
	// before reconnecting (default: the library's 30 seconds).
	PingInterval time.Duration
}

// Deps are what the adapter consumes. Answerer is required; Claims and
// Limiter default to in-memory ones; FeedbackRecorder and Digester may be
// nil (votes are then dropped, and /digest says digests are off).
type Deps struct {
	Answerer Answerer
	Claims   Claims
	Limiter  Limiter
	Feedback FeedbackRecorder
	Digester Digester
}

// Adapter is the Slack adapter.
type Adapter struct {
	cfg     Config
	deps    Deps
	log     *slog.Logger
	metrics *metrics.Metrics
	api     *slack.Client
	http    *http.Client
	secret  []byte
	now     func() time.Time
	mux     *http.ServeMux
	sigs    sigPool

	jobs      jobs
	running   atomic.Bool
	connected atomic.Bool
	botUserID atomic.Pointer[string]
}

// New checks cfg and returns an Adapter; it makes no network calls.
func New(cfg Config, deps Deps) (*Adapter, error) {
	if cfg.BotToken == "" {
		return nil, errors.New("slack: a bot token (SLACK_BOT_TOKEN) is required")
	}
	if cfg.AppToken == "" && cfg.SigningSecret == "" {
		return nil, errors.New("slack: set an app token (SLACK_APP_TOKEN, Socket Mode) or a signing secret (SLACK_SIGNING_SECRET, HTTP Events API)")
	}
	if deps.Answerer == nil {
		return nil, errors.New("slack: an Answerer is required")
	}
	if cfg.APIURL == "" {
		cfg.APIURL = DefaultAPIURL
	}
	if !strings.HasSuffix(cfg.APIURL, "/") {
		cfg.APIURL += "/"
	}
	if cfg.RatePerMinute <= 0 {
		cfg.RatePerMinute = DefaultRatePerMinute
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.DiscardHandler)
	}
	if cfg.Metrics == nil {
		cfg.Metrics = metrics.New()
	}
	if cfg.MaxBody <= 0 {
		cfg.MaxBody = DefaultMaxBody
	}
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	if cfg.DedupTTL <= 0 {
		cfg.DedupTTL = defaultDedupTTL
	}
	if cfg.ReplyTimeout <= 0 {
		cfg.ReplyTimeout = defaultReplyTimeout
	}
	if cfg.MaxRetries == 0 {
		cfg.MaxRetries = defaultMaxRetries
	}
	if cfg.MaxRetries < 0 {
		cfg.MaxRetries = 0
	}
	if cfg.RetryBackoff <= 0 {
		cfg.RetryBackoff = defaultRetryBackoff
	}
	if cfg.MaxRetryWait <= 0 {
		cfg.MaxRetryWait = defaultMaxRetryWait
	}
	if deps.Claims == nil {
		deps.Claims = store.NewMemoryClaims(100_000, cfg.DedupTTL)
	}
	if deps.Limiter == nil {
		deps.Limiter = store.NewMemoryLimiter(cfg.RatePerMinute, time.Minute)
	}
	// One host gets every call: keep enough idle connections for bursts
	// (the default keeps 2, and a busy bot would dial for every reply).
	transport := http.DefaultTransport.(*http.Transport).Clone()
	transport.MaxIdleConns, transport.MaxIdleConnsPerHost = 128, 128
	client := &http.Client{Timeout: callTimeout + 5*time.Second, Transport: transport}
	a := &Adapter{
		cfg:     cfg,
		deps:    deps,
		log:     cfg.Logger.With("platform", platform),
		metrics: cfg.Metrics,
		http:    client,
		secret:  []byte(cfg.SigningSecret),
		now:     cfg.Now,
	}
	a.sigs = newSigPool(a.secret)
	a.api = slack.New(cfg.BotToken, slack.OptionAPIURL(cfg.APIURL), slack.OptionHTTPClient(client))
	a.mux = a.routes()
	return a, nil
}

// Run serves Slack until ctx ends. With an app token it runs Socket Mode
// (reconnecting after drops); otherwise the HTTP endpoints of Handler do
// the work and Run waits for ctx. Either way it returns after the answers
// in flight are finished. It fails only when Slack rejects the tokens.
func (a *Adapter) Run(ctx context.Context) error {
	if !a.running.CompareAndSwap(false, true) {
		return errors.New("slack: Run called twice")
	}
	defer func() {
		a.jobs.closeAndWait()
		a.http.CloseIdleConnections()
	}()
	if err := a.authTest(ctx); err != nil {
		return err
	}
	if a.cfg.AppToken != "" {
		return a.runSocket(ctx)
	}
	a.setConnected(true)
	a.log.Info("slack http events api ready", "paths", "/slack/events /slack/commands /slack/interactions")
	<-ctx.Done()
	a.setConnected(false)
	return nil
}

// Ready reports whether the adapter can take questions: the socket is
// connected (Socket Mode), or the HTTP endpoints are configured.
func (a *Adapter) Ready() bool {
	if a.cfg.AppToken != "" {
		return a.connected.Load()
	}
	return a.cfg.SigningSecret != ""
}

// Handler serves POST /slack/events, /slack/commands and
// /slack/interactions; mount it on the shared HTTP server.
func (a *Adapter) Handler() http.Handler { return a.mux }

// PostDigest posts d to a channel as Block Kit with a plain text fallback.
func (a *Adapter) PostDigest(ctx context.Context, channelID string, d digest.Digest) error {
	msg := renderDigest(d, "")
	t := target{channel: channelID, event: "digest"}
	if err := a.deliver(ctx, t, msg, ""); err != nil {
		return fmt.Errorf("post digest to %s: %w", channelID, err)
	}
	return nil
}

// authTest learns the bot's own user id, so its messages are ignored.
// Rejected tokens are fatal; any other failure is only logged (messages
// from bots are ignored anyway).
func (a *Adapter) authTest(ctx context.Context) error {
	var resp *slack.AuthTestResponse
	err := a.call(ctx, "auth.test", func(ctx context.Context) error {
		var err error
		resp, err = a.api.AuthTestContext(ctx)
		return err
	})
	switch {
	case err == nil:
		id := resp.UserID
		a.botUserID.Store(&id)
		a.log.Info("slack auth ok", "team", resp.TeamID, "bot_user", resp.UserID)
		return nil
	case ctx.Err() != nil:
		return nil
	case isAuthError(err):
		return fmt.Errorf("slack auth.test: %w", err)
	default:
		a.log.Warn("slack auth.test failed; continuing", "err", err)
		return nil
	}
}

// isAuthError reports errors that no retry can fix.
func isAuthError(err error) bool {
	if err == nil {
		return false
	}
	var se slack.SlackErrorResponse
	if errors.As(err, &se) {
		switch se.Err {
		case "invalid_auth", "not_authed", "account_inactive", "token_revoked", "token_expired", "not_allowed_token_type":
			return true
		}
	}
	switch err.Error() {
	case "invalid_auth", "not_authed", "account_inactive", "token_revoked":
		return true
	}
	var sc slack.StatusCodeError
	return errors.As(err, &sc) && sc.Code == http.StatusNotFound
}

func (a *Adapter) botUser() string {
	if p := a.botUserID.Load(); p != nil {
		return *p
	}
	return ""
}

func (a *Adapter) setConnected(up bool) {
	a.connected.Store(up)
	v := 0.0
	if up {
		v = 1
	}
	a.metrics.Connected.WithLabelValues(platform).Set(v)
}

// spawn runs job in a goroutine the adapter owns, with its own deadline
// (an answer in flight outlives the request that asked it). It reports
// false once Run has finished: the caller then refuses the work.
func (a *Adapter) spawn(event string, job func(ctx context.Context)) bool {
	if !a.jobs.begin() {
		return false
	}
	a.launch(event, job)
	return true
}

// launch starts job after a successful a.jobs.begin().
func (a *Adapter) launch(event string, job func(ctx context.Context)) {
	go func() {
		defer a.jobs.end()
		defer func() {
			if p := recover(); p != nil {
				a.log.Error("slack handler panicked", "event", event, "panic", p, "stack", string(debug.Stack()))
			}
		}()
		ctx, cancel := context.WithTimeout(context.Background(), a.cfg.ReplyTimeout)
		defer cancel()
		job(ctx)
	}()
}

// jobs counts the goroutines in flight; closeAndWait refuses new ones
// and waits for the rest.
type jobs struct {
	mu     sync.Mutex
	closed bool
	wg     sync.WaitGroup
}

func (j *jobs) begin() bool {
	j.mu.Lock()
	defer j.mu.Unlock()
	if j.closed {
		return false
	}
	j.wg.Add(1)
	return true
}

func (j *jobs) end() { j.wg.Done() }

func (j *jobs) closeAndWait() {
	j.mu.Lock()
	j.closed = true
	j.mu.Unlock()
	j.wg.Wait()
}
