package digest

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"time"
	_ "time/tzdata" // DIGEST_TZ works in images without a zoneinfo database

	"github.com/robfig/cron/v3"

	"github.com/deepseek-story/bot/internal/metrics"
)

// Scheduler defaults.
const (
	// DefaultCatchUp is how late a slot may be posted: a slot missed while
	// the bot was down is posted on start when it is younger than this,
	// otherwise skipped (and logged).
	DefaultCatchUp = time.Hour
	// DefaultClaimTTL is how long a slot claim is kept. It outlives the
	// look-back on start, so a slot posted before a restart is never
	// taken for a missed one.
	DefaultClaimTTL = 40 * 24 * time.Hour
	// DefaultSlotTimeout bounds claiming, building and posting one slot.
	DefaultSlotTimeout = 2 * time.Minute
	// lookBack is how far back the start looks for a missed slot
	// (monthly schedules included).
	lookBack = 32 * 24 * time.Hour
	// maxWait caps one sleep, so a wall clock that jumps is noticed.
	maxWait = 15 * time.Minute
	// maxSlotSteps bounds the walk over slots (a "* * * * *" schedule
	// has 46,080 in 32 days).
	maxSlotSteps = 100_000
)

// Results of a digest for one channel, counted in Metrics.Digests.
const (
	ResultOK      = "ok"      // posted
	ResultError   = "error"   // not posted: build, claim or post failed
	ResultSkipped = "skipped" // a slot missed while down, too old to post
)

// Poster posts a digest to a channel (the Slack and Discord adapters).
type Poster interface {
	PostDigest(ctx context.Context, channelID string, d Digest) error
}

// Claims hands out each key once (*store.SQLite; the Redis store across
// replicas).
type Claims interface {
	Claim(ctx context.Context, key string, ttl time.Duration) (bool, error)
}

// DigestBuilder builds the digest to post at a time (*Builder).
type DigestBuilder interface {
	Build(ctx context.Context, now time.Time) (Digest, error)
}

// Clock is the scheduler's time: the real one, or a fake in tests.
type Clock interface {
	Now() time.Time
	// After sends on the channel once d has passed.
	After(d time.Duration) <-chan time.Time
}

type realClock struct{}

func (realClock) Now() time.Time                         { return time.Now() }
func (realClock) After(d time.Duration) <-chan time.Time { return time.After(d) }

// Target is one channel the digest is posted to.
type Target struct {
	Platform string // "slack", "discord"
	Channel  string
	Poster   Poster
}

// SchedulerConfig configures a Scheduler.
type SchedulerConfig struct {
	// Cron is DIGEST_CRON, five fields (or a descriptor such as @weekly);
	// empty means no schedule (PostNow still works).
	Cron string
	// TimeZone is DIGEST_TZ, an IANA name (default UTC).
	TimeZone string
	// Targets are the channels to post to.
	Targets []Target
	// Builder builds each slot's digest, once for all its channels.
	Builder DigestBuilder
	// Claims make each slot post once per channel; required with a Cron.
	Claims Claims
	// Clock defaults to the real clock.
	Clock Clock
	// CatchUp, ClaimTTL and SlotTimeout default to DefaultCatchUp,
	// DefaultClaimTTL and DefaultSlotTimeout.
	CatchUp, ClaimTTL, SlotTimeout time.Duration
	Logger                         *slog.Logger
	Metrics                        *metrics.Metrics
}

// Scheduler posts the digest to its targets on a cron schedule, exactly
// once per slot and channel: each channel's slot is claimed
// (digest:<platform>:<channel>:<slot unix seconds>) just before it is
// posted, so a restart neither repeats a digest nor skips one. On start,
// the latest slot that was missed while the bot was down is posted if it
// is less than CatchUp old, and otherwise skipped and logged.
type Scheduler struct {
	cfg      SchedulerConfig
	schedule cron.Schedule // nil: no schedule
	loc      *time.Location
	clock    Clock
	log      *slog.Logger
}

