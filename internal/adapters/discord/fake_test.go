package discord

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/gorilla/websocket"
)

// The fake Discord's fixed ids.
const (
	fakeBotID   = "999"
	fakeAppID   = "555"
	fakeToken   = "NTU1.GxYzAb.c2VjcmV0LXRlc3QtdG9rZW4" // base64("555"), not a real token
	fakeGuild   = "200"
	fakeChannel = "100"
	fakeUser    = "111"
)

// request is one REST request the fake Discord received.
type request struct {
	Method string
	Path   string
	Body   []byte
	Status int
	Resp   string
	At     time.Time
}

// json decodes the request body into a generic value.
func (r request) json(t testing.TB) map[string]any {
	t.Helper()
	var v map[string]any
	if err := json.Unmarshal(r.Body, &v); err != nil {
		t.Fatalf("%s %s: body %q is not a JSON object: %v", r.Method, r.Path, r.Body, err)
	}
	return v
}

// fault is a canned failure for the next matching requests.
type fault struct {
	method, prefix string
	status         int
	body           string
	times          int
}

// fakeDiscord is a local Discord: REST on /api/v9/ and a gateway
// websocket on /gw speaking HELLO, IDENTIFY, RESUME, heartbeats and
// dispatches. It records every REST request.
type fakeDiscord struct {
	srv      *httptest.Server
	upgrader websocket.Upgrader

	mu         sync.Mutex
	requests   []request
	faults     []*fault
	nextID     int
	identifies []map[string]any
	resumes    int
	stalls     int // upcoming gateway connections that never get HELLO
	closeCode  int // when set, IDENTIFY is answered with this close code
	reconnects int // upcoming IDENTIFYs answered with op 7 (reconnect) before READY
	onCallback func(interactionID string, at time.Time)

	gwMu  sync.Mutex
	conn  *gwConn // the session's current connection
	conns []*websocket.Conn
	seq   int64
}

// gwConn is a gateway connection with its writes serialised.
type gwConn struct {
	c  *websocket.Conn
	mu sync.Mutex
}

func (g *gwConn) write(typ int, data []byte) error {
	g.mu.Lock()
	defer g.mu.Unlock()
	return g.c.WriteMessage(typ, data)
}

func (g *gwConn) writeJSON(v any) error {
	data, err := json.Marshal(v)
	if err != nil {
		return err
	}
	return g.write(websocket.TextMessage, data)
}

func newFakeDiscord() *fakeDiscord {
	f := &fakeDiscord{nextID: 7000}
	mux := http.NewServeMux()
	mux.HandleFunc("/api/v9/", f.serveREST)
	mux.HandleFunc("/gw/", f.serveGateway) // discordgo dials {url}/?v=9&encoding=json
	f.srv = httptest.NewServer(mux)
	return f
}

// apiURL is the fake's REST base (DISCORD_API_URL).
func (f *fakeDiscord) apiURL() string { return f.srv.URL + "/api/v9/" }

func (f *fakeDiscord) close() {
	f.gwMu.Lock()
	for _, c := range f.conns {
		c.Close()
	}
	f.gwMu.Unlock()
	f.srv.Close()
}

// reset forgets everything recorded (between tests).
func (f *fakeDiscord) reset() {
	f.mu.Lock()
	f.requests, f.faults, f.identifies, f.resumes, f.stalls, f.closeCode, f.reconnects, f.onCallback = nil, nil, nil, 0, 0, 0, 0, nil
	f.mu.Unlock()
}

// fail makes the next `times` requests whose method matches and whose
// path starts with prefix (after /api/v9/) fail with status and body.
func (f *fakeDiscord) fail(method, prefix string, status int, body string, times int) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.faults = append(f.faults, &fault{method: method, prefix: "/api/v9/" + prefix, status: status, body: body, times: times})
}

func (f *fakeDiscord) id() string {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.nextID++
	return fmt.Sprint(f.nextID)
}

