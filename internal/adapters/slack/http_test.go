package slack

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/deepseek-story/bot/internal/answer"
)

func do(t testing.TB, req *http.Request) (*http.Response, string) {
	t.Helper()
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatalf("%s %s: %v", req.Method, req.URL.Path, err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp, string(b)
}

func eventBody(t testing.TB, eventID string, event map[string]any) []byte {
	t.Helper()
	b, err := json.Marshal(eventCallback(eventID, event))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestHTTPEventMentionRepliesOnceDespiteRetries(t *testing.T) {
	h := newHarness(t, harnessOptions{http: true})
	body := eventBody(t, "Ev1", mention("C1", "U1", "what is R1?", "1700001000.000100", ""))
	for retry := range 3 {
		req := signedRequest(t, h.http.URL, "/slack/events", "application/json", body, time.Now())
		if retry > 0 {
			req.Header.Set("X-Slack-Retry-Num", strconv.Itoa(retry))
			req.Header.Set("X-Slack-Retry-Reason", "http_timeout")
		}
		if resp, _ := do(t, req); resp.StatusCode != http.StatusOK {
			t.Fatalf("POST /slack/events (retry %d) = %d; want 200", retry, resp.StatusCode)
		}
	}
	h.stop()
	posts := h.fake.callsOf("chat.postMessage")
	if len(posts) != 1 {
		t.Fatalf("%d replies; want exactly 1", len(posts))
	}
	if p := posts[0]; p.Form.Get("thread_ts") != "1700001000.000100" || !strings.Contains(p.Form.Get("text"), "Rocket R1") {
		t.Errorf("reply in thread %q = %q; want the answer in the mention's thread", p.Form.Get("thread_ts"), p.Form.Get("text"))
	}
	if got := counter(t, h.metrics.DedupHits, "slack"); got != 2 {
		t.Errorf("DedupHits = %v; want 2", got)
	}
}

func TestHTTPSignatureFailuresGet401AndNothingElse(t *testing.T) {
	now := time.Now()
	body := eventBody(t, "Ev1", mention("C1", "U1", "what is R1?", "1700001100.000100", ""))
	tests := []struct {
		name   string
		mutate func(*http.Request)
	}{
		{"missing signature", func(r *http.Request) { r.Header.Del("X-Slack-Signature") }},
		{"missing timestamp", func(r *http.Request) { r.Header.Del("X-Slack-Request-Timestamp") }},
		{"wrong secret", func(r *http.Request) {
			ts := r.Header.Get("X-Slack-Request-Timestamp")
			r.Header.Set("X-Slack-Signature", sign("not-the-secret", ts, body))
		}},
		{"tampered body signature", func(r *http.Request) {
			ts := r.Header.Get("X-Slack-Request-Timestamp")
			r.Header.Set("X-Slack-Signature", sign(testSecret, ts, append([]byte(" "), body...)))
		}},
		{"stale timestamp", func(r *http.Request) {
			ts := strconv.FormatInt(now.Add(-6*time.Minute).Unix(), 10)
			r.Header.Set("X-Slack-Request-Timestamp", ts)
			r.Header.Set("X-Slack-Signature", sign(testSecret, ts, body))
		}},
		{"future timestamp", func(r *http.Request) {
			ts := strconv.FormatInt(now.Add(6*time.Minute).Unix(), 10)
			r.Header.Set("X-Slack-Request-Timestamp", ts)
			r.Header.Set("X-Slack-Signature", sign(testSecret, ts, body))
		}},
		{"garbage timestamp", func(r *http.Request) { r.Header.Set("X-Slack-Request-Timestamp", "yesterday") }},
		{"not v0", func(r *http.Request) {
			r.Header.Set("X-Slack-Signature", "v1="+strings.TrimPrefix(r.Header.Get("X-Slack-Signature"), "v0="))
		}},
		{"not hex", func(r *http.Request) { r.Header.Set("X-Slack-Signature", "v0="+strings.Repeat("zz", 32)) }},
		{"short", func(r *http.Request) { r.Header.Set("X-Slack-Signature", "v0=abcd") }},
	}
	h := newHarness(t, harnessOptions{http: true})
	for _, path := range []string{"/slack/events", "/slack/commands", "/slack/interactions"} {
		for _, tt := range tests {
			t.Run(strings.TrimPrefix(path, "/slack/")+"/"+tt.name, func(t *testing.T) {
				req := signedRequest(t, h.http.URL, path, "application/json", body, now)
				tt.mutate(req)
				resp, got := do(t, req)
				if resp.StatusCode != http.StatusUnauthorized || got != "" {
					t.Errorf("POST %s = %d %q; want 401 and an empty body", path, resp.StatusCode, got)
				}
			})
		}
	}
	h.stop()
	if calls := h.fake.callsOf("chat.postMessage"); len(calls) != 0 {
		t.Errorf("%d messages posted for unsigned requests; want 0", len(calls))
	}
}

// Slack's published example from "Verifying requests from Slack".
const (
	exampleSecret    = "8f742231b10e8888abcd99yyyzzz85a5"
	exampleTimestamp = "1531420618"
	exampleBody      = "token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text=&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c"
	exampleSignature = "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503"
)

func TestSlackPublishedSignatureExample(t *testing.T) {
	header := http.Header{}
	header.Set("X-Slack-Request-Timestamp", exampleTimestamp)
	header.Set("X-Slack-Signature", exampleSignature)
	at := time.Unix(1531420618, 0)
	secret := []byte(exampleSecret)
	sigs := newSigPool(secret)
	tests := []struct {
		name string
		now  time.Time
		body string
		want error
	}{
		{"at the time", at, exampleBody, nil},
		{"4m59s later", at.Add(4*time.Minute + 59*time.Second), exampleBody, nil},
		{"4m59s earlier", at.Add(-4*time.Minute - 59*time.Second), exampleBody, nil},
		{"5m01s later", at.Add(5*time.Minute + time.Second), exampleBody, errStale},
		{"today", time.Now(), exampleBody, errStale},
		{"one byte changed", at, strings.Replace(exampleBody, "roadrunner", "roadrunnex", 1), errBadSignature},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := sigs.verify(secret, header, []byte(tt.body), tt.now); got != tt.want {
				t.Errorf("verify(example, now=%v) = %v; want %v", tt.now, got, tt.want)
			}
		})
	}

	// Through the handler, with the adapter's clock set to the example's time.
	fake := newFakeSlack(t)
	a, err := New(Config{BotToken: testBotToken, SigningSecret: exampleSecret, APIURL: fake.apiURL(),
		Now: func() time.Time { return at.Add(time.Minute) }}, Deps{Answerer: testEngine(t)})
	if err != nil {
		t.Fatal(err)
	}
	req := httptest.NewRequest(http.MethodPost, "/slack/commands", strings.NewReader(exampleBody))
	req.Header = header.Clone()
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	rec := httptest.NewRecorder()
	a.Handler().ServeHTTP(rec, req)
	if rec.Code != http.StatusOK || !strings.Contains(rec.Body.String(), unknownCmdMsg[:10]) {
		t.Errorf("POST /slack/commands (Slack's example) = %d %q; want 200 and the unknown-command hint", rec.Code, rec.Body.String())
	}
}

