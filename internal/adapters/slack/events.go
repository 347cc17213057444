package slack

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"time"

	"github.com/slack-go/slack"
	"github.com/slack-go/slack/slackevents"

	"github.com/deepseek-story/bot/internal/answer"
)

// Replies the adapter writes itself.
const (
	usageAsk       = "Usage: `/ask QUESTION`, for example `/ask who founded DeepSeek?`"
	rateLimitedMsg = "You're asking faster than I can answer: I take %d questions a minute from each person. Please try again in a minute."
	sorryMsg       = "Sorry, I couldn't answer that just now. Please try again."
	noDigestMsg    = "Digests are not configured on this bot."
	digestFailMsg  = "Sorry, I couldn't put the digest together just now. Please try again later."
	unknownCmdMsg  = "I only know `/ask QUESTION` and `/digest`."
)

// Action ids of the buttons the adapter renders.
const (
	actionFollowUp = "followup_" // + index
	actionVoteUp   = "vote_up"
	actionVoteDown = "vote_down"
)

// incoming is a chat message addressed to the bot.
type incoming struct {
	eventID, channel, user, text, ts, threadTS string
	dm                                         bool
	retry                                      int
}

// target is where and how a reply goes.
type target struct {
	channel      string
	thread       string // thread_ts to reply in; "" for the channel itself
	responseURL  string // slash commands: fallback when the bot is not in the channel
	event        string // event id (or cmd:/action: trigger id), for logs
	user         string // the asker
	asker        string // when set, the reply names this user as the asker
	question     string // the question echoed next to the asker's name
	conversation string
	dm           bool
}

// eventFields are the parts of an Events API inner event the adapter
// reads (app_mention and message share them).
type eventFields struct {
	Type        string    `json:"type"`
	User        string    `json:"user"`
	Text        string    `json:"text"`
	TS          string    `json:"ts"`
	ThreadTS    string    `json:"thread_ts"`
	Channel     string    `json:"channel"`
	ChannelType string    `json:"channel_type"`
	SubType     string    `json:"subtype"`
	BotID       string    `json:"bot_id"`
	Edited      *struct{} `json:"edited"`
}

// fieldsOf takes the fields of a Socket Mode event the library parsed;
// false for inner events the adapter does not handle.
func fieldsOf(ev slackevents.EventsAPIEvent) (eventFields, bool) {
	switch e := ev.InnerEvent.Data.(type) {
	case *slackevents.AppMentionEvent:
		f := eventFields{Type: e.Type, User: e.User, Text: e.Text, TS: e.TimeStamp, ThreadTS: e.ThreadTimeStamp,
			Channel: e.Channel, BotID: e.BotID}
		if e.Edited != nil {
			f.Edited = &struct{}{}
		}
		return f, true
	case *slackevents.MessageEvent:
		return eventFields{Type: e.Type, User: e.User, Text: e.Text, TS: e.TimeStamp, ThreadTS: e.ThreadTimeStamp,
			Channel: e.Channel, ChannelType: e.ChannelType, SubType: e.SubType, BotID: e.BotID}, true
	}
	return eventFields{Type: ev.InnerEvent.Type}, false
}

// handleEvent turns one Events API event into at most one answer.
func (a *Adapter) handleEvent(ctx context.Context, eventID string, f eventFields, retry int) {
	in, ok := a.incoming(eventID, f, retry)
	if !ok {
		return
	}
	// Exactly once: the event id catches Slack's retries, (channel, ts)
	// catches one message delivered as both app_mention and message.
	if !a.claim(ctx, "event:"+in.eventID) || !a.claim(ctx, "msg:"+in.channel+":"+in.ts) {
		a.metrics.DedupHits.WithLabelValues(platform).Inc()
		a.log.Debug("slack duplicate event dropped", "event", in.eventID, "retry", in.retry)
		return
	}
	t := target{channel: in.channel, event: in.eventID, user: in.user, dm: in.dm, thread: in.threadTS}
	if in.dm {
		t.conversation = "slack:" + in.channel
	} else {
		if t.thread == "" {
			t.thread = in.ts
		}
		t.conversation = "slack:" + in.channel + ":" + t.thread
	}
	if !a.allow(ctx, in.user) {
		a.rateLimited(ctx, t)
		return
	}
	a.ask(ctx, t, in.text)
}

// incoming extracts a question from an event, or reports false for what
// is not ours to answer: other bots and ourselves, edits, deletions and
// other subtypes, channel messages that do not mention the bot.
func (a *Adapter) incoming(eventID string, f eventFields, retry int) (incoming, bool) {
	switch f.Type {
	case "app_mention":
		if f.BotID != "" || f.Edited != nil {
			return incoming{}, false
		}
	case "message":
		if f.ChannelType != "im" || f.SubType != "" || f.BotID != "" {
			return incoming{}, false
		}
	default:
		a.log.Debug("slack inner event ignored", "type", f.Type)
		return incoming{}, false
	}
	if f.User == "" || f.User == a.botUser() || f.Channel == "" || f.TS == "" {
		return incoming{}, false
	}
	in := incoming{
		eventID: eventID, channel: f.Channel, user: f.User, ts: f.TS, threadTS: f.ThreadTS, retry: retry,
		dm:   f.Type == "message" || strings.HasPrefix(f.Channel, "D"),
		text: plainText(stripMention(f.Text, a.botUser())),
	}
	if in.eventID == "" {
		in.eventID = "ts:" + in.channel + ":" + in.ts
	}
	return in, true
}

