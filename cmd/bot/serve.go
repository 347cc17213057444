package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	_ "net/http/pprof" // served only on BOT_DEBUG_ADDR
	"os"
	"os/signal"
	"sync"
	"syscall"
	"time"

	bot "github.com/deepseek-story/bot"
	"github.com/deepseek-story/bot/internal/adapters/discord"
	"github.com/deepseek-story/bot/internal/adapters/httpapi"
	"github.com/deepseek-story/bot/internal/adapters/slack"
	"github.com/deepseek-story/bot/internal/answer"
	"github.com/deepseek-story/bot/internal/digest"
	"github.com/deepseek-story/bot/internal/eval"
	"github.com/deepseek-story/bot/internal/knowledge"
	"github.com/deepseek-story/bot/internal/llm"
	"github.com/deepseek-story/bot/internal/metrics"
	"github.com/deepseek-story/bot/internal/reload"
)

// Floors the dev question set must meet before a reloaded knowledge file
// is used (and that CI holds the shipped one to).
const (
	reloadMinInScope = 0.90
	reloadMinFar     = 1.0
)

// cmdServe runs every adapter whose credentials are set, the HTTP server
// and the digest scheduler, until ctx ends (SIGINT, SIGTERM).
func cmdServe(ctx context.Context, e *env, args []string) error {
	fs := newFlags("serve", e.stdout)
	flagPath := fs.String("kb", "", "knowledge file (default: $BOT_KNOWLEDGE, else knowledge.yaml)")
	check := fs.Bool("check", false, "validate the configuration and the knowledge, then exit")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	cfg, err := loadConfig(e.getenv)
	if err != nil {
		return checkFailed(err)
	}
	kb, err := loadKnowledge(e, *flagPath)
	if err != nil {
		return err
	}
	// The built-in knowledge has no file to watch.
	path, _ := knowledgePath(e, *flagPath)
	if kb.File == embeddedName {
		path = ""
	}
	if *check {
		fmt.Fprintf(e.stdout, "configuration ok; knowledge %s ok (%d facts, version %s)\n", kb.File, len(kb.Facts), kb.Version)
		for _, s := range describeSurfaces(cfg) {
			fmt.Fprintln(e.stdout, "  "+s)
		}
		return nil
	}
	log := newLogger(cfg, e.stdout)
	log.Info("starting", "config", cfg, "knowledge", kb.File, "facts", len(kb.Facts), "version", kb.Version)
	s, err := newServer(ctx, cfg, e.getenv, kb, path, log)
	if err != nil {
		return err
	}
	return s.run(ctx)
}

// describeSurfaces says which surfaces the configuration enables.
func describeSurfaces(cfg config) []string {
	out := []string{"http: POST /v1/ask, /healthz, /readyz, /metrics on " + cfg.Addr}
	switch {
	case cfg.SlackBotToken != "" && cfg.SlackAppToken != "":
		out = append(out, "slack: Socket Mode")
	case cfg.SlackBotToken != "" && cfg.SlackSigningSecret != "":
		out = append(out, "slack: HTTP events on /slack/events, /slack/commands, /slack/interactions")
	}
	if cfg.DiscordToken != "" {
		out = append(out, fmt.Sprintf("discord: gateway shard %d/%d", cfg.DiscordShardID, cfg.DiscordShardCount))
	}
	if cfg.RedisURL != "" {
		out = append(out, "shared state: Redis")
	}
	if cfg.DigestCron != "" {
		out = append(out, fmt.Sprintf("digests: %q in %s", cfg.DigestCron, cfg.DigestTZ))
	}
	if len(out) == 1 {
		out = append(out, "no chat platform configured: set SLACK_BOT_TOKEN with SLACK_APP_TOKEN (or SLACK_SIGNING_SECRET), or DISCORD_BOT_TOKEN, to add one")
	}
	return out
}

