package discord

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/gorilla/websocket"
	"github.com/prometheus/client_golang/prometheus/testutil"

	"github.com/deepseek-story/bot/internal/answer"
	"github.com/deepseek-story/bot/internal/digest"
	"github.com/deepseek-story/bot/internal/store"
)

func TestCommandsRegisteredWithLeastIntents(t *testing.T) {
	tests := []struct {
		name  string
		guild string
		path  string
	}{
		{"guild", "4242", "/api/v9/applications/" + fakeAppID + "/guilds/4242/commands"},
		{"global", "", "/api/v9/applications/" + fakeAppID + "/commands"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			h := start(t, func(s *setup) { s.cfg.GuildID = tc.guild })
			puts := fake.matching(func(r request) bool { return r.Method == http.MethodPut })
			if len(puts) != 1 || puts[0].Path != tc.path {
				t.Fatalf("command registration = %v; want one PUT %s\n%s", len(puts), tc.path, fake.dump())
			}
			var cmds []map[string]any
			if err := json.Unmarshal(puts[0].Body, &cmds); err != nil {
				t.Fatalf("commands body %s: %v", puts[0].Body, err)
			}
			names := map[string]map[string]any{}
			for _, c := range cmds {
				names[str(c["name"])] = c
			}
			if len(cmds) != 2 || names["ask"] == nil || names["digest"] == nil {
				t.Fatalf("registered %s; want /ask and /digest", puts[0].Body)
			}
			opts, _ := names["ask"]["options"].([]any)
			if len(opts) != 1 {
				t.Fatalf("/ask options = %v; want one", opts)
			}
			q := opts[0].(map[string]any)
			if q["name"] != "question" || q["type"] != 3.0 || q["required"] != true || q["autocomplete"] != true || q["max_length"] != float64(maxQuestionLen) {
				t.Errorf("/ask question option = %v; want a required string with autocomplete and max_length %d", q, maxQuestionLen)
			}

			id := fake.identify(0)
			intents, _ := id["intents"].(float64)
			if want := 1 | 1<<9 | 1<<12; int(intents) != want {
				t.Errorf("IDENTIFY intents = %d; want %d (guilds, guild messages, direct messages)", int(intents), want)
			}
			if int(intents)&(1<<15) != 0 {
				t.Errorf("IDENTIFY asks for the privileged message content intent")
			}
			if v := testutil.ToFloat64(h.m.Connected.WithLabelValues(platform)); v != 1 {
				t.Errorf("Connected = %v; want 1", v)
			}
		})
	}
}

func TestShardIdentify(t *testing.T) {
	start(t, func(s *setup) { s.cfg.ShardID, s.cfg.ShardCount = 1, 2 })
	shard, _ := fake.identify(0)["shard"].([]any)
	if len(shard) != 2 || shard[0] != 1.0 || shard[1] != 2.0 {
		t.Errorf("IDENTIFY shard = %v; want [1 2]", shard)
	}
}

func TestAskAnswersWithEmbedSourceAndButtons(t *testing.T) {
	h := start(t)
	fake.dispatch(t, "INTERACTION_CREATE", slashAsk("301", "who founded DeepSeek?"))
	r := fake.waitFor(t, "the /ask callback", 1, callbackOf("301"))[0]
	if got := callbackType(t, r); got != 4 {
		t.Fatalf("callback type = %d; want 4 (answered directly)", got)
	}
	e := firstEmbed(t, r)
	if got := str(e["title"]); got != "who founded DeepSeek?" {
		t.Errorf("embed title = %q; want the question", got)
	}
	if got := str(e["description"]); !strings.Contains(got, "Liang Wenfeng") {
		t.Errorf("embed description = %q; want the answer naming Liang Wenfeng", got)
	}
	if got, want := footer(e), "From the story, paragraph 8 · fact deepseek-founder"; got != want {
		t.Errorf("embed footer = %q; want %q", got, want)
	}
	ids := customIDs(t, r)
	for _, want := range []string{"ask:When was Liang Wenfeng born?", "vote:up:deepseek-founder", "vote:down:deepseek-founder"} {
		if !slices.Contains(ids, want) {
			t.Errorf("buttons = %q; want one with custom_id %q", ids, want)
		}
	}
	assertNoPings(t, r)
	if v := testutil.ToFloat64(h.m.Questions.WithLabelValues(platform, "answer")); v != 1 {
		t.Errorf("Questions{discord,answer} = %v; want 1", v)
	}
}