func (f *fakeDiscord) serveREST(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	at := time.Now()
	path := r.URL.Path
	status, resp := f.route(r.Method, path, body)
	f.mu.Lock()
	for _, ft := range f.faults {
		if ft.times > 0 && ft.method == r.Method && strings.HasPrefix(path, ft.prefix) {
			ft.times--
			status, resp = ft.status, ft.body
			break
		}
	}
	f.requests = append(f.requests, request{Method: r.Method, Path: path, Body: body, Status: status, Resp: resp, At: at})
	hook := f.onCallback
	f.mu.Unlock()
	if hook != nil && status == http.StatusNoContent && strings.HasSuffix(path, "/callback") {
		parts := strings.Split(path, "/")
		hook(parts[4], at) // /api/v9/interactions/{id}/{token}/callback
	}
	if resp == "" {
		w.WriteHeader(status)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	io.WriteString(w, resp)
}

// route answers a REST request as Discord would.
func (f *fakeDiscord) route(method, path string, body []byte) (int, string) {
	p := strings.TrimPrefix(path, "/api/v9/")
	parts := strings.Split(p, "/")
	switch {
	case method == http.MethodGet && (p == "gateway" || p == "gateway/bot"):
		return 200, fmt.Sprintf(`{"url":"ws://%s/gw","shards":1}`, f.srv.Listener.Addr())
	case method == http.MethodPut && parts[0] == "applications" && parts[len(parts)-1] == "commands":
		var cmds []map[string]any
		if err := json.Unmarshal(body, &cmds); err != nil {
			return 400, `{"message":"Invalid Form Body","code":50035}`
		}
		for _, c := range cmds {
			c["id"] = f.id()
			c["application_id"] = parts[1]
		}
		out, _ := json.Marshal(cmds)
		return 200, string(out)
	case method == http.MethodPost && parts[0] == "interactions" && len(parts) == 4 && parts[3] == "callback":
		return 204, ""
	case method == http.MethodPatch && parts[0] == "webhooks" && len(parts) == 5 && parts[4] == "@original":
		return 200, fmt.Sprintf(`{"id":%q,"channel_id":%q,"author":{"id":%q,"bot":true}}`, f.id(), fakeChannel, fakeBotID)
	case method == http.MethodPost && parts[0] == "channels" && len(parts) == 3 && parts[2] == "messages":
		return 200, fmt.Sprintf(`{"id":%q,"channel_id":%q,"author":{"id":%q,"bot":true}}`, f.id(), parts[1], fakeBotID)
	}
	return 404, `{"message":"404: Not Found","code":0}`
}

// refuseIdentify answers the next IDENTIFYs by closing with code.
func (f *fakeDiscord) refuseIdentify(code int) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.closeCode = code
}

// reconnectBeforeReady answers the next n IDENTIFYs with op 7 instead
// of READY, which deadlocks discordgo v0.29.0's Open.
func (f *fakeDiscord) reconnectBeforeReady(n int) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.reconnects = n
}

// stallNext makes the next n gateway connections wait forever for HELLO.
func (f *fakeDiscord) stallNext(n int) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.stalls = n
}

func (f *fakeDiscord) serveGateway(w http.ResponseWriter, r *http.Request) {
	c, err := f.upgrader.Upgrade(w, r, nil)
	if err != nil {
		return
	}
	defer c.Close()
	f.gwMu.Lock()
	f.conns = append(f.conns, c)
	f.gwMu.Unlock()
	f.mu.Lock()
	stall := f.stalls > 0
	if stall {
		f.stalls--
	}
	f.mu.Unlock()
	if stall {
		for {
			if _, _, err := c.ReadMessage(); err != nil {
				return
			}
		}
	}
	gc := &gwConn{c: c}
	write := gc.writeJSON
	if write(map[string]any{"op": 10, "d": map[string]any{"heartbeat_interval": 45000}}) != nil {
		return
	}
	for {
		var msg struct {
			Op int             `json:"op"`
			D  json.RawMessage `json:"d"`
		}
		if err := c.ReadJSON(&msg); err != nil {
			f.gwMu.Lock()
			if f.conn == gc {
				f.conn = nil
			}
			f.gwMu.Unlock()
			return
		}
		switch msg.Op {
		case 1:
			write(map[string]any{"op": 11})
		case 2:
			var d map[string]any
			json.Unmarshal(msg.D, &d)
			f.mu.Lock()
			f.identifies = append(f.identifies, d)
			n, code, reconnect := len(f.identifies), f.closeCode, f.reconnects > 0
			if reconnect {
				f.reconnects--
			}
			f.mu.Unlock()
			if reconnect {
				write(map[string]any{"op": 7, "d": nil})
				continue
			}
			if code != 0 {
				gc.write(websocket.CloseMessage, websocket.FormatCloseMessage(code, "Disallowed intent(s)."))
				return
			}
			f.gwMu.Lock()
			f.conn, f.seq = gc, 1
			f.gwMu.Unlock()
			ready := map[string]any{"v": 9, "session_id": fmt.Sprintf("session-%d", n),
				"user":        map[string]any{"id": fakeBotID, "username": "storybot", "bot": true},
				"application": map[string]any{"id": fakeAppID}, "guilds": []any{}}
			write(map[string]any{"op": 0, "s": 1, "t": "READY", "d": ready})
		case 6:
			f.mu.Lock()
			f.resumes++
			f.mu.Unlock()
			f.gwMu.Lock()
			f.conn = gc
			f.seq++
			s := f.seq
			f.gwMu.Unlock()
			write(map[string]any{"op": 0, "s": s, "t": "RESUMED", "d": map[string]any{}})
		}
	}
}

