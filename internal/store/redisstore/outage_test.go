package redisstore

import (
	"context"
	"fmt"
	"os"
	"slices"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/deepseek-story/bot/internal/answer"
	"github.com/deepseek-story/bot/internal/metrics"
	"github.com/deepseek-story/bot/internal/store"
)

// Timing bounds for the outage tests: calls are bounded by OpTimeout and
// ClaimTimeout (100ms here); the assertions allow ten times that for a
// busy machine.
const (
	outageOpTimeout = 100 * time.Millisecond
	callLimit       = time.Second
	recoverWithin   = 20 * time.Second
)

func outageOptions(t *testing.T, m *metrics.Metrics) Options {
	return Options{
		Prefix:         testPrefix(t),
		OpTimeout:      outageOpTimeout,
		ClaimTimeout:   outageOpTimeout,
		Metrics:        m,
		HealthInterval: 50 * time.Millisecond,
		MaxBackoff:     200 * time.Millisecond,
	}
}

// hammer claims fresh keys on s from a goroutine until stop is called,
// and reports the slowest call.
func hammer(s *Store) (stop func() time.Duration) {
	var slowest atomic.Int64
	done := make(chan struct{})
	var wg sync.WaitGroup
	wg.Go(func() {
		for i := 0; ; i++ {
			select {
			case <-done:
				return
			default:
			}
			start := time.Now()
			_, _ = s.Claim(context.Background(), fmt.Sprintf("hammer:%d", i), time.Minute)
			_ = s.Limiter("hammer", 1000, time.Second).allowNow(context.Background(), "U1")
			if took := int64(time.Since(start)); took > slowest.Load() {
				slowest.Store(took)
			}
			time.Sleep(time.Millisecond)
		}
	})
	return func() time.Duration {
		close(done)
		wg.Wait()
		return time.Duration(slowest.Load())
	}
}

