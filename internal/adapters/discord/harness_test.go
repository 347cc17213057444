package discord

import (
	"context"
	"log/slog"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/deepseek-story/bot/internal/answer"
	"github.com/deepseek-story/bot/internal/knowledge"
	"github.com/deepseek-story/bot/internal/metrics"
	"github.com/deepseek-story/bot/internal/store"
	"github.com/deepseek-story/bot/internal/testkit"
)

// fake is the one local Discord the tests share: discordgo's endpoints
// are process-wide, so the tests in this package never run in parallel.
var fake *fakeDiscord

func TestMain(m *testing.M) {
	fake = newFakeDiscord()
	code := m.Run()
	fake.close()
	os.Exit(code)
}

var (
	kbOnce sync.Once
	kb     *knowledge.Base
	kbErr  error
)

func testKnowledge(t testing.TB) *knowledge.Base {
	t.Helper()
	kbOnce.Do(func() { kb, kbErr = knowledge.Load("testdata/kb.yaml") })
	if kbErr != nil {
		t.Fatalf("load test knowledge: %v", kbErr)
	}
	return kb
}

// kbSuggester suggests the test knowledge's questions that contain what
// was typed (the engine's Suggest does this for real).
type kbSuggester struct {
	kb    *knowledge.Base
	extra []string
}

func (s kbSuggester) Suggest(prefix string, n int) []string {
	var out []string
	all := append([]string(nil), s.extra...)
	for _, f := range s.kb.Facts {
		all = append(all, f.Questions...)
	}
	for _, q := range all {
		if len(out) == n {
			break
		}
		if strings.Contains(strings.ToLower(q), strings.ToLower(prefix)) {
			out = append(out, q)
		}
	}
	return out
}

type allowAll struct{}

func (allowAll) Allow(context.Context, string) (bool, error) { return true, nil }

// slowAnswerer answers after delay, reporting partials on the way.
type slowAnswerer struct {
	inner    Answerer
	delay    time.Duration
	partials []string
}

func (s slowAnswerer) Answer(ctx context.Context, q answer.Question) (answer.Reply, error) {
	step := s.delay / time.Duration(len(s.partials)+1)
	for _, p := range s.partials {
		if !sleep(ctx, step) {
			return answer.Reply{}, ctx.Err()
		}
		if q.Progress != nil {
			q.Progress(p)
		}
	}
	if !sleep(ctx, step) {
		return answer.Reply{}, ctx.Err()
	}
	return s.inner.Answer(ctx, q)
}

// syncBuffer collects logs safely from many goroutines.
type syncBuffer = testkit.SyncBuffer

// setup is what a test may change before the adapter starts.
type setup struct {
	cfg  Config
	deps Deps
	tune func(*Adapter)
}

type harness struct {
	a        *Adapter
	m        *metrics.Metrics
	feedback *store.MemoryFeedback
	engine   *answer.Engine
	logs     *syncBuffer
	stop     func() // cancels Run and waits for it; idempotent
}

// start runs an adapter against the fake Discord until the test ends.
func start(t testing.TB, change ...func(*setup)) *harness {
	t.Helper()
	fake.reset()
	logs := &syncBuffer{}
	t.Cleanup(func() {
		if t.Failed() {
			t.Logf("adapter logs:\n%s", logs.String())
		}
	})
	h := &harness{m: metrics.New(), feedback: &store.MemoryFeedback{}, engine: answer.New(testKnowledge(t), answer.Options{}), logs: logs}
	s := setup{
		cfg: Config{
			Token: fakeToken, APIURL: fake.apiURL(), OpenTimeout: 5 * time.Second, Metrics: h.m,
			Logger: slog.New(slog.NewTextHandler(logs, &slog.HandlerOptions{Level: slog.LevelDebug})),
		},
		deps: Deps{Answerer: h.engine, Feedback: h.feedback, Suggester: kbSuggester{kb: testKnowledge(t)}, Limiter: allowAll{}},
	}
	for _, c := range change {
		c(&s)
	}
	a, err := New(s.cfg, s.deps)
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	a.shutdownGrace = 20 * time.Second
	if s.tune != nil {
		s.tune(a)
	}
	h.a = a
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- a.Run(ctx) }()
	var once sync.Once
	h.stop = func() {
		once.Do(func() {
			cancel()
			select {
			case err := <-done:
				if err != nil {
					t.Errorf("Run = %v; want nil after cancel", err)
				}
			case <-time.After(40 * time.Second):
				t.Errorf("Run did not return within 40s of cancel")
			}
		})
	}
	t.Cleanup(h.stop)
	waitUntil(t, "the gateway session", func() bool { return a.Ready() && fake.connected() })
	fake.waitFor(t, "command registration", 1, func(r request) bool { return r.Method == "PUT" })
	return h
}

// waitUntil polls cond until it holds or a generous deadline passes.
func waitUntil(t testing.TB, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(5 * time.Millisecond)
	}
}

// Reading request bodies.

// responseData is the data of an interaction callback, or the body of an
// edit or a channel message.
func responseData(t testing.TB, r request) map[string]any {
	t.Helper()
	v := r.json(t)
	if strings.HasSuffix(r.Path, "/callback") {
		d, _ := v["data"].(map[string]any)
		return d
	}
	return v
}

func firstEmbed(t testing.TB, r request) map[string]any {
	t.Helper()
	d := responseData(t, r)
	embeds, _ := d["embeds"].([]any)
	if len(embeds) == 0 {
		t.Fatalf("%s %s has no embeds: %s", r.Method, r.Path, r.Body)
	}
	e, _ := embeds[0].(map[string]any)
	return e
}

func str(v any) string {
	s, _ := v.(string)
	return s
}

func footer(e map[string]any) string {
	f, _ := e["footer"].(map[string]any)
	return str(f["text"])
}

// customIDs lists the custom ids of the buttons in a response.
func customIDs(t testing.TB, r request) []string {
	t.Helper()
	var ids []string
	rows, _ := responseData(t, r)["components"].([]any)
	for _, row := range rows {
		comps, _ := row.(map[string]any)["components"].([]any)
		for _, c := range comps {
			ids = append(ids, str(c.(map[string]any)["custom_id"]))
		}
	}
	return ids
}

func callbackType(t testing.TB, r request) int {
	t.Helper()
	n, _ := r.json(t)["type"].(float64)
	return int(n)
}

func isEphemeral(t testing.TB, r request) bool {
	t.Helper()
	flags, _ := responseData(t, r)["flags"].(float64)
	return int(flags)&64 != 0
}

// assertNoPings checks that a send or edit carries allowed mentions with
// an empty parse list and no replied-user ping.
func assertNoPings(t testing.TB, r request) {
	t.Helper()
	d := responseData(t, r)
	am, ok := d["allowed_mentions"].(map[string]any)
	if !ok {
		t.Errorf("%s %s: no allowed_mentions in %s", r.Method, r.Path, r.Body)
		return
	}
	parse, ok := am["parse"].([]any)
	if !ok || len(parse) != 0 {
		t.Errorf("%s %s: allowed_mentions.parse = %v; want []", r.Method, r.Path, am["parse"])
	}
	if am["replied_user"] == true {
		t.Errorf("%s %s: allowed_mentions.replied_user = true; want false", r.Method, r.Path)
	}
}
