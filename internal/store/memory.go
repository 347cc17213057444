// Package store keeps the bot's state: claims that make work happen once
// (event dedup, digest slots), per-user rate limits and the feedback and
// question log. Each kind of state has an in-memory implementation here
// for one process; shared implementations (Redis) satisfy the same
// interfaces, which the consuming packages declare.
package store

import (
	"context"
	"sync"
	"time"

	lru "github.com/hashicorp/golang-lru/v2"
	"golang.org/x/time/rate"

	"github.com/deepseek-story/bot/internal/answer"
	"github.com/deepseek-story/bot/internal/ttlcache"
)

// MemoryClaims hands out each key once within its time to live. It is the
// one-process implementation of event dedup and digest slot claims.
type MemoryClaims struct {
	seen *ttlcache.Cache[string, struct{}]
}

// NewMemoryClaims remembers up to size keys for at most ttl each (a
// claim's own ttl may be shorter, never longer). Its memory is bounded by
// size and reaches that bound after size claims, whatever ttl.
func NewMemoryClaims(size int, ttl time.Duration) *MemoryClaims {
	return newMemoryClaims(size, ttl, time.Now)
}

func newMemoryClaims(size int, ttl time.Duration, now func() time.Time) *MemoryClaims {
	return &MemoryClaims{seen: ttlcache.NewWithClock[string, struct{}](size, ttl, now)}
}

// Claim reports whether key was not claimed within ttl before (and claims
// it); ttl <= 0 means the ttl given to NewMemoryClaims.
func (c *MemoryClaims) Claim(_ context.Context, key string, ttl time.Duration) (bool, error) {
	return c.seen.AddIfAbsent(key, struct{}{}, ttl), nil
}

// Len is how many claims are remembered.
func (c *MemoryClaims) Len() int { return c.seen.Len() }

// MemoryLimiter is a per-key token bucket: n events a period, in bursts of n.
type MemoryLimiter struct {
	mu      sync.Mutex
	limit   rate.Limit
	burst   int
	buckets *lru.Cache[string, *rate.Limiter]
}

// NewMemoryLimiter allows n events per period for each key (the most
// recently seen 100,000 keys are tracked).
func NewMemoryLimiter(n int, period time.Duration) *MemoryLimiter {
	if n <= 0 {
		n = 1
	}
	buckets, _ := lru.New[string, *rate.Limiter](100_000)
	return &MemoryLimiter{limit: rate.Limit(float64(n) / period.Seconds()), burst: n, buckets: buckets}
}

// Allow reports whether key may act now, and counts it if so.
func (l *MemoryLimiter) Allow(_ context.Context, key string) (bool, error) {
	l.mu.Lock()
	b, ok := l.buckets.Get(key)
	if !ok {
		b = rate.NewLimiter(l.limit, l.burst)
		l.buckets.Add(key, b)
	}
	l.mu.Unlock()
	return b.Allow(), nil
}

// MemoryFeedback records votes in memory, for one process and tests.
type MemoryFeedback struct {
	mu    sync.Mutex
	votes []answer.Feedback
}

// RecordFeedback keeps fb.
func (m *MemoryFeedback) RecordFeedback(_ context.Context, fb answer.Feedback) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.votes = append(m.votes, fb)
	return nil
}

// Feedback returns a copy of the votes recorded so far.
func (m *MemoryFeedback) Feedback() []answer.Feedback {
	m.mu.Lock()
	defer m.mu.Unlock()
	return append([]answer.Feedback(nil), m.votes...)
}
