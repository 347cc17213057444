// Package discord connects the bot to Discord over the gateway with
// github.com/bwmarrin/discordgo: /ask (with autocomplete) and /digest
// slash commands, @mentions in channels and direct messages. It turns
// Discord events into answer.Question values and answer.Reply values into
// embeds with their source, follow-up buttons and 👍/👎 feedback, and
// nothing a user types can ping anyone.
package discord

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

	"github.com/bwmarrin/discordgo"

	"github.com/deepseek-story/bot/internal/answer"
	"github.com/deepseek-story/bot/internal/digest"
	"github.com/deepseek-story/bot/internal/metrics"
	"github.com/deepseek-story/bot/internal/store"
	"github.com/deepseek-story/bot/internal/ttlcache"
)

// platform is the platform label of metrics, questions and feedback.
const platform = "discord"

// DefaultAPIURL is Discord's REST base (DISCORD_API_URL).
const DefaultAPIURL = "https://discord.com/api/v9/"

// intents are the least the bot needs: guilds (threads, channel types),
// guild messages and direct messages. Not the privileged message-content
// intent: messages that mention the bot, and DMs, carry their content
// without it.
const intents = discordgo.IntentGuilds | discordgo.IntentGuildMessages | discordgo.IntentDirectMessages

// Config configures an Adapter.
type Config struct {
	// Token is the bot token (DISCORD_BOT_TOKEN), with or without "Bot ".
	Token string
	// APIURL is the REST base, ending with "/" (DISCORD_API_URL; default
	// DefaultAPIURL). Every REST route hangs off it and the gateway URL
	// comes from GET {APIURL}gateway. discordgo keeps its endpoints in
	// package variables, so this setting is process-wide.
	APIURL string
	// GuildID registers the slash commands in that guild only (instant,
	// for development); empty registers them globally.
	GuildID string
	// ShardID and ShardCount run one shard of a sharded bot in this process
	// (DISCORD_SHARD_ID, DISCORD_SHARD_COUNT; default shard 0 of 1).
	ShardID, ShardCount int
	// RatePerMinute is the per-user question limit of the default
	// in-memory limiter (default 10); ignored when Deps.Limiter is set.
	RatePerMinute int
	// OpenTimeout bounds opening the gateway (default 30s): discordgo's
	// Open can deadlock.
	OpenTimeout time.Duration
	// Logger receives the adapter's logs (default: discarded).
	Logger *slog.Logger
	// Metrics receives the adapter's counters (default: a private set).
	Metrics *metrics.Metrics
	// Progress streams partial answers into the deferred response (set
	// when an LLM summarises, so answers may be slow).
	Progress bool
}

// Answerer answers questions (the answer engine).
type Answerer interface {
	Answer(ctx context.Context, q answer.Question) (answer.Reply, error)
}

// Limiter says whether a user may ask now (store.MemoryLimiter, Redis).
type Limiter interface {
	Allow(ctx context.Context, key string) (bool, error)
}

// FeedbackRecorder keeps the 👍/👎 votes people click.
type FeedbackRecorder interface {
	RecordFeedback(ctx context.Context, fb answer.Feedback) error
}

// Digester builds the digest that /digest shows.
type Digester interface {
	Digest(ctx context.Context) (digest.Digest, error)
}

// Suggester completes what a user has typed so far into up to n fact
// questions, for /ask autocomplete.
type Suggester interface {
	Suggest(prefix string, n int) []string
}

// Claims hands out each key once (event dedup across reconnects and replicas).
type Claims interface {
	Claim(ctx context.Context, key string, ttl time.Duration) (bool, error)
}

// Deps are what the adapter consumes. Only Answerer is required.
type Deps struct {
	Answerer Answerer
	// Limiter limits questions per user; nil means in memory,
	// Config.RatePerMinute a minute.
	Limiter Limiter
	// Feedback records votes; nil means votes are thanked, not kept.
	Feedback FeedbackRecorder
	// Digester backs /digest; nil means /digest says there is none.
	Digester Digester
	// Suggester backs autocomplete; nil means no suggestions.
	Suggester Suggester
	// Claims dedups events; nil means in memory.
	Claims Claims
}

