package digest

import (
	"bytes"
	"context"
	"errors"
	"log/slog"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/deepseek-story/bot/internal/knowledge"
	"github.com/deepseek-story/bot/internal/store"
	"github.com/deepseek-story/bot/internal/testkit"
)

// loadStory loads the test knowledge (8 facts, in testdata/story.yaml).
func loadStory(t testing.TB) *knowledge.Base {
	t.Helper()
	kb, err := knowledge.Load("testdata/story.yaml")
	if err != nil {
		t.Fatalf("load test knowledge: %v", err)
	}
	return kb
}

// fakeClock is a clock that only moves when the test sets it.
type fakeClock struct {
	mu      sync.Mutex
	now     time.Time
	waiters []fakeWaiter
}

type fakeWaiter struct {
	at time.Time
	ch chan time.Time
}

func newFakeClock(now time.Time) *fakeClock { return &fakeClock{now: now} }

func (c *fakeClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.now
}

func (c *fakeClock) After(d time.Duration) <-chan time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	ch := make(chan time.Time, 1)
	if d <= 0 {
		ch <- c.now
		return ch
	}
	c.waiters = append(c.waiters, fakeWaiter{at: c.now.Add(d), ch: ch})
	return ch
}

// Set moves the clock to t and wakes every waiter due by then.
func (c *fakeClock) Set(t time.Time) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.now = t
	kept := c.waiters[:0]
	for _, w := range c.waiters {
		if !w.at.After(t) {
			w.ch <- t
			continue
		}
		kept = append(kept, w)
	}
	c.waiters = kept
}

func (c *fakeClock) pending() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return len(c.waiters)
}

// waitFor polls cond until it holds, failing the test after a generous
// deadline (the machine may be busy).
func waitFor(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(15 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(2 * time.Millisecond)
	}
}

// waitSleeping waits until the scheduler sleeps on the clock (so every
// slot due so far has been dealt with).
func waitSleeping(t *testing.T, c *fakeClock) {
	t.Helper()
	waitFor(t, "the scheduler to sleep", func() bool { return c.pending() > 0 })
}

// post is one digest a fake poster got.
type post struct {
	platform, channel string
	digest            Digest
	ctxErr            error
}

// recordingPoster records the digests posted through it; fail makes
// PostDigest fail for the channels it names.
type recordingPoster struct {
	platform string
	mu       sync.Mutex
	posts    []post
	fail     map[string]bool
	block    chan struct{} // when set, PostDigest waits for it to close
	started  chan struct{} // when set, signalled as PostDigest starts
}

func (p *recordingPoster) PostDigest(ctx context.Context, channel string, d Digest) error {
	if p.started != nil {
		p.started <- struct{}{}
	}
	if p.block != nil {
		<-p.block
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.fail[channel] {
		return errors.New("channel_not_found")
	}
	p.posts = append(p.posts, post{platform: p.platform, channel: channel, digest: d, ctxErr: ctx.Err()})
	return nil
}

func (p *recordingPoster) channels() []string {
	p.mu.Lock()
	defer p.mu.Unlock()
	var out []string
	for _, x := range p.posts {
		out = append(out, x.channel)
	}
	return out
}

func (p *recordingPoster) count() int {
	p.mu.Lock()
	defer p.mu.Unlock()
	return len(p.posts)
}

// memClaims are claims that never expire, recording every key asked.
type memClaims struct {
	mu     sync.Mutex
	taken  map[string]bool
	asked  []string
	failOn func(key string) bool
}

func (c *memClaims) Claim(_ context.Context, key string, _ time.Duration) (bool, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.asked = append(c.asked, key)
	if c.failOn != nil && c.failOn(key) {
		return false, errors.New("store unavailable")
	}
	if c.taken == nil {
		c.taken = map[string]bool{}
	}
	if c.taken[key] {
		return false, nil
	}
	c.taken[key] = true
	return true, nil
}

func (c *memClaims) keys() []string {
	c.mu.Lock()
	defer c.mu.Unlock()
	return slices.Clone(c.asked)
}

// failingClaims passes claims to a store until fail says otherwise,
// standing for a process that dies half way through a slot.
type failingClaims struct {
	Claims
	fail func(key string) bool
}

func (f failingClaims) Claim(ctx context.Context, key string, ttl time.Duration) (bool, error) {
	if f.fail(key) {
		return false, errors.New("process died")
	}
	return f.Claims.Claim(ctx, key, ttl)
}

// fakeLog is a question log of fixed entries.
type fakeLog struct {
	entries []store.Entry
	err     error
}

func (f fakeLog) Entries(_ context.Context, since time.Time) ([]store.Entry, error) {
	if f.err != nil {
		return nil, f.err
	}
	var out []store.Entry
	for _, e := range f.entries {
		if !e.Time.Before(since) {
			out = append(out, e)
		}
	}
	return out, nil
}

// fakeSummarizer returns a fixed summary or error and records the facts.
type fakeSummarizer struct {
	text  string
	err   error
	mu    sync.Mutex
	facts [][]string
}

func (s *fakeSummarizer) SummarizeDigest(_ context.Context, facts []*knowledge.Fact) (string, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	var ids []string
	for _, f := range facts {
		ids = append(ids, f.ID)
	}
	s.facts = append(s.facts, ids)
	return s.text, s.err
}

// syncBuffer collects logs safely from many goroutines.
type syncBuffer = testkit.SyncBuffer

func testLogger(w *syncBuffer) *slog.Logger {
	return slog.New(slog.NewTextHandler(w, &slog.HandlerOptions{Level: slog.LevelDebug}))
}

// factIDs lists the ids of a digest's "The story in brief" items, read
// back from their sources ("... · fact <id>").
func factIDs(d Digest) []string {
	var ids []string
	for _, s := range d.Sections {
		if s.Heading != HeadingBrief {
			continue
		}
		for _, it := range s.Items {
			if i := bytes.LastIndex([]byte(it.Source), []byte("· fact ")); i >= 0 {
				ids = append(ids, it.Source[i+len("· fact "):])
			}
		}
	}
	return ids
}