// slashResponse is the immediate (ack) response to a slash command.
type slashResponse struct {
	ResponseType string `json:"response_type,omitempty"`
	Text         string `json:"text"`
}

func ephemeral(text string) *slashResponse {
	return &slashResponse{ResponseType: "ephemeral", Text: text}
}

// slashCommand does the quick part of a slash command: it returns the
// ack's response (nil for an empty ack) and the slow part, if any, to run
// after the ack.
func (a *Adapter) slashCommand(ctx context.Context, cmd slack.SlashCommand) (*slashResponse, func(context.Context)) {
	key := "cmd:" + cmd.TriggerID
	if cmd.TriggerID == "" {
		key = "cmd:" + cmd.ChannelID + ":" + cmd.UserID + ":" + cmd.Text
	}
	t := target{
		channel: cmd.ChannelID, responseURL: cmd.ResponseURL, event: key,
		user: cmd.UserID, asker: cmd.UserID, dm: strings.HasPrefix(cmd.ChannelID, "D"),
		conversation: "slack:" + cmd.ChannelID + ":ask:" + cmd.UserID,
	}
	switch cmd.Command {
	case "/ask":
		text := strings.TrimSpace(plainText(cmd.Text))
		if text == "" {
			return ephemeral(usageAsk), nil
		}
		if !a.claim(ctx, key) {
			a.metrics.DedupHits.WithLabelValues(platform).Inc()
			return nil, nil
		}
		if !a.allow(ctx, cmd.UserID) {
			return ephemeral(fmt.Sprintf(rateLimitedMsg, a.cfg.RatePerMinute)), nil
		}
		t.question = text
		return nil, func(ctx context.Context) { a.ask(ctx, t, text) }
	case "/digest":
		if a.deps.Digester == nil {
			return ephemeral(noDigestMsg), nil
		}
		if !a.claim(ctx, key) {
			a.metrics.DedupHits.WithLabelValues(platform).Inc()
			return nil, nil
		}
		if !a.allow(ctx, cmd.UserID) {
			return ephemeral(fmt.Sprintf(rateLimitedMsg, a.cfg.RatePerMinute)), nil
		}
		return nil, func(ctx context.Context) { a.postRequestedDigest(ctx, t) }
	default:
		a.log.Debug("slack command ignored", "command", cmd.Command)
		return ephemeral(unknownCmdMsg), nil
	}
}

func (a *Adapter) postRequestedDigest(ctx context.Context, t target) {
	d, err := a.deps.Digester.Digest(ctx)
	if err != nil {
		a.log.Warn("slack digest failed", "event", t.event, "err", err)
		a.post(ctx, t, plainMessage(digestFailMsg))
		return
	}
	a.post(ctx, t, renderDigest(d, t.asker))
}

// followUp is a follow-up button's value: the question and where it is asked.
type followUp struct {
	Question     string `json:"q"`
	Conversation string `json:"c,omitempty"`
	Thread       string `json:"t,omitempty"`
	DM           bool   `json:"d,omitempty"`
}

// voteValue is a feedback button's value: what was asked and answered with.
type voteValue struct {
	Question string   `json:"q"`
	FactIDs  []string `json:"f,omitempty"`
}

