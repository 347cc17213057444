package slack

import (
	"context"
	"encoding/json"
	"strings"
	"testing"

	"github.com/deepseek-story/bot/internal/answer"
	"github.com/deepseek-story/bot/internal/digest"
)

func TestMentionGetsThreadedBlockKitReply(t *testing.T) {
	h := newHarness(t, harnessOptions{socket: true})
	h.fake.send(eventEnvelope("env-1", "Ev1", 0, mention("C1", "U1", "what is R1?", "1700000100.000100", "")))
	h.fake.waitAck(t, "env-1")
	posts := h.fake.waitCalls(t, "chat.postMessage", 1)
	p := posts[0]

	if got := p.Form.Get("channel"); got != "C1" {
		t.Errorf("channel = %q; want C1", got)
	}
	if got := p.Form.Get("thread_ts"); got != "1700000100.000100" {
		t.Errorf("thread_ts = %q; want the mention's ts 1700000100.000100", got)
	}
	if got := p.Form.Get("text"); !strings.Contains(got, "released Rocket R1 on 20 January 2025") {
		t.Errorf("fallback text = %q; want the answer", got)
	}
	if p.Form.Get("unfurl_links") != "false" || p.Form.Get("unfurl_media") != "false" {
		t.Errorf("unfurl_links=%q unfurl_media=%q; want both false", p.Form.Get("unfurl_links"), p.Form.Get("unfurl_media"))
	}
	blocks := postedBlocks(t, p)
	var types []string
	for _, b := range blocks {
		types = append(types, b["type"].(string))
	}
	if got, want := strings.Join(types, ","), "section,context,actions,actions"; got != want {
		t.Errorf("block types = %s; want %s", got, want)
	}
	if got := blocks[0]["text"].(map[string]any)["text"]; !strings.Contains(got.(string), "Rocket R1") {
		t.Errorf("answer section = %q; want the answer", got)
	}
	ctxText := blocks[1]["elements"].([]any)[0].(map[string]any)["text"]
	if want := "From the story, paragraph 3 · fact r1-release"; ctxText != want {
		t.Errorf("context line = %q; want %q", ctxText, want)
	}
	_, value, label := button(t, p, actionFollowUp)
	var fu followUp
	if err := json.Unmarshal([]byte(value), &fu); err != nil {
		t.Fatalf("follow-up value %q: %v", value, err)
	}
	if fu.Question != label || fu.Thread != "1700000100.000100" || fu.Conversation != "slack:C1:1700000100.000100" {
		t.Errorf("follow-up button = %+v (label %q); want its question, the thread and its conversation", fu, label)
	}
	button(t, p, actionVoteUp)
	button(t, p, actionVoteDown)

	if got := counter(t, h.metrics.Questions, "slack", "answer"); got != 1 {
		t.Errorf("Questions{slack,answer} = %v; want 1", got)
	}
	if got := gauge(t, h.metrics.Connected, "slack"); got != 1 {
		t.Errorf("Connected{slack} = %v; want 1", got)
	}
}

func TestDirectMessageRepliesInTheDM(t *testing.T) {
	h := newHarness(t, harnessOptions{socket: true})
	h.fake.send(eventEnvelope("env-1", "Ev1", 0, directMessage("D1", "U1", "who founded Acme?", "1700000200.000100")))
	p := h.fake.waitCalls(t, "chat.postMessage", 1)[0]
	if p.Form.Get("channel") != "D1" || p.Form.Get("thread_ts") != "" {
		t.Errorf("reply to channel %q thread %q; want D1 and no thread", p.Form.Get("channel"), p.Form.Get("thread_ts"))
	}
	if got := p.Form.Get("text"); !strings.Contains(got, "Jane Doe founded Acme Corp") {
		t.Errorf("reply = %q; want Jane Doe founded Acme Corp", got)
	}
	// The DM is one conversation: a pronoun in the next message resolves.
	h.fake.send(eventEnvelope("env-2", "Ev2", 0, directMessage("D1", "U1", "when was she born?", "1700000201.000100")))
	p = h.fake.waitCalls(t, "chat.postMessage", 2)[1]
	if got := p.Form.Get("text"); !strings.Contains(got, "born in 1980") {
		t.Errorf("follow-up reply = %q; want Jane Doe's birth year", got)
	}
}

