package redisstore

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"slices"

	"github.com/redis/go-redis/v9"
)

// ShownFacts returns the fact ids the digest under key has shown lately
// (its rotation state), as the last SetShownFacts of any replica left them.
// While Redis is unreachable, or has nothing under key, it returns what
// this process set last.
func (s *Store) ShownFacts(ctx context.Context, key string) ([]string, error) {
	if s.useRedis("shown_get") {
		octx, cancel := s.opCtx(ctx)
		raw, err := s.rdb.Get(octx, s.key("shown", key)).Bytes()
		cancel()
		switch {
		case err == nil:
			s.succeeded()
			var ids []string
			if jerr := json.Unmarshal(raw, &ids); jerr == nil {
				return ids, nil
			}
			s.countFallback("shown_get", 1)
			s.warn.Do(func() { s.log.Warn("unreadable digest rotation state in redis; using local state", "key", key) })
		case errors.Is(err, redis.Nil):
			s.succeeded()
		default:
			s.failed(ctx, "shown_get", err)
		}
	}
	s.shownMu.Lock()
	defer s.shownMu.Unlock()
	return slices.Clone(s.shown[key]), nil
}

// SetShownFacts records the fact ids the digest under key has shown. It
// is kept locally as well; what is set while Redis is unreachable is
// written to Redis when it answers again. It never fails: the error is
// always nil.
func (s *Store) SetShownFacts(ctx context.Context, key string, ids []string) error {
	s.shownMu.Lock()
	s.shown[key] = slices.Clone(ids)
	s.shownMu.Unlock()
	if s.useRedis("shown_set") {
		octx, cancel := s.opCtx(ctx)
		err := s.setShownRedis(octx, key, ids)
		cancel()
		if err == nil {
			s.succeeded()
			return nil
		}
		s.failed(ctx, "shown_set", err)
	}
	s.shownMu.Lock()
	s.shownDirty[key] = true
	s.shownMu.Unlock()
	return nil
}

func (s *Store) setShownRedis(ctx context.Context, key string, ids []string) error {
	if ids == nil {
		ids = []string{}
	}
	raw, err := json.Marshal(ids)
	if err != nil {
		return fmt.Errorf("encode shown facts: %w", err)
	}
	if err := s.rdb.Set(ctx, s.key("shown", key), raw, 0).Err(); err != nil {
		return fmt.Errorf("write shown facts %q: %w", key, err)
	}
	return nil
}

// replayShown writes the rotation state set during an outage to Redis.
func (s *Store) replayShown(ctx context.Context) error {
	s.shownMu.Lock()
	dirty := make(map[string][]string, len(s.shownDirty))
	for key := range s.shownDirty {
		dirty[key] = slices.Clone(s.shown[key])
	}
	s.shownMu.Unlock()
	for key, ids := range dirty {
		if err := s.setShownRedis(ctx, key, ids); err != nil {
			return err
		}
		s.shownMu.Lock()
		if slices.Equal(s.shown[key], ids) {
			delete(s.shownDirty, key)
		}
		s.shownMu.Unlock()
	}
	return nil
}