func TestSlowAnswerDefersThenEdits(t *testing.T) {
	tests := []struct {
		name     string
		progress bool
	}{
		{"facts only", false},
		{"streaming progress", true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			start(t, func(s *setup) {
				s.cfg.Progress = tc.progress
				s.deps.Answerer = slowAnswerer{inner: s.deps.Answerer, delay: 1200 * time.Millisecond,
					partials: []string{"DeepSeek", "DeepSeek was founded", "DeepSeek was founded by Liang", "DeepSeek was founded by Liang Wenfeng"}}
				s.tune = func(a *Adapter) { a.directBudget, a.editInterval = 200*time.Millisecond, 300*time.Millisecond }
			})
			sent := fake.dispatch(t, "INTERACTION_CREATE", slashAsk("302", "who founded DeepSeek?"))
			cb := fake.waitFor(t, "the deferred callback", 1, callbackOf("302"))[0]
			if got := callbackType(t, cb); got != 5 {
				t.Fatalf("callback type = %d; want 5 (deferred)", got)
			}
			if took := cb.At.Sub(sent); took > 3*time.Second {
				t.Errorf("deferred %v after dispatch; want within Discord's 3 s window", took)
			}
			assertNoPings(t, cb)
			final := func(r request) bool {
				return editOf("tok-302")(r) && len(customIDs(t, r)) > 0
			}
			fin := fake.waitFor(t, "the final edit", 1, final)[0]
			e := firstEmbed(t, fin)
			if !strings.Contains(str(e["description"]), "Liang Wenfeng") || footer(e) == "" {
				t.Errorf("final edit embed = %v; want the answer with its source", e)
			}
			edits := fake.matching(editOf("tok-302"))
			for _, r := range edits {
				assertNoPings(t, r)
			}
			if !tc.progress {
				if len(edits) != 1 {
					t.Errorf("edits = %d; want exactly the final one without progress", len(edits))
				}
				return
			}
			if len(edits) < 2 {
				t.Fatalf("edits = %d; want partial edits before the final one\n%s", len(edits), fake.dump())
			}
			if d := str(firstEmbed(t, edits[0])["description"]); !strings.HasPrefix(d, "DeepSeek") || !strings.HasSuffix(d, "…") {
				t.Errorf("first partial edit = %q; want partial text marked as unfinished", d)
			}
			for i := 1; i < len(edits); i++ {
				// Sent at least editInterval apart; received a little less on a busy machine.
				if gap := edits[i].At.Sub(edits[i-1].At); gap < 250*time.Millisecond {
					t.Errorf("edits %d and %d %v apart; want throttled to one per 300ms", i-1, i, gap)
				}
			}
		})
	}
}

func TestAutocomplete(t *testing.T) {
	long := strings.Repeat("What exactly did the story say about the long and winding history ", 3) + "of DeepSeek?"
	var many []string
	for i := range 40 {
		many = append(many, fmt.Sprintf("What about DeepSeek, part %d?", i))
	}
	tests := []struct {
		name      string
		suggester Suggester
		typed     string
		wantMin   int
		wantMax   int
		wantFirst string
	}{
		{"matches", kbSuggester{kb: testKnowledge(t)}, "born", 2, 2, "When was Liang Wenfeng born?"},
		{"at most 25", kbSuggester{kb: testKnowledge(t), extra: append([]string{long}, many...)}, "DeepSeek", 25, 25, ""},
		{"no suggester", nil, "who", 0, 0, ""},
	}
	for n, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			start(t, func(s *setup) { s.deps.Suggester = tc.suggester })
			id := fmt.Sprint(400 + n)
			fake.dispatch(t, "INTERACTION_CREATE", interaction(id, 4, map[string]any{"id": "1", "name": "ask", "type": 1,
				"options": []any{map[string]any{"name": "question", "type": 3, "value": tc.typed, "focused": true}}}))
			r := fake.waitFor(t, "the autocomplete callback", 1, callbackOf(id))[0]
			if got := callbackType(t, r); got != 8 {
				t.Fatalf("callback type = %d; want 8", got)
			}
			choices, ok := responseData(t, r)["choices"].([]any)
			if !ok {
				t.Fatalf("callback %s has no choices array", r.Body)
			}
			if len(choices) < tc.wantMin || len(choices) > tc.wantMax {
				t.Errorf("Suggest(%q) gave %d choices; want %d..%d", tc.typed, len(choices), tc.wantMin, tc.wantMax)
			}
			for _, c := range choices {
				c := c.(map[string]any)
				if name, value := str(c["name"]), str(c["value"]); name == "" || textLen(name) > 100 || textLen(value) > 100 {
					t.Errorf("choice %q = %q; want a name and value of 1..100 characters", name, value)
				}
			}
			if tc.wantFirst != "" && (len(choices) == 0 || str(choices[0].(map[string]any)["name"]) != tc.wantFirst) {
				t.Errorf("first choice = %v; want %q", choices, tc.wantFirst)
			}
		})
	}
}