func TestURLVerification(t *testing.T) {
	h := newHarness(t, harnessOptions{http: true})
	body := []byte(`{"token":"Jhj5dZrVaK7ZwHHjRyZWjbDl","challenge":"3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P","type":"url_verification"}`)
	resp, got := do(t, signedRequest(t, h.http.URL, "/slack/events", "application/json", body, time.Now()))
	var v struct{ Challenge string }
	if resp.StatusCode != http.StatusOK || json.Unmarshal([]byte(got), &v) != nil || v.Challenge != "3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P" {
		t.Errorf("url_verification = %d %q; want 200 with the challenge", resp.StatusCode, got)
	}
}

func TestSlashAskOverHTTP(t *testing.T) {
	h := newHarness(t, harnessOptions{http: true})
	t.Run("question", func(t *testing.T) {
		body := formBody(slashCommand("/ask", "who founded Acme?", "C1", "U1", "trig-1", h.fake.responseURL()))
		start := time.Now()
		resp, got := do(t, signedRequest(t, h.http.URL, "/slack/commands", "application/x-www-form-urlencoded", body, time.Now()))
		if resp.StatusCode != http.StatusOK || got != "" {
			t.Errorf("POST /slack/commands = %d %q; want an empty 200 ack", resp.StatusCode, got)
		}
		if took := time.Since(start); took > 3*time.Second {
			t.Errorf("ack took %v; Slack wants it within 3s", took)
		}
		p := h.fake.waitCalls(t, "chat.postMessage", 1)[0]
		if text := p.Form.Get("text"); p.Form.Get("channel") != "C1" || !strings.Contains(text, "<@U1> asked: who founded Acme?") || !strings.Contains(text, "Jane Doe founded Acme Corp") {
			t.Errorf("reply in %q = %q; want it in C1 naming the asker", p.Form.Get("channel"), text)
		}
	})
	t.Run("empty", func(t *testing.T) {
		body := formBody(slashCommand("/ask", "", "C1", "U1", "trig-2", h.fake.responseURL()))
		resp, got := do(t, signedRequest(t, h.http.URL, "/slack/commands", "application/x-www-form-urlencoded", body, time.Now()))
		var r slashResponse
		if resp.StatusCode != http.StatusOK || json.Unmarshal([]byte(got), &r) != nil || r.ResponseType != "ephemeral" || r.Text != usageAsk {
			t.Errorf("empty /ask = %d %q; want an ephemeral %q", resp.StatusCode, got, usageAsk)
		}
	})
}

