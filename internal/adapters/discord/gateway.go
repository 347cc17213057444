package discord

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"sync"
	"sync/atomic"
	"time"

	"github.com/bwmarrin/discordgo"
	"github.com/gorilla/websocket"
)

// errAbandoned refuses the connections of a session we gave up on, so
// discordgo's own reconnect loop on it can never come back to life.
var errAbandoned = errors.New("gateway session abandoned")

// gateway is one discordgo session used for gateway events only.
type gateway struct {
	s         *discordgo.Session
	conns     connTracker
	transport *http.Transport
	connected atomic.Bool
	abandoned atomic.Bool
	down      atomic.Int64 // unix nanoseconds since when it is down
}

// newGateway builds a gateway session (not open yet) whose events feed a.
func (a *Adapter) newGateway(workCtx context.Context) *gateway {
	g := &gateway{transport: newTransport()}
	g.markDown()
	s, _ := discordgo.New(a.cfg.Token) // discordgo.New never fails
	s.Identify.Intents = intents
	s.ShardID, s.ShardCount = a.cfg.ShardID, a.cfg.ShardCount
	s.SyncEvents = true // handlers only hand work to tracked goroutines
	s.ShouldReconnectOnError = true
	s.LogLevel = discordgo.LogWarning
	s.Dialer = &websocket.Dialer{
		Proxy:            http.ProxyFromEnvironment,
		HandshakeTimeout: 15 * time.Second,
		NetDialContext:   g.conns.dial,
	}
	g.transport.DialContext = g.conns.dialPlain
	s.Client = &http.Client{Timeout: 15 * time.Second, Transport: g.transport}
	// Only channels and threads are needed (thread conversations).
	st := discordgo.NewState()
	st.TrackEmojis, st.TrackStickers, st.TrackMembers, st.TrackThreadMembers = false, false, false, false
	st.TrackRoles, st.TrackVoice, st.TrackPresences = false, false, false
	s.State = st
	g.s = s

	s.AddHandler(func(_ *discordgo.Session, r *discordgo.Ready) {
		if g.abandoned.Load() {
			return
		}
		if r.User != nil && r.User.ID != "" {
			id := r.User.ID
			a.botID.Store(&id)
		}
		if r.Application != nil && r.Application.ID != "" {
			id := r.Application.ID
			a.appID.Store(&id)
		}
		a.log.Info("gateway ready", "guilds", len(r.Guilds))
	})
	s.AddHandler(func(_ *discordgo.Session, _ *discordgo.Connect) {
		if g.abandoned.Load() {
			return
		}
		g.connected.Store(true)
		a.setConnectedGauge(true)
	})
	s.AddHandler(func(_ *discordgo.Session, _ *discordgo.Disconnect) {
		g.connected.Store(false)
		g.markDown()
		if !g.abandoned.Load() {
			a.setConnectedGauge(false)
			a.log.Warn("gateway disconnected")
		}
	})
	s.AddHandler(func(_ *discordgo.Session, ic *discordgo.InteractionCreate) {
		if !g.abandoned.Load() && ic.Interaction != nil {
			a.onInteraction(workCtx, ic.Interaction)
		}
	})
	s.AddHandler(func(_ *discordgo.Session, mc *discordgo.MessageCreate) {
		if !g.abandoned.Load() && mc.Message != nil {
			a.onMessage(workCtx, mc.Message)
		}
	})
	return g
}

// markDown records that the gateway is down from now.
func (g *gateway) markDown() { g.down.Store(time.Now().UnixNano()) }

// downSince is when the gateway last went down.
func (g *gateway) downSince() time.Time { return time.Unix(0, g.down.Load()) }

// abandon gives the session up: its events are dropped, its connection
// closed and every new connection refused.
func (g *gateway) abandon() {
	g.abandoned.Store(true)
	g.connected.Store(false)
	g.conns.refuse()
	g.conns.closeLast()
	g.transport.CloseIdleConnections()
}