func TestMentionRepliesWithReference(t *testing.T) {
	h := start(t)
	fake.dispatch(t, "MESSAGE_CREATE", userMessage("501", fakeChannel, fakeGuild, fakeUser, "<@999> who founded DeepSeek?", fakeBotID))
	r := fake.waitFor(t, "the reply", 1, messagesIn(fakeChannel))[0]
	v := r.json(t)
	ref, _ := v["message_reference"].(map[string]any)
	if str(ref["message_id"]) != "501" || str(ref["channel_id"]) != fakeChannel {
		t.Errorf("message_reference = %v; want a reply to message 501", ref)
	}
	e := firstEmbed(t, r)
	if str(e["title"]) != "who founded DeepSeek?" || !strings.Contains(str(e["description"]), "Liang Wenfeng") {
		t.Errorf("reply embed = %v; want the stripped question and the answer", e)
	}
	if v["nonce"] != "501" || v["enforce_nonce"] != true {
		t.Errorf("nonce = %v, enforce_nonce = %v; want the message id, enforced", v["nonce"], v["enforce_nonce"])
	}
	assertNoPings(t, r)
	if v := testutil.ToFloat64(h.m.Questions.WithLabelValues(platform, "answer")); v != 1 {
		t.Errorf("Questions{discord,answer} = %v; want 1", v)
	}
}

func TestDirectMessage(t *testing.T) {
	start(t)
	fake.dispatch(t, "MESSAGE_CREATE", userMessage("502", "777", "", fakeUser, "what is r1"))
	r := fake.waitFor(t, "the DM answer", 1, messagesIn("777"))[0]
	v := r.json(t)
	if _, ok := v["message_reference"]; ok {
		t.Errorf("DM answer has message_reference %v; want a plain message", v["message_reference"])
	}
	if e := firstEmbed(t, r); !strings.Contains(str(e["description"]), "R1") || !strings.Contains(footer(e), "r1-release") {
		t.Errorf("DM answer embed = %v; want the R1 fact with its source", e)
	}
	assertNoPings(t, r)
}

// TestFollowUpsResolvePronouns asks "when was he born?" after "who runs
// Nvidia?": within one conversation "he" is Jensen Huang (1963); without
// it the engine's fresh answer is Liang Wenfeng (1985).
func TestFollowUpsResolvePronouns(t *testing.T) {
	start(t)
	ask := func(id, channel string, extra func(map[string]any)) string {
		t.Helper()
		m := userMessage(id, channel, fakeGuild, fakeUser, "<@999> when was he born?", fakeBotID)
		if extra != nil {
			extra(m)
		}
		fake.dispatch(t, "MESSAGE_CREATE", m)
		r := fake.waitFor(t, "the answer to "+id, 1, func(r request) bool {
			return messagesIn(channel)(r) && strings.Contains(string(r.Body), `"message_id":"`+id+`"`)
		})[0]
		return str(firstEmbed(t, r)["description"])
	}
	first := func(id, channel string) request {
		t.Helper()
		fake.dispatch(t, "MESSAGE_CREATE", userMessage(id, channel, fakeGuild, fakeUser, "<@999> who runs nvidia?", fakeBotID))
		return fake.waitFor(t, "the answer to "+id, 1, func(r request) bool {
			return messagesIn(channel)(r) && strings.Contains(string(r.Body), `"message_id":"`+id+`"`)
		})[0]
	}

	t.Run("reply chain", func(t *testing.T) {
		ours := first("601", fakeChannel)
		var echo struct{ ID string }
		if err := json.Unmarshal([]byte(ours.Resp), &echo); err != nil || echo.ID == "" {
			t.Fatalf("no id in the fake's echo %q: %v", ours.Resp, err)
		}
		got := ask("602", fakeChannel, func(m map[string]any) {
			m["type"] = 19
			m["message_reference"] = map[string]any{"message_id": echo.ID, "channel_id": fakeChannel, "guild_id": fakeGuild}
			m["referenced_message"] = map[string]any{"id": echo.ID, "channel_id": fakeChannel, "content": "",
				"author":            map[string]any{"id": fakeBotID, "bot": true},
				"message_reference": map[string]any{"message_id": "601", "channel_id": fakeChannel}}
		})
		if !strings.Contains(got, "1963") {
			t.Errorf("follow-up replying to our answer = %q; want Jensen Huang's birth year 1963", got)
		}
		// Someone else replies to the first question, continuing the same chain.
		got = ask("603", fakeChannel, func(m map[string]any) {
			m["type"] = 19
			m["message_reference"] = map[string]any{"message_id": "601", "channel_id": fakeChannel, "guild_id": fakeGuild}
		})
		if !strings.Contains(got, "1963") {
			t.Errorf("follow-up replying to the question = %q; want 1963", got)
		}
	})
	t.Run("reply to our answer after a restart", func(t *testing.T) {
		first("611", fakeChannel)
		got := ask("612", fakeChannel, func(m map[string]any) {
			m["type"] = 19
			m["message_reference"] = map[string]any{"message_id": "88611", "channel_id": fakeChannel, "guild_id": fakeGuild}
			m["referenced_message"] = map[string]any{"id": "88611", "channel_id": fakeChannel, "content": "",
				"author":            map[string]any{"id": fakeBotID, "bot": true},
				"message_reference": map[string]any{"message_id": "611", "channel_id": fakeChannel}}
		})
		if !strings.Contains(got, "1963") {
			t.Errorf("follow-up replying to our answer = %q; want 1963", got)
		}
	})
	t.Run("thread", func(t *testing.T) {
		fake.dispatch(t, "GUILD_CREATE", map[string]any{"id": fakeGuild, "name": "g", "channels": []any{},
			"threads": []any{map[string]any{"id": "150", "type": 11, "guild_id": fakeGuild, "parent_id": fakeChannel}}})
		first("621", "150")
		if got := ask("622", "150", nil); !strings.Contains(got, "1963") {
			t.Errorf("follow-up in the thread = %q; want 1963", got)
		}
	})
	t.Run("new conversation", func(t *testing.T) {
		first("631", "160")
		if got := ask("632", "160", nil); !strings.Contains(got, "1985") {
			t.Errorf("a new mention outside the chain = %q; want the fresh answer 1985", got)
		}
	})
}

