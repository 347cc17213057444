// Package redisstore keeps the bot's shared state in Redis so that several
// replicas behave as one: event and digest-slot claims, per-key rate limits,
// the LLM answer cache, the question log with its feedback votes, and the
// digest rotation state. Its methods match the in-memory ones in package
// store, so it drops in behind the interfaces the consumers declare.
//
// Redis is never allowed to stall an answer: every call is bounded by
// Options.OpTimeout, and while Redis is unreachable every method keeps
// working on local, per-process state (with a rate-limited warning and
// Metrics.RedisErrors counted) until a background health check sees Redis
// answer again.
package redisstore

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/redis/go-redis/v9"
	"github.com/redis/go-redis/v9/maintnotifications"
	"golang.org/x/time/rate"

	"github.com/deepseek-story/bot/internal/metrics"
	"github.com/deepseek-story/bot/internal/store"
)

// Defaults of Options.
const (
	DefaultPrefix         = "bot:"
	DefaultOpTimeout      = 100 * time.Millisecond
	DefaultHealthInterval = time.Second
	DefaultMaxBackoff     = 5 * time.Second
	DefaultScanTimeout    = 5 * time.Second
	DefaultFlushTimeout   = 2 * time.Second
	DefaultLocalClaims    = 20_000
	DefaultLocalClaimTTL  = 15 * time.Minute
	DefaultLocalCache     = 1_000
	DefaultLocalLog       = 10_000
	DefaultLogQueue       = 1_024
	// StreamMaxLen caps the question log stream (XADD MAXLEN ~).
	StreamMaxLen = 100_000

	// connBufferSize is each pooled connection's read and write buffer.
	connBufferSize = 4 << 10

	minBackoff    = 50 * time.Millisecond
	failThreshold = 3
	warnInterval  = 10 * time.Second
)

// Options configure a Store. Zero values take the defaults above.
type Options struct {
	// Prefix is put before every Redis key (default "bot:").
	Prefix string
	// OpTimeout bounds every Redis call made on behalf of an answer
	// (default 100ms); past it the call falls back to local state.
	OpTimeout time.Duration
	// ClaimTimeout bounds Claim (default 1s). Claims run after the
	// platform was acked, and a claim that falls back to local state while
	// Redis is merely slow can let two replicas answer the same event, so
	// they wait longer than other calls.
	ClaimTimeout time.Duration
	// PoolSize is the most connections to Redis (default 64): a burst of
	// events must not queue for a connection past its deadline.
	PoolSize int
	// Logger receives warnings about Redis; nil discards them.
	Logger *slog.Logger
	// Metrics counts RedisErrors and LogDropped; nil counts nothing.
	Metrics *metrics.Metrics

	// HealthInterval is how often a healthy connection is pinged (default 1s).
	HealthInterval time.Duration
	// MaxBackoff caps the wait between reconnection attempts (default 5s);
	// attempts start 50ms apart and double.
	MaxBackoff time.Duration
	// ScanTimeout bounds Entries, which reads the whole log range and is not
	// on the answer path (default 5s).
	ScanTimeout time.Duration
	// FlushTimeout bounds each write of queued log records (default 2s).
	FlushTimeout time.Duration

	// Local fallbacks, used while Redis is unreachable.

	// LocalClaims is how many claim keys are remembered locally (default 20,000).
	LocalClaims int
	// LocalClaimTTL is how long a local claim lasts, and the ttl of claims
	// made with ttl <= 0 (default 15 minutes: Slack stops retrying long before).
	LocalClaimTTL time.Duration
	// LocalCache is how many answer cache entries are kept locally (default 1,000).
	LocalCache int
	// LocalLog is how many question log records this process keeps locally,
	// both to serve Entries during an outage and to write to Redis when it
	// comes back (default 10,000).
	LocalLog int
	// LogQueue is the size of the asynchronous question log queue (default 1,024).
	LogQueue int
}

