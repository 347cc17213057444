package reload

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus/testutil"

	"github.com/deepseek-story/bot/internal/knowledge"
	"github.com/deepseek-story/bot/internal/metrics"
)

func copyFile(t *testing.T, from, to string) {
	t.Helper()
	data, err := os.ReadFile(from)
	if err != nil {
		t.Fatal(err)
	}
	tmp := to + ".tmp"
	if err := os.WriteFile(tmp, data, 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.Rename(tmp, to); err != nil {
		t.Fatal(err)
	}
}

type current struct {
	mu sync.Mutex
	kb *knowledge.Base
	n  int
}

func (c *current) swap(kb *knowledge.Base) { c.mu.Lock(); c.kb, c.n = kb, c.n+1; c.mu.Unlock() }
func (c *current) get() (*knowledge.Base, int) {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.kb, c.n
}

func waitFor(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

func TestWatchReloadsValidAndKeepsLastGood(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "knowledge.yaml")
	copyFile(t, "../knowledge/testdata/good.yaml", path)
	var cur current
	m := metrics.New()
	sig := make(chan os.Signal, 1)
	w := &Watcher{Path: path, Swap: cur.swap, Signals: sig, Debounce: 20 * time.Millisecond, Metrics: m}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- w.Run(ctx) }()
	defer func() { cancel(); <-done }()
	time.Sleep(100 * time.Millisecond) // let the watch start

	// A valid file renamed over the old one is loaded.
	copyFile(t, "../answer/testdata/kb.yaml", path)
	want, err := knowledge.Load("../answer/testdata/kb.yaml")
	if err != nil {
		t.Fatal(err)
	}
	good := len(want.Facts)
	waitFor(t, "valid reload", func() bool { kb, _ := cur.get(); return kb != nil && len(kb.Facts) == good })

	// An invalid file is rejected; the last good one stays.
	copyFile(t, "../knowledge/testdata/bad.yaml", path)
	waitFor(t, "rejected reload", func() bool { return testutilCount(m, "rejected") >= 1 })
	if kb, _ := cur.get(); len(kb.Facts) != good {
		t.Errorf("after a bad file, facts = %d; want the last good %d", len(kb.Facts), good)
	}

	// SIGHUP reloads the (fixed) file.
	if err := os.WriteFile(path, mustRead(t, "../knowledge/testdata/good.yaml"), 0o600); err != nil {
		t.Fatal(err)
	}
	_, before := cur.get()
	sig <- os.Interrupt
	waitFor(t, "SIGHUP reload", func() bool { kb, n := cur.get(); return n > before && len(kb.Facts) == 4 })
}

func TestGateRejects(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "knowledge.yaml")
	copyFile(t, "../knowledge/testdata/good.yaml", path)
	var cur current
	w := &Watcher{Path: path, Swap: cur.swap, Gate: func(context.Context, *knowledge.Base) error {
		return errors.New("in-scope accuracy 0.40 < 0.90")
	}}
	if err := w.Reload(context.Background()); err == nil {
		t.Fatal("Reload with a failing gate = nil error")
	}
	if kb, _ := cur.get(); kb != nil {
		t.Error("a base that fails its gate was swapped in")
	}
}

func mustRead(t *testing.T, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func testutilCount(m *metrics.Metrics, result string) float64 {
	return testutil.ToFloat64(m.Reloads.WithLabelValues(result))
}
