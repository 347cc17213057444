package slack

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"net"
	"net/http"
	"sync"
	"time"

	"github.com/slack-go/slack"
)

// progressEvery is the least time between two progress edits of one
// placeholder (chat.update is rate limited per message).
const progressEvery = time.Second

const placeholderText = "Thinking…"

// deliver posts msg to t: as an edit of the placeholder when there is
// one, else as a new message in t's thread; a slash command's reply goes
// through its response_url when the bot is not in the channel. A reply
// that cannot be delivered after every retry is logged with its event id
// and counted as lost.
func (a *Adapter) deliver(ctx context.Context, t target, msg message, placeholder string) error {
	opts := msg.options()
	if placeholder != "" {
		err := a.call(ctx, "chat.update", func(ctx context.Context) error {
			_, _, _, err := a.api.UpdateMessageContext(ctx, t.channel, placeholder, opts...)
			return err
		})
		if err == nil {
			return nil
		}
		a.log.Warn("slack placeholder edit failed; posting the answer instead", "event", t.event, "channel", t.channel, "err", err)
	}
	if t.thread != "" {
		opts = append(opts, slack.MsgOptionTS(t.thread))
	}
	err := a.call(ctx, "chat.postMessage", func(ctx context.Context) error {
		_, _, err := a.api.PostMessageContext(ctx, t.channel, opts...)
		return err
	})
	if err != nil && t.responseURL != "" && notInChannel(err) {
		err = a.call(ctx, "response_url", func(ctx context.Context) error {
			return slack.PostWebhookCustomHTTPContext(ctx, t.responseURL, a.http, msg.webhook())
		})
	}
	if err != nil {
		a.metrics.RepliesLost.WithLabelValues(platform).Inc()
		a.log.Error("slack reply lost", "event", t.event, "channel", t.channel, "err", err)
		return fmt.Errorf("post reply to %s: %w", t.channel, err)
	}
	return nil
}

// notInChannel reports chat.postMessage errors that a slash command's
// response_url can get around.
func notInChannel(err error) bool {
	var se slack.SlackErrorResponse
	return errors.As(err, &se) && (se.Err == "not_in_channel" || se.Err == "channel_not_found")
}

// postPlaceholder posts "Thinking…" where the answer will go and returns
// its ts, or "" when that failed (the answer is then posted normally).
func (a *Adapter) postPlaceholder(ctx context.Context, t target) string {
	opts := plainMessage(placeholderText).options()
	if t.thread != "" {
		opts = append(opts, slack.MsgOptionTS(t.thread))
	}
	var ts string
	err := a.call(ctx, "chat.postMessage", func(ctx context.Context) error {
		var err error
		_, ts, err = a.api.PostMessageContext(ctx, t.channel, opts...)
		return err
	})
	if err != nil {
		a.log.Warn("slack placeholder not posted", "event", t.event, "channel", t.channel, "err", err)
		return ""
	}
	return ts
}

// progressUpdater edits the placeholder ts with the latest partial answer
// at most once per progressEvery, from one goroutine, without ever
// blocking the caller of progress. stop ends it (waiting for an edit in
// flight) before the final edit.
func (a *Adapter) progressUpdater(ctx context.Context, t target, ts string) (progress func(string), stop func()) {
	ctx, cancel := context.WithCancel(ctx)
	var mu sync.Mutex
	var latest string
	kick := make(chan struct{}, 1)
	finished := make(chan struct{})
	go func() {
		defer close(finished)
		var last time.Time
		for {
			select {
			case <-ctx.Done():
				return
			case <-kick:
			}
			if wait := time.Until(last.Add(progressEvery)); wait > 0 {
				timer := time.NewTimer(wait)
				select {
				case <-ctx.Done():
					timer.Stop()
					return
				case <-timer.C:
				}
			}
			mu.Lock()
			text := latest
			mu.Unlock()
			_, _, _, err := a.api.UpdateMessageContext(ctx, t.channel, ts, partialMessage(text).options()...)
			if err != nil && ctx.Err() == nil {
				a.metrics.PlatformErrors.WithLabelValues(platform, "chat.update").Inc()
				a.log.Debug("slack progress edit failed", "event", t.event, "err", err)
			}
			last = time.Now()
		}
	}()
	progress = func(partial string) {
		mu.Lock()
		latest = partial
		mu.Unlock()
		select {
		case kick <- struct{}{}:
		default:
		}
	}
	stop = func() {
		cancel()
		<-finished
	}
	return progress, stop
}

// call runs one Web API call, retrying what can be retried: 429 after
// Retry-After (or a backoff when Slack sent none), 5xx and Slack's
// transient errors with a doubling backoff, and connections that could
// not be opened. Nothing that may have been delivered is retried, so a
// retry never duplicates a reply.
func (a *Adapter) call(ctx context.Context, name string, fn func(context.Context) error) error {
	for attempt := 0; ; attempt++ {
		cctx, cancel := context.WithTimeout(ctx, callTimeout)
		err := fn(cctx)
		cancel()
		if err == nil {
			return nil
		}
		a.metrics.PlatformErrors.WithLabelValues(platform, name).Inc()
		wait, reason, ok := a.retryAfter(err, attempt)
		if !ok || attempt >= a.cfg.MaxRetries || ctx.Err() != nil {
			return fmt.Errorf("%s: %w", name, err)
		}
		a.metrics.PlatformRetries.WithLabelValues(platform, reason).Inc()
		a.log.Debug("slack call retried", "call", name, "reason", reason, "wait", wait, "attempt", attempt+1, "err", err)
		timer := time.NewTimer(wait)
		select {
		case <-ctx.Done():
			timer.Stop()
			return fmt.Errorf("%s: %w (no retry: %w)", name, err, ctx.Err())
		case <-timer.C:
		}
	}
}

// retryAfter says whether err is worth another attempt, after how long,
// and why (the PlatformRetries reason).
func (a *Adapter) retryAfter(err error, attempt int) (time.Duration, string, bool) {
	var rl *slack.RateLimitedError
	if errors.As(err, &rl) {
		if rl.RetryAfter <= 0 {
			return a.backoff(attempt), "rate_limited", true
		}
		return min(rl.RetryAfter, a.cfg.MaxRetryWait), "rate_limited", true
	}
	var sc slack.StatusCodeError
	if errors.As(err, &sc) {
		switch {
		case sc.Code == http.StatusTooManyRequests:
			return a.backoff(attempt), "rate_limited", true
		case sc.Code >= 500:
			return a.backoff(attempt), "server_error", true
		}
		return 0, "", false
	}
	var se slack.SlackErrorResponse
	if errors.As(err, &se) {
		switch se.Err {
		case "ratelimited", "rate_limited":
			return a.backoff(attempt), "rate_limited", true
		case "internal_error", "service_unavailable", "request_timeout":
			return a.backoff(attempt), "server_error", true
		}
		return 0, "", false
	}
	var op *net.OpError
	if errors.As(err, &op) && op.Op == "dial" {
		return a.backoff(attempt), "network", true
	}
	return 0, "", false
}

// backoff is RetryBackoff doubled per attempt, capped, with 20% jitter.
func (a *Adapter) backoff(attempt int) time.Duration {
	d := a.cfg.RetryBackoff << min(attempt, 10)
	d = min(d, a.cfg.MaxRetryWait)
	return d + rand.N(d/5+1) // #nosec G404 -- jitter needs no cryptographic randomness
}
