package redisstore

import (
	"context"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/deepseek-story/bot/internal/digest"
)

// stoppedClock is always at one instant, and its timers never fire: a
// scheduler on it deals with the slots due by then and waits.
type stoppedClock struct{ now time.Time }

func (c stoppedClock) Now() time.Time                       { return c.now }
func (c stoppedClock) After(time.Duration) <-chan time.Time { return nil }

// countingPoster counts the digests posted to each channel, across
// replicas.
type countingPoster struct {
	mu    sync.Mutex
	posts map[string]int
}

func (p *countingPoster) PostDigest(_ context.Context, channel string, _ digest.Digest) error {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.posts[channel]++
	return nil
}

type fixedBuilder struct{}

func (fixedBuilder) Build(context.Context, time.Time) (digest.Digest, error) {
	return digest.Digest{Title: "This week"}, nil
}

// Replicas started together each find the same digest slot due; their
// shared claims let exactly one of them post it to each channel.
func TestDigestSlotPostedOnceAcrossReplicas(t *testing.T) {
	a, b, _ := replicas(t)
	c := open(t, sharedRedisURL(t), Options{Prefix: a.opts.Prefix, OpTimeout: 5 * time.Second})
	const channels = 30
	names := make([]string, channels)
	for i := range names {
		names[i] = fmt.Sprintf("C%03d", i)
	}
	poster := &countingPoster{posts: map[string]int{}}
	slot := time.Date(2025, 3, 10, 9, 0, 0, 0, time.UTC)
	ctx, cancel := context.WithCancel(context.Background())
	var wg sync.WaitGroup
	for _, s := range []*Store{a, b, c} {
		sched, err := digest.NewScheduler(digest.SchedulerConfig{
			Cron: "0 9 * * 1", Targets: digest.Targets("slack", strings.Join(names, ","), poster),
			Builder: fixedBuilder{}, Claims: s, Clock: stoppedClock{now: slot.Add(time.Second)},
			Logger: testLogger(t),
		})
		if err != nil {
			t.Fatalf("NewScheduler: %v", err)
		}
		wg.Go(func() {
			if err := sched.Run(ctx); err != nil {
				t.Errorf("Run = %v", err)
			}
		})
	}
	deadline := time.Now().Add(10 * time.Second)
	for total(poster) < channels && time.Now().Before(deadline) {
		time.Sleep(10 * time.Millisecond)
	}
	time.Sleep(200 * time.Millisecond) // room for a duplicate to show up
	cancel()
	wg.Wait()
	for _, ch := range names {
		if n := poster.posts[ch]; n != 1 {
			t.Errorf("digests posted to %s = %d; want exactly 1 across 3 replicas", ch, n)
		}
	}
}

func total(p *countingPoster) int {
	p.mu.Lock()
	defer p.mu.Unlock()
	n := 0
	for _, c := range p.posts {
		n += c
	}
	return n
}