// handleInteraction handles button clicks: a follow-up asks its question
// in the same thread, a vote is recorded.
func (a *Adapter) handleInteraction(ctx context.Context, cb slack.InteractionCallback) {
	if cb.Type != slack.InteractionTypeBlockActions || len(cb.ActionCallback.BlockActions) == 0 {
		a.log.Debug("slack interaction ignored", "type", string(cb.Type))
		return
	}
	act := cb.ActionCallback.BlockActions[0]
	channel := cb.Channel.ID
	if channel == "" {
		channel = cb.Container.ChannelID
	}
	user := cb.User.ID
	key := "action:" + cb.TriggerID
	if cb.TriggerID == "" {
		key = "action:" + channel + ":" + cb.Container.MessageTs + ":" + user + ":" + act.ActionID + ":" + act.ActionTs
	}
	switch {
	case strings.HasPrefix(act.ActionID, actionFollowUp):
		var fu followUp
		if err := json.Unmarshal([]byte(act.Value), &fu); err != nil || strings.TrimSpace(fu.Question) == "" || channel == "" || user == "" {
			a.log.Debug("slack follow-up ignored", "err", err)
			return
		}
		if !a.claim(ctx, key) {
			a.metrics.DedupHits.WithLabelValues(platform).Inc()
			return
		}
		t := target{channel: channel, thread: fu.Thread, event: key, user: user, asker: user, dm: fu.DM, conversation: fu.Conversation}
		if t.thread == "" && !t.dm {
			// Start a thread under the answer that offered the follow-up.
			t.thread = firstNonEmpty(cb.Container.ThreadTs, cb.Message.ThreadTimestamp, cb.Container.MessageTs, cb.Message.Timestamp)
		}
		if t.conversation == "" {
			t.conversation = "slack:" + channel + ":" + t.thread
		}
		if !a.allow(ctx, user) {
			a.rateLimited(ctx, t)
			return
		}
		t.question = fu.Question
		a.ask(ctx, t, fu.Question)
	case act.ActionID == actionVoteUp || act.ActionID == actionVoteDown:
		var v voteValue
		if err := json.Unmarshal([]byte(act.Value), &v); err != nil {
			a.log.Debug("slack vote ignored", "err", err)
			return
		}
		if !a.claim(ctx, key) {
			a.metrics.DedupHits.WithLabelValues(platform).Inc()
			return
		}
		if a.deps.Feedback == nil {
			a.log.Debug("slack vote dropped: no feedback recorder")
			return
		}
		fb := answer.Feedback{
			Time: a.now(), Platform: platform, Channel: channel, User: user,
			Question: v.Question, FactIDs: v.FactIDs, Vote: answer.VoteUp,
		}
		if act.ActionID == actionVoteDown {
			fb.Vote = answer.VoteDown
		}
		if err := a.deps.Feedback.RecordFeedback(ctx, fb); err != nil {
			a.log.Warn("slack vote not recorded", "event", key, "err", err)
		}
	default:
		a.log.Debug("slack action ignored", "action", act.ActionID)
	}
}

// ask answers text and posts the reply to t, through a placeholder when
// Progress is on.
func (a *Adapter) ask(ctx context.Context, t target, text string) {
	q := answer.Question{Text: text, Conversation: t.conversation, User: t.user, Platform: platform, Channel: t.channel}
	var placeholder string
	var stop func()
	if a.cfg.Progress {
		placeholder = a.postPlaceholder(ctx, t)
		if placeholder != "" {
			var progress func(string)
			progress, stop = a.progressUpdater(ctx, t, placeholder)
			q.Progress = progress
		}
	}
	start := time.Now()
	r, err := a.deps.Answerer.Answer(ctx, q)
	a.metrics.AnswerSeconds.WithLabelValues(platform).Observe(time.Since(start).Seconds())
	if stop != nil {
		stop()
	}
	var msg message
	if err != nil {
		a.metrics.Questions.WithLabelValues(platform, "error").Inc()
		a.log.Warn("slack answer failed", "event", t.event, "err", err)
		msg = plainMessage(sorryMsg)
	} else {
		a.metrics.Questions.WithLabelValues(platform, string(r.Intent)).Inc()
		a.log.Debug("slack answered", "event", t.event, "intent", string(r.Intent), "question", text)
		msg = renderReply(r, t)
	}
	if err := a.deliver(ctx, t, msg, placeholder); err != nil {
		a.log.Debug("slack reply not delivered", "event", t.event, "err", err)
	}
}

// post delivers a message the adapter wrote itself.
func (a *Adapter) post(ctx context.Context, t target, msg message) {
	if err := a.deliver(ctx, t, msg, ""); err != nil {
		a.log.Debug("slack reply not delivered", "event", t.event, "err", err)
	}
}

// claim reports whether key is new (and claims it). A failing store
// answers rather than drops: a rare duplicate beats a lost answer.
func (a *Adapter) claim(ctx context.Context, key string) bool {
	first, err := a.deps.Claims.Claim(ctx, platform+":"+key, a.cfg.DedupTTL)
	if err != nil {
		a.log.Warn("slack dedup store failed; answering anyway", "err", err)
		return true
	}
	return first
}

// allow spends one of user's questions, or reports false (counted).
func (a *Adapter) allow(ctx context.Context, user string) bool {
	ok, err := a.deps.Limiter.Allow(ctx, platform+":"+user)
	if err != nil {
		a.log.Warn("slack rate limiter failed; allowing", "err", err)
		return true
	}
	if !ok {
		a.metrics.RateLimited.WithLabelValues(platform).Inc()
	}
	return ok
}

// rateLimited tells a user who asks too fast, at most once a minute (so
// the notice cannot become the flood).
func (a *Adapter) rateLimited(ctx context.Context, t target) {
	minute := a.now().Unix() / 60
	if !a.claim(ctx, fmt.Sprintf("ratelimit-notice:%s:%d", t.user, minute)) {
		return
	}
	a.post(ctx, t, plainMessage(fmt.Sprintf(rateLimitedMsg, a.cfg.RatePerMinute)))
}

func firstNonEmpty(ss ...string) string {
	for _, s := range ss {
		if s != "" {
			return s
		}
	}
	return ""
}
