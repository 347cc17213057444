package main

import (
	"bytes"
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/deepseek-story/bot/internal/testkit"
)

const testSigningSecret = "serve-test-secret"

// fakeSlack is a Slack Web API that records every chat.postMessage.
type fakeSlack struct {
	srv       *httptest.Server
	mu        sync.Mutex
	posts     []url.Values
	postDelay time.Duration // how long chat.postMessage takes
}

func newFakeSlack(t *testing.T) *fakeSlack {
	f := &fakeSlack{}
	f.srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		_ = r.ParseForm()
		w.Header().Set("Content-Type", "application/json")
		switch strings.TrimPrefix(r.URL.Path, "/") {
		case "auth.test":
			fmt.Fprint(w, `{"ok":true,"user_id":"UBOT","bot_id":"BBOT","team_id":"T1","user":"bot","team":"Test"}`)
		case "chat.postMessage":
			time.Sleep(f.postDelay)
			f.mu.Lock()
			f.posts = append(f.posts, r.PostForm)
			n := len(f.posts)
			f.mu.Unlock()
			fmt.Fprintf(w, `{"ok":true,"channel":%q,"ts":"1700000000.%06d"}`, r.PostForm.Get("channel"), n)
		default:
			fmt.Fprint(w, `{"ok":true}`)
		}
	}))
	t.Cleanup(f.srv.Close)
	return f
}

func (f *fakeSlack) snapshot() []url.Values {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]url.Values(nil), f.posts...)
}

// replica is one bot serve running in the test.
type replica struct {
	addr string
	done chan error
	out  *syncBuffer
}

// syncBuffer collects logs safely from many goroutines.
type syncBuffer = testkit.SyncBuffer

