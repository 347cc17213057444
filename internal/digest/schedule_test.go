package digest

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus/testutil"

	"github.com/deepseek-story/bot/internal/knowledge"
	"github.com/deepseek-story/bot/internal/metrics"
	"github.com/deepseek-story/bot/internal/store"
)

// rig is a scheduler under test with its fakes.
type rig struct {
	t       *testing.T
	clock   *fakeClock
	slack   *recordingPoster
	discord *recordingPoster
	metrics *metrics.Metrics
	logs    *syncBuffer
	sched   *Scheduler
	cancel  context.CancelFunc
	done    chan error
}

type rigOptions struct {
	cron, tz string
	start    time.Time
	claims   Claims
	builder  DigestBuilder
	slack    *recordingPoster
	discord  *recordingPoster
}

func newRig(t *testing.T, o rigOptions) *rig {
	t.Helper()
	if o.claims == nil {
		o.claims = &memClaims{}
	}
	if o.slack == nil {
		o.slack = &recordingPoster{platform: "slack"}
	}
	if o.discord == nil {
		o.discord = &recordingPoster{platform: "discord"}
	}
	if o.builder == nil {
		kb := loadStory(t)
		o.builder = NewBuilder(BuilderConfig{Knowledge: func() *knowledge.Base { return kb }})
	}
	r := &rig{t: t, clock: newFakeClock(o.start), slack: o.slack, discord: o.discord, metrics: metrics.New(), logs: &syncBuffer{}}
	targets := append(Targets("slack", "C1, C2,,C1", r.slack), Targets("discord", "4000", r.discord)...)
	s, err := NewScheduler(SchedulerConfig{
		Cron: o.cron, TimeZone: o.tz, Targets: targets, Builder: o.builder, Claims: o.claims,
		Clock: r.clock, Logger: testLogger(r.logs), Metrics: r.metrics,
	})
	if err != nil {
		t.Fatalf("NewScheduler: %v", err)
	}
	r.sched = s
	return r
}

// start runs the scheduler until stop (or the end of the test).
func (r *rig) start() {
	ctx, cancel := context.WithCancel(context.Background())
	r.cancel = cancel
	r.done = make(chan error, 1)
	go func() { r.done <- r.sched.Run(ctx) }()
	r.t.Cleanup(r.stop)
}

func (r *rig) stop() {
	if r.cancel == nil {
		return
	}
	r.cancel()
	select {
	case err := <-r.done:
		if err != nil {
			r.t.Errorf("Run = %v; want nil", err)
		}
	case <-time.After(15 * time.Second):
		r.t.Fatal("Run did not return after its context ended")
	}
	r.cancel = nil
}

// at moves the clock to t and waits until the scheduler sleeps again.
func (r *rig) at(t time.Time) {
	r.t.Helper()
	waitSleeping(r.t, r.clock)
	r.clock.Set(t)
	waitSleeping(r.t, r.clock)
}

func (r *rig) posts() int { return r.slack.count() + r.discord.count() }

func (r *rig) digests(platform, result string) float64 {
	return testutil.ToFloat64(r.metrics.Digests.WithLabelValues(platform, result))
}

func TestSchedulerPostsEachSlotOnce(t *testing.T) {
	friday := time.Date(2025, 3, 7, 12, 0, 0, 0, time.UTC)
	slot1 := time.Date(2025, 3, 10, 9, 0, 0, 0, time.UTC)
	r := newRig(t, rigOptions{cron: "0 9 * * 1", start: friday})
	r.start()

	r.at(slot1.Add(-time.Second))
	if n := r.posts(); n != 0 {
		t.Fatalf("posts a second before the slot = %d; want 0", n)
	}
	r.at(slot1)
	if got := r.slack.channels(); !slices.Equal(got, []string{"C1", "C2"}) {
		t.Errorf("Slack digests at the slot went to %v; want [C1 C2] (C1 once)", got)
	}
	if got := r.discord.channels(); !slices.Equal(got, []string{"4000"}) {
		t.Errorf("Discord digests at the slot went to %v; want [4000]", got)
	}
	r.at(slot1.Add(30 * time.Minute))
	r.at(slot1.Add(6 * 24 * time.Hour))
	if n := r.posts(); n != 3 {
		t.Errorf("posts during the week after the slot = %d; want still 3", n)
	}
	r.at(slot1.Add(Week))
	if n := r.posts(); n != 6 {
		t.Errorf("posts after the second slot = %d; want 6", n)
	}
	if ok := r.digests("slack", ResultOK); ok != 4 {
		t.Errorf("Digests{slack,ok} = %v; want 4", ok)
	}
	if ok := r.digests("discord", ResultOK); ok != 2 {
		t.Errorf("Digests{discord,ok} = %v; want 2", ok)
	}
	// One digest per slot for all channels, and the next slot moves the
	// rotation on.
	first, second := r.slack.posts[0].digest, r.slack.posts[2].digest
	if !slices.Equal(factIDs(first), factIDs(r.discord.posts[0].digest)) {
		t.Errorf("channels got different digests for one slot: %v, %v", factIDs(first), factIDs(r.discord.posts[0].digest))
	}
	if slices.Equal(factIDs(first), factIDs(second)) {
		t.Errorf("consecutive slots repeated the facts %v", factIDs(first))
	}
	r.stop()
}

