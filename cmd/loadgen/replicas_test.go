package main

import (
	"os/exec"
	"path/filepath"
	"testing"
	"time"

	"github.com/deepseek-story/bot/internal/testkit"
)

// Two real `bot serve` processes share one redis-server; every signed
// Slack event reaches both at once, as a retry reaching another replica
// does. Exactly one reply per event must reach Slack: run fails on any
// lost or duplicated reply.
func TestTwoServeProcessesAnswerEachEventOnce(t *testing.T) {
	redisURL := testkit.Redis(t)
	bin := filepath.Join(t.TempDir(), "bot")
	build := exec.Command("go", "build", "-o", bin, "../bot")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build ../bot: %v\n%s", err, out)
	}
	err := run(bin, redisURL, options{replicas: 2, rate: 100, duration: 3 * time.Second})
	if err != nil {
		t.Fatalf("two replicas: %v", err)
	}
}
