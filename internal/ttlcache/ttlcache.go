// Package ttlcache is a least-recently-used cache of at most a fixed
// number of entries, each of which also expires after a time to live.
//
// It exists for memory that must plateau: the memory it holds is bounded by
// its size alone, and reaches that bound once size keys have been added,
// however long the time to live. (hashicorp's expirable LRU, which it
// replaces, spreads its entries over 100 expiry buckets, each a map that
// keeps the capacity of its busiest moment; at hundreds of new keys a
// second those maps hold many times the cache's size in empty slots, and
// they fill for a whole time to live before memory stops growing.)
//
// Expired entries are dropped when looked up, and a few at a time from the
// least recently used end on every write, so a cache that stops receiving
// keys empties itself as it is used, with no goroutine of its own.
package ttlcache

import (
	"sync"
	"time"

	"github.com/hashicorp/golang-lru/v2/simplelru"
)

// sweep is how many expired entries a write drops at most from the least
// recently used end: more than one, so the sweep outpaces the writes.
const sweep = 4

type entry[V any] struct {
	value   V
	expires time.Time
}

// Cache is a size-bounded LRU with per-entry expiry, safe for concurrent
// use. The zero value is not usable; call New.
type Cache[K comparable, V any] struct {
	mu  sync.Mutex
	lru *simplelru.LRU[K, entry[V]]
	ttl time.Duration
	now func() time.Time
}

// New returns a cache of at most size entries (at least 1), each kept for
// at most ttl (ttl <= 0: never expires by time).
func New[K comparable, V any](size int, ttl time.Duration) *Cache[K, V] {
	return NewWithClock[K, V](size, ttl, time.Now)
}

// NewWithClock is New with the clock given (for tests).
func NewWithClock[K comparable, V any](size int, ttl time.Duration, now func() time.Time) *Cache[K, V] {
	lru, _ := simplelru.NewLRU[K, entry[V]](max(size, 1), nil) // errors only for size <= 0
	if ttl <= 0 {
		ttl = 100 * 365 * 24 * time.Hour
	}
	return &Cache[K, V]{lru: lru, ttl: ttl, now: now}
}

// Get returns the value under key if it has not expired, and marks it
// recently used (its expiry is unchanged).
func (c *Cache[K, V]) Get(key K) (V, bool) {
	now := c.now()
	c.mu.Lock()
	defer c.mu.Unlock()
	e, ok := c.lru.Get(key)
	if !ok {
		var zero V
		return zero, false
	}
	if !now.Before(e.expires) {
		c.lru.Remove(key)
		var zero V
		return zero, false
	}
	return e.value, true
}

// Add stores value under key for the cache's time to live, evicting the
// least recently used entry when the cache is full.
func (c *Cache[K, V]) Add(key K, value V) {
	now := c.now()
	c.mu.Lock()
	defer c.mu.Unlock()
	c.dropExpired(now)
	c.lru.Add(key, entry[V]{value: value, expires: now.Add(c.ttl)})
}

// AddIfAbsent stores value under key for ttl (ttl <= 0 or longer than the
// cache's time to live: the cache's) unless key holds an unexpired entry,
// and reports whether it stored it. The check and the store are one step.
func (c *Cache[K, V]) AddIfAbsent(key K, value V, ttl time.Duration) bool {
	if ttl <= 0 || ttl > c.ttl {
		ttl = c.ttl
	}
	now := c.now()
	c.mu.Lock()
	defer c.mu.Unlock()
	c.dropExpired(now)
	if e, ok := c.lru.Peek(key); ok && now.Before(e.expires) {
		return false
	}
	c.lru.Add(key, entry[V]{value: value, expires: now.Add(ttl)})
	return true
}

// Len is how many entries the cache holds, expired ones not yet dropped
// included.
func (c *Cache[K, V]) Len() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.lru.Len()
}

// dropExpired removes up to sweep expired entries from the least recently
// used end. c.mu is held.
func (c *Cache[K, V]) dropExpired(now time.Time) {
	for range sweep {
		_, e, ok := c.lru.GetOldest()
		if !ok || now.Before(e.expires) {
			return
		}
		c.lru.RemoveOldest()
	}
}