func TestVoteOverHTTPInteractions(t *testing.T) {
	h := newHarness(t, harnessOptions{http: true})
	body := eventBody(t, "Ev1", mention("C1", "U1", "who founded Acme?", "1700001200.000100", ""))
	do(t, signedRequest(t, h.http.URL, "/slack/events", "application/json", body, time.Now()))
	first := h.fake.waitCalls(t, "chat.postMessage", 1)[0]
	actionID, value, _ := button(t, first, actionVoteDown)
	payload, _ := json.Marshal(click("C1", "U4", "trig-4", first.TS, "1700001200.000100", actionID, value))
	form := formBody(map[string]string{"payload": string(payload)})
	if resp, _ := do(t, signedRequest(t, h.http.URL, "/slack/interactions", "application/x-www-form-urlencoded", form, time.Now())); resp.StatusCode != http.StatusOK {
		t.Fatalf("POST /slack/interactions = %d; want 200", resp.StatusCode)
	}
	waitFor(t, "feedback recorded", func() bool { return len(h.feedback.Feedback()) == 1 })
	if fb := h.feedback.Feedback()[0]; fb.Vote != answer.VoteDown || fb.User != "U4" || strings.Join(fb.FactIDs, ",") != "acme-founder" {
		t.Errorf("feedback = %+v; want 👎 by U4 on acme-founder", fb)
	}
}

func TestWebAPIRetries(t *testing.T) {
	tests := []struct {
		name     string
		failures []failure
		reason   string
		minWait  time.Duration
	}{
		{"429 with Retry-After", []failure{{status: 429, retryAfter: "1"}}, "rate_limited", time.Second},
		{"429 without Retry-After", []failure{{status: 429}, {status: 429}}, "rate_limited", 0},
		{"5xx", []failure{{status: 500}, {status: 503}}, "server_error", 0},
		{"ratelimited error body", []failure{{slackErr: "ratelimited"}}, "rate_limited", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := newHarness(t, harnessOptions{socket: true})
			h.fake.fail("chat.postMessage", tt.failures...)
			start := time.Now()
			h.fake.send(eventEnvelope("env-1", "Ev1", 0, mention("C1", "U1", "what is R1?", "1700001300.000100", "")))
			h.fake.waitAck(t, "env-1")
			h.stop()
			took := time.Since(start)
			posts := h.fake.callsOf("chat.postMessage")
			if len(posts) != len(tt.failures)+1 {
				t.Errorf("%d chat.postMessage calls; want %d failures and 1 success", len(posts), len(tt.failures))
			}
			if got := counter(t, h.metrics.PlatformRetries, "slack", tt.reason); got != float64(len(tt.failures)) {
				t.Errorf("PlatformRetries{%s} = %v; want %d", tt.reason, got, len(tt.failures))
			}
			if got := counter(t, h.metrics.RepliesLost, "slack"); got != 0 {
				t.Errorf("RepliesLost = %v; want 0", got)
			}
			if took < tt.minWait {
				t.Errorf("answered after %v; want Retry-After honoured (>= %v)", took, tt.minWait)
			}
		})
	}
}

