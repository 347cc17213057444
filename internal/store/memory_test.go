package store

import (
	"context"
	"fmt"
	"sync/atomic"
	"testing"
	"time"
)

func TestMemoryClaimsOncePerTTL(t *testing.T) {
	var clock atomic.Int64
	now := func() time.Time { return time.Unix(0, clock.Load()) }
	c := newMemoryClaims(100, 15*time.Minute, now)
	ctx := context.Background()
	claim := func(key string, ttl time.Duration) bool {
		t.Helper()
		ok, err := c.Claim(ctx, key, ttl)
		if err != nil {
			t.Fatalf("Claim(%s): %v", key, err)
		}
		return ok
	}
	if !claim("event:1", time.Hour) || claim("event:1", time.Hour) {
		t.Fatal("event:1 not claimed exactly once")
	}
	// A claim's own shorter ttl is honoured...
	if !claim("slot:1", time.Minute) {
		t.Fatal("slot:1 refused")
	}
	clock.Add(int64(time.Minute))
	if !claim("slot:1", time.Minute) {
		t.Fatal("slot:1 still claimed after its own one-minute ttl")
	}
	// ...and a longer one is cut to the store's (15 minutes).
	clock.Add(int64(14*time.Minute - time.Second))
	if claim("event:1", time.Hour) {
		t.Fatal("event:1 claimable again before 15 minutes")
	}
	clock.Add(int64(time.Second))
	if !claim("event:1", time.Hour) {
		t.Fatal("event:1 still claimed after the store's 15-minute ttl")
	}
}

// The claims kept are bounded by size, however fast keys arrive and
// however long the ttl: at 400 keys a second a 15-minute ttl would
// otherwise mean 360,000 of them.
func TestMemoryClaimsBoundedBySize(t *testing.T) {
	c := NewMemoryClaims(1000, 15*time.Minute)
	ctx := context.Background()
	for i := range 5000 {
		if ok, _ := c.Claim(ctx, fmt.Sprint("event:", i), 0); !ok {
			t.Fatalf("new key event:%d refused", i)
		}
	}
	if n := c.Len(); n != 1000 {
		t.Fatalf("Len = %d after 5000 claims, want the size 1000", n)
	}
	if ok, _ := c.Claim(ctx, "event:4999", 0); ok {
		t.Error("the newest claim was forgotten")
	}
}