func TestIgnoresOwnAndOtherBotsMessages(t *testing.T) {
	h := start(t)
	own := userMessage("701", fakeChannel, fakeGuild, fakeBotID, "<@999> who founded DeepSeek?", fakeBotID)
	otherBot := userMessage("702", fakeChannel, fakeGuild, "333", "<@999> who founded DeepSeek?", fakeBotID)
	otherBot["author"].(map[string]any)["bot"] = true
	webhook := userMessage("703", fakeChannel, fakeGuild, "334", "<@999> who founded DeepSeek?", fakeBotID)
	webhook["webhook_id"] = "55"
	noMention := userMessage("704", fakeChannel, fakeGuild, fakeUser, "who founded DeepSeek?")
	system := userMessage("705", fakeChannel, fakeGuild, fakeUser, "<@999>", fakeBotID)
	system["type"] = 7 // member join
	for _, m := range []map[string]any{own, otherBot, webhook, noMention, system} {
		fake.dispatch(t, "MESSAGE_CREATE", m)
	}
	fake.dispatch(t, "MESSAGE_CREATE", userMessage("706", fakeChannel, fakeGuild, fakeUser, "<@999> who founded DeepSeek?", fakeBotID))
	fake.waitFor(t, "the answer to 706", 1, messagesIn(fakeChannel))
	h.stop() // Run returns after every answer in flight
	sent := fake.matching(messagesIn(fakeChannel))
	if len(sent) != 1 || !strings.Contains(string(sent[0].Body), `"message_id":"706"`) {
		t.Errorf("answered %d messages; want only 706\n%s", len(sent), fake.dump())
	}
}

func TestNothingPings(t *testing.T) {
	start(t)
	injection := "@everyone @here <@123> <@!124> <@&456> who founded DeepSeek? ping @everyone"
	fake.dispatch(t, "INTERACTION_CREATE", slashAsk("801", injection))
	fake.dispatch(t, "MESSAGE_CREATE", userMessage("802", fakeChannel, fakeGuild, fakeUser, "<@999> "+injection, fakeBotID, "123"))
	fake.dispatch(t, "MESSAGE_CREATE", userMessage("803", "778", "", fakeUser, injection))
	fake.waitFor(t, "the /ask answer", 1, callbackOf("801"))
	fake.waitFor(t, "the mention answer", 1, messagesIn(fakeChannel))
	fake.waitFor(t, "the DM answer", 1, messagesIn("778"))
	sends := fake.matching(isSend)
	for _, r := range sends {
		assertNoPings(t, r)
		if title := str(firstEmbed(t, r)["title"]); strings.Contains(title, "<@") {
			t.Errorf("embed title %q keeps mention markup", title)
		}
	}
}

