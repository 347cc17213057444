package redisstore

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus/testutil"
	"github.com/redis/go-redis/v9"

	"github.com/deepseek-story/bot/internal/answer"
	"github.com/deepseek-story/bot/internal/metrics"
	"github.com/deepseek-story/bot/internal/store"
)

// testPrefix keeps each test's keys apart on a shared Redis.
func testPrefix(t *testing.T) string {
	t.Helper()
	r, err := randomHex(4)
	if err != nil {
		t.Fatal(err)
	}
	return "test:" + t.Name() + ":" + r + ":"
}

func testLogger(t *testing.T) *slog.Logger {
	if testing.Verbose() {
		return slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelDebug})).With("test", t.Name())
	}
	return slog.New(slog.DiscardHandler)
}

// open opens a Store on url and closes it after the test.
func open(t *testing.T, url string, opts Options) *Store {
	t.Helper()
	if opts.Logger == nil {
		opts.Logger = testLogger(t)
	}
	s, err := Open(context.Background(), url, opts)
	if err != nil {
		t.Fatalf("Open(%s) = %v", redactedURL(url), err)
	}
	t.Cleanup(func() { _ = s.Close() })
	return s
}

// replicas opens two Stores on the shared Redis with the same prefix, as
// two replicas would. Calls get a generous OpTimeout: these tests are
// about what Redis shares, not about timeouts on a busy machine.
func replicas(t *testing.T) (a, b *Store, m *metrics.Metrics) {
	t.Helper()
	url := sharedRedisURL(t)
	m = metrics.New()
	opts := Options{Prefix: testPrefix(t), OpTimeout: 5 * time.Second, Metrics: m}
	deleteKeysAfter(t, url, opts.Prefix)
	a, b = open(t, url, opts), open(t, url, opts)
	if !a.Healthy() || !b.Healthy() {
		t.Fatalf("Healthy() = %v, %v after Open on a running Redis; want true, true", a.Healthy(), b.Healthy())
	}
	return a, b, m
}

// deleteKeysAfter deletes the test's keys from a shared Redis after it.
func deleteKeysAfter(t *testing.T, url, prefix string) {
	raw := rawClient(t, url)
	t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		iter := raw.Scan(ctx, 0, prefix+"*", 1000).Iterator()
		for iter.Next(ctx) {
			raw.Del(ctx, iter.Val())
		}
		if err := iter.Err(); err != nil {
			t.Errorf("delete test keys %s*: %v", prefix, err)
		}
	})
}

// redisErrors is the total of Metrics.RedisErrors for op.
func redisErrors(m *metrics.Metrics, op string) float64 {
	return testutil.ToFloat64(m.RedisErrors.WithLabelValues(op))
}

// eventually polls cond until it holds or timeout passes.
func eventually(t *testing.T, timeout time.Duration, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(timeout)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("%s: not within %s", what, timeout)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// within runs f and fails the test when it took longer than limit.
func within(t *testing.T, limit time.Duration, what string, f func()) {
	t.Helper()
	start := time.Now()
	f()
	if took := time.Since(start); took > limit {
		t.Errorf("%s took %s; want at most %s", what, took, limit)
	}
}

func TestOpenRejectsBadURL(t *testing.T) {
	tests := []struct {
		name, url string
	}{
		{"wrong scheme", "http://127.0.0.1:6379"},
		{"bad db", "redis://127.0.0.1:6379/notanumber"},
		{"password and bad port", "redis://:hunter2@127.0.0.1:port/0"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, err := Open(context.Background(), tt.url, Options{})
			if err == nil {
				_ = s.Close()
				t.Fatalf("Open(%q) = nil error; want one", tt.url)
			}
			if strings.Contains(err.Error(), "hunter2") {
				t.Errorf("Open(%q) error %q shows the password", tt.url, err)
			}
		})
	}
}

