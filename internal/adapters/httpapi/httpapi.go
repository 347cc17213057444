// Package httpapi serves the bot over HTTP: POST /v1/ask (the JSON answer
// object), GET /healthz, GET /readyz and GET /metrics.
package httpapi

import (
	"context"
	"crypto/rand"
	"crypto/subtle"
	"encoding/hex"
	"encoding/json"
	"errors"
	"log/slog"
	"net"
	"net/http"
	"strings"
	"time"

	"github.com/prometheus/client_golang/prometheus/promhttp"

	"github.com/deepseek-story/bot/internal/answer"
	"github.com/deepseek-story/bot/internal/metrics"
)

// Answerer answers questions.
type Answerer interface {
	Answer(ctx context.Context, q answer.Question) (answer.Reply, error)
}

// Limiter limits questions per client.
type Limiter interface {
	Allow(ctx context.Context, key string) (bool, error)
}

// Check is one readiness check: nil when ready, else why not.
type Check func() error

// Config configures the API.
type Config struct {
	// Token, when set, is required as "Authorization: Bearer <token>" on POST /v1/ask.
	Token string
	// MaxBody caps request bodies (default 16 KiB).
	MaxBody int64
	// Timeout bounds one answer (default 10 s).
	Timeout time.Duration
	Logger  *slog.Logger
	Metrics *metrics.Metrics
}

// API is the HTTP API.
type API struct {
	cfg     Config
	answers Answerer
	limiter Limiter
	checks  map[string]Check
	log     *slog.Logger
}

// New returns the API. limiter may be nil (no limit); checks name what
// /readyz waits for (knowledge loaded, each enabled adapter connected).
func New(cfg Config, answers Answerer, limiter Limiter, checks map[string]Check) *API {
	if cfg.MaxBody <= 0 {
		cfg.MaxBody = 16 << 10
	}
	if cfg.Timeout <= 0 {
		cfg.Timeout = 10 * time.Second
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.DiscardHandler)
	}
	if cfg.Metrics == nil {
		cfg.Metrics = metrics.New()
	}
	return &API{cfg: cfg, answers: answers, limiter: limiter, checks: checks, log: cfg.Logger.With("component", "httpapi")}
}

// Handler returns the API's routes.
func (a *API) Handler() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("POST /v1/ask", a.ask)
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, _ *http.Request) {
		writeJSON(w, http.StatusOK, map[string]string{"status": "ok"})
	})
	mux.HandleFunc("GET /readyz", a.ready)
	mux.Handle("GET /metrics", promhttp.HandlerFor(a.cfg.Metrics.Registry, promhttp.HandlerOpts{}))
	return mux
}

type askRequest struct {
	Question     string `json:"question"`
	Conversation string `json:"conversation"`
}

type errorBody struct {
	Error string `json:"error"`
}

func (a *API) ask(w http.ResponseWriter, r *http.Request) {
	reqID := requestID()
	log := a.log.With("request_id", reqID)
	w.Header().Set("X-Request-Id", reqID)
	client := clientKey(r)
	if a.cfg.Token != "" && !bearerOK(r, a.cfg.Token) {
		w.Header().Set("WWW-Authenticate", `Bearer realm="bot"`)
		writeJSON(w, http.StatusUnauthorized, errorBody{"missing or wrong bearer token"})
		return
	}
	if a.limiter != nil {
		ok, err := a.limiter.Allow(r.Context(), "http:"+client)
		if err != nil {
			log.Warn("rate limiter failed; allowing", "err", err)
		} else if !ok {
			a.cfg.Metrics.RateLimited.WithLabelValues("http").Inc()
			w.Header().Set("Retry-After", "60")
			writeJSON(w, http.StatusTooManyRequests, errorBody{"too many questions; try again in a minute"})
			return
		}
	}
	var req askRequest
	dec := json.NewDecoder(http.MaxBytesReader(w, r.Body, a.cfg.MaxBody))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&req); err != nil {
		var tooBig *http.MaxBytesError
		if errors.As(err, &tooBig) {
			writeJSON(w, http.StatusRequestEntityTooLarge, errorBody{"request body too large"})
			return
		}
		writeJSON(w, http.StatusBadRequest, errorBody{`want a JSON body like {"question": "what is DeepSeek R1"}`})
		return
	}
	ctx, cancel := context.WithTimeout(r.Context(), a.cfg.Timeout)
	defer cancel()
	start := time.Now()
	conv := ""
	if req.Conversation != "" {
		conv = "http:" + client + ":" + req.Conversation
	}
	reply, err := a.answers.Answer(ctx, answer.Question{Text: req.Question, Conversation: conv, User: client, Platform: "http"})
	a.cfg.Metrics.AnswerSeconds.WithLabelValues("http").Observe(time.Since(start).Seconds())
	if err != nil {
		a.cfg.Metrics.Questions.WithLabelValues("http", "error").Inc()
		log.Warn("answer failed", "err", err)
		writeJSON(w, http.StatusServiceUnavailable, errorBody{"could not answer in time; try again"})
		return
	}
	a.cfg.Metrics.Questions.WithLabelValues("http", string(reply.Intent)).Inc()
	log.Info("answered", "intent", reply.Intent, "facts", reply.FactIDs(), "confidence", reply.Confidence, "ms", time.Since(start).Milliseconds())
	log.Debug("question", "text", req.Question)
	writeJSON(w, http.StatusOK, reply)
}

func (a *API) ready(w http.ResponseWriter, _ *http.Request) {
	status := map[string]string{}
	code := http.StatusOK
	for name, check := range a.checks {
		if err := check(); err != nil {
			status[name] = err.Error()
			code = http.StatusServiceUnavailable
		} else {
			status[name] = "ok"
		}
	}
	writeJSON(w, code, status)
}

func bearerOK(r *http.Request, token string) bool {
	got, ok := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer ")
	return ok && subtle.ConstantTimeCompare([]byte(got), []byte(token)) == 1
}

// clientKey identifies a client for rate limits and conversations: its
// remote address (the token is shared by every client when set).
func clientKey(r *http.Request) string {
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		return r.RemoteAddr
	}
	return host
}

func requestID() string {
	var b [8]byte
	_, _ = rand.Read(b[:])
	return hex.EncodeToString(b[:])
}

func writeJSON(w http.ResponseWriter, code int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(code)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	_ = enc.Encode(v)
}
