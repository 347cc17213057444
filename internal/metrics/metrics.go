// Package metrics defines the bot's Prometheus metrics in one place, so
// every package counts into the same names and /metrics shows them all.
package metrics

import (
	"regexp"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
)

// Metrics are the bot's collectors, registered on their own registry.
type Metrics struct {
	Registry *prometheus.Registry

	// Questions counts questions by platform and outcome (answer, abstain, help, empty, error).
	Questions *prometheus.CounterVec
	// AnswerSeconds is the time to answer a question, by platform.
	AnswerSeconds *prometheus.HistogramVec
	// PlatformErrors counts failed platform API calls by platform and call.
	PlatformErrors *prometheus.CounterVec
	// PlatformRetries counts retried platform API calls by platform and reason (rate_limited, server_error, network).
	PlatformRetries *prometheus.CounterVec
	// RepliesLost counts answers that could not be delivered after every retry.
	RepliesLost *prometheus.CounterVec
	// DedupHits counts events dropped as already handled, by platform.
	DedupHits *prometheus.CounterVec
	// RateLimited counts questions refused by a per-user or per-client limit, by platform.
	RateLimited *prometheus.CounterVec
	// LLMCalls counts LLM requests by model and result (ok, fallback).
	LLMCalls *prometheus.CounterVec
	// LLMFallbacks counts facts-only fallbacks by reason.
	LLMFallbacks *prometheus.CounterVec
	// LLMTokens counts tokens by model and kind (prompt, completion).
	LLMTokens *prometheus.CounterVec
	// LLMCacheHits counts summaries served from the cache.
	LLMCacheHits prometheus.Counter
	// Reloads counts knowledge reloads by result (ok, rejected).
	Reloads *prometheus.CounterVec
	// KnowledgeFacts is the number of facts in the knowledge in use.
	KnowledgeFacts prometheus.Gauge
	// Digests counts digests posted by platform and result.
	Digests *prometheus.CounterVec
	// LogDropped counts question log entries dropped because the write queue was full.
	LogDropped prometheus.Counter
	// RedisErrors counts shared-state operations that failed over to local state.
	RedisErrors *prometheus.CounterVec
	// Connected is 1 while an adapter is connected, by platform.
	Connected *prometheus.GaugeVec
}

// New creates the metrics on a fresh registry, with Go and process
// collectors. Beside the usual go_memstats_*, the Go collector exports
// go_gc_heap_live_bytes (what the last GC found live): heap in use swings
// between that and about twice it (GOGC=100), so growth of the live heap,
// not of the heap in use, is what tells a leak.
func New() *Metrics {
	reg := prometheus.NewRegistry()
	reg.MustRegister(
		collectors.NewGoCollector(collectors.WithGoCollectorRuntimeMetrics(
			collectors.GoRuntimeMetricsRule{Matcher: regexp.MustCompile(`^/gc/heap/live:bytes$`)})),
		collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	m := &Metrics{
		Registry: reg,
		Questions: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "bot_questions_total", Help: "Questions answered, by platform and outcome.",
		}, []string{"platform", "outcome"}),
		AnswerSeconds: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name: "bot_answer_seconds", Help: "Time to answer a question, by platform.",
			Buckets: []float64{.00001, .00005, .0001, .0005, .001, .005, .01, .05, .1, .5, 1, 2.5, 5, 10},
		}, []string{"platform"}),
		PlatformErrors: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "bot_platform_api_errors_total", Help: "Failed platform API calls, by platform and call.",
		}, []string{"platform", "call"}),
		PlatformRetries: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "bot_platform_api_retries_total", Help: "Retried platform API calls, by platform and reason.",
		}, []string{"platform", "reason"}),
		RepliesLost: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "bot_replies_lost_total", Help: "Answers not delivered after every retry, by platform.",
		}, []string{"platform"}),
		DedupHits: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "bot_dedup_hits_total", Help: "Events dropped as already handled, by platform.",
		}, []string{"platform"}),
		RateLimited: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "bot_rate_limited_total", Help: "Questions refused by a rate limit, by platform.",
		}, []string{"platform"}),
		LLMCalls: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "bot_llm_calls_total", Help: "LLM requests, by model and result.",
		}, []string{"model", "result"}),
		LLMFallbacks: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "bot_llm_fallbacks_total", Help: "Facts-only fallbacks of LLM summaries, by reason.",
		}, []string{"reason"}),
		LLMTokens: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "bot_llm_tokens_total", Help: "LLM tokens used, by model and kind (prompt, completion).",
		}, []string{"model", "kind"}),
		LLMCacheHits: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "bot_llm_cache_hits_total", Help: "LLM summaries served from the cache.",
		}),
		Reloads: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "bot_knowledge_reloads_total", Help: "Knowledge reloads, by result (ok, rejected).",
		}, []string{"result"}),
		KnowledgeFacts: prometheus.NewGauge(prometheus.GaugeOpts{
			Name: "bot_knowledge_facts", Help: "Facts in the knowledge in use.",
		}),
		Digests: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "bot_digests_total", Help: "Digests posted, by platform and result.",
		}, []string{"platform", "result"}),
		LogDropped: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "bot_question_log_dropped_total", Help: "Question log entries dropped because the write queue was full.",
		}),
		RedisErrors: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "bot_redis_errors_total", Help: "Shared-state operations that fell back to local state, by operation.",
		}, []string{"op"}),
		Connected: prometheus.NewGaugeVec(prometheus.GaugeOpts{
			Name: "bot_platform_connected", Help: "1 while a platform adapter is connected.",
		}, []string{"platform"}),
	}
	reg.MustRegister(m.Questions, m.AnswerSeconds, m.PlatformErrors, m.PlatformRetries, m.RepliesLost,
		m.DedupHits, m.RateLimited, m.LLMCalls, m.LLMFallbacks, m.LLMTokens, m.LLMCacheHits, m.Reloads,
		m.KnowledgeFacts, m.Digests, m.LogDropped, m.RedisErrors, m.Connected)
	return m
}