func TestClaimOnceAcrossReplicas(t *testing.T) {
	a, b, m := replicas(t)
	const keys = 200
	const perReplica = 2 // contenders per key on each replica
	var wins [keys]atomic.Int32
	var total atomic.Int32
	var wg sync.WaitGroup
	start := make(chan struct{})
	for k := range keys {
		for _, s := range []*Store{a, b} {
			for range perReplica {
				wg.Go(func() {
					<-start
					first, err := s.Claim(context.Background(), fmt.Sprintf("slack:event:Ev%04d", k), time.Minute)
					if err != nil {
						t.Errorf("Claim(Ev%04d) error = %v", k, err)
					}
					if first {
						wins[k].Add(1)
						total.Add(1)
					}
				})
			}
		}
	}
	close(start)
	wg.Wait()
	if got := total.Load(); got != keys {
		t.Errorf("winners = %d; want exactly %d", got, keys)
	}
	for k := range keys {
		if n := wins[k].Load(); n != 1 {
			t.Errorf("key Ev%04d won %d times; want once", k, n)
		}
	}
	if n := redisErrors(m, "claim"); n != 0 {
		t.Errorf("RedisErrors{claim} = %v; want 0 (every claim through Redis)", n)
	}
}

// A claim retried after a timeout is its own if Redis holds its token: the
// earlier attempt set it, its reply lost. Another's token is another's
// claim, and a first attempt never assumes.
func TestClaimRetryKnowsItsOwn(t *testing.T) {
	a, _, _ := replicas(t)
	ctx := context.Background()
	k := a.key("claim", "slack:event:EvRetry")
	steps := []struct {
		name, token string
		again, want bool
	}{
		{"first attempt claims", "a:1", false, true},
		{"retry finds its own token", "a:1", true, true},
		{"retry finds another's token", "b:1", true, false},
		{"first attempt on a held key", "a:1", false, false},
	}
	for _, st := range steps {
		got, err := a.claimOnce(ctx, k, st.token, time.Minute, st.again)
		if err != nil || got != st.want {
			t.Errorf("%s: claimOnce(%s, again %v) = %v, %v; want %v, nil", st.name, st.token, st.again, got, err, st.want)
		}
	}
	for _, tc := range []struct {
		err  error
		want bool
	}{
		{context.DeadlineExceeded, true},
		{fmt.Errorf("set: %w", redis.ErrPoolTimeout), true},
		{errors.New("dial tcp: connection refused"), false},
		{redis.Nil, false},
	} {
		if got := timedOut(tc.err); got != tc.want {
			t.Errorf("timedOut(%v) = %v; want %v", tc.err, got, tc.want)
		}
	}
}

func TestClaimExpires(t *testing.T) {
	a, b, _ := replicas(t)
	ctx := context.Background()
	if first, _ := a.Claim(ctx, "digest:slot:1", 100*time.Millisecond); !first {
		t.Fatal("Claim(digest:slot:1) on a = false; want true (new key)")
	}
	if first, _ := b.Claim(ctx, "digest:slot:1", 100*time.Millisecond); first {
		t.Fatal("Claim(digest:slot:1) on b = true; want false (a holds it)")
	}
	eventually(t, 5*time.Second, "claim claimable again after its ttl", func() bool {
		first, _ := b.Claim(ctx, "digest:slot:1", time.Minute)
		return first
	})
	ttl := rawClient(t, sharedRedisURL(t)).PTTL(ctx, a.key("claim", "digest:slot:1")).Val()
	if ttl <= 0 || ttl > time.Minute {
		t.Errorf("PTTL of the claim = %s; want in (0, 1m]", ttl)
	}
}

func TestLimiterSharedAcrossReplicas(t *testing.T) {
	a, b, m := replicas(t)
	ctx := context.Background()
	tests := []struct {
		name    string
		limiter string
		n       int
		calls   []string // keys, alternating between the replicas
		want    int      // allowed in all
	}{
		{"budget of 5 shared by both replicas", "ask", 5, repeat("U1", 20), 5},
		{"each key its own budget", "ask", 3, append(repeat("U2", 6), repeat("U3", 6)...), 6},
		{"each limiter its own buckets", "llm", 5, repeat("U1", 8), 5},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			la, lb := a.Limiter(tt.limiter, tt.n, time.Hour), b.Limiter(tt.limiter, tt.n, time.Hour)
			allowed := 0
			for i, key := range tt.calls {
				l := la
				if i%2 == 1 {
					l = lb
				}
				ok, err := l.Allow(ctx, key)
				if err != nil {
					t.Fatalf("Allow(%q) error = %v", key, err)
				}
				if ok {
					allowed++
				}
			}
			if allowed != tt.want {
				t.Errorf("allowed %d of %d calls; want %d", allowed, len(tt.calls), tt.want)
			}
		})
	}

	t.Run("concurrent calls", func(t *testing.T) {
		la, lb := a.Limiter("burst", 10, time.Hour), b.Limiter("burst", 10, time.Hour)
		var allowed atomic.Int32
		var wg sync.WaitGroup
		for i := range 100 {
			l := la
			if i%2 == 1 {
				l = lb
			}
			wg.Go(func() {
				if ok, _ := l.Allow(ctx, "U9"); ok {
					allowed.Add(1)
				}
			})
		}
		wg.Wait()
		if got := allowed.Load(); got != 10 {
			t.Errorf("allowed %d of 100 concurrent calls; want 10", got)
		}
	})

	t.Run("refills", func(t *testing.T) {
		la, lb := a.Limiter("refill", 2, 300*time.Millisecond), b.Limiter("refill", 2, 300*time.Millisecond)
		for la.allowNow(ctx, "U4") || lb.allowNow(ctx, "U4") {
		}
		eventually(t, 5*time.Second, "bucket refilled", func() bool { return lb.allowNow(ctx, "U4") })
	})

	if n := redisErrors(m, "allow"); n != 0 {
		t.Errorf("RedisErrors{allow} = %v; want 0", n)
	}
}

