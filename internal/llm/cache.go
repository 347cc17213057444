package llm

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	lru "github.com/hashicorp/golang-lru/v2"

	"github.com/deepseek-story/bot/internal/knowledge"
)

// Cache keeps summaries. The in-memory MemoryCache serves one process; a
// shared one (Redis) can serve several with the same two methods.
type Cache interface {
	Get(ctx context.Context, key string) (string, bool)
	Set(ctx context.Context, key, value string, ttl time.Duration)
}

// Limiter says whether a key (a user) may make one more LLM request.
type Limiter interface {
	Allow(ctx context.Context, key string) (bool, error)
}

// MemoryCache is an LRU cache whose entries expire. Expired entries are
// dropped when they are read or pushed out by newer ones: there is no
// background goroutine to stop.
type MemoryCache struct {
	ttl     time.Duration
	entries *lru.Cache[string, cacheEntry]
}

type cacheEntry struct {
	value   string
	expires time.Time
}

// NewMemoryCache keeps up to size entries (default 10,000) for at most ttl
// each (default 24h).
func NewMemoryCache(size int, ttl time.Duration) *MemoryCache {
	if size <= 0 {
		size = DefaultCacheSize
	}
	if ttl <= 0 {
		ttl = DefaultCacheTTL
	}
	entries, _ := lru.New[string, cacheEntry](size) // errors only for size <= 0
	return &MemoryCache{ttl: ttl, entries: entries}
}

// Get returns the value under key, if it is there and fresh.
func (c *MemoryCache) Get(_ context.Context, key string) (string, bool) {
	e, ok := c.entries.Get(key)
	if !ok {
		return "", false
	}
	if time.Now().After(e.expires) {
		c.entries.Remove(key)
		return "", false
	}
	return e.value, true
}

// Set keeps value under key for ttl, or the cache's own ttl when that is
// shorter or ttl is not positive.
func (c *MemoryCache) Set(_ context.Context, key, value string, ttl time.Duration) {
	if ttl <= 0 || ttl > c.ttl {
		ttl = c.ttl
	}
	c.entries.Add(key, cacheEntry{value: value, expires: time.Now().Add(ttl)})
}

// Len returns the number of entries, fresh or not yet dropped.
func (c *MemoryCache) Len() int { return c.entries.Len() }

// answerKey is the cache key of a summary: a hash of the normalised
// question, the sorted fact ids, the knowledge version and the model. A new
// knowledge version gives new keys, so old summaries are never served.
func answerKey(question string, facts []*knowledge.Fact, version, model string) string {
	var buf [1024]byte
	b := append(buf[:0], "answer\x00"...)
	b = appendNormalized(b, question)
	b = append(b, 0)
	var factBuf [8]*knowledge.Fact
	sorted := factBuf[:0]
	for _, f := range facts {
		if f != nil {
			sorted = append(sorted, f)
		}
	}
	slices.SortFunc(sorted, func(a, b *knowledge.Fact) int { return strings.Compare(a.ID, b.ID) })
	// The facts' own text too: a curator who edits an answer and forgets
	// to bump the knowledge version still gets a fresh summary.
	for _, f := range sorted {
		b = append(b, f.ID...)
		b = append(b, 0)
		b = append(b, f.Answer...)
		b = append(b, 0)
	}
	b = append(b, version...)
	b = append(b, 0)
	b = append(b, model...)
	return keyOf(sha256.Sum256(b))
}

// appendNormalized appends q folded for the cache: lower case, letters and
// digits only, one space between words ("How much did NVIDIA fall?" and
// "how much did nvidia fall" are the same question).
func appendNormalized(b []byte, q string) []byte {
	space := false
	for _, r := range q {
		switch {
		case r < utf8.RuneSelf && (r >= 'a' && r <= 'z' || r >= '0' && r <= '9'):
		case r >= 'A' && r <= 'Z':
			r += 'a' - 'A'
		case r >= utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r)):
			r = unicode.ToLower(r)
		case r == '\'' || r == '\u2019':
			continue // "what's" is "whats"
		default:
			space = true
			continue
		}
		if space && len(b) > 0 && b[len(b)-1] != 0 {
			b = append(b, ' ')
		}
		space = false
		b = utf8.AppendRune(b, r)
	}
	return b
}

// digestKey is the cache key of a digest summary: the facts' ids and
// texts (a digest has no knowledge version) and the model.
func digestKey(facts []*knowledge.Fact, model string) string {
	b := []byte("digest\x00")
	for _, f := range facts {
		if f == nil {
			continue
		}
		b = append(b, f.ID...)
		b = append(b, 0)
		b = append(b, f.By...)
		b = append(b, 0)
		b = append(b, f.Answer...)
		b = append(b, 0)
	}
	b = append(b, model...)
	return keyOf(sha256.Sum256(b))
}

func keyOf(sum [sha256.Size]byte) string {
	var b [len("llm:") + 2*sha256.Size]byte
	copy(b[:], "llm:")
	hex.Encode(b[len("llm:"):], sum[:])
	return string(b[:])
}