// Adapter is the Discord adapter. Run it once; Ready, PostDigest and the
// package functions may be called at any time.
type Adapter struct {
	cfg  Config
	deps Deps
	log  *slog.Logger
	m    *metrics.Metrics
	// rest makes every REST call; gateway sessions only carry events.
	rest *discordgo.Session

	// Timing, shortened by tests.
	directBudget   time.Duration // answer in the first response when ready by then
	ackWindow      time.Duration // Discord's window for the first response
	editInterval   time.Duration // least time between edits of one response
	answerTimeout  time.Duration // longest an answer may take
	shutdownGrace  time.Duration // how long Run waits for answers in flight
	reconnectGrace time.Duration // how long the gateway may be down before we replace the session
	checkInterval  time.Duration // how often the gateway is checked
	stuckWait      time.Duration // how long a timed-out Open may take to give up

	running atomic.Bool
	gw      atomic.Pointer[gateway]
	botID   atomic.Pointer[string]
	appID   atomic.Pointer[string]

	// links maps our messages ("m:ID") and the interactions we answered
	// ("i:ID") to their conversation key, so replies and clicks continue it.
	links *ttlcache.Cache[string, string]
	// told remembers users recently told they are rate limited.
	told *ttlcache.Cache[string, struct{}]

	mu       sync.Mutex
	closing  bool
	inflight sync.WaitGroup
}

// New checks cfg, points discordgo's endpoints at cfg.APIURL and returns
// an Adapter that is not connected yet.
func New(cfg Config, deps Deps) (*Adapter, error) {
	if strings.TrimSpace(strings.TrimPrefix(cfg.Token, "Bot ")) == "" {
		return nil, errors.New("discord: no bot token")
	}
	if deps.Answerer == nil {
		return nil, errors.New("discord: no answerer")
	}
	if cfg.APIURL == "" {
		cfg.APIURL = DefaultAPIURL
	}
	if !strings.HasSuffix(cfg.APIURL, "/") {
		cfg.APIURL += "/"
	}
	if err := setEndpoints(cfg.APIURL); err != nil {
		return nil, fmt.Errorf("discord: %w", err)
	}
	if cfg.ShardCount <= 0 {
		cfg.ShardCount = 1
	}
	if cfg.ShardID < 0 || cfg.ShardID >= cfg.ShardCount {
		return nil, fmt.Errorf("discord: shard id %d is not in [0, %d)", cfg.ShardID, cfg.ShardCount)
	}
	if cfg.RatePerMinute <= 0 {
		cfg.RatePerMinute = 10
	}
	if cfg.OpenTimeout <= 0 {
		cfg.OpenTimeout = 30 * time.Second
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.DiscardHandler)
	}
	if cfg.Metrics == nil {
		cfg.Metrics = metrics.New()
	}
	if !strings.HasPrefix(cfg.Token, "Bot ") {
		cfg.Token = "Bot " + cfg.Token
	}
	if deps.Limiter == nil {
		deps.Limiter = store.NewMemoryLimiter(cfg.RatePerMinute, time.Minute)
	}
	if deps.Claims == nil {
		deps.Claims = store.NewMemoryClaims(100_000, 15*time.Minute)
	}
	log := cfg.Logger.With("platform", platform, "shard", cfg.ShardID)
	routeLibraryLogs(log)

	rest, err := discordgo.New(cfg.Token)
	if err != nil {
		return nil, fmt.Errorf("discord: new REST session: %w", err)
	}
	// Retries are ours: discordgo sleeps through 429s ignoring contexts.
	rest.ShouldRetryOnRateLimit = false
	rest.MaxRestRetries = 0
	rest.StateEnabled = false
	rest.LogLevel = discordgo.LogWarning
	rest.Client = &http.Client{Timeout: 15 * time.Second, Transport: newTransport()}

	a := &Adapter{
		cfg:            cfg,
		deps:           deps,
		log:            log,
		m:              cfg.Metrics,
		rest:           rest,
		directBudget:   1500 * time.Millisecond,
		ackWindow:      3 * time.Second,
		editInterval:   time.Second,
		answerTimeout:  2 * time.Minute,
		shutdownGrace:  10 * time.Second,
		reconnectGrace: cfg.OpenTimeout + 5*time.Second,
		checkInterval:  time.Second,
		stuckWait:      2 * time.Second,
		links:          ttlcache.New[string, string](100_000, 30*time.Minute),
		told:           ttlcache.New[string, struct{}](10_000, time.Minute),
	}
	if id, err := AppIDFromToken(cfg.Token); err == nil {
		a.appID.Store(&id)
	}
	return a, nil
}