func TestFollowUpInThreadResolvesPronoun(t *testing.T) {
	h := newHarness(t, harnessOptions{socket: true})
	h.fake.send(eventEnvelope("env-1", "Ev1", 0, mention("C1", "U1", "who founded Acme?", "1700000300.000100", "")))
	h.fake.waitCalls(t, "chat.postMessage", 1)
	h.fake.send(eventEnvelope("env-2", "Ev2", 0, mention("C1", "U2", "when was she born?", "1700000301.000100", "1700000300.000100")))
	p := h.fake.waitCalls(t, "chat.postMessage", 2)[1]
	if got := p.Form.Get("thread_ts"); got != "1700000300.000100" {
		t.Errorf("thread_ts = %q; want the thread 1700000300.000100", got)
	}
	if got := p.Form.Get("text"); !strings.Contains(got, "Jane Doe was born in 1980") {
		t.Errorf("Answer(%q) in the thread = %q; want Jane Doe was born in 1980", "when was she born?", got)
	}
	// Another thread is another conversation, with its own subject.
	h.fake.send(eventEnvelope("env-3", "Ev3", 0, mention("C1", "U2", "who leads the R1 team?", "1700000302.000100", "")))
	h.fake.waitCalls(t, "chat.postMessage", 3)
	h.fake.send(eventEnvelope("env-4", "Ev4", 0, mention("C1", "U2", "when was he born?", "1700000303.000100", "1700000302.000100")))
	h.fake.send(eventEnvelope("env-5", "Ev5", 0, mention("C1", "U1", "and when was she born?", "1700000304.000100", "1700000300.000100")))
	posts := h.fake.waitCalls(t, "chat.postMessage", 5)
	got := map[string]string{}
	for _, p := range posts[3:] {
		got[p.Form.Get("thread_ts")] = p.Form.Get("text")
	}
	if !strings.Contains(got["1700000302.000100"], "John Roe was born in 1975") {
		t.Errorf("Answer(%q) in John's thread = %q; want John Roe was born in 1975", "when was he born?", got["1700000302.000100"])
	}
	if !strings.Contains(got["1700000300.000100"], "Jane Doe was born in 1980") {
		t.Errorf("Answer(%q) in Jane's thread = %q; want Jane Doe was born in 1980", "and when was she born?", got["1700000300.000100"])
	}
}

func TestRetriesAndDoubleDeliveryAnswerOnce(t *testing.T) {
	h := newHarness(t, harnessOptions{socket: true})
	envelopes := []map[string]any{
		eventEnvelope("env-1", "Ev1", 0, mention("C1", "U1", "what is R1?", "1700000400.000100", "")),
		// Slack's retry of the same event.
		eventEnvelope("env-2", "Ev1", 1, mention("C1", "U1", "what is R1?", "1700000400.000100", "")),
		// The same message re-sent under a new event id.
		eventEnvelope("env-3", "Ev9", 0, mention("C1", "U1", "what is R1?", "1700000400.000100", "")),
		// One DM delivered as both message and app_mention.
		eventEnvelope("env-4", "Ev2", 0, directMessage("D1", "U1", "<@UBOT> who founded Acme?", "1700000401.000100")),
		eventEnvelope("env-5", "Ev3", 0, mention("D1", "U1", "who founded Acme?", "1700000401.000100", "")),
	}
	for _, e := range envelopes {
		h.fake.send(e)
	}
	for _, e := range envelopes {
		h.fake.waitAck(t, e["envelope_id"].(string))
	}
	h.stop() // every answer in flight is posted once Run returns
	posts := h.fake.callsOf("chat.postMessage")
	byChannel := map[string]int{}
	for _, p := range posts {
		byChannel[p.Form.Get("channel")]++
	}
	if len(posts) != 2 {
		t.Fatalf("%d replies (by channel %v); want 2, one per question", len(posts), byChannel)
	}
	if byChannel["C1"] != 1 || byChannel["D1"] != 1 {
		t.Errorf("replies by channel = %v; want C1:1 D1:1", byChannel)
	}
	if got := counter(t, h.metrics.DedupHits, "slack"); got != 3 {
		t.Errorf("DedupHits = %v; want 3", got)
	}
}

