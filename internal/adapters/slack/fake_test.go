package slack

import (
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

	"github.com/gorilla/websocket"
)

// Tokens the fake accepts.
const (
	testBotToken = "xoxb-test-bot-token"
	testAppToken = "xapp-test-app-token"
	testSecret   = "test-signing-secret"
	testBotUser  = "UBOT"
	testBotID    = "BBOT"
)

// apiCall is one Web API call the fake received.
type apiCall struct {
	Method string
	Form   url.Values
	Body   string // response_url posts: the JSON body
	TS     string // the ts the fake answered with
}

// failure is a scripted failed response for a method.
type failure struct {
	status     int    // HTTP status; 0 means 200 with {"ok":false}
	retryAfter string // Retry-After header
	slackErr   string // the "error" of an ok:false body
}

// ack is a Socket Mode acknowledgement the fake read.
type ack struct {
	EnvelopeID string          `json:"envelope_id"`
	Payload    json.RawMessage `json:"payload"`
}

// fakeSlack is a local Slack: the Web API methods the adapter uses,
// response_url posts, and a Socket Mode websocket that says hello, pings,
// sends envelopes, reads acks and can drop the connection.
type fakeSlack struct {
	t   testing.TB
	srv *httptest.Server

	mu       sync.Mutex
	calls    []apiCall
	failures map[string][]failure
	nextTS   int
	acks     []ack
	conns    int
	conn     *websocket.Conn
	writeMu  sync.Mutex
	pingStop chan struct{}
	wsWG     sync.WaitGroup
	record   bool
}

func newFakeSlack(t testing.TB) *fakeSlack {
	f := &fakeSlack{t: t, failures: map[string][]failure{}, record: true}
	mux := http.NewServeMux()
	mux.HandleFunc("/api/", f.serveAPI)
	mux.HandleFunc("/response/", f.serveResponseURL)
	mux.HandleFunc("/ws", f.serveSocket)
	f.srv = httptest.NewServer(mux)
	t.Cleanup(f.close)
	return f
}

func (f *fakeSlack) apiURL() string      { return f.srv.URL + "/api/" }
func (f *fakeSlack) responseURL() string { return f.srv.URL + "/response/T1/1/abc" }

func (f *fakeSlack) close() {
	f.mu.Lock()
	if f.conn != nil {
		_ = f.conn.Close()
	}
	if f.pingStop != nil {
		close(f.pingStop)
		f.pingStop = nil
	}
	f.mu.Unlock()
	f.srv.CloseClientConnections()
	f.srv.Close()
	f.wsWG.Wait()
}

// fail scripts the next len(fs) calls of method to fail as given.
func (f *fakeSlack) fail(method string, fs ...failure) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.failures[method] = append(f.failures[method], fs...)
}

func (f *fakeSlack) serveAPI(w http.ResponseWriter, r *http.Request) {
	method := strings.TrimPrefix(r.URL.Path, "/api/")
	if err := r.ParseForm(); err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	token := r.PostForm.Get("token")
	if token == "" {
		token = strings.TrimPrefix(r.Header.Get("Authorization"), "Bearer ")
	}
	want := testBotToken
	if method == "apps.connections.open" {
		want = testAppToken
	}
	if token != want {
		writeJSONBody(w, map[string]any{"ok": false, "error": "invalid_auth"})
		return
	}
	f.mu.Lock()
	f.nextTS++
	ts := fmt.Sprintf("1700000000.%06d", f.nextTS)
	if method == "chat.update" {
		ts = r.PostForm.Get("ts")
	}
	if f.record {
		f.calls = append(f.calls, apiCall{Method: method, Form: r.PostForm, TS: ts})
	}
	var fl *failure
	if q := f.failures[method]; len(q) > 0 {
		fl, f.failures[method] = &q[0], q[1:]
	}
	f.mu.Unlock()

	if fl != nil {
		if fl.retryAfter != "" {
			w.Header().Set("Retry-After", fl.retryAfter)
		}
		if fl.status != 0 {
			w.WriteHeader(fl.status)
			_, _ = io.WriteString(w, "<html>busy</html>")
			return
		}
		writeJSONBody(w, map[string]any{"ok": false, "error": fl.slackErr})
		return
	}
	switch method {
	case "auth.test":
		writeJSONBody(w, map[string]any{"ok": true, "user_id": testBotUser, "bot_id": testBotID, "team_id": "T1", "user": "bot", "team": "Test"})
	case "chat.postMessage":
		writeJSONBody(w, map[string]any{"ok": true, "channel": r.PostForm.Get("channel"), "ts": ts,
			"message": map[string]any{"type": "message", "text": r.PostForm.Get("text"), "ts": ts, "thread_ts": r.PostForm.Get("thread_ts")}})
	case "chat.update":
		writeJSONBody(w, map[string]any{"ok": true, "channel": r.PostForm.Get("channel"), "ts": ts, "text": r.PostForm.Get("text")})
	case "reactions.add":
		writeJSONBody(w, map[string]any{"ok": true})
	case "apps.connections.open":
		writeJSONBody(w, map[string]any{"ok": true, "url": "ws" + strings.TrimPrefix(f.srv.URL, "http") + "/ws"})
	default:
		writeJSONBody(w, map[string]any{"ok": false, "error": "unknown_method"})
	}
}

