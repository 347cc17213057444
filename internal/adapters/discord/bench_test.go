package discord

import (
	"fmt"
	"slices"
	"sync"
	"testing"
	"time"
)

// BenchmarkInteractionAck sends /ask interactions through the fake
// gateway at 200 a second and measures, for each, the time from the
// gateway send to its callback arriving at the fake REST API. Run it with
// a fixed count, e.g. -benchtime=2000x; it reports p50, p99 and max in
// milliseconds and the rate achieved.
func BenchmarkInteractionAck(b *testing.B) {
	const rate = 200
	h := start(b)
	var mu sync.Mutex
	arrived := make(map[string]time.Time, b.N)
	fake.mu.Lock()
	fake.onCallback = func(id string, at time.Time) {
		mu.Lock()
		arrived[id] = at
		mu.Unlock()
	}
	fake.mu.Unlock()
	questions := []string{"who founded DeepSeek?", "what is r1", "how much did nvidia shares fall?", "who runs nvidia?", "who is the ceo of microsoft?"}
	sent := make(map[string]time.Time, b.N)
	interval := time.Second / rate

	b.ResetTimer()
	begin := time.Now()
	for i := range b.N {
		if d := time.Until(begin.Add(time.Duration(i) * interval)); d > 0 {
			time.Sleep(d)
		}
		id := fmt.Sprint(1_000_000 + i)
		sent[id] = fake.dispatch(b, "INTERACTION_CREATE", slashAsk(id, questions[i%len(questions)]))
	}
	achieved := float64(b.N) / time.Since(begin).Seconds()
	waitUntil(b, "every interaction acknowledged", func() bool {
		mu.Lock()
		defer mu.Unlock()
		return len(arrived) == b.N
	})
	b.StopTimer()

	mu.Lock()
	latencies := make([]time.Duration, 0, b.N)
	for id, at := range arrived {
		latencies = append(latencies, at.Sub(sent[id]))
	}
	mu.Unlock()
	slices.Sort(latencies)
	pct := func(p float64) float64 {
		i := min(int(p*float64(len(latencies))), len(latencies)-1)
		return float64(latencies[i]) / float64(time.Millisecond)
	}
	b.ReportMetric(pct(0.50), "p50-ms")
	b.ReportMetric(pct(0.99), "p99-ms")
	b.ReportMetric(pct(1), "max-ms")
	b.ReportMetric(achieved, "interactions/s")
	b.ReportMetric(0, "ns/op") // paced by the rate, not a throughput figure
	h.stop()
}