func TestBadPayloadsGetEphemeralErrors(t *testing.T) {
	h := start(t)
	tests := []struct {
		name string
		data any
		typ  int
		want string
	}{
		{"missing option", map[string]any{"id": "1", "name": "ask", "type": 1}, 2, "Please add a question"},
		{"blank option", map[string]any{"id": "1", "name": "ask", "type": 1, "options": []any{map[string]any{"name": "question", "type": 3, "value": " <@5> "}}}, 2, "Please add a question"},
		{"wrong option type", map[string]any{"id": "1", "name": "ask", "type": 1, "options": []any{map[string]any{"name": "question", "type": 4, "value": 42}}}, 2, "Please add a question"},
		{"oversized", map[string]any{"id": "1", "name": "ask", "type": 1, "options": []any{map[string]any{"name": "question", "type": 3, "value": strings.Repeat("why ", 200)}}}, 2, "800 characters long"},
		{"unknown command", map[string]any{"id": "1", "name": "frobnicate", "type": 1}, 2, "don't know that command"},
		{"garbled data", "not an object", 2, "couldn't read"},
		{"unknown button", map[string]any{"custom_id": "launch:rockets", "component_type": 2}, 3, "no longer works"},
		{"empty follow-up button", map[string]any{"custom_id": "ask:", "component_type": 2}, 3, "no longer works"},
	}
	for n, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			id := fmt.Sprint(900 + n)
			fake.dispatch(t, "INTERACTION_CREATE", interaction(id, tc.typ, tc.data))
			r := fake.waitFor(t, "the error reply", 1, callbackOf(id))[0]
			if callbackType(t, r) != 4 || !isEphemeral(t, r) {
				t.Errorf("reply %s; want an ephemeral message (type 4, flags 64)", r.Body)
			}
			if got := str(responseData(t, r)["content"]); !strings.Contains(got, tc.want) {
				t.Errorf("reply = %q; want it to say %q", got, tc.want)
			}
			assertNoPings(t, r)
		})
	}
	t.Run("oversized mention", func(t *testing.T) {
		fake.dispatch(t, "MESSAGE_CREATE", userMessage("950", "170", fakeGuild, fakeUser, "<@999> "+strings.Repeat("why ", 200), fakeBotID))
		r := fake.waitFor(t, "the reply", 1, messagesIn("170"))[0]
		if got := str(r.json(t)["content"]); !strings.Contains(got, "too long") && !strings.Contains(got, "characters long") {
			t.Errorf("reply = %q; want it to say the question is too long", got)
		}
	})
	if v := testutil.ToFloat64(h.m.PlatformErrors.WithLabelValues(platform, "panic")); v != 0 {
		t.Errorf("panics recovered = %v; want 0", v)
	}
}

func TestButtons(t *testing.T) {
	h := start(t)
	t.Run("follow-up continues the conversation", func(t *testing.T) {
		fake.dispatch(t, "INTERACTION_CREATE", slashAsk("1001", "who runs nvidia?"))
		first := fake.waitFor(t, "the first answer", 1, callbackOf("1001"))[0]
		if !slices.Contains(customIDs(t, first), "ask:When was Jensen Huang born?") {
			t.Errorf("buttons = %q; want the follow-up about Jensen Huang", customIDs(t, first))
		}
		ourAnswer := map[string]any{"id": "88001", "channel_id": fakeChannel, "author": map[string]any{"id": fakeBotID, "bot": true},
			"interaction_metadata": map[string]any{"id": "1001", "type": 2, "user": map[string]any{"id": fakeUser}},
			"embeds":               []any{map[string]any{"title": "who runs nvidia?"}}}
		fake.dispatch(t, "INTERACTION_CREATE", click("1002", "ask:when was he born?", ourAnswer))
		r := fake.waitFor(t, "the follow-up answer", 1, callbackOf("1002"))[0]
		e := firstEmbed(t, r)
		if str(e["title"]) != "when was he born?" || !strings.Contains(str(e["description"]), "1963") {
			t.Errorf("follow-up answer = %v; want Jensen Huang's birth (1963), in the same conversation", e)
		}
		assertNoPings(t, r)
	})
	t.Run("vote", func(t *testing.T) {
		ourAnswer := map[string]any{"id": "88002", "channel_id": fakeChannel, "author": map[string]any{"id": fakeBotID, "bot": true},
			"embeds": []any{map[string]any{"title": "who founded DeepSeek?"}}}
		fake.dispatch(t, "INTERACTION_CREATE", click("1003", "vote:up:deepseek-founder", ourAnswer))
		r := fake.waitFor(t, "the thanks", 1, callbackOf("1003"))[0]
		if !isEphemeral(t, r) || !strings.Contains(str(responseData(t, r)["content"]), "Thanks") {
			t.Errorf("vote reply = %s; want an ephemeral thanks", r.Body)
		}
		votes := h.feedback.Feedback()
		if len(votes) != 1 {
			t.Fatalf("recorded %d votes; want 1", len(votes))
		}
		v := votes[0]
		if v.Vote != answer.VoteUp || v.Question != "who founded DeepSeek?" || !slices.Equal(v.FactIDs, []string{"deepseek-founder"}) ||
			v.User != fakeUser || v.Platform != platform || v.Channel != fakeChannel || v.Time.IsZero() {
			t.Errorf("recorded %+v; want 👍 on deepseek-founder by %s in %s", v, fakeUser, fakeChannel)
		}
	})
}