func (l *Limiter) allowNow(ctx context.Context, key string) bool {
	ok, _ := l.Allow(ctx, key)
	return ok
}

func repeat(s string, n int) []string {
	out := make([]string, n)
	for i := range out {
		out[i] = s
	}
	return out
}

func TestCacheSharedAcrossReplicas(t *testing.T) {
	a, b, m := replicas(t)
	ctx := context.Background()
	a.Cache().Set(ctx, "kb1:q:who founded deepseek", "Liang Wenfeng founded DeepSeek.", time.Hour)

	tests := []struct {
		name   string
		store  *Store
		key    string
		want   string
		wantOK bool
	}{
		{"same replica", a, "kb1:q:who founded deepseek", "Liang Wenfeng founded DeepSeek.", true},
		{"other replica", b, "kb1:q:who founded deepseek", "Liang Wenfeng founded DeepSeek.", true},
		{"other knowledge version", b, "kb2:q:who founded deepseek", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := tt.store.Cache().Get(ctx, tt.key)
			if got != tt.want || ok != tt.wantOK {
				t.Errorf("Get(%q) = %q, %v; want %q, %v", tt.key, got, ok, tt.want, tt.wantOK)
			}
		})
	}

	ttl := rawClient(t, sharedRedisURL(t)).PTTL(ctx, a.key("cache", "kb1:q:who founded deepseek")).Val()
	if ttl <= 59*time.Minute || ttl > time.Hour {
		t.Errorf("PTTL of the cached answer = %s; want about 1h", ttl)
	}

	a.Cache().Set(ctx, "short", "gone soon", 100*time.Millisecond)
	if got, ok := b.Cache().Get(ctx, "short"); !ok || got != "gone soon" {
		t.Fatalf("Get(short) right after Set = %q, %v; want %q, true", got, ok, "gone soon")
	}
	eventually(t, 5*time.Second, "cached value expired on both replicas", func() bool {
		_, okA := a.Cache().Get(ctx, "short")
		_, okB := b.Cache().Get(ctx, "short")
		return !okA && !okB
	})
	if n := redisErrors(m, "cache_get") + redisErrors(m, "cache_set"); n != 0 {
		t.Errorf("RedisErrors{cache_*} = %v; want 0", n)
	}
}

// Connections have small buffers (a burst that grows the pool must not
// hold 64 KiB a connection), and replies far larger than them still
// arrive whole: a big cached answer, and log pages of many records.
func TestSmallConnectionBuffersReadLargeReplies(t *testing.T) {
	a, b, m := replicas(t)
	ctx := context.Background()
	if o := a.rdb.Options(); o.ReadBufferSize != connBufferSize || o.WriteBufferSize != connBufferSize {
		t.Fatalf("buffers = %d read, %d write; want %d", o.ReadBufferSize, o.WriteBufferSize, connBufferSize)
	}
	big := strings.Repeat("DeepSeek R1 is a reasoning model. ", 10_000) // 340 KB
	a.Cache().Set(ctx, "big", big, time.Hour)
	b.Cache().local.Purge() // b must read it from Redis
	if got, ok := b.Cache().Get(ctx, "big"); !ok || got != big {
		t.Fatalf("Get(big) = %d bytes, %v; want %d bytes", len(got), ok, len(big))
	}

	since := time.Now().Add(-time.Minute)
	question := strings.Repeat("what did the story say about nvidia ", 30) // ~1 KB
	// 1,000 records: within the log queue (1,024), and a 1 MB XRANGE page.
	for i := range 1000 {
		if err := a.Log(ctx, store.Entry{Platform: "slack", Channel: "C1", Question: fmt.Sprint(question, i), Intent: answer.IntentAnswer}); err != nil {
			t.Fatal(err)
		}
	}
	eventually(t, 10*time.Second, "1000 records written", func() bool {
		a.qlog.mu.Lock()
		defer a.qlog.mu.Unlock()
		return len(a.qlog.pending) == 0 && len(a.qlog.recent) == 1000
	})
	entries, err := b.Entries(ctx, since)
	if err != nil {
		t.Fatal(err)
	}
	if len(entries) != 1000 || entries[999].Question != fmt.Sprint(question, 999) {
		t.Fatalf("Entries from the other replica: %d; want 1000, the last one whole", len(entries))
	}
	if n := redisErrors(m, "cache_get") + redisErrors(m, "entries") + redisErrors(m, "log"); n != 0 {
		t.Errorf("RedisErrors = %v; want 0", n)
	}
}

