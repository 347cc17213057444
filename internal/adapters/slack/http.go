package slack

import (
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"hash"
	"io"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/slack-go/slack"
	"github.com/slack-go/slack/slackevents"
)

// Signature verification errors.
var (
	errNoSignature  = errors.New("missing signature headers")
	errBadSignature = errors.New("invalid signature")
	errStale        = errors.New("stale or invalid timestamp")
	errNoSecret     = errors.New("no signing secret configured")
)

// maxSkew is how far a request's timestamp may be from the clock.
const maxSkew = 5 * time.Minute

// sigPool reuses keyed HMAC states; a keyed hmac.Reset is much cheaper
// than hmac.New.
type sigPool struct{ pool *sync.Pool }

func newSigPool(secret []byte) sigPool {
	return sigPool{pool: &sync.Pool{New: func() any { return hmac.New(sha256.New, secret) }}}
}

// verify checks Slack's v0 signature of body: HMAC-SHA256 over
// "v0:<timestamp>:<body>" with the signing secret, the timestamp within
// five minutes of now, compared in constant time.
func (p sigPool) verify(secret []byte, h http.Header, body []byte, now time.Time) error {
	if len(secret) == 0 {
		return errNoSecret
	}
	sig, ts := h.Get("X-Slack-Signature"), h.Get("X-Slack-Request-Timestamp")
	if sig == "" || ts == "" {
		return errNoSignature
	}
	sec, err := strconv.ParseInt(ts, 10, 64)
	if err != nil {
		return errStale
	}
	if skew := now.Sub(time.Unix(sec, 0)); skew > maxSkew || skew < -maxSkew {
		return errStale
	}
	hexSig, ok := strings.CutPrefix(sig, "v0=")
	if !ok || len(hexSig) != 2*sha256.Size {
		return errBadSignature
	}
	var got, want [sha256.Size]byte
	if _, err := hex.Decode(got[:], []byte(hexSig)); err != nil {
		return errBadSignature
	}
	mac := p.pool.Get().(hash.Hash)
	mac.Reset()
	var prefix [32]byte
	mac.Write(append(append(append(prefix[:0], "v0:"...), ts...), ':'))
	mac.Write(body)
	mac.Sum(want[:0])
	p.pool.Put(mac)
	if !hmac.Equal(got[:], want[:]) {
		return errBadSignature
	}
	return nil
}

func (a *Adapter) routes() *http.ServeMux {
	mux := http.NewServeMux()
	mux.HandleFunc("POST /slack/events", a.serveEvents)
	mux.HandleFunc("POST /slack/commands", a.serveCommands)
	mux.HandleFunc("POST /slack/interactions", a.serveInteractions)
	return mux
}

// readVerified reads the capped body and checks its signature. On
// failure it has answered the request (401, or 413 for a body over the
// cap) and returns false.
func (a *Adapter) readVerified(w http.ResponseWriter, r *http.Request) ([]byte, bool) {
	body, err := readBody(http.MaxBytesReader(w, r.Body, a.cfg.MaxBody), r.ContentLength, a.cfg.MaxBody)
	if err != nil {
		var tooBig *http.MaxBytesError
		if errors.As(err, &tooBig) {
			w.WriteHeader(http.StatusRequestEntityTooLarge)
		} else {
			w.WriteHeader(http.StatusBadRequest)
		}
		a.log.Debug("slack http body unreadable", "path", r.URL.Path, "err", err)
		return nil, false
	}
	if err := a.sigs.verify(a.secret, r.Header, body, a.now()); err != nil {
		a.log.Debug("slack http request refused", "path", r.URL.Path, "err", err)
		w.WriteHeader(http.StatusUnauthorized)
		return nil, false
	}
	return body, true
}