// NewScheduler checks cfg (the cron expression, the time zone, the
// targets) and returns a Scheduler; Run it.
func NewScheduler(cfg SchedulerConfig) (*Scheduler, error) {
	if cfg.Builder == nil {
		return nil, errors.New("digest scheduler: no builder")
	}
	tz := strings.TrimSpace(cfg.TimeZone)
	if tz == "" {
		tz = "UTC"
	}
	loc, err := time.LoadLocation(tz)
	if err != nil {
		return nil, fmt.Errorf("digest time zone DIGEST_TZ=%q: %w", cfg.TimeZone, err)
	}
	s := &Scheduler{cfg: cfg, loc: loc, clock: cfg.Clock}
	if strings.TrimSpace(cfg.Cron) != "" {
		sched, err := cron.ParseStandard(strings.TrimSpace(cfg.Cron))
		if err != nil {
			return nil, fmt.Errorf("digest schedule DIGEST_CRON=%q: %w", cfg.Cron, err)
		}
		if cfg.Claims == nil {
			return nil, errors.New("digest scheduler: a schedule needs claims (the store) to post each slot once")
		}
		s.schedule = sched
	}
	for i, t := range cfg.Targets {
		if t.Poster == nil || t.Channel == "" || t.Platform == "" {
			return nil, fmt.Errorf("digest target %d (%s %q): needs a platform, a channel and a poster", i, t.Platform, t.Channel)
		}
	}
	if s.clock == nil {
		s.clock = realClock{}
	}
	if s.cfg.CatchUp <= 0 {
		s.cfg.CatchUp = DefaultCatchUp
	}
	if s.cfg.ClaimTTL <= 0 {
		s.cfg.ClaimTTL = DefaultClaimTTL
	}
	if s.cfg.SlotTimeout <= 0 {
		s.cfg.SlotTimeout = DefaultSlotTimeout
	}
	logger := cfg.Logger
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	s.log = logger.With("component", "digest_scheduler")
	return s, nil
}

// Location is the schedule's time zone (DIGEST_TZ).
func (s *Scheduler) Location() *time.Location { return s.loc }

// Next returns the first slot after t (in the schedule's time zone), or
// the zero time when there is no schedule.
func (s *Scheduler) Next(t time.Time) time.Time {
	if s.schedule == nil {
		return time.Time{}
	}
	return s.schedule.Next(t.In(s.loc))
}

// Run posts the digest at every slot until ctx ends. A slot being posted
// when ctx ends is finished first (within SlotTimeout). Without a
// schedule or targets it only waits for ctx. It returns nil.
func (s *Scheduler) Run(ctx context.Context) error {
	if s.schedule == nil || len(s.cfg.Targets) == 0 {
		s.log.Info("digest schedule off")
		<-ctx.Done()
		return nil
	}
	var handled time.Time // every slot up to here has been dealt with
	for {
		now := s.clock.Now()
		if slot, ok := s.latestSlot(handled, now); ok {
			s.runSlot(ctx, slot, now)
			handled = slot
			continue
		}
		if now.After(handled) {
			handled = now
		}
		next := s.Next(now)
		s.log.Debug("next digest", "at", next)
		wait := min(next.Sub(now), maxWait)
		select {
		case <-ctx.Done():
			return nil
		case <-s.clock.After(wait):
		}
	}
}

// latestSlot returns the latest slot after `after` and not after now,
// looking back at most lookBack.
func (s *Scheduler) latestSlot(after, now time.Time) (time.Time, bool) {
	from := now.Add(-lookBack)
	if after.After(from) {
		from = after
	}
	var last time.Time
	t := from
	for range maxSlotSteps {
		n := s.Next(t)
		if n.IsZero() || n.After(now) {
			break
		}
		last, t = n, n
	}
	return last, !last.IsZero()
}