// server is one bot serve process.
type server struct {
	cfg     config
	log     *slog.Logger
	metrics *metrics.Metrics
	engine  *answer.Engine
	http    *http.Server
	reload  *reload.Watcher
	// runners are the long-running parts (adapters, scheduler, watcher);
	// each returns after its in-flight work when ctx ends.
	runners map[string]func(ctx context.Context) error
	// closers run last, in order, after every runner returned.
	closers []func() error

	slack     *slack.Adapter
	discord   *discord.Adapter
	digests   *digest.Builder
	scheduler *digest.Scheduler
	state     *state
}

// readyCheck turns an adapter's Ready into a readiness check.
func readyCheck(ready func() bool) httpapi.Check {
	return func() error {
		if !ready() {
			return errors.New("not connected")
		}
		return nil
	}
}

func newServer(ctx context.Context, cfg config, getenv func(string) string, kb *knowledge.Base, kbPath string, log *slog.Logger) (*server, error) {
	m := metrics.New()
	m.KnowledgeFacts.Set(float64(len(kb.Facts)))
	s := &server{cfg: cfg, log: log, metrics: m, runners: map[string]func(context.Context) error{}}

	st, err := newState(ctx, cfg, log, m)
	if err != nil {
		return nil, err
	}
	s.closers = append(s.closers, st.close)

	var opts answer.Options
	var digestSummarizer digest.Summarizer
	client, err := newLLM(getenv, llm.Deps{Cache: st.llmCache}, log, m)
	if err != nil {
		return nil, err
	}
	llmOn := client != nil
	if llmOn {
		s.closers = append(s.closers, func() error { client.Close(); return nil })
		opts.Summarizer = client
		digestSummarizer = client
		log.Info("LLM summaries on", "model", client.Model())
	}
	s.engine = answer.New(kb, opts)
	loc, err := time.LoadLocation(cfg.DigestTZ)
	if err != nil {
		return nil, checkFailed(fmt.Errorf("DIGEST_TZ=%q: %w", cfg.DigestTZ, err))
	}
	s.digests = digest.NewBuilder(digest.BuilderConfig{
		Knowledge:  s.engine.Knowledge,
		Log:        st.log,
		Rotation:   st.rotation,
		Summarizer: digestSummarizer,
		Logger:     log,
		Location:   loc,
	})
	answerer := loggedEngine{Engine: s.engine, log: st.log, now: time.Now}
	feedback := feedbackRecorder{log: st.log, logger: log}

	checks := map[string]httpapi.Check{
		"knowledge": func() error {
			if s.engine.Knowledge() == nil {
				return errors.New("not loaded")
			}
			return nil
		},
	}
	mux := http.NewServeMux()
	if cfg.SlackBotToken != "" {
		sa, err := slack.New(slack.Config{
			BotToken:      cfg.SlackBotToken,
			AppToken:      cfg.SlackAppToken,
			SigningSecret: cfg.SlackSigningSecret,
			APIURL:        cfg.SlackAPIURL,
			RatePerMinute: cfg.SlackRate,
			Logger:        log,
			Metrics:       m,
			Progress:      llmOn,
		}, slack.Deps{
			Answerer: answerer,
			Claims:   st.claims,
			Limiter:  st.newLimiter("slack", cfg.SlackRate, time.Minute),
			Feedback: feedback,
			Digester: s.digests,
		})
		if err != nil {
			return nil, checkFailed(fmt.Errorf("slack: %w", err))
		}
		s.runners["slack"] = sa.Run
		checks["slack"] = readyCheck(sa.Ready)
		if cfg.SlackSigningSecret != "" {
			mux.Handle("/slack/", sa.Handler())
		}
		s.slack = sa
	}
	if cfg.DiscordToken != "" {
		da, err := discord.New(discord.Config{
			Token:         cfg.DiscordToken,
			APIURL:        cfg.DiscordAPIURL,
			GuildID:       cfg.DiscordGuildID,
			ShardID:       cfg.DiscordShardID,
			ShardCount:    cfg.DiscordShardCount,
			RatePerMinute: cfg.DiscordRate,
			Logger:        log,
			Metrics:       m,
			Progress:      llmOn,
		}, discord.Deps{
			Answerer:  answerer,
			Limiter:   st.newLimiter("discord", cfg.DiscordRate, time.Minute),
			Feedback:  feedback,
			Suggester: s.engine,
			Claims:    st.claims,
			Digester:  s.digests,
		})
		if err != nil {
			return nil, checkFailed(fmt.Errorf("discord: %w", err))
		}
		s.runners["discord"] = da.Run
		checks["discord"] = readyCheck(da.Ready)
		s.discord = da
	}
	var targets []digest.Target
	if s.slack != nil {
		for _, ch := range cfg.DigestSlackChannels {
			targets = append(targets, digest.Target{Platform: "slack", Channel: ch, Poster: s.slack})
		}
	}
	if s.discord != nil {
		for _, ch := range cfg.DigestDiscordChannel {
			targets = append(targets, digest.Target{Platform: "discord", Channel: ch, Poster: s.discord})
		}
	}
	s.scheduler, err = digest.NewScheduler(digest.SchedulerConfig{
		Cron: cfg.DigestCron, TimeZone: cfg.DigestTZ, Targets: targets, Builder: s.digests,
		Claims: st.digestClaims, Logger: log, Metrics: m,
	})
	if err != nil {
		return nil, checkFailed(fmt.Errorf("digest schedule: %w", err))
	}
	if cfg.DigestCron != "" {
		if len(targets) == 0 {
			log.Warn("DIGEST_CRON is set but no digest channel has a connected platform")
		}
		s.runners["digest"] = s.scheduler.Run
	}
	s.state = st
	api := httpapi.New(httpapi.Config{Token: cfg.APIToken, Logger: log, Metrics: m}, answerer,
		st.newLimiter("http", cfg.APIRate, time.Minute), checks)
	mux.Handle("/", api.Handler())
	s.http = &http.Server{
		Addr:              cfg.Addr,
		Handler:           mux,
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       10 * time.Second,
		WriteTimeout:      30 * time.Second,
		IdleTimeout:       2 * time.Minute,
		MaxHeaderBytes:    32 << 10,
		ErrorLog:          slog.NewLogLogger(log.Handler(), slog.LevelWarn),
	}

	if kbPath != "" {
		hup := make(chan os.Signal, 1)
		signal.Notify(hup, syscall.SIGHUP)
		s.closers = append(s.closers, func() error { signal.Stop(hup); return nil })
		s.reload = &reload.Watcher{
			Path:    kbPath,
			Gate:    devSetGate,
			Swap:    s.engine.Swap,
			Signals: hup,
			Logger:  log,
			Metrics: m,
		}
		s.runners["reload"] = s.reload.Run
	}
	return s, nil
}