func TestSchedulerNextAcrossDST(t *testing.T) {
	r := newRig(t, rigOptions{cron: "0 9 * * 1", tz: "America/New_York", start: time.Now()})
	tests := []struct {
		name  string
		after time.Time
		want  time.Time
	}{
		{"winter (EST)", time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC), time.Date(2025, 3, 3, 14, 0, 0, 0, time.UTC)},
		{"after spring forward (EDT)", time.Date(2025, 3, 4, 0, 0, 0, 0, time.UTC), time.Date(2025, 3, 10, 13, 0, 0, 0, time.UTC)},
		{"summer", time.Date(2025, 10, 21, 0, 0, 0, 0, time.UTC), time.Date(2025, 10, 27, 13, 0, 0, 0, time.UTC)},
		{"after fall back (EST)", time.Date(2025, 10, 28, 0, 0, 0, 0, time.UTC), time.Date(2025, 11, 3, 14, 0, 0, 0, time.UTC)},
		{"just past a slot", time.Date(2025, 3, 10, 13, 0, 0, 0, time.UTC), time.Date(2025, 3, 17, 13, 0, 0, 0, time.UTC)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := r.sched.Next(tt.after); !got.Equal(tt.want) {
				t.Errorf("Next(%v) = %v; want %v", tt.after, got.UTC(), tt.want)
			}
		})
	}
}

func TestSchedulerTimeZoneDST(t *testing.T) {
	// Monday 9:00 in New York is 14:00 UTC before 9 March 2025 and 13:00
	// UTC after it.
	claims := &memClaims{}
	start := time.Date(2025, 3, 1, 12, 0, 0, 0, time.UTC)
	r := newRig(t, rigOptions{cron: "0 9 * * 1", tz: "America/New_York", start: start, claims: claims})
	r.start()
	est := time.Date(2025, 3, 3, 14, 0, 0, 0, time.UTC)
	edt := time.Date(2025, 3, 10, 13, 0, 0, 0, time.UTC)

	r.at(est.Add(-time.Hour)) // 9:00 UTC-4 would be now; New York is still on UTC-5
	if n := r.posts(); n != 0 {
		t.Fatalf("posts at 13:00 UTC on 3 March = %d; want 0 (9:00 EST is 14:00 UTC)", n)
	}
	r.at(est)
	if n := r.posts(); n != 3 {
		t.Fatalf("posts at 9:00 EST = %d; want 3", n)
	}
	r.at(edt)
	if n := r.posts(); n != 6 {
		t.Fatalf("posts at 9:00 EDT (13:00 UTC) = %d; want 6", n)
	}
	wantKeys := []string{
		SlotKey("slack", "C1", est), SlotKey("slack", "C2", est), SlotKey("discord", "4000", est),
		SlotKey("slack", "C1", edt), SlotKey("slack", "C2", edt), SlotKey("discord", "4000", edt),
	}
	// The first claims on start are for the slot before the start
	// (missed while down, skipped); the rest are the two slots.
	keys := claims.keys()
	if len(keys) < 6 || !slices.Equal(keys[len(keys)-6:], wantKeys) {
		t.Errorf("claimed %v; want to end with %v", keys, wantKeys)
	}
	if !strings.HasSuffix(wantKeys[0], fmt.Sprint(est.Unix())) {
		t.Errorf("slot key %q; want it to end in the slot's unix time", wantKeys[0])
	}
	if d := r.slack.posts[3].digest; !strings.Contains(d.Title, "Monday 10 March 2025") {
		t.Errorf("title %q; want the slot's day in New York", d.Title)
	}
}