func (o Options) withDefaults() Options {
	if o.Prefix == "" {
		o.Prefix = DefaultPrefix
	}
	if o.OpTimeout <= 0 {
		o.OpTimeout = DefaultOpTimeout
	}
	if o.ClaimTimeout <= 0 {
		o.ClaimTimeout = max(time.Second, o.OpTimeout)
	}
	if o.PoolSize <= 0 {
		o.PoolSize = 64
	}
	if o.Logger == nil {
		o.Logger = slog.New(slog.DiscardHandler)
	}
	if o.HealthInterval <= 0 {
		o.HealthInterval = DefaultHealthInterval
	}
	if o.MaxBackoff <= 0 {
		o.MaxBackoff = DefaultMaxBackoff
	}
	if o.ScanTimeout <= 0 {
		o.ScanTimeout = DefaultScanTimeout
	}
	if o.FlushTimeout <= 0 {
		o.FlushTimeout = DefaultFlushTimeout
	}
	if o.LocalClaims <= 0 {
		o.LocalClaims = DefaultLocalClaims
	}
	if o.LocalClaimTTL <= 0 {
		o.LocalClaimTTL = DefaultLocalClaimTTL
	}
	if o.LocalCache <= 0 {
		o.LocalCache = DefaultLocalCache
	}
	if o.LocalLog <= 0 {
		o.LocalLog = DefaultLocalLog
	}
	if o.LogQueue <= 0 {
		o.LogQueue = DefaultLogQueue
	}
	return o
}

// Store is the Redis-backed shared state with local fallbacks. It is safe
// for concurrent use. Close it to stop its goroutines and flush the log.
type Store struct {
	opts Options
	rdb  *redis.Client
	log  *slog.Logger
	addr string

	healthy  atomic.Bool
	failures atomic.Int32  // failed calls in a row
	nudge    chan struct{} // wakes the health watcher after a failed call
	warn     rate.Sometimes

	claims       *store.MemoryClaims
	replica      string        // this process's random id, in the claims it makes
	claimSeq     atomic.Uint64 // numbers the claims it makes
	outageMu     sync.Mutex
	outageClaims []outageClaim // claimed locally while Redis was away, replayed on recovery

	cache *Cache

	saltMu sync.RWMutex
	salt   string

	shownMu    sync.Mutex
	shown      map[string][]string
	shownDirty map[string]bool // set locally, not yet written to Redis

	qlog *questionLog

	closeMu sync.RWMutex
	closed  bool
	done    chan struct{}
	wg      sync.WaitGroup
}

// Open connects to the Redis at url (redis://[:password@]host:port/db). It
// fails only on a bad url: when Redis does not answer, Open warns, starts on
// local state and keeps trying to reach Redis in the background. ctx bounds
// the first connection attempt only.
func Open(ctx context.Context, url string, opts Options) (*Store, error) {
	ro, err := redis.ParseURL(url)
	if err != nil {
		return nil, fmt.Errorf("parse REDIS_URL: %w", redactURLError(err, url))
	}
	opts = opts.withDefaults()

	// Every call carries its own deadline (OpTimeout); the client honours it
	// on dial, pool wait, write and read, and does not retry past it.
	ro.ContextTimeoutEnabled = true
	ro.MaxRetries = 1
	if ro.PoolSize == 0 {
		ro.PoolSize = opts.PoolSize
	}
	// Commands and replies are small (a key, SET NX, the token bucket, a
	// cached answer of a few KiB); replies larger than the buffer are still
	// read whole. go-redis's default 32 KiB read and write buffers would
	// let a pool grown by one burst hold 64 KiB a connection (4 MiB for 64)
	// for as long as the connections stay idle.
	if ro.ReadBufferSize == 0 {
		ro.ReadBufferSize = connBufferSize
	}
	if ro.WriteBufferSize == 0 {
		ro.WriteBufferSize = connBufferSize
	}
	if ro.DialTimeout == 0 {
		ro.DialTimeout = time.Second
	}
	ro.DialerRetries = 1
	ro.DisableIdentity = true
	ro.MaintNotificationsConfig = &maintnotifications.Config{Mode: maintnotifications.ModeDisabled}

	salt, err := randomHex(16)
	if err != nil {
		return nil, fmt.Errorf("make salt: %w", err)
	}
	replica, err := randomHex(8)
	if err != nil {
		return nil, fmt.Errorf("make replica id: %w", err)
	}
	s := &Store{
		replica:    replica,
		opts:       opts,
		rdb:        redis.NewClient(ro),
		addr:       ro.Addr,
		nudge:      make(chan struct{}, 1),
		warn:       rate.Sometimes{Interval: warnInterval},
		claims:     store.NewMemoryClaims(opts.LocalClaims, opts.LocalClaimTTL),
		salt:       salt,
		shown:      make(map[string][]string),
		shownDirty: make(map[string]bool),
		done:       make(chan struct{}),
	}
	s.log = opts.Logger.With("component", "redis", "addr", ro.Addr)
	s.cache = newCache(s, opts.LocalCache)
	s.qlog = newQuestionLog(s)

	firstCtx, cancel := context.WithTimeout(ctx, max(opts.OpTimeout, 2*time.Second))
	err = s.connect(firstCtx)
	cancel()
	if err != nil {
		s.log.Warn("redis unreachable at start; using local state and retrying in the background", "err", err)
	} else {
		s.healthy.Store(true)
		s.log.Info("redis connected")
	}

	s.wg.Add(2)
	go s.watch()
	go s.qlog.run()
	return s, nil
}