func TestReplyLostAfterRetriesIsCountedAndLogged(t *testing.T) {
	h := newHarness(t, harnessOptions{socket: true, config: func(c *Config) { c.MaxRetries = 2 }})
	h.fake.fail("chat.postMessage", failure{status: 500}, failure{status: 502}, failure{status: 503}, failure{status: 500})
	h.fake.send(eventEnvelope("env-1", "EvLost", 0, mention("C1", "U1", "what is R1?", "1700001400.000100", "")))
	h.fake.waitAck(t, "env-1")
	h.stop()
	if n := len(h.fake.callsOf("chat.postMessage")); n != 3 {
		t.Errorf("%d attempts; want 3 (1 + MaxRetries 2)", n)
	}
	if got := counter(t, h.metrics.RepliesLost, "slack"); got != 1 {
		t.Errorf("RepliesLost = %v; want 1", got)
	}
	if got := counter(t, h.metrics.PlatformErrors, "slack", "chat.postMessage"); got != 3 {
		t.Errorf("PlatformErrors{chat.postMessage} = %v; want 3", got)
	}
	if logs := h.logs.String(); !strings.Contains(logs, `msg="slack reply lost"`) || !strings.Contains(logs, "event=EvLost") {
		t.Errorf("log lacks the lost reply with its event id:\n%s", logs)
	}
	if strings.Contains(h.logs.String(), testBotToken) || strings.Contains(h.logs.String(), testAppToken) {
		t.Error("a token appears in the log")
	}
}

func TestRateLimitGetsFriendlyReplyOnce(t *testing.T) {
	h := newHarness(t, harnessOptions{socket: true, config: func(c *Config) { c.RatePerMinute = 2 }})
	for i := range 4 {
		ts := "1700001500.00010" + strconv.Itoa(i)
		env := "env-" + strconv.Itoa(i)
		h.fake.send(eventEnvelope(env, "Ev"+strconv.Itoa(i), 0, mention("C1", "U1", "what is R1?", ts, "")))
		h.fake.waitAck(t, env)
		h.fake.waitCalls(t, "chat.postMessage", min(i+1, 3))
	}
	h.stop()
	posts := h.fake.callsOf("chat.postMessage")
	if len(posts) != 3 {
		t.Fatalf("%d posts; want 2 answers and 1 notice", len(posts))
	}
	if got := posts[2].Form.Get("text"); !strings.Contains(got, "2 questions a minute") || posts[2].Form.Get("thread_ts") != "1700001500.000102" {
		t.Errorf("third reply = %q in %q; want the friendly limit notice in its thread", got, posts[2].Form.Get("thread_ts"))
	}
	if got := counter(t, h.metrics.RateLimited, "slack"); got != 2 {
		t.Errorf("RateLimited = %v; want 2", got)
	}
}