func TestRESTRetries(t *testing.T) {
	t.Run("429 then success delivers once", func(t *testing.T) {
		h := start(t)
		fake.fail(http.MethodPost, "interactions/1101/", 429, `{"message":"You are being rate limited.","retry_after":0.05,"global":false}`, 1)
		fake.dispatch(t, "INTERACTION_CREATE", slashAsk("1101", "who founded DeepSeek?"))
		ok := fake.waitFor(t, "a delivered answer", 1, succeeded(callbackOf("1101")))
		h.stop()
		all := fake.matching(callbackOf("1101"))
		if len(all) != 2 || all[0].Status != 429 || len(fake.matching(succeeded(callbackOf("1101")))) != 1 {
			t.Errorf("callbacks = %d; want one 429 then one delivered\n%s", len(all), fake.dump())
		}
		if e := firstEmbed(t, ok[0]); !strings.Contains(str(e["description"]), "Liang") {
			t.Errorf("delivered %v; want the answer", e)
		}
		if v := testutil.ToFloat64(h.m.PlatformRetries.WithLabelValues(platform, "rate_limited")); v != 1 {
			t.Errorf("PlatformRetries{rate_limited} = %v; want 1", v)
		}
		if v := testutil.ToFloat64(h.m.RepliesLost.WithLabelValues(platform)); v != 0 {
			t.Errorf("RepliesLost = %v; want 0", v)
		}
	})
	t.Run("5xx on a reply retries with the same nonce", func(t *testing.T) {
		h := start(t)
		fake.fail(http.MethodPost, "channels/180/messages", 503, `{"message":"upstream","code":0}`, 1)
		fake.fail(http.MethodPost, "channels/180/messages", 502, ``, 1)
		fake.dispatch(t, "MESSAGE_CREATE", userMessage("1102", "180", fakeGuild, fakeUser, "<@999> what is r1", fakeBotID))
		fake.waitFor(t, "a delivered reply", 1, succeeded(messagesIn("180")))
		h.stop()
		all := fake.matching(messagesIn("180"))
		if len(all) != 3 {
			t.Fatalf("posts = %d; want 503, 502, then success\n%s", len(all), fake.dump())
		}
		for _, r := range all {
			if v := r.json(t); v["nonce"] != "1102" || v["enforce_nonce"] != true {
				t.Errorf("attempt nonce = %v; want the same enforced nonce on every retry", v["nonce"])
			}
		}
		if v := testutil.ToFloat64(h.m.PlatformRetries.WithLabelValues(platform, "server_error")); v != 2 {
			t.Errorf("PlatformRetries{server_error} = %v; want 2", v)
		}
	})
	t.Run("10062 is not retried", func(t *testing.T) {
		h := start(t)
		fake.fail(http.MethodPost, "interactions/1103/", 404, `{"message":"Unknown interaction","code":10062}`, 5)
		fake.dispatch(t, "INTERACTION_CREATE", slashAsk("1103", "who founded DeepSeek?"))
		fake.waitFor(t, "the callback", 1, callbackOf("1103"))
		waitUntil(t, "the lost reply to be counted", func() bool { return testutil.ToFloat64(h.m.RepliesLost.WithLabelValues(platform)) == 1 })
		h.stop()
		if n := len(fake.matching(callbackOf("1103"))); n != 1 {
			t.Errorf("callbacks = %d; want 1 (10062 is final)", n)
		}
	})
	t.Run("40060 edits the response instead", func(t *testing.T) {
		h := start(t)
		fake.fail(http.MethodPost, "interactions/1104/", 400, `{"message":"Interaction has already been acknowledged.","code":40060}`, 5)
		fake.dispatch(t, "INTERACTION_CREATE", slashAsk("1104", "who founded DeepSeek?"))
		edit := fake.waitFor(t, "the edit", 1, editOf("tok-1104"))[0]
		h.stop()
		if n := len(fake.matching(callbackOf("1104"))); n != 1 {
			t.Errorf("callbacks = %d; want 1 (40060 is not retried)", n)
		}
		if e := firstEmbed(t, edit); !strings.Contains(str(e["description"]), "Liang") {
			t.Errorf("edit = %v; want the answer", e)
		}
		assertNoPings(t, edit)
	})
}