// devSetGate runs the built-in dev question set against a new fact base.
func devSetGate(ctx context.Context, kb *knowledge.Base) error {
	set, err := eval.Parse("embedded:testdata/questions.yaml", bot.DevQuestions)
	if err != nil {
		return fmt.Errorf("built-in dev set: %w", err)
	}
	res, err := eval.Run(ctx, answer.New(kb, answer.Options{}), set, "reload")
	if err != nil {
		return err
	}
	if res.InScopeAccuracy() < reloadMinInScope || res.FarAbstention() < reloadMinFar {
		return fmt.Errorf("in-scope accuracy %.2f (floor %.2f), far abstention %.2f (floor %.2f)",
			res.InScopeAccuracy(), reloadMinInScope, res.FarAbstention(), reloadMinFar)
	}
	return nil
}

// run serves until ctx ends, then shuts down gracefully: the HTTP server
// stops taking requests and finishes those in flight, every runner
// finishes its in-flight answers, and the closers flush state, all within
// the shutdown deadline.
func (s *server) run(ctx context.Context) error {
	ln, err := net.Listen("tcp", s.cfg.Addr)
	if err != nil {
		return fmt.Errorf("listen on %s: %w", s.cfg.Addr, err)
	}
	s.log.Info("listening", "addr", ln.Addr().String())
	if s.cfg.DebugAddr != "" {
		// pprof on its own (loopback) address, never on the public one.
		dbg := &http.Server{Addr: s.cfg.DebugAddr, Handler: http.DefaultServeMux, ReadHeaderTimeout: 5 * time.Second}
		go func() {
			if err := dbg.ListenAndServe(); !errors.Is(err, http.ErrServerClosed) {
				s.log.Warn("debug server", "err", err)
			}
		}()
		defer dbg.Close()
	}
	for _, line := range describeSurfaces(s.cfg) {
		s.log.Info("surface", "enabled", line)
	}
	runCtx, cancelRunners := context.WithCancel(context.Background())
	defer cancelRunners()
	var wg sync.WaitGroup
	errs := make(chan error, len(s.runners)+1)
	for name, runner := range s.runners {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if err := runner(runCtx); err != nil && !errors.Is(err, context.Canceled) {
				s.log.Error("component stopped", "component", name, "err", err)
				errs <- fmt.Errorf("%s: %w", name, err)
			}
		}()
	}
	httpDone := make(chan error, 1)
	go func() {
		if err := s.http.Serve(ln); !errors.Is(err, http.ErrServerClosed) {
			httpDone <- err
		}
		close(httpDone)
	}()

	var runErr error
	select {
	case <-ctx.Done():
		s.log.Info("shutting down", "deadline", s.cfg.ShutdownWait)
	case err := <-httpDone:
		runErr = fmt.Errorf("http server: %w", err)
	case err := <-errs:
		runErr = err
	}
	shutdownCtx, cancel := context.WithTimeout(context.Background(), s.cfg.ShutdownWait)
	defer cancel()
	if err := s.http.Shutdown(shutdownCtx); err != nil {
		s.log.Warn("http shutdown", "err", err)
	}
	cancelRunners()
	finished := make(chan struct{})
	go func() { wg.Wait(); close(finished) }()
	select {
	case <-finished:
	case <-shutdownCtx.Done():
		s.log.Warn("shutdown deadline passed with work in flight")
	}
	for _, c := range s.closers {
		if err := c(); err != nil {
			s.log.Warn("close", "err", err)
		}
	}
	s.log.Info("stopped")
	return runErr
}