func TestMentionInjectionNeverPings(t *testing.T) {
	injection := "<!channel> <!here> <!everyone> <@U999> <!subteam^S1> <!subteam^S2|@admins> &lt;!here&gt; what is R1?"
	forbidden := []string{"<!channel", "<!here", "<!everyone", "<@U999", "<!subteam", "<#", "<http"}
	engine := testEngine(t)
	// An answerer that echoes the question everywhere, as a careless LLM might.
	echo := answererFunc(func(ctx context.Context, q answer.Question) (answer.Reply, error) {
		r, err := engine.Answer(ctx, q)
		r.Text = "You asked " + q.Text + " <!channel> <@U999>: " + r.Text
		r.Suggestions = append([]string{"<!here> " + q.Text}, r.Suggestions...)
		return r, err
	})
	h := newHarness(t, harnessOptions{socket: true, http: true, answerer: echo})
	h.fake.send(eventEnvelope("env-1", "Ev1", 0, mention("C1", "U1", injection, "1700001600.000100", "")))
	h.fake.send(slashEnvelope("env-2", slashCommand("/ask", injection, "C1", "U1", "trig-1", h.fake.responseURL())))
	h.fake.send(eventEnvelope("env-3", "Ev3", 0, directMessage("D1", "U1", injection, "1700001601.000100")))
	h.fake.waitAck(t, "env-1")
	h.fake.waitAck(t, "env-2")
	h.fake.waitAck(t, "env-3")
	h.stop()
	posts := h.fake.callsOf("chat.postMessage")
	if len(posts) != 3 {
		t.Fatalf("%d posts; want 3", len(posts))
	}
	for _, p := range posts {
		texts := append([]string{p.Form.Get("text")}, blockStrings(t, p)...)
		for _, s := range texts {
			for _, bad := range forbidden {
				if strings.Contains(s, bad) {
					t.Errorf("posted %q contains %q unescaped", s, bad)
				}
			}
		}
		if !strings.Contains(p.Form.Get("text"), "&lt;!channel&gt;") {
			t.Errorf("fallback %q; want the echoed <!channel> escaped as &lt;!channel&gt;", p.Form.Get("text"))
		}
	}
}

func TestSlashAskFallsBackToResponseURLOutsideTheChannel(t *testing.T) {
	h := newHarness(t, harnessOptions{socket: true})
	h.fake.fail("chat.postMessage", failure{slackErr: "not_in_channel"})
	h.fake.send(slashEnvelope("env-1", slashCommand("/ask", "who founded Acme?", "C9", "U1", "trig-1", h.fake.responseURL())))
	resp := h.fake.waitCalls(t, "response_url", 1)[0]
	var body struct {
		Text         string `json:"text"`
		ResponseType string `json:"response_type"`
	}
	if err := json.Unmarshal([]byte(resp.Body), &body); err != nil || body.ResponseType != "in_channel" || !strings.Contains(body.Text, "Jane Doe founded Acme Corp") {
		t.Errorf("response_url post = %s (%v); want the answer, in_channel", resp.Body, err)
	}
	h.stop()
	if got := counter(t, h.metrics.RepliesLost, "slack"); got != 0 {
		t.Errorf("RepliesLost = %v; want 0", got)
	}
}

func TestRunWaitsForAnswersInFlight(t *testing.T) {
	release := make(chan struct{})
	started := make(chan struct{}, 1)
	engine := testEngine(t)
	slow := answererFunc(func(ctx context.Context, q answer.Question) (answer.Reply, error) {
		started <- struct{}{}
		<-release
		return engine.Answer(ctx, q)
	})
	h := newHarness(t, harnessOptions{http: true, answerer: slow})
	body := eventBody(t, "Ev1", mention("C1", "U1", "what is R1?", "1700001700.000100", ""))
	if resp, _ := do(t, signedRequest(t, h.http.URL, "/slack/events", "application/json", body, time.Now())); resp.StatusCode != http.StatusOK {
		t.Fatalf("POST /slack/events = %d; want 200 before the answer is ready", resp.StatusCode)
	}
	<-started
	h.cancel()
	select {
	case err := <-h.done:
		t.Fatalf("Run returned (%v) with an answer in flight", err)
	case <-time.After(100 * time.Millisecond):
	}
	close(release)
	select {
	case err := <-h.done:
		if err != nil {
			t.Errorf("Run = %v; want nil", err)
		}
	case <-time.After(15 * time.Second):
		t.Fatal("Run did not return after the answer finished")
	}
	h.stopped = true
	if n := len(h.fake.callsOf("chat.postMessage")); n != 1 {
		t.Errorf("%d replies posted by the time Run returned; want 1", n)
	}
	// After Run, new work is refused so Slack redelivers it elsewhere.
	body = eventBody(t, "Ev2", mention("C1", "U1", "what is R1?", "1700001701.000100", ""))
	if resp, _ := do(t, signedRequest(t, h.http.URL, "/slack/events", "application/json", body, time.Now())); resp.StatusCode != http.StatusServiceUnavailable {
		t.Errorf("POST /slack/events after Run = %d; want 503", resp.StatusCode)
	}
}