func TestIgnoresBotsOwnMessagesEditsAndChannelChatter(t *testing.T) {
	h := newHarness(t, harnessOptions{socket: true})
	own := directMessage("D1", testBotUser, "who founded Acme?", "1.000001")
	otherBot := directMessage("D1", "U7", "who founded Acme?", "1.000002")
	otherBot["bot_id"] = "B777"
	edit := directMessage("D1", "U1", "who founded Acme?", "1.000003")
	edit["subtype"] = "message_changed"
	deleted := map[string]any{"type": "message", "channel_type": "im", "subtype": "message_deleted", "channel": "D1", "ts": "1.000004", "deleted_ts": "1.000001"}
	channelChatter := directMessage("C1", "U1", "who founded Acme?", "1.000005")
	channelChatter["channel_type"] = "channel"
	botMention := mention("C1", "U8", "who founded Acme?", "1.000006", "")
	botMention["bot_id"] = "B888"
	editedMention := mention("C1", "U1", "who founded Acme?", "1.000007", "")
	editedMention["edited"] = map[string]any{"user": "U1", "ts": "1.000008"}
	events := []map[string]any{own, otherBot, edit, deleted, channelChatter, botMention, editedMention}
	for i, e := range events {
		h.fake.send(eventEnvelope("env-"+string(rune('a'+i)), "Ev"+string(rune('a'+i)), 0, e))
	}
	for i := range events {
		h.fake.waitAck(t, "env-"+string(rune('a'+i)))
	}
	h.stop()
	if posts := h.fake.callsOf("chat.postMessage"); len(posts) != 0 {
		t.Errorf("%d replies to messages that are not questions for the bot; want 0; first: %q", len(posts), posts[0].Form.Get("text"))
	}
}

func TestSlashAskOverSocket(t *testing.T) {
	h := newHarness(t, harnessOptions{socket: true})
	h.fake.send(slashEnvelope("env-1", slashCommand("/ask", "who founded Acme?", "C1", "U1", "trig-1", h.fake.responseURL())))
	a := h.fake.waitAck(t, "env-1")
	if len(a.Payload) != 0 {
		t.Errorf("ack payload = %s; want an empty ack", a.Payload)
	}
	p := h.fake.waitCalls(t, "chat.postMessage", 1)[0]
	if p.Form.Get("channel") != "C1" || p.Form.Get("thread_ts") != "" {
		t.Errorf("reply to %q thread %q; want the channel C1, visible, not a thread", p.Form.Get("channel"), p.Form.Get("thread_ts"))
	}
	text := p.Form.Get("text")
	if !strings.Contains(text, "<@U1> asked: who founded Acme?") || !strings.Contains(text, "Jane Doe founded Acme Corp") {
		t.Errorf("reply = %q; want the asker named, the question and the answer", text)
	}
}

func TestEmptyAskGetsUsageHint(t *testing.T) {
	h := newHarness(t, harnessOptions{socket: true, http: true})
	h.fake.send(slashEnvelope("env-1", slashCommand("/ask", "   ", "C1", "U1", "trig-1", h.fake.responseURL())))
	a := h.fake.waitAck(t, "env-1")
	var resp slashResponse
	if err := json.Unmarshal(a.Payload, &resp); err != nil || resp.ResponseType != "ephemeral" || !strings.Contains(resp.Text, "Usage: `/ask QUESTION`") {
		t.Errorf("ack payload = %s (%v); want an ephemeral usage hint", a.Payload, err)
	}
	h.stop()
	if n := len(h.fake.callsOf("chat.postMessage")); n != 0 {
		t.Errorf("%d messages posted for an empty /ask; want 0", n)
	}
}

func TestUnknownEnvelopeIsAckedAndLoopGoesOn(t *testing.T) {
	h := newHarness(t, harnessOptions{socket: true})
	h.fake.send(eventEnvelope("env-bad", "EvBad", 0, map[string]any{"type": "totally_unknown_event", "ts": "1.0"}))
	h.fake.sendRaw([]byte(`{"envelope_id":"env-weird","type":"not_a_type","payload":{}}`))
	h.fake.waitAck(t, "env-bad")
	h.fake.waitAck(t, "env-weird")
	h.fake.send(eventEnvelope("env-good", "EvGood", 0, mention("C1", "U1", "what is R1?", "1700000500.000100", "")))
	h.fake.waitAck(t, "env-good")
	if p := h.fake.waitCalls(t, "chat.postMessage", 1)[0]; !strings.Contains(p.Form.Get("text"), "Rocket R1") {
		t.Errorf("reply after bad envelopes = %q; want the answer", p.Form.Get("text"))
	}
}