func (f *fakeSlack) serveResponseURL(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	f.mu.Lock()
	f.calls = append(f.calls, apiCall{Method: "response_url", Body: string(body)})
	f.mu.Unlock()
	_, _ = io.WriteString(w, "ok")
}

func writeJSONBody(w http.ResponseWriter, v any) {
	w.Header().Set("Content-Type", "application/json")
	_ = json.NewEncoder(w).Encode(v)
}

// upgrader accepts the client's Origin (https://api.slack.com), as Slack does.
var upgrader = websocket.Upgrader{CheckOrigin: func(*http.Request) bool { return true }}

func (f *fakeSlack) serveSocket(w http.ResponseWriter, r *http.Request) {
	conn, err := upgrader.Upgrade(w, r, nil)
	if err != nil {
		return
	}
	stop := make(chan struct{})
	f.mu.Lock()
	if f.pingStop != nil {
		close(f.pingStop)
	}
	f.conns++
	n := f.conns
	f.conn, f.pingStop = conn, stop
	f.mu.Unlock()

	f.writeMu.Lock()
	err = conn.WriteJSON(map[string]any{"type": "hello", "num_connections": n,
		"connection_info": map[string]any{"app_id": "A1"}, "debug_info": map[string]any{"host": "fake"}})
	f.writeMu.Unlock()
	if err != nil {
		return
	}
	f.wsWG.Add(1)
	go func() { // Slack pings; the client's watchdog wants them.
		defer f.wsWG.Done()
		tick := time.NewTicker(50 * time.Millisecond)
		defer tick.Stop()
		for {
			select {
			case <-stop:
				return
			case <-tick.C:
				if conn.WriteControl(websocket.PingMessage, []byte("ping"), time.Now().Add(time.Second)) != nil {
					return
				}
			}
		}
	}()
	for {
		_, data, err := conn.ReadMessage()
		if err != nil {
			return
		}
		var a ack
		if json.Unmarshal(data, &a) == nil && a.EnvelopeID != "" {
			f.mu.Lock()
			f.acks = append(f.acks, a)
			f.mu.Unlock()
		}
	}
}

// send writes one Socket Mode message on the current connection.
func (f *fakeSlack) send(v any) {
	f.t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		f.t.Fatalf("marshal envelope: %v", err)
	}
	f.sendRaw(b)
}

func (f *fakeSlack) sendRaw(b []byte) {
	f.t.Helper()
	f.mu.Lock()
	conn := f.conn
	f.mu.Unlock()
	if conn == nil {
		f.t.Fatal("send: no socket connection")
	}
	f.writeMu.Lock()
	defer f.writeMu.Unlock()
	if err := conn.WriteMessage(websocket.TextMessage, b); err != nil {
		f.t.Fatalf("send envelope: %v", err)
	}
}

// drop cuts the current socket connection without a close frame.
func (f *fakeSlack) drop() {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.conn != nil {
		_ = f.conn.UnderlyingConn().Close()
	}
}

