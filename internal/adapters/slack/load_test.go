package slack

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"slices"
	"strconv"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/deepseek-story/bot/internal/metrics"
)

// loadTarget is an Adapter in HTTP mode behind a loopback server, posting
// its answers to a fake Slack.
type loadTarget struct {
	fake    *fakeSlack
	adapter *Adapter
	server  *httptest.Server
	metrics *metrics.Metrics
	stop    func()
}

func newLoadTarget(tb testing.TB) *loadTarget {
	tb.Helper()
	fake := newFakeSlack(tb)
	m := metrics.New()
	a, err := New(Config{
		BotToken: testBotToken, SigningSecret: testSecret, APIURL: fake.apiURL(),
		RatePerMinute: 1_000_000, Metrics: m, Logger: slog.New(slog.DiscardHandler),
	}, Deps{Answerer: testEngine(tb)})
	if err != nil {
		tb.Fatal(err)
	}
	srv := httptest.NewServer(a.Handler())
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- a.Run(ctx) }()
	lt := &loadTarget{fake: fake, adapter: a, server: srv, metrics: m}
	var once sync.Once
	lt.stop = func() {
		once.Do(func() {
			cancel()
			if err := <-done; err != nil {
				tb.Errorf("Run = %v", err)
			}
			srv.Close()
		})
	}
	tb.Cleanup(lt.stop)
	return lt
}

// signedEvent is one prepared, signed events request.
type signedEvent struct {
	body      []byte
	timestamp string
	signature string
}

// prepareEvents signs n app_mention events (each copies times with the
// same event id, as Slack's retries do) at now. Events from a bot are
// acked and then dropped without an answer.
func prepareEvents(tb testing.TB, n, copies int, now time.Time, fromBot bool) []signedEvent {
	tb.Helper()
	ts := strconv.FormatInt(now.Unix(), 10)
	out := make([]signedEvent, 0, n*copies)
	for i := range n {
		ev := mention("C1", fmt.Sprintf("U%d", i%1000), "what is R1?", fmt.Sprintf("1700002000.%06d", i), "")
		if fromBot {
			ev["bot_id"] = "B1"
		}
		body := eventBody(tb, fmt.Sprintf("EvLoad%d", i), ev)
		for range copies {
			out = append(out, signedEvent{body: body, timestamp: ts, signature: sign(testSecret, ts, body)})
		}
	}
	return out
}

// loadResult is what sendEvents measured.
type loadResult struct {
	latencies []time.Duration // per event, from send to the ack's last byte
	elapsed   time.Duration
	failures  int // non-200 responses and transport errors
}

func (r loadResult) percentile(p float64) time.Duration {
	if len(r.latencies) == 0 {
		return 0
	}
	s := slices.Clone(r.latencies)
	slices.Sort(s)
	return s[min(len(s)-1, int(float64(len(s))*p))]
}

// sendEvents posts the events from workers goroutines, paced at rate
// events a second overall (0: as fast as they go), and times each ack.
func sendEvents(url string, events []signedEvent, workers int, rate float64) loadResult {
	client := &http.Client{Transport: &http.Transport{MaxIdleConns: workers, MaxIdleConnsPerHost: workers}}
	defer client.CloseIdleConnections()
	res := loadResult{latencies: make([]time.Duration, len(events))}
	var next atomic.Int64
	var failures atomic.Int64
	var wg sync.WaitGroup
	start := time.Now()
	for range workers {
		wg.Go(func() {
			for {
				i := int(next.Add(1) - 1)
				if i >= len(events) {
					return
				}
				if rate > 0 {
					time.Sleep(time.Until(start.Add(time.Duration(float64(i) / rate * float64(time.Second)))))
				}
				e := events[i]
				req, err := http.NewRequest(http.MethodPost, url+"/slack/events", bytes.NewReader(e.body))
				if err != nil {
					failures.Add(1)
					continue
				}
				req.Header.Set("Content-Type", "application/json")
				req.Header.Set("X-Slack-Request-Timestamp", e.timestamp)
				req.Header.Set("X-Slack-Signature", e.signature)
				t0 := time.Now()
				resp, err := client.Do(req)
				if err != nil {
					failures.Add(1)
					continue
				}
				_, _ = io.Copy(io.Discard, resp.Body)
				_ = resp.Body.Close()
				res.latencies[i] = time.Since(t0)
				if resp.StatusCode != http.StatusOK {
					failures.Add(1)
				}
			}
		})
	}
	wg.Wait()
	res.elapsed = time.Since(start)
	res.failures = int(failures.Load())
	return res
}

// TestEventLoadAnswersEachOnce runs the load helper with every event
// delivered three times at once: every request is acked and every
// question answered exactly once.
func TestEventLoadAnswersEachOnce(t *testing.T) {
	lt := newLoadTarget(t)
	const n = 150
	res := sendEvents(lt.server.URL, prepareEvents(t, n, 3, time.Now(), false), 16, 0)
	if res.failures != 0 {
		t.Fatalf("%d of %d requests failed; want 0", res.failures, len(res.latencies))
	}
	lt.stop()
	if got := len(lt.fake.callsOf("chat.postMessage")); got != n {
		t.Errorf("%d replies to %d questions delivered 3 times each; want %d", got, n, n)
	}
	if got := counter(t, lt.metrics.DedupHits, "slack"); got != 2*n {
		t.Errorf("DedupHits = %v; want %d", got, 2*n)
	}
}

// BenchmarkHTTPEventsAck sends signed app_mention events at 2,000 a
// second from 32 goroutines to the events endpoint on loopback, while the
// adapter answers each one and posts the reply to a fake Slack in the same
// process, and reports the ack latency percentiles. Run it with a fixed
// count: go test -run '^$' -bench HTTPEvents -benchtime 10000x
func BenchmarkHTTPEventsAck(b *testing.B) {
	benchmarkEvents(b, 2000, 32, false)
}

// BenchmarkHTTPEventsAckOnly measures the endpoint alone at 2,000 events
// a second: verify, read, ack, hand off; the events come from a bot, so
// the work after the ack ends at the filter and no fake Slack shares the CPU.
func BenchmarkHTTPEventsAckOnly(b *testing.B) {
	benchmarkEvents(b, 2000, 32, true)
}

// BenchmarkHTTPEventsAckUnpaced answers every event as fast as 32 senders go.
func BenchmarkHTTPEventsAckUnpaced(b *testing.B) {
	benchmarkEvents(b, 0, 32, false)
}

func benchmarkEvents(b *testing.B, rate float64, workers int, fromBot bool) {
	lt := newLoadTarget(b)
	lt.fake.mu.Lock()
	lt.fake.record = false
	lt.fake.mu.Unlock()
	events := prepareEvents(b, b.N, 1, time.Now(), fromBot)
	b.ResetTimer()
	res := sendEvents(lt.server.URL, events, workers, rate)
	b.StopTimer()
	lt.stop()
	if res.failures != 0 {
		b.Fatalf("%d of %d requests failed", res.failures, b.N)
	}
	b.ReportMetric(float64(res.percentile(0.50).Microseconds()), "p50-µs")
	b.ReportMetric(float64(res.percentile(0.99).Microseconds()), "p99-µs")
	b.ReportMetric(float64(res.percentile(1).Microseconds()), "max-µs")
	b.ReportMetric(float64(b.N)/res.elapsed.Seconds(), "events/s")
}