func startServe(ctx context.Context, t *testing.T, env map[string]string) *replica {
	t.Helper()
	r := &replica{addr: testkit.FreeAddr(t), done: make(chan error, 1), out: &syncBuffer{}}
	full := map[string]string{"BOT_ADDR": r.addr, "BOT_KNOWLEDGE": "../../knowledge.yaml", "BOT_DATA_DIR": t.TempDir()}
	for k, v := range env {
		full[k] = v
	}
	go func() {
		r.done <- run(ctx, []string{"serve"}, func(k string) string { return full[k] }, strings.NewReader(""), r.out)
	}()
	deadline := time.Now().Add(15 * time.Second)
	for {
		resp, err := http.Get("http://" + r.addr + "/readyz")
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				return r
			}
		}
		select {
		case err := <-r.done:
			t.Fatalf("bot serve exited early: %v\n%s", err, r.out)
		default:
		}
		if time.Now().After(deadline) {
			t.Fatalf("bot serve on %s not ready:\n%s", r.addr, r.out)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

func signedEvent(t *testing.T, addr string, body []byte) *http.Request {
	t.Helper()
	ts := strconv.FormatInt(time.Now().Unix(), 10)
	mac := hmac.New(sha256.New, []byte(testSigningSecret))
	_, _ = io.WriteString(mac, "v0:"+ts+":")
	mac.Write(body)
	req, _ := http.NewRequest(http.MethodPost, "http://"+addr+"/slack/events", bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("X-Slack-Request-Timestamp", ts)
	req.Header.Set("X-Slack-Signature", "v0="+hex.EncodeToString(mac.Sum(nil)))
	return req
}

func mentionEvent(eventID, channel, user, ts, text string) []byte {
	b, _ := json.Marshal(map[string]any{
		"token": "x", "team_id": "T1", "api_app_id": "A1", "type": "event_callback", "event_id": eventID,
		"event_time": 1700000000, "authorizations": []any{},
		"event": map[string]any{"type": "app_mention", "user": user, "text": "<@UBOT> " + text, "ts": ts,
			"channel": channel, "event_ts": ts},
	})
	return b
}

// Two bot serve replicas share Redis; every Slack event reaches both at
// once (as Slack retries reaching different replicas do). Each question
// must be answered exactly once, and a user's rate limit is shared.
func TestServeReplicasShareRedis(t *testing.T) {
	redisURL := testkit.Redis(t)
	slack := newFakeSlack(t)
	ctx, cancel := context.WithCancel(context.Background())
	env := map[string]string{
		"SLACK_BOT_TOKEN": "xoxb-test", "SLACK_SIGNING_SECRET": testSigningSecret,
		"SLACK_API_URL": slack.srv.URL + "/", "REDIS_URL": redisURL, "BOT_LOG_LEVEL": "warn",
		"BOT_SLACK_RATE": "10",
	}
	a, b := startServe(ctx, t, env), startServe(ctx, t, env)
	defer func() {
		cancel()
		for _, r := range []*replica{a, b} {
			if err := <-r.done; err != nil {
				t.Errorf("bot serve returned %v\n%s", err, r.out)
			}
		}
	}()

	const events = 200
	var wg sync.WaitGroup
	for i := range events {
		body := mentionEvent(fmt.Sprintf("Ev%04d", i), "C1", fmt.Sprintf("U%04d", i), fmt.Sprintf("1700001000.%06d", i), "who founded deepseek")
		for _, r := range []*replica{a, b} {
			wg.Add(1)
			go func() {
				defer wg.Done()
				resp, err := http.DefaultClient.Do(signedEvent(t, r.addr, body))
				if err != nil {
					t.Error(err)
					return
				}
				resp.Body.Close()
				if resp.StatusCode != http.StatusOK {
					t.Errorf("event ack = %d; want 200", resp.StatusCode)
				}
			}()
		}
	}
	wg.Wait()
	waitPosts(t, slack, events)
	time.Sleep(500 * time.Millisecond) // a duplicate would show up by now
	posts := slack.snapshot()
	if len(posts) != events {
		t.Fatalf("replies posted = %d; want exactly %d", len(posts), events)
	}
	seen := map[string]bool{}
	for _, p := range posts {
		key := p.Get("thread_ts")
		if seen[key] {
			t.Errorf("thread %s answered twice", key)
		}
		seen[key] = true
		if !strings.Contains(p.Get("text"), "Liang") {
			t.Errorf("reply text = %q; want the answer", p.Get("text"))
		}
	}

	// One user's questions, spread over both replicas, share one budget.
	before := len(slack.snapshot())
	for i := range 14 {
		body := mentionEvent(fmt.Sprintf("EvR%02d", i), "C2", "UFLOOD", fmt.Sprintf("1700002000.%06d", i), "who founded deepseek")
		r := []*replica{a, b}[i%2]
		resp, err := http.DefaultClient.Do(signedEvent(t, r.addr, body))
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
	}
	waitPosts(t, slack, before+10)
	time.Sleep(500 * time.Millisecond)
	answers := 0
	for _, p := range slack.snapshot()[before:] {
		if strings.Contains(p.Get("text"), "Liang") {
			answers++
		}
	}
	if answers != 10 {
		t.Errorf("answers to one user across replicas = %d; want the shared limit of 10", answers)
	}
}

func waitPosts(t *testing.T, f *fakeSlack, n int) {
	t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for len(f.snapshot()) < n {
		if time.Now().After(deadline) {
			t.Fatalf("posts = %d; want %d", len(f.snapshot()), n)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// bot serve with no platform serves the HTTP API and shuts down cleanly.
func TestServeHTTPOnlyAndShutdown(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	r := startServe(ctx, t, nil)
	resp, err := http.Post("http://"+r.addr+"/v1/ask", "application/json", strings.NewReader(`{"question":"who founded deepseek"}`))
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != 200 || !strings.Contains(string(body), "Liang") {
		t.Errorf("POST /v1/ask = %d %s", resp.StatusCode, body)
	}
	if !strings.Contains(r.out.String(), "no chat platform configured") {
		t.Errorf("serve did not say how to add a platform:\n%s", r.out)
	}
	cancel()
	select {
	case err := <-r.done:
		if err != nil {
			t.Errorf("serve returned %v", err)
		}
	case <-time.After(25 * time.Second):
		t.Fatal("serve did not stop")
	}
	if strings.Contains(r.out.String(), "who founded deepseek") {
		t.Error("question text logged at info level")
	}
}

func TestServeCheck(t *testing.T) {
	out, code := runBot(t, map[string]string{"BOT_KNOWLEDGE": "../../knowledge.yaml"}, "", "serve", "--check")
	if code != 0 || !strings.Contains(out, "configuration ok") {
		t.Errorf("serve --check = %d %q", code, out)
	}
	out, code = runBot(t, map[string]string{"SLACK_BOT_TOKEN": "xoxb-secret-value", "BOT_LOG_FORMAT": "xml"}, "", "serve", "--check")
	if code != exitCheck || !strings.Contains(out, "BOT_LOG_FORMAT") || !strings.Contains(out, "SLACK_APP_TOKEN") {
		t.Errorf("serve --check with bad config = %d %q; want every problem", code, out)
	}
	if strings.Contains(out, "xoxb-secret-value") {
		t.Error("a token appeared in the output")
	}
}

func TestDiscordInviteURL(t *testing.T) {
	out, code := runBot(t, nil, "", "discord", "invite-url", "--app-id", "555")
	if code != 0 || !strings.Contains(out, "client_id=555") || !strings.Contains(out, "applications.commands") {
		t.Errorf("discord invite-url = %d %q", code, out)
	}
	if _, code := runBot(t, nil, "", "discord", "invite-url"); code != exitUsage {
		t.Errorf("discord invite-url without an id exit = %d; want %d", code, exitUsage)
	}
}

// SIGTERM (the context main cancels on it) lets answers in flight finish.
func TestServeFinishesInFlightOnShutdown(t *testing.T) {
	slack := newFakeSlack(t)
	slack.postDelay = 1500 * time.Millisecond
	ctx, cancel := context.WithCancel(context.Background())
	r := startServe(ctx, t, map[string]string{
		"SLACK_BOT_TOKEN": "xoxb-test", "SLACK_SIGNING_SECRET": testSigningSecret,
		"SLACK_API_URL": slack.srv.URL + "/", "BOT_SHUTDOWN_TIMEOUT": "10s",
	})
	body := mentionEvent("EvShut", "C9", "U1", "1700009000.000001", "who founded deepseek")
	resp, err := http.DefaultClient.Do(signedEvent(t, r.addr, body))
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	time.Sleep(200 * time.Millisecond) // the answer is now being posted
	cancel()
	select {
	case err := <-r.done:
		if err != nil {
			t.Fatalf("serve returned %v", err)
		}
	case <-time.After(20 * time.Second):
		t.Fatal("serve did not stop")
	}
	if posts := slack.snapshot(); len(posts) != 1 {
		t.Errorf("replies posted = %d; want the in-flight answer delivered before exit", len(posts))
	}
}

// Questions asked through bot serve land in the question log, which
// bot digest --print and bot gaps read back.
func TestQuestionLogDigestAndGaps(t *testing.T) {
	dataDir := t.TempDir()
	ctx, cancel := context.WithCancel(context.Background())
	r := startServe(ctx, t, map[string]string{"BOT_DATA_DIR": dataDir})
	for _, q := range []string{"who founded deepseek", "How many employees does DeepSeek have?", "how many employees does deepseek have"} {
		resp, err := http.Post("http://"+r.addr+"/v1/ask", "application/json", strings.NewReader(`{"question":"`+q+`"}`))
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
	}
	cancel()
	if err := <-r.done; err != nil {
		t.Fatal(err)
	}
	env := map[string]string{"BOT_DATA_DIR": dataDir, "BOT_KNOWLEDGE": "../../knowledge.yaml"}
	out, code := runBot(t, env, "", "gaps")
	if code != 0 || !strings.Contains(strings.ToLower(out), "how many employees does deepseek have") || strings.Contains(out, "who founded deepseek") {
		t.Errorf("bot gaps = %d:\n%s\nwant the unanswered question as a stub, not the answered one", code, out)
	}
	out, code = runBot(t, env, "", "digest", "--print")
	if code != 0 || !strings.Contains(out, "The story in brief") || !strings.Contains(out, "3") {
		t.Errorf("bot digest --print = %d:\n%s", code, out)
	}
}

// bot digest --post builds the digest and posts it through the real Slack
// adapter to every digest channel.
func TestDigestPostThroughSlack(t *testing.T) {
	slack := newFakeSlack(t)
	env := map[string]string{
		"SLACK_BOT_TOKEN": "xoxb-test", "SLACK_SIGNING_SECRET": testSigningSecret,
		"SLACK_API_URL": slack.srv.URL + "/", "BOT_DATA_DIR": t.TempDir(),
		"BOT_KNOWLEDGE": "../../knowledge.yaml", "DIGEST_CRON": "0 9 * * 1", "DIGEST_SLACK_CHANNELS": "C7,C8",
	}
	out, code := runBot(t, env, "", "digest", "--post")
	if code != 0 {
		t.Fatalf("bot digest --post = %d:\n%s", code, out)
	}
	posts := slack.snapshot()
	if len(posts) != 2 {
		t.Fatalf("digest posts = %d; want one per channel (2)", len(posts))
	}
	for i, ch := range []string{"C7", "C8"} {
		if posts[i].Get("channel") != ch || posts[i].Get("blocks") == "" || posts[i].Get("text") == "" {
			t.Errorf("post %d = channel %q, blocks %d bytes, text %q; want Block Kit and a text fallback in %s",
				i, posts[i].Get("channel"), len(posts[i].Get("blocks")), posts[i].Get("text"), ch)
		}
	}
}