func (a *Adapter) serveEvents(w http.ResponseWriter, r *http.Request) {
	body, ok := a.readVerified(w, r)
	if !ok {
		return
	}
	// One parse into just the fields the adapter reads (the library's
	// ParseEvent costs several times more).
	var cb struct {
		Type      string      `json:"type"`
		Challenge string      `json:"challenge"`
		EventID   string      `json:"event_id"`
		Event     eventFields `json:"event"`
	}
	if err := json.Unmarshal(body, &cb); err != nil {
		// Valid JSON of an unexpected shape is acked and ignored (a
		// non-2xx makes Slack redeliver it for hours); garbage is a 400.
		a.log.Debug("slack event not understood", "err", err)
		if json.Valid(body) {
			w.WriteHeader(http.StatusOK)
		} else {
			w.WriteHeader(http.StatusBadRequest)
		}
		return
	}
	switch cb.Type {
	case slackevents.URLVerification:
		writeJSON(w, map[string]string{"challenge": cb.Challenge})
	case slackevents.CallbackEvent:
		retry, _ := strconv.Atoi(r.Header.Get("X-Slack-Retry-Num"))
		if !a.spawn(cb.EventID, func(ctx context.Context) { a.handleEvent(ctx, cb.EventID, cb.Event, retry) }) {
			// Shutting down: let Slack redeliver to a replica that is up.
			w.WriteHeader(http.StatusServiceUnavailable)
			return
		}
		w.WriteHeader(http.StatusOK)
	default:
		a.log.Debug("slack event type ignored", "type", cb.Type)
		w.WriteHeader(http.StatusOK)
	}
}

func (a *Adapter) serveCommands(w http.ResponseWriter, r *http.Request) {
	form, ok := a.readVerifiedForm(w, r)
	if !ok {
		return
	}
	cmd := slack.SlashCommand{
		TeamID:      form.Get("team_id"),
		ChannelID:   form.Get("channel_id"),
		ChannelName: form.Get("channel_name"),
		UserID:      form.Get("user_id"),
		UserName:    form.Get("user_name"),
		Command:     form.Get("command"),
		Text:        form.Get("text"),
		ResponseURL: form.Get("response_url"),
		TriggerID:   form.Get("trigger_id"),
		APIAppID:    form.Get("api_app_id"),
	}
	resp, job := a.slashCommand(r.Context(), cmd)
	if job != nil && !a.spawn("cmd:"+cmd.TriggerID, job) {
		w.WriteHeader(http.StatusServiceUnavailable)
		return
	}
	if resp == nil {
		w.WriteHeader(http.StatusOK)
		return
	}
	writeJSON(w, resp)
}

func (a *Adapter) serveInteractions(w http.ResponseWriter, r *http.Request) {
	form, ok := a.readVerifiedForm(w, r)
	if !ok {
		return
	}
	var cb slack.InteractionCallback
	if err := json.Unmarshal([]byte(form.Get("payload")), &cb); err != nil {
		a.log.Debug("slack interaction payload ignored", "err", err)
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	if !a.spawn("action:"+cb.TriggerID, func(ctx context.Context) { a.handleInteraction(ctx, cb) }) {
		w.WriteHeader(http.StatusServiceUnavailable)
		return
	}
	w.WriteHeader(http.StatusOK)
}

// readBody reads r whole, in one allocation when the length is known
// (and within the cap), else growing as io.ReadAll does.
func readBody(r io.Reader, length, limit int64) ([]byte, error) {
	if length <= 0 || length > limit {
		return io.ReadAll(r)
	}
	buf := make([]byte, length+1) // +1: see EOF in the same read, or more than announced
	n, err := io.ReadFull(r, buf)
	switch {
	case err == io.ErrUnexpectedEOF || err == io.EOF:
		return buf[:n], nil
	case err != nil:
		return nil, err
	}
	// More than Content-Length: keep reading (the cap still applies).
	rest, err := io.ReadAll(r)
	return append(buf, rest...), err
}

func writeJSON(w http.ResponseWriter, v any) {
	b, err := json.Marshal(v)
	if err != nil {
		w.WriteHeader(http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	_, _ = w.Write(b)
}

// callbackEventID is the event_id of an event_callback, or "".
func callbackEventID(ev slackevents.EventsAPIEvent) string {
	if cb, ok := ev.Data.(*slackevents.EventsAPICallbackEvent); ok {
		return cb.EventID
	}
	return ""
}

// readVerifiedForm is readVerified for a form-encoded body (slash commands
// and interactions); a body that is not a form gets 400.
func (a *Adapter) readVerifiedForm(w http.ResponseWriter, r *http.Request) (url.Values, bool) {
	body, ok := a.readVerified(w, r)
	if !ok {
		return nil, false
	}
	form, err := url.ParseQuery(string(body))
	if err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return nil, false
	}
	return form, true
}
