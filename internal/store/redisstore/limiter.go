package redisstore

import (
	"context"
	"strconv"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/deepseek-story/bot/internal/store"
)

// tokenBucket is the shared rate limit: a token bucket of capacity n that
// refills n tokens a period, kept in a hash {tokens, ts} per key and
// updated atomically. Time is Redis's own clock (TIME), so replicas with
// skewed clocks share one bucket fairly. It returns 1 when allowed.
//
// KEYS[1] the bucket; ARGV[1] n; ARGV[2] the period in microseconds.
var tokenBucket = redis.NewScript(`
if redis.replicate_commands then redis.replicate_commands() end
local n = tonumber(ARGV[1])
local period = tonumber(ARGV[2])
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000000 + tonumber(t[2])
local b = redis.call('HMGET', KEYS[1], 'tokens', 'ts')
local tokens = tonumber(b[1])
local ts = tonumber(b[2])
if tokens == nil or ts == nil then
  tokens = n
  ts = now
end
if now > ts then
  tokens = math.min(n, tokens + (now - ts) * n / period)
  ts = now
end
local allowed = 0
if tokens >= 1 then
  tokens = tokens - 1
  allowed = 1
end
redis.call('HSET', KEYS[1], 'tokens', string.format('%.6f', tokens), 'ts', string.format('%.0f', ts))
redis.call('PEXPIRE', KEYS[1], math.ceil(period / 1000) + 1000)
return allowed
`)

// Limiter is a per-key rate limit shared by every replica: n events a
// period for each key, in bursts of up to n (a token bucket, the same
// semantics as store.MemoryLimiter). While Redis is unreachable each
// process counts on its own local bucket.
type Limiter struct {
	s      *Store
	name   string
	n      int
	period time.Duration
	local  *store.MemoryLimiter
}

// Limiter returns the shared limiter called name, allowing n events per
// period for each key. Limiters with the same name share their buckets
// across replicas; use one name per kind of limit.
func (s *Store) Limiter(name string, n int, period time.Duration) *Limiter {
	if n <= 0 {
		n = 1
	}
	if period <= 0 {
		period = time.Second
	}
	return &Limiter{s: s, name: name, n: n, period: period, local: store.NewMemoryLimiter(n, period)}
}

// Allow reports whether key may act now, and counts it if so. It never
// fails: the error is always nil.
func (l *Limiter) Allow(ctx context.Context, key string) (bool, error) {
	if l.s.useRedis("allow") {
		octx, cancel := l.s.opCtx(ctx)
		ok, err := tokenBucket.Run(octx, l.s.rdb, []string{l.s.key("rate", l.name, key)},
			l.n, strconv.FormatInt(l.period.Microseconds(), 10)).Int()
		cancel()
		if err == nil {
			l.s.succeeded()
			return ok == 1, nil
		}
		l.s.failed(ctx, "allow", err)
	}
	return l.local.Allow(ctx, key)
}
