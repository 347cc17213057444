package redisstore

import (
	"context"
	"path/filepath"
	"strconv"
	"sync/atomic"
	"testing"
	"time"
)

// benchStore opens a Store on the shared Redis (the local redis-server the
// tests start, or REDIS_URL) under its own prefix.
func benchStore(b *testing.B) *Store {
	b.Helper()
	r, err := randomHex(4)
	if err != nil {
		b.Fatal(err)
	}
	s, err := Open(context.Background(), sharedRedisURL(b), Options{Prefix: "bench:" + r + ":", OpTimeout: time.Second})
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { _ = s.Close() })
	if !s.Healthy() {
		b.Fatal("Healthy() = false on a running Redis")
	}
	return s
}

// BenchmarkClaim is one SET NX PX round trip (a new key each time).
func BenchmarkClaim(b *testing.B) {
	s := benchStore(b)
	ctx := context.Background()
	i := 0
	for b.Loop() {
		i++
		if first, _ := s.Claim(ctx, "ev:"+strconv.Itoa(i), time.Minute); !first {
			b.Fatalf("Claim(ev:%d) = false; want true", i)
		}
	}
}

// BenchmarkClaimParallel is Claim from many goroutines at once.
func BenchmarkClaimParallel(b *testing.B) {
	s := benchStore(b)
	ctx := context.Background()
	var n atomic.Int64
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			_, _ = s.Claim(ctx, "ev:"+strconv.FormatInt(n.Add(1), 10), time.Minute)
		}
	})
}

// BenchmarkAllow is one token bucket script round trip (EVALSHA).
func BenchmarkAllow(b *testing.B) {
	s := benchStore(b)
	l := s.Limiter("bench", 1_000_000_000, time.Second)
	ctx := context.Background()
	for b.Loop() {
		if ok, _ := l.Allow(ctx, "U1"); !ok {
			b.Fatal("Allow(U1) = false; want true (huge budget)")
		}
	}
}

// BenchmarkAllowParallel is Allow from many goroutines, on 100 keys.
func BenchmarkAllowParallel(b *testing.B) {
	s := benchStore(b)
	l := s.Limiter("bench", 1_000_000_000, time.Second)
	ctx := context.Background()
	var n atomic.Int64
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			_, _ = l.Allow(ctx, "U"+strconv.FormatInt(n.Add(1)%100, 10))
		}
	})
}

// BenchmarkCacheGet is one GET of a cached answer.
func BenchmarkCacheGet(b *testing.B) {
	s := benchStore(b)
	ctx := context.Background()
	s.Cache().Set(ctx, "kb1:q", "an answer of a few hundred bytes", time.Hour)
	for b.Loop() {
		if _, ok := s.Cache().Get(ctx, "kb1:q"); !ok {
			b.Fatal("Get(kb1:q) missed")
		}
	}
}

// BenchmarkLog is what Log costs the caller: queueing, not the write.
func BenchmarkLog(b *testing.B) {
	s := benchStore(b)
	ctx := context.Background()
	e := question(s, time.Now(), "slack", "C1", "U1", "who founded deepseek", "founder")
	for b.Loop() {
		if err := s.Log(ctx, e); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkClaimRedisDown is Claim while Redis is unreachable: local state.
func BenchmarkClaimRedisDown(b *testing.B) {
	// A socket nobody serves: Redis is down.
	s, err := Open(context.Background(), "unix://"+filepath.Join(b.TempDir(), "none.sock")+"?db=0", Options{})
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { _ = s.Close() })
	ctx := context.Background()
	i := 0
	for b.Loop() {
		i++
		_, _ = s.Claim(ctx, "ev:"+strconv.Itoa(i), time.Minute)
	}
}
