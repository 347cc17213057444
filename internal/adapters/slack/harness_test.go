package slack

import (
	"context"
	"log/slog"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	dto "github.com/prometheus/client_model/go"

	"github.com/deepseek-story/bot/internal/answer"
	"github.com/deepseek-story/bot/internal/knowledge"
	"github.com/deepseek-story/bot/internal/metrics"
	"github.com/deepseek-story/bot/internal/store"
	"github.com/deepseek-story/bot/internal/testkit"
)

// harness runs an Adapter against a fake Slack.
type harness struct {
	t        *testing.T
	fake     *fakeSlack
	adapter  *Adapter
	metrics  *metrics.Metrics
	feedback *store.MemoryFeedback
	logs     *syncBuffer
	http     *httptest.Server // the adapter's Handler, when it has a signing secret
	cancel   context.CancelFunc
	done     chan error
	stopped  bool
}

type harnessOptions struct {
	socket   bool // Socket Mode (an app token)
	http     bool // HTTP endpoints (a signing secret)
	config   func(*Config)
	deps     func(*Deps)
	answerer Answerer
}

func testEngine(t testing.TB) *answer.Engine {
	t.Helper()
	kb, err := knowledge.Load("testdata/kb.yaml")
	if err != nil {
		t.Fatalf("load test knowledge: %v", err)
	}
	return answer.New(kb, answer.Options{})
}

func newHarness(t *testing.T, o harnessOptions) *harness {
	t.Helper()
	h := &harness{t: t, fake: newFakeSlack(t), metrics: metrics.New(), feedback: &store.MemoryFeedback{}, logs: &syncBuffer{}}
	t.Cleanup(func() {
		if t.Failed() {
			t.Logf("adapter log:\n%s", h.logs)
		}
	})
	cfg := Config{
		BotToken:     testBotToken,
		APIURL:       h.fake.apiURL(),
		Logger:       slog.New(slog.NewTextHandler(h.logs, &slog.HandlerOptions{Level: slog.LevelDebug})),
		Metrics:      h.metrics,
		RetryBackoff: 10 * time.Millisecond,
		MaxRetries:   3,
		PingInterval: 2 * time.Second,
	}
	if o.socket {
		cfg.AppToken = testAppToken
	}
	if o.http {
		cfg.SigningSecret = testSecret
	}
	if o.config != nil {
		o.config(&cfg)
	}
	deps := Deps{Answerer: o.answerer, Feedback: h.feedback}
	if deps.Answerer == nil {
		deps.Answerer = testEngine(t)
	}
	if o.deps != nil {
		o.deps(&deps)
	}
	a, err := New(cfg, deps)
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	h.adapter = a
	if o.http {
		h.http = httptest.NewServer(a.Handler())
		t.Cleanup(h.http.Close)
	}
	ctx, cancel := context.WithCancel(context.Background())
	h.cancel, h.done = cancel, make(chan error, 1)
	go func() { h.done <- a.Run(ctx) }()
	t.Cleanup(func() { h.stop() })
	if o.socket {
		h.fake.waitConnections(t, 1)
		waitFor(t, "adapter ready", a.Ready)
	}
	return h
}

// stop cancels Run and waits for it: every answer in flight is posted by then.
func (h *harness) stop() {
	h.t.Helper()
	if h.stopped {
		return
	}
	h.stopped = true
	h.cancel()
	select {
	case err := <-h.done:
		if err != nil {
			h.t.Errorf("Run = %v; want nil", err)
		}
	case <-time.After(30 * time.Second):
		h.t.Fatal("Run did not return after cancel")
	}
}

// counter reads one counter of a vector.
func counter(t testing.TB, v *prometheus.CounterVec, labels ...string) float64 {
	t.Helper()
	var m dto.Metric
	if err := v.WithLabelValues(labels...).Write(&m); err != nil {
		t.Fatal(err)
	}
	return m.GetCounter().GetValue()
}

func gauge(t testing.TB, v *prometheus.GaugeVec, labels ...string) float64 {
	t.Helper()
	var m dto.Metric
	if err := v.WithLabelValues(labels...).Write(&m); err != nil {
		t.Fatal(err)
	}
	return m.GetGauge().GetValue()
}

// syncBuffer collects logs safely from many goroutines.
type syncBuffer = testkit.SyncBuffer