// close closes the session at shutdown. discordgo's Close sleeps about a
// second; it is not waited for longer than a few seconds in case the
// session is deadlocked.
func (g *gateway) close(log *slog.Logger) {
	g.abandoned.Store(true)
	g.conns.refuse()
	done := make(chan error, 1)
	go func() { done <- g.s.Close() }()
	timer := time.NewTimer(5 * time.Second)
	defer timer.Stop()
	select {
	case err := <-done:
		if err != nil {
			log.Warn("closing the gateway session", "err", safeErr(err))
		}
	case <-timer.C:
		log.Error("closing the gateway session is stuck; leaving it")
	}
	g.connected.Store(false)
	g.conns.closeLast()
	g.transport.CloseIdleConnections()
}

// open opens g under cfg.OpenTimeout. On timeout the blocked read is
// interrupted; if discordgo is deadlocked (it can be, in Open) the session
// is abandoned. Either way the caller gets an error and may build a new
// session.
func (a *Adapter) open(ctx context.Context, g *gateway) error {
	done := make(chan error, 1)
	go func() { done <- g.s.Open() }()
	timer := time.NewTimer(a.cfg.OpenTimeout)
	defer timer.Stop()
	select {
	case err := <-done:
		return err
	case <-timer.C:
	case <-ctx.Done():
	}
	g.conns.interrupt()
	stuck := time.NewTimer(a.stuckWait)
	defer stuck.Stop()
	select {
	case err := <-done:
		g.abandon()
		if err == nil {
			// It opened just as we gave up: let it go rather than keep a
			// connection whose reads we broke.
			g.s.Close()
			err = errors.New("opened too late")
		}
		return fmt.Errorf("open gateway: not ready within %s: %w", a.cfg.OpenTimeout, err)
	case <-stuck.C:
		g.abandon()
		return fmt.Errorf("open gateway: stuck for %s (discordgo deadlock); session abandoned", a.cfg.OpenTimeout+a.stuckWait)
	}
}

// fatalGatewayError reports errors that retrying cannot fix: a bad token,
// bad shard settings, intents the app may not use.
func fatalGatewayError(err error) bool {
	if errors.Is(err, discordgo.ErrWSShardBounds) {
		return true
	}
	var ce *websocket.CloseError
	if errors.As(err, &ce) {
		switch ce.Code {
		case 4004, 4010, 4011, 4012, 4013, 4014:
			return true
		}
	}
	return false
}

// connTracker dials a session's connections, remembers the gateway
// connection so a stuck Open can be interrupted, and refuses to dial
// once the session is abandoned.
type connTracker struct {
	mu      sync.Mutex
	last    net.Conn
	refused bool
}

func (t *connTracker) dial(ctx context.Context, network, addr string) (net.Conn, error) {
	c, err := t.dialPlain(ctx, network, addr)
	if err != nil {
		return nil, err
	}
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.refused {
		c.Close()
		return nil, errAbandoned
	}
	t.last = c
	return c, nil
}

func (t *connTracker) dialPlain(ctx context.Context, network, addr string) (net.Conn, error) {
	t.mu.Lock()
	refused := t.refused
	t.mu.Unlock()
	if refused {
		return nil, errAbandoned
	}
	d := net.Dialer{Timeout: 10 * time.Second, KeepAlive: 30 * time.Second}
	return d.DialContext(ctx, network, addr)
}

// interrupt makes a read blocked on the gateway connection fail now.
func (t *connTracker) interrupt() {
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.last != nil {
		t.last.SetReadDeadline(time.Now())
	}
}

func (t *connTracker) refuse() {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.refused = true
}

func (t *connTracker) closeLast() {
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.last != nil {
		t.last.Close()
	}
}

var (
	routeLogsOnce sync.Once
	libraryLog    atomic.Pointer[slog.Logger]
)

// routeLibraryLogs sends discordgo's own logs (warnings and errors only:
// sessions log at LogWarning, so nothing with payloads or tokens) to log.
// discordgo's logger is a package variable, set once per process.
func routeLibraryLogs(log *slog.Logger) {
	l := log.With("lib", "discordgo")
	libraryLog.Store(l)
	routeLogsOnce.Do(func() {
		discordgo.Logger = func(level, _ int, format string, args ...any) {
			l := libraryLog.Load()
			msg := fmt.Sprintf(format, args...)
			switch level {
			case discordgo.LogError:
				l.Error(msg)
			case discordgo.LogWarning:
				l.Warn(msg)
			default:
				l.Debug(msg)
			}
		}
	})
}
