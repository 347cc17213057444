package redisstore

import (
	"context"
	"errors"
	"sync"
	"time"

	lru "github.com/hashicorp/golang-lru/v2"
	"github.com/redis/go-redis/v9"
)

// Cache is the LLM answer cache shared by every replica (the Get/Set pair
// the llm package consumes). Values are also kept in a small local LRU,
// which answers when Redis does not.
type Cache struct {
	s     *Store
	mu    sync.Mutex
	local *lru.Cache[string, cached]
}

type cached struct {
	value   string
	expires time.Time
}

func newCache(s *Store, size int) *Cache {
	local, _ := lru.New[string, cached](size) // errors only for size <= 0
	return &Cache{s: s, local: local}
}

// Cache returns the shared answer cache.
func (s *Store) Cache() *Cache { return s.cache }

// Get returns the value under key, if some replica cached it and it has
// not expired.
func (c *Cache) Get(ctx context.Context, key string) (string, bool) {
	if c.s.useRedis("cache_get") {
		octx, cancel := c.s.opCtx(ctx)
		v, err := c.s.rdb.Get(octx, c.s.key("cache", key)).Result()
		cancel()
		switch {
		case err == nil:
			c.s.succeeded()
			return v, true
		case errors.Is(err, redis.Nil):
			c.s.succeeded()
			// Not in Redis; it may still be here if it was cached
			// locally during an outage.
		default:
			c.s.failed(ctx, "cache_get", err)
		}
	}
	return c.getLocal(key)
}

// Set caches value under key for ttl (ttl <= 0: 24 hours).
func (c *Cache) Set(ctx context.Context, key, value string, ttl time.Duration) {
	if ttl <= 0 {
		ttl = 24 * time.Hour
	}
	c.setLocal(key, value, ttl)
	if !c.s.useRedis("cache_set") {
		return
	}
	octx, cancel := c.s.opCtx(ctx)
	err := c.s.rdb.Set(octx, c.s.key("cache", key), value, ttl).Err()
	cancel()
	if err != nil {
		c.s.failed(ctx, "cache_set", err)
		return
	}
	c.s.succeeded()
}

func (c *Cache) getLocal(key string) (string, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	e, ok := c.local.Get(key)
	if !ok {
		return "", false
	}
	if time.Now().After(e.expires) {
		c.local.Remove(key)
		return "", false
	}
	return e.value, true
}

func (c *Cache) setLocal(key, value string, ttl time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.local.Add(key, cached{value: value, expires: time.Now().Add(ttl)})
}