func (f *fakeSlack) connections() int {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.conns
}

// callsOf returns the calls of method so far ("" for all).
func (f *fakeSlack) callsOf(method string) []apiCall {
	f.mu.Lock()
	defer f.mu.Unlock()
	var out []apiCall
	for _, c := range f.calls {
		if method == "" || c.Method == method {
			out = append(out, c)
		}
	}
	return out
}

func (f *fakeSlack) ackFor(envelopeID string) (ack, bool) {
	f.mu.Lock()
	defer f.mu.Unlock()
	for _, a := range f.acks {
		if a.EnvelopeID == envelopeID {
			return a, true
		}
	}
	return ack{}, false
}

// waitFor polls cond until it holds or the (generous) deadline passes.
func waitFor(t testing.TB, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(15 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(5 * time.Millisecond)
	}
}

// waitCalls waits until method has been called at least n times.
func (f *fakeSlack) waitCalls(t testing.TB, method string, n int) []apiCall {
	t.Helper()
	waitFor(t, fmt.Sprintf("%d %s call(s)", n, method), func() bool { return len(f.callsOf(method)) >= n })
	return f.callsOf(method)
}

func (f *fakeSlack) waitAck(t testing.TB, envelopeID string) ack {
	t.Helper()
	waitFor(t, "ack of "+envelopeID, func() bool { _, ok := f.ackFor(envelopeID); return ok })
	a, _ := f.ackFor(envelopeID)
	return a
}

func (f *fakeSlack) waitConnections(t testing.TB, n int) {
	t.Helper()
	waitFor(t, fmt.Sprintf("%d socket connection(s)", n), func() bool { return f.connections() >= n })
}

// Envelopes and payloads as Slack sends them.

func eventEnvelope(envelopeID, eventID string, retry int, event map[string]any) map[string]any {
	return map[string]any{
		"envelope_id": envelopeID, "type": "events_api", "accepts_response_payload": false,
		"retry_attempt": retry, "retry_reason": retryReason(retry),
		"payload": eventCallback(eventID, event),
	}
}

func retryReason(retry int) string {
	if retry > 0 {
		return "timeout"
	}
	return ""
}

func eventCallback(eventID string, event map[string]any) map[string]any {
	return map[string]any{
		"token": "verification-token", "team_id": "T1", "api_app_id": "A1", "type": "event_callback",
		"event_id": eventID, "event_time": 1700000000, "authorizations": []any{}, "event": event,
	}
}

func mention(channel, user, text, ts, threadTS string) map[string]any {
	e := map[string]any{"type": "app_mention", "user": user, "text": "<@" + testBotUser + "> " + text,
		"ts": ts, "channel": channel, "event_ts": ts}
	if threadTS != "" {
		e["thread_ts"] = threadTS
	}
	return e
}

func directMessage(channel, user, text, ts string) map[string]any {
	return map[string]any{"type": "message", "channel_type": "im", "user": user, "text": text,
		"ts": ts, "channel": channel, "event_ts": ts}
}

func slashCommand(command, text, channel, user, triggerID, responseURL string) map[string]string {
	return map[string]string{
		"token": "verification-token", "team_id": "T1", "team_domain": "test", "channel_id": channel,
		"channel_name": "general", "user_id": user, "user_name": "ann", "command": command, "text": text,
		"response_url": responseURL, "trigger_id": triggerID, "api_app_id": "A1",
	}
}

func slashEnvelope(envelopeID string, cmd map[string]string) map[string]any {
	return map[string]any{"envelope_id": envelopeID, "type": "slash_commands", "accepts_response_payload": true, "payload": cmd}
}