// openStore opens the embedded store in dir for the test.
func openStore(t *testing.T, dir string) *store.SQLite {
	t.Helper()
	s, err := store.OpenSQLite(context.Background(), dir, store.SQLiteOptions{})
	if err != nil {
		t.Fatalf("OpenSQLite: %v", err)
	}
	return s
}

func TestSchedulerRestartDoesNotRepeat(t *testing.T) {
	dir := t.TempDir()
	slot := time.Date(2025, 3, 10, 9, 0, 0, 0, time.UTC)
	db := openStore(t, dir)
	slack, discord := &recordingPoster{platform: "slack"}, &recordingPoster{platform: "discord"}
	r := newRig(t, rigOptions{cron: "0 9 * * 1", start: slot.Add(-time.Hour), claims: db, slack: slack, discord: discord})
	r.start()
	r.at(slot)
	if n := r.posts(); n != 3 {
		t.Fatalf("posts at the slot = %d; want 3", n)
	}
	r.stop()
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}

	// The process restarts ten minutes into the slot: nothing is posted again.
	db = openStore(t, dir)
	defer db.Close()
	r2 := newRig(t, rigOptions{cron: "0 9 * * 1", start: slot.Add(10 * time.Minute), claims: db, slack: slack, discord: discord})
	r2.start()
	waitSleeping(t, r2.clock)
	if n := r2.posts(); n != 3 {
		t.Errorf("posts after a restart in the slot = %d; want still 3", n)
	}
	if ok := r2.digests("slack", ResultOK) + r2.digests("discord", ResultOK); ok != 0 {
		t.Errorf("restarted scheduler counted %v digests posted; want 0", ok)
	}
	r2.stop()
}

func TestSchedulerRestartMidSlotDoesNotSkip(t *testing.T) {
	dir := t.TempDir()
	slot := time.Date(2025, 3, 10, 9, 0, 0, 0, time.UTC)
	db := openStore(t, dir)
	slack, discord := &recordingPoster{platform: "slack"}, &recordingPoster{platform: "discord"}
	// The first process dies after posting to C1: every later claim fails.
	died := failingClaims{Claims: db, fail: func(key string) bool {
		return strings.HasSuffix(key, fmt.Sprint(":", slot.Unix())) && !strings.Contains(key, ":C1:")
	}}
	r := newRig(t, rigOptions{cron: "0 9 * * 1", start: slot.Add(-time.Minute), claims: died, slack: slack, discord: discord})
	r.start()
	r.at(slot)
	if got := slack.channels(); !slices.Equal(got, []string{"C1"}) || discord.count() != 0 {
		t.Fatalf("first process posted to %v and %d Discord; want only C1", got, discord.count())
	}
	if errs := r.digests("slack", ResultError); errs != 1 {
		t.Errorf("Digests{slack,error} = %v; want 1 (the claim that failed)", errs)
	}
	r.stop()
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}

	db = openStore(t, dir)
	defer db.Close()
	r2 := newRig(t, rigOptions{cron: "0 9 * * 1", start: slot.Add(5 * time.Minute), claims: db, slack: slack, discord: discord})
	r2.start()
	waitFor(t, "the rest of the slot to be posted", func() bool { return r2.posts() == 3 })
	waitSleeping(t, r2.clock)
	if got := slack.channels(); !slices.Equal(got, []string{"C1", "C2"}) {
		t.Errorf("Slack digests across the restart = %v; want [C1 C2] (none repeated, none skipped)", got)
	}
	if got := discord.channels(); !slices.Equal(got, []string{"4000"}) {
		t.Errorf("Discord digests across the restart = %v; want [4000]", got)
	}
	r2.stop()
}

