package main

import (
	"context"
	"fmt"
	"log/slog"
	"time"

	"github.com/deepseek-story/bot/internal/answer"
	"github.com/deepseek-story/bot/internal/digest"
	"github.com/deepseek-story/bot/internal/llm"
	"github.com/deepseek-story/bot/internal/metrics"
	"github.com/deepseek-story/bot/internal/store"
	"github.com/deepseek-story/bot/internal/store/redisstore"
)

// claims hands out keys once (event dedup, digest slots).
type claims interface {
	Claim(ctx context.Context, key string, ttl time.Duration) (bool, error)
}

// limiter allows a key so many events a period.
type limiter interface {
	Allow(ctx context.Context, key string) (bool, error)
}

// questionLog is where every question and vote goes (the digest and
// bot gaps read it back).
type questionLog interface {
	Log(ctx context.Context, e store.Entry)
	RecordFeedback(ctx context.Context, fb answer.Feedback) error
	Entries(ctx context.Context, since time.Time) ([]store.Entry, error)
	Salt() string
}

// state is the process's shared state: Redis when REDIS_URL is set (every
// replica sees the same dedup, limits, cache, log and digest claims),
// otherwise in memory and the embedded store.
type state struct {
	claims       claims // event dedup
	digestClaims claims // digest slots: persistent (SQLite) or shared (Redis)
	rotation     digest.RotationState
	newLimiter   func(name string, n int, period time.Duration) limiter
	llmCache     llm.Cache // nil: the LLM client's own in-memory cache
	log          questionLog
	redis        *redisstore.Store
	sqlite       *store.SQLite
}

// close flushes and closes whichever store is open.
func (s *state) close() error {
	switch {
	case s.redis != nil:
		return s.redis.Close()
	case s.sqlite != nil:
		return s.sqlite.Close()
	}
	return nil
}

func newState(ctx context.Context, cfg config, log *slog.Logger, m *metrics.Metrics) (*state, error) {
	if cfg.RedisURL == "" {
		db, err := store.OpenSQLite(ctx, cfg.DataDir, store.SQLiteOptions{Logger: log, Metrics: m})
		if err != nil {
			return nil, fmt.Errorf("open the question log: %w", err)
		}
		return &state{
			claims:       store.NewMemoryClaims(50_000, time.Hour),
			digestClaims: db,
			rotation:     db,
			newLimiter: func(_ string, n int, period time.Duration) limiter {
				return store.NewMemoryLimiter(n, period)
			},
			log:    db,
			sqlite: db,
		}, nil
	}
	redisstore.SetClientLogger(log)
	rs, err := redisstore.Open(ctx, cfg.RedisURL, redisstore.Options{Logger: log, Metrics: m, OpTimeout: cfg.RedisTimeout})
	if err != nil {
		return nil, fmt.Errorf("open Redis: %w", err)
	}
	return &state{
		claims:       rs,
		digestClaims: rs,
		rotation:     rs,
		newLimiter: func(name string, n int, period time.Duration) limiter {
			return rs.Limiter(name, n, period)
		},
		llmCache: rs.Cache(),
		log:      redisLog{rs},
		redis:    rs,
	}, nil
}

// redisLog adapts the Redis store's Log, which reports an error only
// after Close, to questionLog.
type redisLog struct{ *redisstore.Store }

func (r redisLog) Log(ctx context.Context, e store.Entry) { _ = r.Store.Log(ctx, e) }

// loggedEngine answers through the engine and logs every question asked
// (never blocking the answer: the logs queue their writes).
type loggedEngine struct {
	*answer.Engine
	log questionLog
	now func() time.Time
}

func (l loggedEngine) Answer(ctx context.Context, q answer.Question) (answer.Reply, error) {
	r, err := l.Engine.Answer(ctx, q)
	if err == nil && l.log != nil && r.Intent != answer.IntentEmpty {
		l.log.Log(ctx, store.NewEntry(l.now(), q, r, l.log.Salt()))
	}
	return r, err
}

// feedbackRecorder records votes in the question log, or drops them with
// a debug line when there is none.
type feedbackRecorder struct {
	log    questionLog
	logger *slog.Logger
}

func (f feedbackRecorder) RecordFeedback(ctx context.Context, fb answer.Feedback) error {
	if f.log == nil {
		f.logger.Debug("feedback not kept: no question log", "platform", fb.Platform, "vote", fb.Vote)
		return nil
	}
	return f.log.RecordFeedback(ctx, fb)
}