// cmdHealthcheck asks the local server's /healthz; for container health
// checks in an image with no shell.
func cmdHealthcheck(ctx context.Context, e *env, args []string) error {
	fs := newFlags("healthcheck", e.stdout)
	url := fs.String("url", "", "health URL (default: http://127.0.0.1:PORT/healthz from BOT_ADDR)")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if *url == "" {
		addr := e.getenv("BOT_ADDR")
		if addr == "" {
			addr = ":8080"
		}
		_, port, err := net.SplitHostPort(addr)
		if err != nil {
			return usageError("BOT_ADDR=%q: %v", addr, err)
		}
		*url = "http://127.0.0.1:" + port + "/healthz"
	}
	ctx, cancel := context.WithTimeout(ctx, 3*time.Second)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, *url, nil)
	if err != nil {
		return usageError("%v", err)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return checkFailed(fmt.Errorf("healthcheck: %w", err))
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return checkFailed(fmt.Errorf("healthcheck: %s answered %s", *url, resp.Status))
	}
	fmt.Fprintln(e.stdout, "ok")
	return nil
}

// cmdDiscord is "bot discord invite-url": the OAuth2 URL that adds the
// bot to a server with the least permissions it needs.
func cmdDiscord(_ context.Context, e *env, args []string) error {
	if len(args) == 0 || args[0] != "invite-url" {
		return usageError("discord: the subcommand is invite-url")
	}
	fs := newFlags("discord invite-url", e.stdout)
	appID := fs.String("app-id", "", "application id (default: read from DISCORD_BOT_TOKEN)")
	if err := parseFlags(fs, args[1:]); err != nil {
		return err
	}
	if *appID == "" {
		token := e.getenv("DISCORD_BOT_TOKEN")
		if token == "" {
			return usageError("discord invite-url: give --app-id or set DISCORD_BOT_TOKEN")
		}
		id, err := discord.AppIDFromToken(token)
		if err != nil {
			return usageError("discord invite-url: %v", err)
		}
		*appID = id
	}
	fmt.Fprintln(e.stdout, discord.InviteURL(*appID))
	return nil
}
