package slack

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"sync"
	"time"

	"github.com/slack-go/slack"
	"github.com/slack-go/slack/slackevents"
	"github.com/slack-go/slack/socketmode"
)

// runSocket runs Socket Mode until ctx ends: one goroutine drains the
// client's events (acking each envelope first), while the library keeps
// the connection up and reconnects after drops.
func (a *Adapter) runSocket(ctx context.Context) error {
	api := slack.New(a.cfg.BotToken,
		slack.OptionAppLevelToken(a.cfg.AppToken),
		slack.OptionAPIURL(a.cfg.APIURL),
		slack.OptionHTTPClient(a.http))
	opts := []socketmode.Option{socketmode.OptionLog(slogOutput{a.log})}
	if a.cfg.PingInterval > 0 {
		opts = append(opts, socketmode.OptionPingInterval(a.cfg.PingInterval))
	}
	smc := socketmode.New(api, opts...)

	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	var wg sync.WaitGroup
	wg.Go(func() { a.drainSocket(ctx, smc) })
	err := a.keepSocket(ctx, smc)
	cancel()
	wg.Wait()
	a.setConnected(false)
	return err
}

// keepSocket runs the Socket Mode client, starting it again if it ever
// gives up for a reason other than rejected tokens.
func (a *Adapter) keepSocket(ctx context.Context, smc *socketmode.Client) error {
	wait := time.Second
	for {
		err := smc.RunContext(ctx)
		if ctx.Err() != nil {
			return nil
		}
		if isAuthError(err) {
			return fmt.Errorf("slack socket mode: %w", err)
		}
		a.setConnected(false)
		a.log.Warn("slack socket mode stopped; restarting", "err", err, "in", wait)
		t := time.NewTimer(wait)
		select {
		case <-ctx.Done():
			t.Stop()
			return nil
		case <-t.C:
		}
		wait = min(2*wait, 30*time.Second)
	}
}

// drainSocket reads the client's events until ctx ends. It never blocks
// on an answer: the slow work runs in goroutines the adapter owns.
func (a *Adapter) drainSocket(ctx context.Context, smc *socketmode.Client) {
	for {
		select {
		case <-ctx.Done():
			return
		case evt := <-smc.Events:
			a.socketEvent(ctx, smc, evt)
		}
	}
}

func (a *Adapter) socketEvent(ctx context.Context, smc *socketmode.Client, evt socketmode.Event) {
	switch evt.Type {
	case socketmode.EventTypeConnecting:
		a.setConnected(false)
		a.log.Debug("slack socket connecting")
	case socketmode.EventTypeConnected, socketmode.EventTypeHello:
		if !a.connected.Load() {
			a.log.Info("slack socket connected")
		}
		a.setConnected(true)
	case socketmode.EventTypeConnectionError:
		a.setConnected(false)
		if ce, ok := evt.Data.(*slack.ConnectionErrorEvent); ok {
			a.log.Warn("slack socket connection failed", "attempt", ce.Attempt, "backoff", ce.Backoff, "err", ce.ErrorObj)
		}
	case socketmode.EventTypeInvalidAuth:
		a.setConnected(false)
		a.log.Error("slack socket: the app token was rejected")
	case socketmode.EventTypeDisconnect:
		a.setConnected(false)
		a.log.Info("slack socket: Slack asked to reconnect")
	case socketmode.EventTypeIncomingError:
		if ie, ok := evt.Data.(*slack.IncomingEventError); ok {
			a.log.Warn("slack socket read failed", "err", ie.ErrorObj)
		}
	case socketmode.EventTypeErrorWriteFailed:
		if wf, ok := evt.Data.(*socketmode.ErrorWriteFailed); ok {
			a.log.Warn("slack socket ack failed", "err", wf.Cause)
		}
	case socketmode.EventTypeErrorBadMessage:
		// ParseEvent rejected it (an unknown inner type, a malformed
		// block): ack it anyway, or Slack redelivers it forever.
		bad, _ := evt.Data.(*socketmode.ErrorBadMessage)
		if bad == nil {
			return
		}
		var env struct {
			EnvelopeID string `json:"envelope_id"`
			Type       string `json:"type"`
		}
		_ = json.Unmarshal(bad.Message, &env)
		a.log.Debug("slack envelope ignored", "envelope", env.EnvelopeID, "type", env.Type, "err", bad.Cause)
		if env.EnvelopeID != "" {
			a.ack(ctx, smc, env.EnvelopeID, nil)
		}
	case socketmode.EventTypeEventsAPI:
		ev, ok := evt.Data.(slackevents.EventsAPIEvent)
		if !ok || evt.Request == nil {
			return
		}
		f, handled := fieldsOf(ev)
		if !handled {
			a.log.Debug("slack event ignored", "type", ev.Type, "inner", f.Type)
			a.ack(ctx, smc, evt.Request.EnvelopeID, nil)
			return
		}
		if !a.jobs.begin() {
			return // shutting down: unacked, Slack redelivers elsewhere
		}
		a.ack(ctx, smc, evt.Request.EnvelopeID, nil)
		eventID, retry := callbackEventID(ev), evt.Request.RetryAttempt
		a.launch(eventID, func(ctx context.Context) { a.handleEvent(ctx, eventID, f, retry) })
	case socketmode.EventTypeSlashCommand:
		cmd, ok := evt.Data.(slack.SlashCommand)
		if !ok || evt.Request == nil {
			return
		}
		if !a.jobs.begin() {
			return
		}
		resp, job := a.slashCommand(ctx, cmd)
		var payload any
		if resp != nil {
			payload = resp
		}
		a.ack(ctx, smc, evt.Request.EnvelopeID, payload)
		if job == nil {
			a.jobs.end()
			return
		}
		a.launch("cmd:"+cmd.TriggerID, job)
	case socketmode.EventTypeInteractive:
		cb, ok := evt.Data.(slack.InteractionCallback)
		if !ok || evt.Request == nil {
			return
		}
		if !a.jobs.begin() {
			return
		}
		a.ack(ctx, smc, evt.Request.EnvelopeID, nil)
		a.launch("action:"+cb.TriggerID, func(ctx context.Context) { a.handleInteraction(ctx, cb) })
	default:
		a.log.Debug("slack socket event ignored", "type", string(evt.Type))
	}
}

// ack acknowledges an envelope, waiting at most ackTimeout for the
// client's send queue.
func (a *Adapter) ack(ctx context.Context, smc *socketmode.Client, envelopeID string, payload any) {
	ctx, cancel := context.WithTimeout(ctx, ackTimeout)
	defer cancel()
	if err := smc.AckCtx(ctx, envelopeID, payload); err != nil && !errors.Is(err, context.Canceled) {
		a.metrics.PlatformErrors.WithLabelValues(platform, "ack").Inc()
		a.log.Warn("slack ack failed", "envelope", envelopeID, "err", err)
	}
}

// slogOutput routes the socketmode client's (debug-only) log lines to slog.
type slogOutput struct{ log *slog.Logger }

func (o slogOutput) Output(_ int, s string) error {
	o.log.Debug("slack socketmode: " + s)
	return nil
}