// Healthy reports whether calls currently go to Redis (true) or to local
// state (false).
func (s *Store) Healthy() bool { return s.healthy.Load() }

// Close stops the background goroutines, writes the queued question log to
// Redis (bounded by Options.FlushTimeout) and closes the connections. It is
// safe to call more than once.
func (s *Store) Close() error {
	s.closeMu.Lock()
	if s.closed {
		s.closeMu.Unlock()
		return nil
	}
	s.closed = true
	close(s.done)
	s.closeMu.Unlock()

	s.wg.Wait()
	if err := s.rdb.Close(); err != nil {
		return fmt.Errorf("close redis client: %w", err)
	}
	return nil
}

// key is the Redis key for parts of a name, behind the prefix.
func (s *Store) key(parts ...string) string {
	return s.opts.Prefix + strings.Join(parts, ":")
}

// opCtx bounds a call on the answer path by OpTimeout.
func (s *Store) opCtx(ctx context.Context) (context.Context, context.CancelFunc) {
	return context.WithTimeout(ctx, s.opts.OpTimeout)
}

// useRedis reports whether op should try Redis; when it should not, the
// fallback is counted.
func (s *Store) useRedis(op string) bool {
	if s.healthy.Load() {
		return true
	}
	s.countFallback(op, 1)
	return false
}

// succeeded records that a call went through Redis.
func (s *Store) succeeded() {
	if s.failures.Load() != 0 {
		s.failures.Store(0)
	}
}

// failed records that op fell back to local state after err. Errors that
// say Redis is unreachable or slow (not replies such as WRONGTYPE) make
// the watcher ping at once, and failThreshold of them in a row mark Redis
// unhealthy until the watcher's next successful ping.
func (s *Store) failed(ctx context.Context, op string, err error) {
	s.countFallback(op, 1)
	s.warn.Do(func() {
		s.log.Warn("redis call failed; using local state", "op", op, "err", err)
	})
	if ctx.Err() != nil && !errors.Is(ctx.Err(), context.DeadlineExceeded) {
		return // the caller gave up; says nothing about Redis
	}
	var reply redis.Error
	if errors.As(err, &reply) {
		return
	}
	if s.failures.Add(1) >= failThreshold {
		s.markUnhealthy()
		return
	}
	s.wakeWatcher()
}

func (s *Store) countFallback(op string, n int) {
	if s.opts.Metrics != nil && n > 0 {
		s.opts.Metrics.RedisErrors.WithLabelValues(op).Add(float64(n))
	}
}

func (s *Store) markUnhealthy() {
	if s.healthy.CompareAndSwap(true, false) {
		s.log.Warn("redis unreachable; using local state until it answers again")
	}
	s.wakeWatcher()
}

func (s *Store) wakeWatcher() {
	select {
	case s.nudge <- struct{}{}:
	default:
	}
}