func TestBodyOverCapIsRefused(t *testing.T) {
	h := newHarness(t, harnessOptions{http: true, config: func(c *Config) { c.MaxBody = 512 }})
	body := eventBody(t, "Ev1", mention("C1", "U1", strings.Repeat("what is R1? ", 100), "1700001800.000100", ""))
	resp, _ := do(t, signedRequest(t, h.http.URL, "/slack/events", "application/json", body, time.Now()))
	if resp.StatusCode != http.StatusRequestEntityTooLarge {
		t.Errorf("POST of %d bytes over a 512 cap = %d; want 413", len(body), resp.StatusCode)
	}
	h.stop()
	if n := len(h.fake.callsOf("chat.postMessage")); n != 0 {
		t.Errorf("%d replies to an oversized body; want 0", n)
	}
}

func TestOddEventBodiesOverHTTP(t *testing.T) {
	h := newHarness(t, harnessOptions{http: true})
	tests := []struct {
		name string
		body []byte
		want int
	}{
		{"unknown inner type is acked", eventBody(t, "Ev1", map[string]any{"type": "totally_unknown_event"}), http.StatusOK},
		{"unexpected field shape is acked", []byte(`{"type":"event_callback","event_id":"Ev2","event":{"type":"app_mention","edited":"yes","ts":5}}`), http.StatusOK},
		{"unknown outer type is acked", []byte(`{"type":"app_rate_limited","minute_rate_limited":1518467820}`), http.StatusOK},
		{"not JSON", []byte(`{"type":`), http.StatusBadRequest},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if resp, _ := do(t, signedRequest(t, h.http.URL, "/slack/events", "application/json", tt.body, time.Now())); resp.StatusCode != tt.want {
				t.Errorf("POST /slack/events %s = %d; want %d", tt.body, resp.StatusCode, tt.want)
			}
		})
	}
	h.stop()
	if n := len(h.fake.callsOf("chat.postMessage")); n != 0 {
		t.Errorf("%d replies to odd events; want 0", n)
	}
}

func TestNewValidatesConfig(t *testing.T) {
	engine := testEngine(t)
	tests := []struct {
		name string
		cfg  Config
		deps Deps
		want string
	}{
		{"no bot token", Config{AppToken: "xapp"}, Deps{Answerer: engine}, "bot token"},
		{"no transport", Config{BotToken: "xoxb"}, Deps{Answerer: engine}, "SLACK_APP_TOKEN"},
		{"no answerer", Config{BotToken: "xoxb", SigningSecret: "s"}, Deps{}, "Answerer"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := New(tt.cfg, tt.deps)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("New(%+v) = %v; want an error about %q", tt.cfg, err, tt.want)
			}
		})
	}
	a, err := New(Config{BotToken: "xoxb", SigningSecret: "s", APIURL: "http://127.0.0.1:1/api"}, Deps{Answerer: engine})
	if err != nil {
		t.Fatal(err)
	}
	if a.cfg.APIURL != "http://127.0.0.1:1/api/" || a.cfg.RatePerMinute != DefaultRatePerMinute {
		t.Errorf("defaults: APIURL %q RatePerMinute %d; want a trailing / and %d", a.cfg.APIURL, a.cfg.RatePerMinute, DefaultRatePerMinute)
	}
	if !a.Ready() {
		t.Error("Ready() = false in HTTP mode; want true")
	}
}