// dispatch sends an event to the current gateway session; it returns when
// the frame was handed to the socket, and the time just before.
func (f *fakeDiscord) dispatch(t testing.TB, typ string, data any) time.Time {
	t.Helper()
	raw, err := json.Marshal(data)
	if err != nil {
		t.Fatalf("marshal %s: %v", typ, err)
	}
	f.gwMu.Lock()
	defer f.gwMu.Unlock()
	if f.conn == nil {
		t.Fatalf("dispatch %s: no gateway session", typ)
	}
	f.seq++
	frame := fmt.Sprintf(`{"op":0,"s":%d,"t":%q,"d":%s}`, f.seq, typ, raw)
	at := time.Now()
	if err := f.conn.write(websocket.TextMessage, []byte(frame)); err != nil {
		t.Fatalf("dispatch %s: %v", typ, err)
	}
	return at
}

// drop cuts the current gateway connection without a close frame.
func (f *fakeDiscord) drop() {
	f.gwMu.Lock()
	defer f.gwMu.Unlock()
	if f.conn != nil {
		f.conn.c.UnderlyingConn().Close()
		f.conn = nil
	}
}

// connected reports whether a session is on the gateway.
func (f *fakeDiscord) connected() bool {
	f.gwMu.Lock()
	defer f.gwMu.Unlock()
	return f.conn != nil
}

func (f *fakeDiscord) counts() (identifies, resumes int) {
	f.mu.Lock()
	defer f.mu.Unlock()
	return len(f.identifies), f.resumes
}

func (f *fakeDiscord) identify(n int) map[string]any {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.identifies[n]
}

// matching returns the recorded requests for which match is true.
func (f *fakeDiscord) matching(match func(request) bool) []request {
	f.mu.Lock()
	defer f.mu.Unlock()
	var out []request
	for _, r := range f.requests {
		if match(r) {
			out = append(out, r)
		}
	}
	return out
}

// waitFor polls until at least n requests match, or fails the test.
func (f *fakeDiscord) waitFor(t testing.TB, what string, n int, match func(request) bool) []request {
	t.Helper()
	deadline := time.Now().Add(15 * time.Second)
	for {
		got := f.matching(match)
		if len(got) >= n {
			return got
		}
		if time.Now().After(deadline) {
			t.Fatalf("waiting for %d %s: got %d; all requests:\n%s", n, what, len(got), f.dump())
		}
		time.Sleep(5 * time.Millisecond)
	}
}

func (f *fakeDiscord) dump() string {
	var b strings.Builder
	for _, r := range f.matching(func(request) bool { return true }) {
		fmt.Fprintf(&b, "  %s %s -> %d %s\n", r.Method, r.Path, r.Status, r.Body)
	}
	return b.String()
}

// Request matchers.

func callbackOf(interactionID string) func(request) bool {
	return func(r request) bool {
		return r.Method == http.MethodPost && strings.HasPrefix(r.Path, "/api/v9/interactions/"+interactionID+"/") && strings.HasSuffix(r.Path, "/callback")
	}
}

func editOf(token string) func(request) bool {
	return func(r request) bool {
		return r.Method == http.MethodPatch && r.Path == "/api/v9/webhooks/"+fakeAppID+"/"+token+"/messages/@original"
	}
}

func messagesIn(channel string) func(request) bool {
	return func(r request) bool {
		return r.Method == http.MethodPost && r.Path == "/api/v9/channels/"+channel+"/messages"
	}
}

func succeeded(match func(request) bool) func(request) bool {
	return func(r request) bool { return match(r) && r.Status < 300 }
}

func isSend(r request) bool {
	return (r.Method == http.MethodPost && (strings.HasSuffix(r.Path, "/callback") || strings.HasSuffix(r.Path, "/messages"))) ||
		(r.Method == http.MethodPatch && strings.Contains(r.Path, "/webhooks/"))
}

// Gateway event payloads.

func slashAsk(id, question string) map[string]any {
	return interaction(id, 2, map[string]any{"id": "1", "name": "ask", "type": 1,
		"options": []any{map[string]any{"name": "question", "type": 3, "value": question}}})
}

func interaction(id string, typ int, data any) map[string]any {
	return map[string]any{
		"id": id, "application_id": fakeAppID, "type": typ, "token": "tok-" + id, "version": 1,
		"guild_id": fakeGuild, "channel_id": fakeChannel,
		"member": map[string]any{"user": map[string]any{"id": fakeUser, "username": "alice"}},
		"data":   data,
	}
}

func click(id, customID string, message map[string]any) map[string]any {
	ic := interaction(id, 3, map[string]any{"custom_id": customID, "component_type": 2})
	ic["message"] = message
	return ic
}

func userMessage(id, channel, guild, author, content string, mentioned ...string) map[string]any {
	var ms []any
	for _, u := range mentioned {
		ms = append(ms, map[string]any{"id": u, "username": "u" + u})
	}
	m := map[string]any{
		"id": id, "channel_id": channel, "content": content, "type": 0, "mentions": ms,
		"author": map[string]any{"id": author, "username": "u" + author},
	}
	if guild != "" {
		m["guild_id"] = guild
	}
	return m
}