func TestSocketReconnects(t *testing.T) {
	tests := []struct {
		name  string
		cut   func(f *fakeSlack)
		cause string
	}{
		{"dropped connection", func(f *fakeSlack) { f.drop() }, "the TCP connection cut"},
		{"disconnect request", func(f *fakeSlack) {
			f.send(map[string]any{"type": "disconnect", "reason": "refresh_requested", "debug_info": map[string]any{"host": "fake"}})
		}, "Slack's disconnect message"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := newHarness(t, harnessOptions{socket: true})
			tt.cut(h.fake)
			h.fake.waitConnections(t, 2)
			waitFor(t, "ready again", h.adapter.Ready)
			h.fake.send(eventEnvelope("env-1", "Ev1", 0, mention("C1", "U1", "what is R1?", "1700000600.000100", "")))
			h.fake.waitAck(t, "env-1")
			if p := h.fake.waitCalls(t, "chat.postMessage", 1)[0]; !strings.Contains(p.Form.Get("text"), "Rocket R1") {
				t.Errorf("reply after %s = %q; want the answer", tt.cause, p.Form.Get("text"))
			}
			if got := len(h.fake.callsOf("apps.connections.open")); got < 2 {
				t.Errorf("apps.connections.open called %d times after %s; want at least 2", got, tt.cause)
			}
			h.stop()
			if h.adapter.Ready() || gauge(t, h.metrics.Connected, "slack") != 0 {
				t.Errorf("after Run: Ready() = %v, Connected = %v; want false, 0", h.adapter.Ready(), gauge(t, h.metrics.Connected, "slack"))
			}
		})
	}
}

func TestFollowUpButtonAsksInTheThread(t *testing.T) {
	h := newHarness(t, harnessOptions{socket: true})
	h.fake.send(eventEnvelope("env-1", "Ev1", 0, mention("C1", "U1", "who founded Acme?", "1700000700.000100", "")))
	first := h.fake.waitCalls(t, "chat.postMessage", 1)[0]
	actionID, value, label := button(t, first, actionFollowUp)
	if label != "When was Jane Doe born?" {
		t.Fatalf("first follow-up = %q; want %q", label, "When was Jane Doe born?")
	}
	// Clicked on the bot's reply, which sits in the mention's thread.
	h.fake.send(interactiveEnvelope("env-2", click("C1", "U2", "trig-2", "1700000000.000099", "1700000700.000100", actionID, value)))
	h.fake.waitAck(t, "env-2")
	p := h.fake.waitCalls(t, "chat.postMessage", 2)[1]
	if got := p.Form.Get("thread_ts"); got != "1700000700.000100" {
		t.Errorf("follow-up answer thread_ts = %q; want 1700000700.000100", got)
	}
	if got := p.Form.Get("text"); !strings.Contains(got, "<@U2> asked: When was Jane Doe born?") || !strings.Contains(got, "born in 1980") {
		t.Errorf("follow-up answer = %q; want the clicker named and Jane Doe's birth year", got)
	}
}

func TestVoteClickIsRecorded(t *testing.T) {
	h := newHarness(t, harnessOptions{socket: true})
	h.fake.send(eventEnvelope("env-1", "Ev1", 0, mention("C1", "U1", "who founded Acme?", "1700000800.000100", "")))
	first := h.fake.waitCalls(t, "chat.postMessage", 1)[0]
	actionID, value, _ := button(t, first, actionVoteUp)
	h.fake.send(interactiveEnvelope("env-2", click("C1", "U3", "trig-3", "1700000000.000001", "1700000800.000100", actionID, value)))
	h.fake.waitAck(t, "env-2")
	waitFor(t, "feedback recorded", func() bool { return len(h.feedback.Feedback()) == 1 })
	fb := h.feedback.Feedback()[0]
	if fb.Vote != answer.VoteUp || fb.User != "U3" || fb.Channel != "C1" || fb.Platform != "slack" ||
		fb.Question != "who founded Acme?" || strings.Join(fb.FactIDs, ",") != "acme-founder" {
		t.Errorf("feedback = %+v; want 👍 by U3 in C1 on %q with fact acme-founder", fb, "who founded Acme?")
	}
}