func TestShownFactsSharedAcrossReplicas(t *testing.T) {
	a, b, _ := replicas(t)
	ctx := context.Background()
	if got, err := b.ShownFacts(ctx, "slack:C1"); err != nil || len(got) != 0 {
		t.Fatalf("ShownFacts(slack:C1) before any Set = %q, %v; want none", got, err)
	}
	steps := []struct {
		name string
		set  *Store
		ids  []string
	}{
		{"first digest on a", a, []string{"r1-release", "nvidia-drop"}},
		{"next digest on b", b, []string{"nvidia-drop", "training-cost", "founder"}},
		{"emptied on a", a, []string{}},
	}
	for _, st := range steps {
		t.Run(st.name, func(t *testing.T) {
			if err := st.set.SetShownFacts(ctx, "slack:C1", st.ids); err != nil {
				t.Fatalf("SetShownFacts(%q) = %v", st.ids, err)
			}
			for name, s := range map[string]*Store{"a": a, "b": b} {
				got, err := s.ShownFacts(ctx, "slack:C1")
				if err != nil || !slices.Equal(got, st.ids) {
					t.Errorf("%s.ShownFacts(slack:C1) = %q, %v; want %q", name, got, err, st.ids)
				}
			}
		})
	}
	if got, _ := a.ShownFacts(ctx, "discord:C1"); len(got) != 0 {
		t.Errorf("ShownFacts(discord:C1) = %q; want none (other key)", got)
	}
}

func TestSaltSharedAndStable(t *testing.T) {
	url := sharedRedisURL(t)
	opts := Options{Prefix: testPrefix(t)}
	deleteKeysAfter(t, url, opts.Prefix)
	a := open(t, url, opts)
	b := open(t, url, opts)
	if a.Salt() == "" || a.Salt() != b.Salt() {
		t.Fatalf("Salt() = %q and %q; want one shared non-empty salt", a.Salt(), b.Salt())
	}
	got := rawClient(t, url).Get(context.Background(), opts.Prefix+"salt").Val()
	if got != a.Salt() {
		t.Errorf("salt in Redis = %q; want %q", got, a.Salt())
	}
	_ = a.Close()
	c := open(t, url, opts)
	if c.Salt() != b.Salt() {
		t.Errorf("Salt() after reopening = %q; want %q", c.Salt(), b.Salt())
	}
	other := open(t, url, Options{Prefix: opts.Prefix + "other:"})
	if other.Salt() == a.Salt() {
		t.Errorf("Salt() under another prefix = the same %q; want its own", other.Salt())
	}
}

// question makes a log entry as an adapter would.
func question(s *Store, at time.Time, platform, channel, user, text string, facts ...string) store.Entry {
	q := answer.Question{Text: text, Platform: platform, Channel: channel, User: user}
	e := store.NewEntry(at, q, answer.Reply{Intent: answer.IntentAnswer, Answered: true, Confidence: 0.9}, s.Salt())
	e.FactIDs = facts
	return e
}