// click is a block_actions payload for a button from a posted message.
func click(channel, user, triggerID, messageTS, threadTS, actionID, value string) map[string]any {
	msg := map[string]any{"type": "message", "ts": messageTS, "user": testBotUser, "bot_id": testBotID}
	container := map[string]any{"type": "message", "message_ts": messageTS, "channel_id": channel, "is_ephemeral": false}
	if threadTS != "" {
		msg["thread_ts"] = threadTS
		container["thread_ts"] = threadTS
	}
	return map[string]any{
		"type": "block_actions", "trigger_id": triggerID, "api_app_id": "A1",
		"team":      map[string]any{"id": "T1", "domain": "test"},
		"user":      map[string]any{"id": user, "username": "ann", "name": "ann", "team_id": "T1"},
		"channel":   map[string]any{"id": channel, "name": "general"},
		"container": container, "message": msg, "response_url": "",
		"actions": []any{map[string]any{"type": "button", "action_id": actionID, "block_id": "b",
			"value": value, "action_ts": "1700000001.000001", "text": map[string]any{"type": "plain_text", "text": "x"}}},
	}
}

func interactiveEnvelope(envelopeID string, payload map[string]any) map[string]any {
	return map[string]any{"envelope_id": envelopeID, "type": "interactive", "accepts_response_payload": false, "payload": payload}
}

// sign returns Slack's v0 signature of body at timestamp ts.
func sign(secret, ts string, body []byte) string {
	mac := hmac.New(sha256.New, []byte(secret))
	_, _ = io.WriteString(mac, "v0:"+ts+":")
	_, _ = mac.Write(body)
	return "v0=" + hex.EncodeToString(mac.Sum(nil))
}

// signedRequest builds a request signed at now.
func signedRequest(t testing.TB, base, path, contentType string, body []byte, now time.Time) *http.Request {
	t.Helper()
	req, err := http.NewRequest(http.MethodPost, base+path, strings.NewReader(string(body)))
	if err != nil {
		t.Fatal(err)
	}
	ts := strconv.FormatInt(now.Unix(), 10)
	req.Header.Set("Content-Type", contentType)
	req.Header.Set("X-Slack-Request-Timestamp", ts)
	req.Header.Set("X-Slack-Signature", sign(testSecret, ts, body))
	return req
}

func formBody(m map[string]string) []byte {
	v := url.Values{}
	for k, s := range m {
		v.Set(k, s)
	}
	return []byte(v.Encode())
}

// blockStrings returns every string inside a call's blocks JSON, decoded.
func blockStrings(t testing.TB, c apiCall) []string {
	t.Helper()
	raw := c.Form.Get("blocks")
	if c.Method == "response_url" {
		var body struct {
			Blocks json.RawMessage `json:"blocks"`
		}
		if err := json.Unmarshal([]byte(c.Body), &body); err != nil {
			t.Fatalf("response_url body %q: %v", c.Body, err)
		}
		raw = string(body.Blocks)
	}
	if raw == "" {
		return nil
	}
	var v any
	if err := json.Unmarshal([]byte(raw), &v); err != nil {
		t.Fatalf("blocks %q: %v", raw, err)
	}
	var out []string
	var walk func(any)
	walk = func(v any) {
		switch x := v.(type) {
		case string:
			out = append(out, x)
		case []any:
			for _, e := range x {
				walk(e)
			}
		case map[string]any:
			for _, e := range x {
				walk(e)
			}
		}
	}
	walk(v)
	return out
}

// postedBlocks decodes a call's blocks.
func postedBlocks(t testing.TB, c apiCall) []map[string]any {
	t.Helper()
	var blocks []map[string]any
	if err := json.Unmarshal([]byte(c.Form.Get("blocks")), &blocks); err != nil {
		t.Fatalf("blocks of %s %q: %v", c.Method, c.Form.Get("blocks"), err)
	}
	return blocks
}

// button finds a button by action id (prefix) in a call's blocks.
func button(t testing.TB, c apiCall, actionPrefix string) (actionID, value, text string) {
	t.Helper()
	for _, b := range postedBlocks(t, c) {
		if b["type"] != "actions" {
			continue
		}
		for _, e := range b["elements"].([]any) {
			el := e.(map[string]any)
			id, _ := el["action_id"].(string)
			if strings.HasPrefix(id, actionPrefix) {
				v, _ := el["value"].(string)
				txt, _ := el["text"].(map[string]any)["text"].(string)
				return id, v, txt
			}
		}
	}
	t.Fatalf("no %q button in blocks %s", actionPrefix, c.Form.Get("blocks"))
	return "", "", ""
}