// runSlot deals with one slot at now: posts it to every channel not yet
// claimed for it, or, when it is more than CatchUp old, claims it for
// them as skipped. It finishes even if ctx ends meanwhile.
func (s *Scheduler) runSlot(ctx context.Context, slot, now time.Time) {
	ctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), s.cfg.SlotTimeout)
	defer cancel()
	late := now.Sub(slot)
	fresh := late < s.cfg.CatchUp
	log := s.log.With("slot", slot.Format(time.RFC3339))
	var (
		d        Digest
		built    bool
		buildErr error
	)
	for _, t := range s.cfg.Targets {
		tlog := log.With("platform", t.Platform, "channel", t.Channel)
		first, err := s.cfg.Claims.Claim(ctx, SlotKey(t.Platform, t.Channel, slot), s.cfg.ClaimTTL)
		switch {
		case err != nil:
			tlog.Error("digest slot not claimed; not posting it", "err", err)
			s.count(t.Platform, ResultError)
			continue
		case !first:
			tlog.Debug("digest slot already taken")
			continue
		case !fresh:
			tlog.Warn("digest slot missed while down; skipped", "late", late.Round(time.Second).String())
			s.count(t.Platform, ResultSkipped)
			continue
		}
		if !built {
			d, buildErr = s.cfg.Builder.Build(ctx, now.In(s.loc))
			built = true
		}
		if buildErr != nil {
			tlog.Error("digest not built", "err", buildErr)
			s.count(t.Platform, ResultError)
			continue
		}
		if err := t.Poster.PostDigest(ctx, t.Channel, d); err != nil {
			tlog.Error("digest not posted", "err", err)
			s.count(t.Platform, ResultError)
			continue
		}
		tlog.Info("digest posted", "late", late.Round(time.Second).String())
		s.count(t.Platform, ResultOK)
	}
}

// PostNow builds the digest and posts it to every target at once,
// outside the schedule and its claims (bot digest --post). It returns
// every failure, joined.
func (s *Scheduler) PostNow(ctx context.Context) error {
	if len(s.cfg.Targets) == 0 {
		return errors.New("post digest: no channels (set DIGEST_SLACK_CHANNELS or DIGEST_DISCORD_CHANNELS)")
	}
	d, err := s.cfg.Builder.Build(ctx, s.clock.Now().In(s.loc))
	if err != nil {
		for _, t := range s.cfg.Targets {
			s.count(t.Platform, ResultError)
		}
		return fmt.Errorf("post digest: %w", err)
	}
	var errs []error
	for _, t := range s.cfg.Targets {
		if err := t.Poster.PostDigest(ctx, t.Channel, d); err != nil {
			s.count(t.Platform, ResultError)
			errs = append(errs, fmt.Errorf("post digest to %s %s: %w", t.Platform, t.Channel, err))
			continue
		}
		s.count(t.Platform, ResultOK)
		s.log.Info("digest posted on demand", "platform", t.Platform, "channel", t.Channel)
	}
	return errors.Join(errs...)
}

// SlotKey is the claim key of a slot for a channel.
func SlotKey(platform, channel string, slot time.Time) string {
	return fmt.Sprintf("digest:%s:%s:%d", platform, channel, slot.Unix())
}

// Targets makes targets from a comma-separated channel list
// (DIGEST_SLACK_CHANNELS, DIGEST_DISCORD_CHANNELS), skipping blanks and
// repeats.
func Targets(platform, channels string, p Poster) []Target {
	var out []Target
	seen := map[string]bool{}
	for _, c := range strings.Split(channels, ",") {
		c = strings.TrimSpace(c)
		if c == "" || seen[c] {
			continue
		}
		seen[c] = true
		out = append(out, Target{Platform: platform, Channel: c, Poster: p})
	}
	return out
}

func (s *Scheduler) count(platform, result string) {
	if s.cfg.Metrics != nil {
		s.cfg.Metrics.Digests.WithLabelValues(platform, result).Inc()
	}
}
