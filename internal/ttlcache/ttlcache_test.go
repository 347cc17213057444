package ttlcache

import (
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

type clock struct{ t atomic.Int64 }

func newClock() *clock {
	c := &clock{}
	c.t.Store(time.Date(2025, 1, 28, 0, 0, 0, 0, time.UTC).UnixNano())
	return c
}

func (c *clock) now() time.Time          { return time.Unix(0, c.t.Load()) }
func (c *clock) advance(d time.Duration) { c.t.Add(int64(d)) }

func TestBoundedBySize(t *testing.T) {
	c := New[string, int](100, time.Hour)
	for i := range 350 {
		c.Add(fmt.Sprint("k", i), i)
	}
	if n := c.Len(); n != 100 {
		t.Fatalf("Len = %d after 350 keys, want the size 100", n)
	}
	if _, ok := c.Get("k249"); ok {
		t.Error("k249 kept; the least recently used should have been evicted")
	}
	if v, ok := c.Get("k349"); !ok || v != 349 {
		t.Errorf("Get(k349) = %d, %v; want 349, true", v, ok)
	}
}

func TestGetMarksRecentlyUsed(t *testing.T) {
	c := New[string, int](2, time.Hour)
	c.Add("a", 1)
	c.Add("b", 2)
	if _, ok := c.Get("a"); !ok {
		t.Fatal("a missing")
	}
	c.Add("c", 3) // evicts b, the least recently used
	if _, ok := c.Get("b"); ok {
		t.Error("b kept, a evicted: Get did not mark a as used")
	}
	if _, ok := c.Get("a"); !ok {
		t.Error("a evicted")
	}
}

func TestExpiry(t *testing.T) {
	clk := newClock()
	c := NewWithClock[string, string](10, time.Minute, clk.now)
	c.Add("a", "x")
	clk.advance(59 * time.Second)
	if v, ok := c.Get("a"); !ok || v != "x" {
		t.Fatalf("Get before expiry = %q, %v", v, ok)
	}
	clk.advance(time.Second)
	if _, ok := c.Get("a"); ok {
		t.Fatal("Get after the time to live still finds a")
	}
	if n := c.Len(); n != 0 {
		t.Errorf("Len = %d, want the expired entry dropped on lookup", n)
	}
}

func TestAddIfAbsent(t *testing.T) {
	clk := newClock()
	c := NewWithClock[string, struct{}](10, 15*time.Minute, clk.now)
	if !c.AddIfAbsent("k", struct{}{}, time.Hour) {
		t.Fatal("first AddIfAbsent refused")
	}
	if c.AddIfAbsent("k", struct{}{}, time.Hour) {
		t.Fatal("second AddIfAbsent stored")
	}
	// A ttl longer than the cache's is clamped to it.
	clk.advance(15 * time.Minute)
	if !c.AddIfAbsent("k", struct{}{}, time.Hour) {
		t.Fatal("AddIfAbsent refused after the cache's time to live")
	}
	// A shorter ttl is kept.
	if !c.AddIfAbsent("short", struct{}{}, time.Second) {
		t.Fatal("AddIfAbsent(short) refused")
	}
	clk.advance(999 * time.Millisecond)
	if c.AddIfAbsent("short", struct{}{}, time.Second) {
		t.Fatal("short stored again within its ttl")
	}
	clk.advance(time.Millisecond)
	if !c.AddIfAbsent("short", struct{}{}, time.Second) {
		t.Fatal("short refused after its own ttl")
	}
}

// Writes drop expired entries from the old end, so a cache whose keys
// have expired empties as new keys arrive, without lookups of the old.
func TestWritesSweepExpired(t *testing.T) {
	clk := newClock()
	c := NewWithClock[int, int](1000, time.Minute, clk.now)
	for i := range 10 {
		c.Add(i, i)
	}
	clk.advance(time.Minute)
	for i := range 3 {
		c.AddIfAbsent(100+i, i, 0)
	}
	if n := c.Len(); n != 3 {
		t.Fatalf("Len = %d, want the 10 expired entries swept by 3 writes (3 left)", n)
	}
}

func TestConcurrentAddIfAbsentHasOneWinner(t *testing.T) {
	c := New[int, struct{}](10_000, time.Hour)
	var wins atomic.Int64
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			for k := range 1000 {
				if c.AddIfAbsent(k, struct{}{}, 0) {
					wins.Add(1)
				}
				c.Get(k)
			}
		})
	}
	wg.Wait()
	if w := wins.Load(); w != 1000 {
		t.Fatalf("%d wins for 1000 keys, want exactly one each", w)
	}
}

// The cache's memory stops growing once it is full: churning twenty times
// its size in new keys (as event ids arrive) leaves the live heap where it
// was when the cache first filled.
func TestMemoryPlateausOnceFull(t *testing.T) {
	const size = 20_000
	c := New[string, struct{}](size, time.Hour)
	key := func(i int) string { return fmt.Sprintf("slack:event:Ev%012d", i) }
	for i := range size {
		c.AddIfAbsent(key(i), struct{}{}, 0)
	}
	full := liveHeap()
	for i := size; i < 21*size; i++ {
		c.AddIfAbsent(key(i), struct{}{}, 0)
	}
	churned := liveHeap()
	runtime.KeepAlive(c)
	if c.Len() != size {
		t.Fatalf("Len = %d, want %d", c.Len(), size)
	}
	// The full cache itself takes about 4 MB; allow a tenth of that for
	// the rest of the test binary.
	if growth := int64(churned) - int64(full); growth > 400<<10 {
		t.Fatalf("live heap grew by %d KiB while churning a full cache (%d KiB -> %d KiB)", growth>>10, full>>10, churned>>10)
	}
}

func liveHeap() uint64 {
	runtime.GC()
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return m.HeapAlloc
}