func TestRedisKilledAndRestarted(t *testing.T) {
	srv := ownRedis(t)
	m := metrics.New()
	opts := outageOptions(t, m)
	a := open(t, srv.url(), opts)
	ctx := context.Background()
	if !a.Healthy() {
		t.Fatal("Healthy() = false after Open on a running Redis; want true")
	}
	salt := a.Salt()

	// Before the outage: shared state in Redis.
	if first, _ := a.Claim(ctx, "before", time.Hour); !first {
		t.Fatal("Claim(before) = false; want true")
	}
	if err := a.Log(ctx, question(a, time.Now(), "slack", "C1", "U1", "who founded deepseek")); err != nil {
		t.Fatal(err)
	}
	raw := rawClient(t, srv.url())
	eventually(t, 10*time.Second, "first entry written to Redis", func() bool {
		return raw.XLen(ctx, a.key("log")).Val() == 1
	})

	stopHammer := hammer(a)
	srv.kill()

	// Every call keeps working on local state, each within the bound.
	lim := a.Limiter("ask", 2, time.Hour)
	steps := []struct {
		name string
		do   func(t *testing.T)
	}{
		{"claim new key", func(t *testing.T) {
			if first, err := a.Claim(ctx, "outage", time.Hour); !first || err != nil {
				t.Errorf("Claim(outage) = %v, %v; want true, nil", first, err)
			}
		}},
		{"claim it again", func(t *testing.T) {
			if first, _ := a.Claim(ctx, "outage", time.Hour); first {
				t.Error("Claim(outage) again = true; want false")
			}
		}},
		{"claim made before the outage", func(t *testing.T) {
			if first, _ := a.Claim(ctx, "before", time.Hour); first {
				t.Error("Claim(before) = true; want false (remembered locally)")
			}
		}},
		{"rate limit", func(t *testing.T) {
			var got []bool
			for range 3 {
				ok, err := lim.Allow(ctx, "U1")
				if err != nil {
					t.Fatalf("Allow(U1) error = %v", err)
				}
				got = append(got, ok)
			}
			if want := []bool{true, true, false}; !slices.Equal(got, want) {
				t.Errorf("Allow(U1) x3 = %v; want %v", got, want)
			}
		}},
		{"cache", func(t *testing.T) {
			a.Cache().Set(ctx, "k", "v", time.Hour)
			if got, ok := a.Cache().Get(ctx, "k"); !ok || got != "v" {
				t.Errorf("Get(k) = %q, %v; want %q, true", got, ok, "v")
			}
		}},
		{"rotation state", func(t *testing.T) {
			if err := a.SetShownFacts(ctx, "slack:C1", []string{"founder"}); err != nil {
				t.Errorf("SetShownFacts = %v", err)
			}
			if got, _ := a.ShownFacts(ctx, "slack:C1"); !slices.Equal(got, []string{"founder"}) {
				t.Errorf("ShownFacts(slack:C1) = %q; want [founder]", got)
			}
		}},
		{"log and feedback", func(t *testing.T) {
			if err := a.Log(ctx, question(a, time.Now(), "slack", "C1", "U2", "what is r1")); err != nil {
				t.Errorf("Log = %v", err)
			}
			if err := a.RecordFeedback(ctx, answer.Feedback{Time: time.Now(), Platform: "slack", Channel: "C1", User: "U2", Question: "what is r1", Vote: answer.VoteUp}); err != nil {
				t.Errorf("RecordFeedback = %v", err)
			}
		}},
	}
	for _, st := range steps {
		t.Run(st.name, func(t *testing.T) {
			within(t, callLimit, st.name, func() { st.do(t) })
		})
	}
	eventually(t, 5*time.Second, "Healthy() false while Redis is down", func() bool { return !a.Healthy() })
	// Log is asynchronous: poll until the writer has taken both records.
	var got []string
	want := []string{"who founded deepseek/0", "what is r1/1"}
	deadline := time.Now().Add(5 * time.Second)
	for !slices.Equal(got, want) && time.Now().Before(deadline) {
		time.Sleep(10 * time.Millisecond)
		entries, err := a.Entries(ctx, time.Now().Add(-time.Hour))
		if err != nil {
			t.Fatalf("Entries during the outage: %v", err)
		}
		got = got[:0]
		for _, e := range entries {
			got = append(got, fmt.Sprintf("%s/%d", e.Question, e.Vote))
		}
	}
	if !slices.Equal(got, want) {
		t.Errorf("Entries during the outage = %q; want %q", got, want)
	}
	for _, op := range []string{"claim", "allow", "cache_get", "cache_set", "shown_set", "shown_get", "log", "entries"} {
		if redisErrors(m, op) == 0 {
			t.Errorf("RedisErrors{%s} = 0 after calls during the outage; want > 0", op)
		}
	}
	slowest := stopHammer()
	t.Logf("slowest Claim+Allow while Redis went away: %s", slowest)
	if slowest > callLimit {
		t.Errorf("slowest Claim+Allow while Redis went away took %s; want at most %s", slowest, callLimit)
	}

	// Redis comes back (empty: it keeps nothing on disk).
	restarted := time.Now()
	if err := srv.restart(); err != nil {
		t.Fatal(err)
	}
	eventually(t, recoverWithin, "Healthy() true after Redis restarted", a.Healthy)
	t.Logf("back on Redis %s after redis-server was started again", time.Since(restarted))

	b := open(t, srv.url(), opts) // another replica, on the new Redis
	if a.Salt() != salt || b.Salt() != salt {
		t.Errorf("Salt() after the restart = %q (a), %q (b); want the old %q on both", a.Salt(), b.Salt(), salt)
	}
	if first, _ := b.Claim(ctx, "outage", time.Hour); first {
		t.Error("b.Claim(outage) = true; want false (a's outage claim written back to Redis)")
	}
	if first, _ := a.Claim(ctx, "after", time.Hour); !first {
		t.Error("a.Claim(after) = false; want true")
	}
	if first, _ := b.Claim(ctx, "after", time.Hour); first {
		t.Error("b.Claim(after) = true; want false (shared through Redis again)")
	}
	if got, _ := b.ShownFacts(ctx, "slack:C1"); !slices.Equal(got, []string{"founder"}) {
		t.Errorf("b.ShownFacts(slack:C1) = %q; want [founder] (set during the outage, written back)", got)
	}
	// The writer retries on its ticker and backs off with the health
	// checks; on a loaded machine write-back can take several seconds. The
	// point is that it happens, not how fast.
	wroteBack := time.Now()
	var seen []store.Entry
	t.Cleanup(func() {
		if t.Failed() {
			for _, e := range seen {
				t.Logf("b.Entries: %+v", e)
			}
		}
	})
	eventually(t, 30*time.Second, "entries logged during the outage written to Redis", func() bool {
		entries, _ := b.Entries(ctx, time.Now().Add(-time.Hour))
		seen = entries
		return len(entries) == 1 && entries[0].Question == "what is r1" && entries[0].Vote == answer.VoteUp
	})
	t.Logf("entries logged during the outage read back from Redis after %s", time.Since(wroteBack))
	before := redisErrors(m, "claim")
	for i := range 20 {
		if first, _ := a.Claim(ctx, fmt.Sprintf("after-%d", i), time.Hour); !first {
			t.Errorf("a.Claim(after-%d) = false; want true", i)
		}
	}
	if n := redisErrors(m, "claim") - before; n != 0 {
		t.Errorf("RedisErrors{claim} grew by %v after recovery; want 0", n)
	}
}

