package httpapi

import (
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/prometheus/common/expfmt"
	"github.com/prometheus/common/model"

	"github.com/deepseek-story/bot/internal/answer"
	"github.com/deepseek-story/bot/internal/knowledge"
	"github.com/deepseek-story/bot/internal/metrics"
	"github.com/deepseek-story/bot/internal/store"
)

func newServer(t *testing.T, cfg Config, limiter Limiter, checks map[string]Check) *httptest.Server {
	t.Helper()
	kb, err := knowledge.Load("../../answer/testdata/kb.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if cfg.Metrics == nil {
		cfg.Metrics = metrics.New()
	}
	api := New(cfg, answer.New(kb, answer.Options{}), limiter, checks)
	srv := httptest.NewServer(api.Handler())
	t.Cleanup(srv.Close)
	return srv
}

func post(t *testing.T, url, token, body string) (*http.Response, string) {
	t.Helper()
	req, _ := http.NewRequest(http.MethodPost, url+"/v1/ask", strings.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp, string(b)
}

func TestAsk(t *testing.T) {
	srv := newServer(t, Config{Token: "s3cret", MaxBody: 256}, nil, nil)
	tests := []struct {
		name, token, body string
		code              int
		contains          string
	}{
		{"answer", "s3cret", `{"question":"who founded acme?"}`, 200, `"answered":true`},
		{"abstain", "s3cret", `{"question":"what is acme's revenue"}`, 200, `"answered":false`},
		{"empty question", "s3cret", `{"question":""}`, 200, `"answered":false`},
		{"no token", "", `{"question":"who founded acme?"}`, 401, "bearer token"},
		{"wrong token", "nope", `{"question":"who founded acme?"}`, 401, "bearer token"},
		{"bad json", "s3cret", `{"question":`, 400, "want a JSON body"},
		{"unknown field", "s3cret", `{"q":"x"}`, 400, "want a JSON body"},
		{"too large", "s3cret", `{"question":"` + strings.Repeat("a", 400) + `"}`, 413, "too large"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			resp, body := post(t, srv.URL, tc.token, tc.body)
			if resp.StatusCode != tc.code || !strings.Contains(body, tc.contains) {
				t.Errorf("POST /v1/ask %s = %d %s; want %d containing %q", tc.body, resp.StatusCode, body, tc.code, tc.contains)
			}
		})
	}
}

func TestAskAnswerObject(t *testing.T) {
	srv := newServer(t, Config{}, nil, nil)
	_, body := post(t, srv.URL, "", `{"question":"who founded acme?","conversation":"c1"}`)
	var r answer.Reply
	if err := json.Unmarshal([]byte(body), &r); err != nil {
		t.Fatal(err)
	}
	if r.Question != "who founded acme?" || !r.Answered || len(r.Citations) == 0 || r.Citations[0].Fact != "acme-founder" {
		t.Errorf("answer = %+v", r)
	}
	// The conversation key carries follow-ups.
	_, body = post(t, srv.URL, "", `{"question":"when was she born","conversation":"c1"}`)
	if !strings.Contains(body, "1980") {
		t.Errorf("follow-up = %s; want 1980", body)
	}
}

func TestRateLimit(t *testing.T) {
	srv := newServer(t, Config{}, store.NewMemoryLimiter(2, time.Minute), nil)
	for i, want := range []int{200, 200, 429} {
		resp, _ := post(t, srv.URL, "", `{"question":"hi"}`)
		if resp.StatusCode != want {
			t.Errorf("request %d = %d; want %d", i, resp.StatusCode, want)
		}
	}
}

func TestHealthAndReady(t *testing.T) {
	ready := errors.New("connecting")
	srv := newServer(t, Config{}, nil, map[string]Check{
		"knowledge": func() error { return nil },
		"slack":     func() error { return ready },
	})
	get := func(path string) (int, string) {
		resp, err := http.Get(srv.URL + path)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, string(b)
	}
	if code, _ := get("/healthz"); code != 200 {
		t.Errorf("/healthz = %d; want 200", code)
	}
	if code, body := get("/readyz"); code != 503 || !strings.Contains(body, "connecting") {
		t.Errorf("/readyz = %d %s; want 503 naming the slack check", code, body)
	}
	ready = nil
	if code, _ := get("/readyz"); code != 200 {
		t.Errorf("/readyz = %d; want 200 once every check passes", code)
	}
}

func TestMetricsParse(t *testing.T) {
	m := metrics.New()
	srv := newServer(t, Config{Metrics: m}, nil, nil)
	post(t, srv.URL, "", `{"question":"who founded acme?"}`)
	post(t, srv.URL, "", `{"question":"what is the weather"}`)
	resp, err := http.Get(srv.URL + "/metrics")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	parser := expfmt.NewTextParser(model.UTF8Validation)
	families, err := parser.TextToMetricFamilies(resp.Body)
	if err != nil {
		t.Fatalf("parse /metrics: %v", err)
	}
	q := families["bot_questions_total"]
	if q == nil {
		t.Fatal("bot_questions_total missing")
	}
	got := map[string]float64{}
	for _, metric := range q.Metric {
		for _, l := range metric.Label {
			if l.GetName() == "outcome" {
				got[l.GetValue()] = metric.Counter.GetValue()
			}
		}
	}
	if got["answer"] != 1 || got["abstain"] != 1 {
		t.Errorf("bot_questions_total by outcome = %v; want answer 1, abstain 1", got)
	}
	for _, name := range []string{"bot_answer_seconds", "go_goroutines"} {
		if _, ok := families[name]; !ok {
			t.Errorf("/metrics lacks %s", name)
		}
	}
}