func TestLogEntriesAndFeedback(t *testing.T) {
	a, b, m := replicas(t)
	ctx := context.Background()
	t0 := time.Now().UTC().Truncate(time.Millisecond).Add(-time.Hour)
	entries := []struct {
		on *Store
		e  store.Entry
	}{
		{a, question(a, t0, "slack", "C1", "U1", "who founded deepseek", "founder")},
		{b, question(b, t0.Add(1*time.Minute), "discord", "D1", "U2", "what is r1", "r1-release")},
		{a, question(a, t0.Add(2*time.Minute), "slack", "C1", "U3", "how much did nvidia lose", "nvidia-drop")},
		{b, question(b, t0.Add(3*time.Minute), "slack", "C1", "U1", "who founded deepseek", "founder")},
		{a, question(a, t0.Add(4*time.Minute), "slack", "C2", "U4", "what is r1", "r1-release")},
	}
	for _, e := range entries {
		if err := e.on.Log(ctx, e.e); err != nil {
			t.Fatalf("Log(%q) = %v", e.e.Question, err)
		}
	}
	votes := []struct {
		on *Store
		fb answer.Feedback
	}{
		// U1 asked twice: the vote goes to the ask before it.
		{b, answer.Feedback{Time: t0.Add(90 * time.Second), Platform: "slack", Channel: "C1", User: "U1", Question: "who founded deepseek", Vote: answer.VoteUp}},
		// Someone else votes on U3's answer.
		{b, answer.Feedback{Time: t0.Add(150 * time.Second), Platform: "slack", Channel: "C1", User: "U9", Question: "how much did nvidia lose", Vote: answer.VoteUp}},
		// ... and changes their mind: the later vote counts.
		{a, answer.Feedback{Time: t0.Add(170 * time.Second), Platform: "slack", Channel: "C1", User: "U9", Question: "how much did nvidia lose", Vote: answer.VoteDown}},
		// A vote on a question nobody asked here changes nothing.
		{a, answer.Feedback{Time: t0.Add(5 * time.Minute), Platform: "slack", Channel: "C2", User: "U4", Question: "who founded deepseek", Vote: answer.VoteDown}},
	}
	for _, v := range votes {
		if err := v.on.RecordFeedback(ctx, v.fb); err != nil {
			t.Fatalf("RecordFeedback(%q) = %v", v.fb.Question, err)
		}
	}

	wantVotes := []answer.Vote{answer.VoteUp, 0, answer.VoteDown, 0, 0}
	var got []store.Entry
	raw := rawClient(t, sharedRedisURL(t))
	eventually(t, 10*time.Second, "every replica's entries and votes in Redis", func() bool {
		got, _ = b.Entries(ctx, t0)
		n, _ := raw.XLen(ctx, a.key("log")).Result()
		return len(got) == len(entries) && n == int64(len(entries)+len(votes))
	})
	for i, e := range got {
		want := entries[i].e
		want.Vote = wantVotes[i]
		if !e.Time.Equal(want.Time) || e.Platform != want.Platform || e.Channel != want.Channel ||
			e.UserHash != want.UserHash || e.Question != want.Question || e.Intent != want.Intent ||
			e.Answered != want.Answered || e.Confidence != want.Confidence ||
			!slices.Equal(e.FactIDs, want.FactIDs) || e.Vote != want.Vote {
			t.Errorf("Entries()[%d] = %+v; want %+v", i, e, want)
		}
	}
	if got[0].UserHash != store.HashUser(a.Salt(), "slack", "U1") || strings.Contains(got[0].UserHash, "U1") {
		t.Errorf("UserHash = %q; want the salted hash of U1", got[0].UserHash)
	}

	tests := []struct {
		name  string
		since time.Time
		want  int
	}{
		{"all", time.Time{}, 5},
		{"since the first", t0, 5},
		{"since the third", t0.Add(2 * time.Minute), 3},
		{"just after the last", t0.Add(4*time.Minute + time.Millisecond), 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := a.Entries(ctx, tt.since)
			if err != nil || len(got) != tt.want {
				t.Fatalf("Entries(%s) = %d entries, %v; want %d", tt.since, len(got), err, tt.want)
			}
			if tt.want > 0 && got[0].Time.Before(tt.since) {
				t.Errorf("Entries(%s)[0].Time = %s; want not before since", tt.since, got[0].Time)
			}
		})
	}
	if n := redisErrors(m, "log") + redisErrors(m, "entries"); n != 0 {
		t.Errorf("RedisErrors{log,entries} = %v; want 0", n)
	}
}