// newTransport is an HTTP transport that keeps enough idle connections
// for bursts of interactions (the default keeps two per host).
func newTransport() *http.Transport {
	t := http.DefaultTransport.(*http.Transport).Clone()
	t.MaxIdleConnsPerHost = 64
	t.ResponseHeaderTimeout = 10 * time.Second
	return t
}

// Ready reports whether the gateway is connected.
func (a *Adapter) Ready() bool {
	g := a.gw.Load()
	return g != nil && g.connected.Load()
}

// Run connects to the gateway, registers the slash commands and serves
// until ctx ends; it then closes the session and returns after the
// answers in flight are delivered (or given up after a grace period).
// Authentication and intent failures end it with an error.
func (a *Adapter) Run(ctx context.Context) error {
	if !a.running.CompareAndSwap(false, true) {
		return errors.New("discord: Run called twice")
	}
	// Work in flight outlives ctx by up to shutdownGrace.
	workCtx, cancelWork := context.WithCancel(context.WithoutCancel(ctx))
	defer cancelWork()

	err := a.connectFirst(ctx, workCtx)
	if err == nil {
		a.registerCommands(ctx)
		a.supervise(ctx, workCtx)
	}
	a.shutdown(cancelWork)
	if err != nil && ctx.Err() == nil {
		return err
	}
	return nil
}

// setConnectedGauge sets the Connected gauge.
func (a *Adapter) setConnectedGauge(up bool) {
	v := 0.0
	if up {
		v = 1
	}
	a.m.Connected.WithLabelValues(platform).Set(v)
}

// connectFirst opens the first gateway session, retrying transient
// failures with backoff until ctx ends; fatal ones are returned.
func (a *Adapter) connectFirst(ctx, workCtx context.Context) error {
	backoff := time.Second
	for {
		g := a.newGateway(workCtx)
		err := a.open(ctx, g)
		if err == nil {
			a.gw.Store(g)
			return nil
		}
		if ctx.Err() != nil {
			return ctx.Err()
		}
		if fatalGatewayError(err) {
			a.m.PlatformErrors.WithLabelValues(platform, "gateway_open").Inc()
			return fmt.Errorf("discord: open gateway: %w", err)
		}
		a.m.PlatformErrors.WithLabelValues(platform, "gateway_open").Inc()
		a.log.Warn("opening the gateway failed; retrying", "err", safeErr(err), "in", backoff)
		if !sleep(ctx, backoff) {
			return ctx.Err()
		}
		backoff = min(2*backoff, time.Minute)
	}
}

// supervise is our own check on top of discordgo's reconnects: when the
// gateway has been down longer than reconnectGrace (discordgo's own
// reconnect loop stalled or deadlocked), the session is abandoned and a
// new one opened, with backoff.
func (a *Adapter) supervise(ctx, workCtx context.Context) {
	ticker := time.NewTicker(a.checkInterval)
	defer ticker.Stop()
	backoff := time.Second
	retrying := false // the current session is a replacement that failed to open
	var nextTry time.Time
	for {
		select {
		case <-ctx.Done():
			return
		case <-ticker.C:
		}
		g := a.gw.Load()
		switch {
		case g.connected.Load():
			continue
		case retrying && time.Now().Before(nextTry):
			continue
		case !retrying && time.Since(g.downSince()) < a.reconnectGrace:
			continue // discordgo's own reconnect has its chance first
		}
		a.log.Warn("gateway down too long; replacing the session", "down_for", time.Since(g.downSince()).Round(time.Second))
		g.abandon()
		ng := a.newGateway(workCtx)
		err := a.open(ctx, ng)
		a.gw.Store(ng)
		if err != nil {
			if ctx.Err() != nil {
				return
			}
			a.m.PlatformErrors.WithLabelValues(platform, "gateway_open").Inc()
			a.log.Warn("reopening the gateway failed", "err", safeErr(err), "retry_in", backoff)
			retrying, nextTry = true, time.Now().Add(backoff)
			backoff = min(2*backoff, time.Minute)
			continue
		}
		retrying, backoff = false, time.Second
		a.log.Info("gateway session replaced")
	}
}

// shutdown stops taking events, closes the gateway and waits for the work
// in flight, cancelling it after shutdownGrace.
func (a *Adapter) shutdown(cancelWork context.CancelFunc) {
	a.mu.Lock()
	a.closing = true
	a.mu.Unlock()
	if g := a.gw.Load(); g != nil {
		g.close(a.log)
	}
	a.setConnectedGauge(false)
	done := make(chan struct{})
	go func() {
		a.inflight.Wait()
		close(done)
	}()
	timer := time.NewTimer(a.shutdownGrace)
	defer timer.Stop()
	select {
	case <-done:
	case <-timer.C:
		a.log.Warn("answers still in flight at shutdown; cancelling them")
		cancelWork()
		<-done
	}
}