func TestProgressPlaceholderThenUpdate(t *testing.T) {
	engine := testEngine(t)
	var fake *fakeSlack
	streaming := answererFunc(func(ctx context.Context, q answer.Question) (answer.Reply, error) {
		if q.Progress == nil {
			t.Error("Question.Progress = nil; want a progress callback with Progress on")
			return engine.Answer(ctx, q)
		}
		q.Progress("Acme Corp released")
		waitFor(t, "the partial answer shown", func() bool {
			for _, c := range fake.callsOf("chat.update") {
				if strings.Contains(c.Form.Get("text"), "Acme Corp released") {
					return true
				}
			}
			return false
		})
		return engine.Answer(ctx, q)
	})
	h := newHarness(t, harnessOptions{socket: true, answerer: streaming, config: func(c *Config) { c.Progress = true }})
	fake = h.fake
	h.fake.send(eventEnvelope("env-1", "Ev1", 0, mention("C1", "U1", "what is R1?", "1700000900.000100", "")))
	h.fake.waitAck(t, "env-1")
	h.stop()
	posts, updates := h.fake.callsOf("chat.postMessage"), h.fake.callsOf("chat.update")
	if len(posts) != 1 || posts[0].Form.Get("text") != placeholderText || posts[0].Form.Get("thread_ts") != "1700000900.000100" {
		t.Fatalf("posts = %+v; want one %q placeholder in the thread", posts, placeholderText)
	}
	if len(updates) < 2 {
		t.Fatalf("%d chat.update calls; want a partial and the final answer", len(updates))
	}
	final := updates[len(updates)-1]
	if final.Form.Get("ts") != posts[0].TS || final.Form.Get("channel") != "C1" {
		t.Errorf("final update of %s/%s; want the placeholder C1/%s", final.Form.Get("channel"), final.Form.Get("ts"), posts[0].TS)
	}
	if got := final.Form.Get("text"); !strings.Contains(got, "released Rocket R1 on 20 January 2025") {
		t.Errorf("final answer = %q; want the whole answer", got)
	}
	button(t, final, actionVoteUp)
}

func TestDigestCommand(t *testing.T) {
	d := digest.Digest{Title: "Story digest", Summary: "The story in brief.", Sections: []digest.Section{
		{Heading: "Most asked", Items: []digest.Item{{Text: "Who founded Acme? <!here>", Source: "fact acme-founder"}}},
	}}
	t.Run("configured", func(t *testing.T) {
		h := newHarness(t, harnessOptions{socket: true, deps: func(d2 *Deps) {
			d2.Digester = digesterFunc(func(context.Context) (digest.Digest, error) { return d, nil })
		}})
		h.fake.send(slashEnvelope("env-1", slashCommand("/digest", "", "C1", "U1", "trig-1", h.fake.responseURL())))
		p := h.fake.waitCalls(t, "chat.postMessage", 1)[0]
		blocks := postedBlocks(t, p)
		if blocks[0]["type"] != "header" {
			t.Errorf("first block = %v; want the header", blocks[0])
		}
		all := strings.Join(blockStrings(t, p), "\n")
		for _, want := range []string{"Story digest", "Requested by <@U1>", "The story in brief.", "*Most asked*", "• Who founded Acme? &lt;!here&gt; _(fact acme-founder)_"} {
			if !strings.Contains(all, want) {
				t.Errorf("digest blocks lack %q:\n%s", want, all)
			}
		}
		if got := p.Form.Get("text"); got != "Story digest: The story in brief." {
			t.Errorf("digest fallback = %q; want %q", got, "Story digest: The story in brief.")
		}
	})
	t.Run("not configured", func(t *testing.T) {
		h := newHarness(t, harnessOptions{socket: true})
		h.fake.send(slashEnvelope("env-1", slashCommand("/digest", "", "C1", "U1", "trig-1", h.fake.responseURL())))
		a := h.fake.waitAck(t, "env-1")
		if !strings.Contains(string(a.Payload), noDigestMsg) {
			t.Errorf("ack payload = %s; want %q", a.Payload, noDigestMsg)
		}
	})
}

type answererFunc func(context.Context, answer.Question) (answer.Reply, error)

func (f answererFunc) Answer(ctx context.Context, q answer.Question) (answer.Reply, error) {
	return f(ctx, q)
}

type digesterFunc func(context.Context) (digest.Digest, error)

func (f digesterFunc) Digest(ctx context.Context) (digest.Digest, error) { return f(ctx) }