func TestRateLimitedUsersGetAFriendlyReply(t *testing.T) {
	h := start(t, func(s *setup) { s.deps.Limiter = store.NewMemoryLimiter(1, time.Hour) })
	fake.dispatch(t, "INTERACTION_CREATE", slashAsk("1201", "who founded DeepSeek?"))
	if r := fake.waitFor(t, "the first reply", 1, callbackOf("1201"))[0]; isEphemeral(t, r) {
		t.Fatalf("first /ask got %s; want an answer", r.Body)
	}
	fake.dispatch(t, "INTERACTION_CREATE", slashAsk("1202", "what is r1"))
	r := fake.waitFor(t, "the second reply", 1, callbackOf("1202"))[0]
	if !isEphemeral(t, r) || !strings.Contains(str(responseData(t, r)["content"]), "faster than I can keep up") {
		t.Errorf("second /ask got %s; want an ephemeral rate-limit message", r.Body)
	}
	// Mentions: told once, then quiet.
	for _, id := range []string{"1203", "1204"} {
		fake.dispatch(t, "MESSAGE_CREATE", userMessage(id, "190", fakeGuild, fakeUser, "<@999> who founded DeepSeek?", fakeBotID))
	}
	fake.waitFor(t, "the notice", 1, messagesIn("190"))
	waitUntil(t, "both mentions refused", func() bool { return testutil.ToFloat64(h.m.RateLimited.WithLabelValues(platform)) == 3 })
	h.stop()
	if n := len(fake.matching(messagesIn("190"))); n != 1 {
		t.Errorf("rate-limit notices = %d; want 1", n)
	}
}

type fixedDigest struct{ d digest.Digest }

func (f fixedDigest) Digest(context.Context) (digest.Digest, error) { return f.d, nil }

func TestDigest(t *testing.T) {
	d := digest.Digest{Title: "DeepSeek in brief", Summary: "A small lab shook the market.", Sections: []digest.Section{
		{Heading: "Key facts", Items: []digest.Item{{Text: "Nvidia fell 17%.", Source: "From the story, paragraph 2 · fact nvidia-fell"}}},
	}}
	t.Run("slash command", func(t *testing.T) {
		start(t, func(s *setup) { s.deps.Digester = fixedDigest{d} })
		fake.dispatch(t, "INTERACTION_CREATE", interaction("1301", 2, map[string]any{"id": "2", "name": "digest", "type": 1}))
		r := fake.waitFor(t, "the digest", 1, callbackOf("1301"))[0]
		e := firstEmbed(t, r)
		fields, _ := e["fields"].([]any)
		if str(e["title"]) != "DeepSeek in brief" || len(fields) != 1 || !strings.Contains(fmt.Sprint(fields[0]), "fact nvidia-fell") {
			t.Errorf("digest embed = %v; want the title and the section with its source", e)
		}
		assertNoPings(t, r)
	})
	t.Run("no digester", func(t *testing.T) {
		start(t)
		fake.dispatch(t, "INTERACTION_CREATE", interaction("1302", 2, map[string]any{"id": "2", "name": "digest", "type": 1}))
		r := fake.waitFor(t, "the reply", 1, callbackOf("1302"))[0]
		if !isEphemeral(t, r) {
			t.Errorf("reply %s; want ephemeral", r.Body)
		}
	})
	t.Run("PostDigest", func(t *testing.T) {
		h := start(t)
		if err := h.a.PostDigest(context.Background(), "4000", d); err != nil {
			t.Fatalf("PostDigest: %v", err)
		}
		r := fake.waitFor(t, "the digest post", 1, messagesIn("4000"))[0]
		if str(firstEmbed(t, r)["title"]) != "DeepSeek in brief" || r.json(t)["enforce_nonce"] != true {
			t.Errorf("posted %s; want the digest embed with an enforced nonce", r.Body)
		}
		assertNoPings(t, r)
		if err := h.a.PostDigest(context.Background(), "", d); err == nil {
			t.Errorf("PostDigest to no channel = nil; want an error")
		}
	})
}

func TestReconnectsAfterDrop(t *testing.T) {
	h := start(t)
	fake.dispatch(t, "INTERACTION_CREATE", slashAsk("1401", "who founded DeepSeek?"))
	fake.waitFor(t, "the first answer", 1, callbackOf("1401"))
	fake.drop()
	waitUntil(t, "the session to resume", func() bool {
		_, resumes := fake.counts()
		return resumes == 1 && fake.connected() && h.a.Ready()
	})
	fake.dispatch(t, "INTERACTION_CREATE", slashAsk("1402", "what is r1"))
	r := fake.waitFor(t, "the answer after the reconnect", 1, callbackOf("1402"))[0]
	if !strings.Contains(str(firstEmbed(t, r)["description"]), "R1") {
		t.Errorf("answer after reconnect = %s", r.Body)
	}
}