func TestSchedulerMissedSlot(t *testing.T) {
	slot := time.Date(2025, 3, 10, 9, 0, 0, 0, time.UTC)
	tests := []struct {
		name        string
		late        time.Duration
		wantPosts   int
		wantSkipped float64
	}{
		{"30 minutes late is posted", 30 * time.Minute, 3, 0},
		{"59 minutes late is posted", 59 * time.Minute, 3, 0},
		{"90 minutes late is skipped", 90 * time.Minute, 0, 2},
		{"three days late is skipped", 72 * time.Hour, 0, 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			db := openStore(t, dir)
			// The slot before was posted before the bot went down.
			for _, k := range []string{SlotKey("slack", "C1", slot.Add(-Week)), SlotKey("slack", "C2", slot.Add(-Week)), SlotKey("discord", "4000", slot.Add(-Week))} {
				if _, err := db.Claim(context.Background(), k, DefaultClaimTTL); err != nil {
					t.Fatal(err)
				}
			}
			r := newRig(t, rigOptions{cron: "0 9 * * 1", start: slot.Add(tt.late), claims: db})
			r.start()
			if tt.wantPosts > 0 {
				waitFor(t, "the missed slot to be posted", func() bool { return r.posts() == tt.wantPosts })
			}
			waitSleeping(t, r.clock)
			if n := r.posts(); n != tt.wantPosts {
				t.Errorf("posts on start %v after the slot = %d; want %d", tt.late, n, tt.wantPosts)
			}
			if got := r.digests("slack", ResultSkipped); got != tt.wantSkipped {
				t.Errorf("Digests{slack,skipped} = %v; want %v", got, tt.wantSkipped)
			}
			if skipped := strings.Contains(r.logs.String(), "digest slot missed while down; skipped"); skipped != (tt.wantSkipped > 0) {
				t.Errorf("skipped slot logged = %v; want %v; log:\n%s", skipped, tt.wantSkipped > 0, r.logs.String())
			}
			r.stop()

			// Starting again does not post or log the slot a second time.
			r2 := newRig(t, rigOptions{cron: "0 9 * * 1", start: slot.Add(tt.late + time.Minute), claims: db})
			r2.start()
			waitSleeping(t, r2.clock)
			if n := r2.posts(); n != 0 {
				t.Errorf("posts on the second start = %d; want 0", n)
			}
			if strings.Contains(r2.logs.String(), "skipped") {
				t.Errorf("second start logged a skipped slot again:\n%s", r2.logs.String())
			}
			r2.stop()
			_ = db.Close()
		})
	}
}

func TestSchedulerFinishesSlotOnShutdown(t *testing.T) {
	slot := time.Date(2025, 3, 10, 9, 0, 0, 0, time.UTC)
	slack := &recordingPoster{platform: "slack", block: make(chan struct{}), started: make(chan struct{}, 3)}
	r := newRig(t, rigOptions{cron: "0 9 * * 1", start: slot.Add(-time.Minute), slack: slack})
	r.start()
	waitSleeping(t, r.clock)
	r.clock.Set(slot)
	select {
	case <-slack.started:
	case <-time.After(15 * time.Second):
		t.Fatal("the digest was never posted")
	}
	r.cancel() // shut down while the digest is being posted
	select {
	case <-r.done:
		t.Fatal("Run returned while a digest was being posted")
	case <-time.After(50 * time.Millisecond):
	}
	close(slack.block)
	select {
	case err := <-r.done:
		if err != nil {
			t.Errorf("Run = %v; want nil", err)
		}
	case <-time.After(15 * time.Second):
		t.Fatal("Run did not return")
	}
	r.cancel = nil
	if got := slack.channels(); !slices.Equal(got, []string{"C1", "C2"}) {
		t.Errorf("posted to %v during shutdown; want the slot finished: [C1 C2]", got)
	}
	for _, p := range slack.posts {
		if p.ctxErr != nil {
			t.Errorf("post to %s had a cancelled context: %v", p.channel, p.ctxErr)
		}
	}
}

func TestSchedulerPostFailure(t *testing.T) {
	slot := time.Date(2025, 3, 10, 9, 0, 0, 0, time.UTC)
	slack := &recordingPoster{platform: "slack", fail: map[string]bool{"C1": true}}
	r := newRig(t, rigOptions{cron: "0 9 * * 1", start: slot.Add(-time.Minute), slack: slack})
	r.start()
	r.at(slot)
	if got := slack.channels(); !slices.Equal(got, []string{"C2"}) {
		t.Errorf("Slack posts = %v; want [C2] (C1 fails, the others still go)", got)
	}
	if e := r.digests("slack", ResultError); e != 1 {
		t.Errorf("Digests{slack,error} = %v; want 1", e)
	}
	if !strings.Contains(r.logs.String(), "digest not posted") {
		t.Errorf("log lacks the failed post:\n%s", r.logs.String())
	}
}

type failingBuilder struct{}

func (failingBuilder) Build(context.Context, time.Time) (Digest, error) {
	return Digest{}, errors.New("no knowledge loaded")
}