func TestFrozenRedisDoesNotBlock(t *testing.T) {
	srv := ownRedis(t)
	m := metrics.New()
	a := open(t, srv.url(), outageOptions(t, m))
	ctx := context.Background()
	if !a.Healthy() {
		t.Fatal("Healthy() = false after Open on a running Redis; want true")
	}
	if err := srv.freeze(); err != nil {
		t.Fatal(err)
	}
	thawed := false
	defer func() {
		if !thawed {
			_ = srv.thaw()
		}
	}()

	// Redis accepts connections but answers nothing: the first call waits
	// out OpTimeout, later ones go straight to local state.
	for i := range 5 {
		start := time.Now()
		within(t, callLimit, fmt.Sprintf("Claim #%d on a frozen Redis", i), func() {
			if first, _ := a.Claim(ctx, fmt.Sprintf("frozen-%d", i), time.Hour); !first {
				t.Errorf("Claim(frozen-%d) = false; want true (local)", i)
			}
		})
		t.Logf("Claim #%d on a frozen Redis took %s", i, time.Since(start))
		within(t, callLimit, fmt.Sprintf("Get #%d on a frozen Redis", i), func() { a.Cache().Get(ctx, "k") })
	}
	if a.Healthy() {
		t.Error("Healthy() = true with Redis frozen; want false")
	}
	if redisErrors(m, "claim") == 0 {
		t.Error("RedisErrors{claim} = 0; want > 0")
	}

	if err := srv.thaw(); err != nil {
		t.Fatal(err)
	}
	thawed = true
	eventually(t, recoverWithin, "Healthy() true after Redis thawed", a.Healthy)
	b := open(t, srv.url(), Options{Prefix: a.opts.Prefix})
	for i := range 5 {
		if first, _ := b.Claim(ctx, fmt.Sprintf("frozen-%d", i), time.Hour); first {
			t.Errorf("b.Claim(frozen-%d) = true; want false (a's claim written back)", i)
		}
	}
}

func TestOpenWhileRedisDown(t *testing.T) {
	srv, err := newRedisServer() // not started yet
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = os.RemoveAll(srv.dir) })
	url := srv.url()
	m := metrics.New()
	opts := outageOptions(t, m)
	var a *Store
	within(t, 3*time.Second, "Open with Redis down", func() { a = open(t, url, opts) })
	if a.Healthy() {
		t.Fatal("Healthy() = true with no Redis; want false")
	}
	ctx := context.Background()
	salt := a.Salt()
	if salt == "" {
		t.Fatal("Salt() = empty with no Redis; want a local one")
	}
	within(t, callLimit, "Claim with no Redis", func() {
		if first, _ := a.Claim(ctx, "early", time.Hour); !first {
			t.Error("Claim(early) = false; want true")
		}
	})

	if err := srv.start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(srv.stop)
	eventually(t, recoverWithin, "Healthy() true once Redis started", a.Healthy)
	if a.Salt() != salt {
		t.Errorf("Salt() = %q after Redis came; want the local %q to become the shared one", a.Salt(), salt)
	}
	b := open(t, srv.url(), opts)
	if b.Salt() != salt {
		t.Errorf("b.Salt() = %q; want %q", b.Salt(), salt)
	}
	if first, _ := b.Claim(ctx, "early", time.Hour); first {
		t.Error("b.Claim(early) = true; want false (claimed by a before Redis came)")
	}
}