// TestReplacesStuckSession stalls the gateway after a drop, so discordgo's
// own reconnect hangs waiting for HELLO; our check replaces the session.
func TestReplacesStuckSession(t *testing.T) {
	h := start(t, func(s *setup) {
		s.cfg.OpenTimeout = time.Second
		s.tune = func(a *Adapter) {
			a.reconnectGrace, a.checkInterval, a.stuckWait = 2*time.Second, 50*time.Millisecond, 500*time.Millisecond
		}
	})
	fake.stallNext(1)
	fake.drop()
	waitUntil(t, "a new session", func() bool {
		identifies, _ := fake.counts()
		return identifies == 2 && fake.connected() && h.a.Ready()
	})
	fake.dispatch(t, "INTERACTION_CREATE", slashAsk("1501", "what is r1"))
	fake.waitFor(t, "the answer on the new session", 1, succeeded(callbackOf("1501")))
}

// TestOpenDeadlockIsSurvived sends op 7 before READY, which deadlocks
// discordgo's Open; the adapter gives the session up after OpenTimeout
// and opens a new one.
func TestOpenDeadlockIsSurvived(t *testing.T) {
	h := start(t, func(s *setup) {
		fake.reconnectBeforeReady(1)
		s.cfg.OpenTimeout = time.Second
		s.tune = func(a *Adapter) { a.stuckWait = 500 * time.Millisecond }
	})
	if identifies, _ := fake.counts(); identifies != 2 {
		t.Errorf("IDENTIFY sent %d times; want 2 (the deadlocked session, then a new one)", identifies)
	}
	if v := testutil.ToFloat64(h.m.PlatformErrors.WithLabelValues(platform, "gateway_open")); v != 1 {
		t.Errorf("PlatformErrors{gateway_open} = %v; want 1", v)
	}
	if !strings.Contains(h.logs.String(), "discordgo deadlock") {
		t.Errorf("logs do not say the first session was abandoned as deadlocked")
	}
	fake.dispatch(t, "INTERACTION_CREATE", slashAsk("1701", "what is r1"))
	fake.waitFor(t, "the answer", 1, succeeded(callbackOf("1701")))
}

func TestRunWaitsForAnswersInFlight(t *testing.T) {
	h := start(t, func(s *setup) {
		s.deps.Answerer = slowAnswerer{inner: s.deps.Answerer, delay: 800 * time.Millisecond}
		s.tune = func(a *Adapter) { a.directBudget = 100 * time.Millisecond }
	})
	fake.dispatch(t, "INTERACTION_CREATE", slashAsk("1601", "who founded DeepSeek?"))
	fake.waitFor(t, "the deferral", 1, callbackOf("1601"))
	h.stop()
	if n := len(fake.matching(editOf("tok-1601"))); n != 1 {
		t.Errorf("after Run returned, edits = %d; want the answer delivered (1)", n)
	}
	if h.a.Ready() {
		t.Errorf("Ready() = true after Run returned")
	}
}

func TestNewChecksConfig(t *testing.T) {
	ok := Deps{Answerer: answer.New(testKnowledge(t), answer.Options{})}
	tests := []struct {
		name string
		cfg  Config
		deps Deps
	}{
		{"no token", Config{APIURL: fake.apiURL()}, ok},
		{"no answerer", Config{Token: fakeToken, APIURL: fake.apiURL()}, Deps{}},
		{"bad shard", Config{Token: fakeToken, APIURL: fake.apiURL(), ShardID: 2, ShardCount: 2}, ok},
		{"bad API URL", Config{Token: fakeToken, APIURL: "not a url"}, ok},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if _, err := New(tc.cfg, tc.deps); err == nil {
				t.Errorf("New(%s) = nil error; want one", tc.name)
			} else if strings.Contains(err.Error(), fakeToken) {
				t.Errorf("New error %q contains the token", err)
			}
		})
	}
}

func TestFatalGatewayErrorStopsRun(t *testing.T) {
	fake.reset()
	fake.refuseIdentify(4014) // disallowed intents: retrying cannot help
	a, err := New(Config{Token: fakeToken, APIURL: fake.apiURL(), OpenTimeout: 5 * time.Second}, Deps{Answerer: answer.New(testKnowledge(t), answer.Options{})})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	err = a.Run(ctx)
	var ce *websocket.CloseError
	if !errors.As(err, &ce) || ce.Code != 4014 {
		t.Errorf("Run = %v; want the 4014 close error", err)
	}
	if ctx.Err() != nil {
		t.Errorf("Run retried until the deadline; want it to stop at once")
	}
	if identifies, _ := fake.counts(); identifies != 1 {
		t.Errorf("IDENTIFY sent %d times; want 1", identifies)
	}
}