func TestSchedulerBuildFailure(t *testing.T) {
	slot := time.Date(2025, 3, 10, 9, 0, 0, 0, time.UTC)
	r := newRig(t, rigOptions{cron: "0 9 * * 1", start: slot.Add(-time.Minute), builder: failingBuilder{}})
	r.start()
	r.at(slot)
	if n := r.posts(); n != 0 {
		t.Errorf("posts with a failing builder = %d; want 0", n)
	}
	if e := r.digests("slack", ResultError) + r.digests("discord", ResultError); e != 3 {
		t.Errorf("Digests errors = %v; want 3", e)
	}
}

func TestPostNow(t *testing.T) {
	slack := &recordingPoster{platform: "slack", fail: map[string]bool{"C2": true}}
	r := newRig(t, rigOptions{start: monday, slack: slack}) // no schedule
	err := r.sched.PostNow(context.Background())
	if err == nil || !strings.Contains(err.Error(), "slack C2") {
		t.Errorf("PostNow = %v; want the C2 failure", err)
	}
	if got := append(slack.channels(), r.discord.channels()...); !slices.Equal(got, []string{"C1", "4000"}) {
		t.Errorf("PostNow posted to %v; want [C1 4000]", got)
	}
	if ok, e := r.digests("slack", ResultOK), r.digests("slack", ResultError); ok != 1 || e != 1 {
		t.Errorf("Digests{slack} ok=%v error=%v; want 1 and 1", ok, e)
	}
	// Again: on demand ignores slot claims.
	if err := r.sched.PostNow(context.Background()); err == nil {
		t.Error("second PostNow = nil; want the C2 failure again")
	}
	if n := slack.count(); n != 2 {
		t.Errorf("Slack posts after two PostNow = %d; want 2", n)
	}
}

func TestSchedulerWithoutSchedule(t *testing.T) {
	r := newRig(t, rigOptions{start: monday})
	r.start()
	r.clock.Set(monday.Add(30 * 24 * time.Hour))
	r.stop()
	if n := r.posts(); n != 0 {
		t.Errorf("posts without a schedule = %d; want 0", n)
	}
}

func TestNewSchedulerErrors(t *testing.T) {
	kb := loadStory(t)
	b := NewBuilder(BuilderConfig{Knowledge: func() *knowledge.Base { return kb }})
	p := &recordingPoster{}
	tests := []struct {
		name string
		cfg  SchedulerConfig
		want string
	}{
		{"bad cron", SchedulerConfig{Cron: "0 9 * *", Builder: b, Claims: &memClaims{}}, `DIGEST_CRON="0 9 * *"`},
		{"six fields", SchedulerConfig{Cron: "0 0 9 * * 1", Builder: b, Claims: &memClaims{}}, "DIGEST_CRON"},
		{"bad zone", SchedulerConfig{Cron: "0 9 * * 1", TimeZone: "Mars/Olympus", Builder: b, Claims: &memClaims{}}, `DIGEST_TZ="Mars/Olympus"`},
		{"no claims", SchedulerConfig{Cron: "0 9 * * 1", Builder: b}, "claims"},
		{"no builder", SchedulerConfig{Cron: "0 9 * * 1", Claims: &memClaims{}}, "builder"},
		{"target without channel", SchedulerConfig{Builder: b, Targets: []Target{{Platform: "slack", Poster: p}}}, "target 0"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := NewScheduler(tt.cfg)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("NewScheduler(%s) = %v; want an error with %q", tt.name, err, tt.want)
			}
		})
	}
	if s, err := NewScheduler(SchedulerConfig{Cron: "@weekly", TimeZone: "Europe/Paris", Builder: b, Claims: &memClaims{}}); err != nil || s.Next(monday).IsZero() {
		t.Errorf("NewScheduler(@weekly, Europe/Paris) = %v; want a schedule", err)
	}
}

func TestTargets(t *testing.T) {
	p := &recordingPoster{}
	got := Targets("discord", " 1, 2 ,,1,", p)
	if len(got) != 2 || got[0].Channel != "1" || got[1].Channel != "2" || got[0].Platform != "discord" || got[0].Poster != p {
		t.Errorf("Targets = %+v; want channels 1 and 2 on discord", got)
	}
	if got := Targets("slack", "", p); len(got) != 0 {
		t.Errorf("Targets(empty) = %+v; want none", got)
	}
}
