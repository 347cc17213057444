package redisstore

import (
	"context"
	"errors"
	"fmt"
	"net"
	"strconv"
	"time"

	"github.com/redis/go-redis/v9"
)

// outageClaim is a claim made locally while Redis was away, to be written
// to Redis when it answers again.
type outageClaim struct {
	key     string
	expires time.Time
}

// Claim reports whether key was not claimed before, by any replica, within
// ttl, and claims it (SET NX PX). It serves event dedup and digest slots.
// ttl <= 0 means Options.LocalClaimTTL.
//
// While Redis is unreachable the claim is made locally (once per process);
// those claims are written to Redis when it answers again, so a retry that
// reaches any replica after the outage is still recognised. Claim never
// fails: the error is always nil.
//
// Unlike the other calls, Claim asks Redis even while the store is marked
// unhealthy: a burst of slow calls marks it so, and a claim made locally
// while another replica claims in Redis answers an event twice. A Redis
// that is really down refuses at once; a frozen one costs ClaimTimeout
// for each of claimAttempts, after the platform was acked.
func (s *Store) Claim(ctx context.Context, key string, ttl time.Duration) (bool, error) {
	if ttl <= 0 {
		ttl = s.opts.LocalClaimTTL
	}
	// The claim holds a value of its own, so that a retry can tell its own
	// claim, set by an attempt whose reply was lost, from another's.
	k, token := s.key("claim", key), s.replica+":"+strconv.FormatUint(s.claimSeq.Add(1), 36)
	var err error
	for attempt := range claimAttempts {
		var first bool
		if first, err = s.claimOnce(ctx, k, token, ttl, attempt > 0); err == nil {
			s.succeeded()
			// Remember it locally too, so that a retry during a later
			// outage is still dropped here.
			_, _ = s.claims.Claim(ctx, key, ttl)
			return first, nil
		}
		if !timedOut(err) || ctx.Err() != nil {
			break
		}
	}
	s.failed(ctx, "claim", err)
	first, _ := s.claims.Claim(ctx, key, ttl)
	if first {
		s.rememberOutageClaim(key, ttl)
	}
	return first, nil
}

// claimAttempts is how many times Claim asks Redis when it times out: a
// burst of events can keep a busy replica waiting for a connection past
// ClaimTimeout, and a claim made locally then, while the other replica
// claims in Redis, answers an event twice.
const claimAttempts = 3

// claimOnce is one SET NX PX of token at k. After a timed-out attempt
// (again), a claim already there is ours if it holds our token: the
// earlier attempt set it but its reply was lost.
func (s *Store) claimOnce(ctx context.Context, k, token string, ttl time.Duration, again bool) (bool, error) {
	octx, cancel := context.WithTimeout(ctx, s.opts.ClaimTimeout)
	defer cancel()
	first, err := s.rdb.SetNX(octx, k, token, ttl).Result()
	if err != nil || first || !again {
		return first, err
	}
	held, err := s.rdb.Get(octx, k).Result()
	if errors.Is(err, redis.Nil) {
		return false, nil // claimed and gone again: not ours to answer now
	}
	return held == token, err
}

// timedOut reports whether err is a call that ran out of time (waiting
// for a connection or for the reply), not one Redis refused.
func timedOut(err error) bool {
	var ne net.Error
	return errors.Is(err, context.DeadlineExceeded) || errors.Is(err, redis.ErrPoolTimeout) ||
		errors.As(err, &ne) && ne.Timeout()
}

func (s *Store) rememberOutageClaim(key string, ttl time.Duration) {
	s.outageMu.Lock()
	defer s.outageMu.Unlock()
	if len(s.outageClaims) >= s.opts.LocalClaims {
		// Keep the newest: older ones are the likeliest to have expired.
		n := copy(s.outageClaims, s.outageClaims[len(s.outageClaims)/2:])
		s.outageClaims = s.outageClaims[:n]
	}
	s.outageClaims = append(s.outageClaims, outageClaim{key: key, expires: time.Now().Add(ttl)})
}

// replayClaims writes the claims made during an outage to Redis (SET NX
// with their remaining ttl). On failure they are kept for the next try.
func (s *Store) replayClaims(ctx context.Context) error {
	s.outageMu.Lock()
	pending := s.outageClaims
	s.outageClaims = nil
	s.outageMu.Unlock()
	if len(pending) == 0 {
		return nil
	}
	now := time.Now()
	const batch = 500
	for start := 0; start < len(pending); start += batch {
		end := min(start+batch, len(pending))
		_, err := s.rdb.Pipelined(ctx, func(p redis.Pipeliner) error {
			for _, c := range pending[start:end] {
				if left := c.expires.Sub(now); left > time.Millisecond {
					p.SetNX(ctx, s.key("claim", c.key), 1, left)
				}
			}
			return nil
		})
		if err != nil {
			s.outageMu.Lock()
			s.outageClaims = append(pending[start:], s.outageClaims...)
			s.outageMu.Unlock()
			return fmt.Errorf("replay %d claims made during the outage: %w", len(pending)-start, err)
		}
	}
	s.log.Debug("claims made during the outage written to redis", "claims", len(pending))
	return nil
}