func TestLogStreamIsCapped(t *testing.T) {
	a, _, _ := replicas(t)
	ctx := context.Background()
	raw := rawClient(t, sharedRedisURL(t))
	// Fill the stream past the cap directly, then let the Store add one.
	// Their ids are from 1970, so reading recent entries skips them.
	for i := 0; i < StreamMaxLen+1000; i += 1000 {
		p := raw.Pipeline()
		for j := range 1000 {
			p.XAdd(ctx, &redis.XAddArgs{Stream: a.key("log"), ID: fmt.Sprintf("1-%d", i+j+1), Values: []string{streamField, "filler"}})
		}
		if _, err := p.Exec(ctx); err != nil {
			t.Fatalf("fill stream: %v", err)
		}
	}
	if err := a.Log(ctx, question(a, time.Now(), "slack", "C1", "U1", "what is r1")); err != nil {
		t.Fatal(err)
	}
	eventually(t, 10*time.Second, "stream trimmed to about StreamMaxLen", func() bool {
		n, _ := raw.XLen(ctx, a.key("log")).Result()
		return n <= StreamMaxLen+200 // MAXLEN ~ trims whole nodes (100 entries each)
	})
	got, err := a.Entries(ctx, time.Now().Add(-time.Minute))
	if err != nil || len(got) != 1 {
		t.Errorf("Entries(last minute) = %d entries, %v; want 1", len(got), err)
	}
}

func TestRecordsAreDeduplicated(t *testing.T) {
	t0 := time.Date(2025, 1, 27, 9, 0, 0, 0, time.UTC)
	q := record{ID: "q1", Kind: kindQuestion, Time: t0, Platform: "slack", Channel: "C1", UserHash: "h1", Question: "what is r1"}
	v := record{ID: "v1", Kind: kindFeedback, Time: t0.Add(time.Second), Platform: "slack", Channel: "C1", UserHash: "h1", Question: "what is r1", Vote: 1}
	got := assemble([]record{q, v, q, v}, time.Time{})
	if len(got) != 1 || got[0].Vote != answer.VoteUp {
		t.Errorf("assemble(question and vote twice) = %+v; want one entry voted up", got)
	}
}

func TestVotes(t *testing.T) {
	t0 := time.Date(2025, 1, 27, 9, 0, 0, 0, time.UTC)
	ask := func(id string, min int, user string) record {
		return record{ID: id, Kind: kindQuestion, Time: t0.Add(time.Duration(min) * time.Minute),
			Platform: "slack", Channel: "C1", UserHash: user, Question: "what is r1"}
	}
	vote := func(id string, min int, user string, v answer.Vote) record {
		return record{ID: id, Kind: kindFeedback, Time: t0.Add(time.Duration(min) * time.Minute),
			Platform: "slack", Channel: "C1", UserHash: user, Question: "what is r1", Vote: int(v)}
	}
	tests := []struct {
		name string
		recs []record
		want []answer.Vote
	}{
		{"asker votes", []record{ask("q1", 0, "u1"), vote("v1", 1, "u1", answer.VoteUp)}, []answer.Vote{answer.VoteUp}},
		{"someone else votes", []record{ask("q1", 0, "u1"), vote("v1", 1, "u2", answer.VoteDown)}, []answer.Vote{answer.VoteDown}},
		{"latest ask before the vote", []record{ask("q1", 0, "u2"), ask("q2", 2, "u3"), ask("q3", 5, "u4"), vote("v1", 3, "u9", answer.VoteUp)},
			[]answer.Vote{0, answer.VoteUp, 0}},
		{"the voter's own ask first", []record{ask("q1", 0, "u1"), ask("q2", 2, "u3"), vote("v1", 3, "u1", answer.VoteUp)},
			[]answer.Vote{answer.VoteUp, 0}},
		{"later vote replaces", []record{vote("v2", 2, "u1", answer.VoteDown), ask("q1", 0, "u1"), vote("v1", 1, "u1", answer.VoteUp)},
			[]answer.Vote{answer.VoteDown}},
		{"vote stamped before the ask (clock skew)", []record{ask("q1", 1, "u1"), ask("q2", 2, "u1"), vote("v1", 0, "u1", answer.VoteUp)},
			[]answer.Vote{answer.VoteUp, 0}},
		{"vote in another channel", []record{ask("q1", 0, "u1"), {ID: "v1", Kind: kindFeedback, Time: t0.Add(time.Minute), Platform: "slack", Channel: "C2", Question: "what is r1", Vote: 1}},
			[]answer.Vote{0}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := assemble(tt.recs, time.Time{})
			var votes []answer.Vote
			for _, e := range got {
				votes = append(votes, e.Vote)
			}
			if !slices.Equal(votes, tt.want) {
				t.Errorf("votes = %v; want %v", votes, tt.want)
			}
		})
	}
}