// spawn runs fn as tracked work unless the adapter is shutting down.
func (a *Adapter) spawn(fn func()) bool {
	a.mu.Lock()
	if a.closing {
		a.mu.Unlock()
		return false
	}
	a.inflight.Add(1)
	a.mu.Unlock()
	go func() {
		defer a.inflight.Done()
		defer func() {
			if v := recover(); v != nil {
				a.m.PlatformErrors.WithLabelValues(platform, "panic").Inc()
				a.log.Error("recovered from a panic handling an event", "panic", v, "stack", string(debug.Stack()))
			}
		}()
		fn()
	}()
	return true
}

// claim reports whether key is seen for the first time (errors count as first).
func (a *Adapter) claim(ctx context.Context, key string) bool {
	first, err := a.deps.Claims.Claim(ctx, "discord:"+key, 15*time.Minute)
	if err != nil {
		a.log.Warn("dedup claim failed; handling the event", "err", err)
		return true
	}
	if !first {
		a.m.DedupHits.WithLabelValues(platform).Inc()
	}
	return first
}

// allow applies the per-user rate limit; a failing limiter lets the user through.
func (a *Adapter) allow(ctx context.Context, user string) bool {
	ok, err := a.deps.Limiter.Allow(ctx, "discord:"+user)
	if err != nil {
		a.log.Warn("rate limiter failed; allowing", "err", err)
		return true
	}
	if !ok {
		a.m.RateLimited.WithLabelValues(platform).Inc()
	}
	return ok
}

// botUserID is the bot's user id once READY arrived.
func (a *Adapter) botUserID() string {
	if p := a.botID.Load(); p != nil {
		return *p
	}
	return ""
}

// applicationID is the application id from READY, else from the token.
func (a *Adapter) applicationID() string {
	if p := a.appID.Load(); p != nil {
		return *p
	}
	return ""
}

// isThread reports whether channelID is a thread the gateway told us about.
func (a *Adapter) isThread(channelID string) bool {
	g := a.gw.Load()
	if g == nil || g.s.State == nil {
		return false
	}
	ch, err := g.s.State.Channel(channelID)
	return err == nil && ch.IsThread()
}

// registerCommands bulk-overwrites /ask and /digest, in cfg.GuildID or
// globally. A failure is logged: mentions and DMs still work.
func (a *Adapter) registerCommands(ctx context.Context) {
	appID := a.applicationID()
	if appID == "" {
		a.log.Error("cannot register slash commands: no application id")
		return
	}
	ctx, cancel := context.WithTimeout(ctx, time.Minute)
	defer cancel()
	err := a.do(ctx, "commands_overwrite", 5, func(ctx context.Context) error {
		_, err := a.rest.ApplicationCommandBulkOverwrite(appID, a.cfg.GuildID, commands(), discordgo.WithContext(ctx))
		return err
	})
	if err != nil {
		a.log.Error("registering slash commands failed", "err", err, "guild", a.cfg.GuildID)
		return
	}
	scope := "global"
	if a.cfg.GuildID != "" {
		scope = "guild " + a.cfg.GuildID
	}
	a.log.Info("slash commands registered", "scope", scope)
}

// commands are the slash commands the bot registers.
func commands() []*discordgo.ApplicationCommand {
	minLen := 1
	contexts := []discordgo.InteractionContextType{discordgo.InteractionContextGuild, discordgo.InteractionContextBotDM}
	return []*discordgo.ApplicationCommand{
		{
			Name:        "ask",
			Type:        discordgo.ChatApplicationCommand,
			Description: "Ask a question about the story",
			Contexts:    &contexts,
			Options: []*discordgo.ApplicationCommandOption{{
				Type:         discordgo.ApplicationCommandOptionString,
				Name:         "question",
				Description:  "Your question, e.g. who founded DeepSeek?",
				Required:     true,
				Autocomplete: true,
				MinLength:    &minLen,
				MaxLength:    maxQuestionLen,
			}},
		},
		{
			Name:        "digest",
			Type:        discordgo.ChatApplicationCommand,
			Description: "The story in brief, with sources",
			Contexts:    &contexts,
		},
	}
}