// watch pings Redis: every HealthInterval while healthy, and with a
// doubling backoff from 50ms to MaxBackoff while not. When Redis answers
// again it re-syncs (salt, claims made meanwhile, queued log) and the store
// goes back to it.
func (s *Store) watch() {
	defer s.wg.Done()
	backoff := minBackoff
	timer := time.NewTimer(s.opts.HealthInterval)
	defer timer.Stop()
	for {
		select {
		case <-s.done:
			return
		case <-s.nudge:
			backoff = minBackoff
			if !timer.Stop() {
				select {
				case <-timer.C:
				default:
				}
			}
		case <-timer.C:
		}

		if s.healthy.Load() {
			ctx, cancel := context.WithTimeout(context.Background(), s.opts.OpTimeout)
			err := s.rdb.Ping(ctx).Err()
			cancel()
			if err != nil {
				s.log.Debug("redis ping failed", "err", err)
				s.markUnhealthy()
				drainNudge(s.nudge)
				backoff = minBackoff
				timer.Reset(backoff)
				continue
			}
			timer.Reset(s.opts.HealthInterval)
			continue
		}

		ctx, cancel := context.WithTimeout(context.Background(), max(s.opts.OpTimeout, time.Second))
		err := s.connect(ctx)
		if err == nil {
			// Back on Redis first, then push what was decided locally
			// meanwhile, so that nothing decided locally is left out.
			s.failures.Store(0)
			s.healthy.Store(true)
			err = s.resync(ctx)
			if err != nil {
				s.healthy.Store(false)
			}
		}
		cancel()
		if err != nil {
			s.log.Debug("redis still unreachable", "err", err, "retry_in", backoff)
			timer.Reset(backoff)
			backoff = min(2*backoff, s.opts.MaxBackoff)
			continue
		}
		s.log.Info("redis answers again; back on shared state")
		s.qlog.wake()
		backoff = minBackoff
		timer.Reset(s.opts.HealthInterval)
	}
}

func drainNudge(c chan struct{}) {
	select {
	case <-c:
	default:
	}
}

// connect pings Redis and makes sure the shared salt exists and is ours.
func (s *Store) connect(ctx context.Context) error {
	if err := s.rdb.Ping(ctx).Err(); err != nil {
		return fmt.Errorf("ping redis at %s: %w", s.addr, err)
	}
	return s.loadSalt(ctx)
}

// resync pushes to Redis what was decided locally while it was away.
func (s *Store) resync(ctx context.Context) error {
	if err := s.replayClaims(ctx); err != nil {
		return err
	}
	return s.replayShown(ctx)
}

// loadSalt sets the shared salt to ours unless one exists, and adopts the
// one that does.
func (s *Store) loadSalt(ctx context.Context) error {
	s.saltMu.RLock()
	candidate := s.salt
	s.saltMu.RUnlock()
	key := s.key("salt")
	if err := s.rdb.SetNX(ctx, key, candidate, 0).Err(); err != nil {
		return fmt.Errorf("create salt: %w", err)
	}
	salt, err := s.rdb.Get(ctx, key).Result()
	if err != nil {
		return fmt.Errorf("read salt: %w", err)
	}
	if salt == "" {
		return errors.New("read salt: empty")
	}
	s.saltMu.Lock()
	s.salt = salt
	s.saltMu.Unlock()
	return nil
}

// Salt is the salt users are hashed with (store.HashUser), shared by every
// replica through Redis. While Redis has not been reached it is a random
// local one, which becomes the shared one if none exists yet.
func (s *Store) Salt() string {
	s.saltMu.RLock()
	defer s.saltMu.RUnlock()
	return s.salt
}

func randomHex(n int) (string, error) {
	b := make([]byte, n)
	if _, err := rand.Read(b); err != nil {
		return "", err
	}
	return hex.EncodeToString(b), nil
}

// redactURLError keeps a password in the url out of error messages.
func redactURLError(err error, url string) error {
	if strings.Contains(url, "@") {
		return errors.New("invalid url (not shown: it may hold a password)")
	}
	return err
}

// SetClientLogger sends the go-redis client's own messages (such as failed
// dials while Redis is down) to l at debug level instead of to stderr in
// its own format. It affects every go-redis client in the process, so call
// it once, from main.
func SetClientLogger(l *slog.Logger) {
	redis.SetLogger(clientLogger{l.With("component", "go-redis")})
}

type clientLogger struct{ l *slog.Logger }

func (c clientLogger) Printf(ctx context.Context, format string, v ...any) {
	c.l.DebugContext(ctx, fmt.Sprintf(format, v...))
}
