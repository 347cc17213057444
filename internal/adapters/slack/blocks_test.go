package slack

import (
	"encoding/json"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/slack-go/slack"

	"github.com/deepseek-story/bot/internal/answer"
	"github.com/deepseek-story/bot/internal/digest"
)

func TestPlainText(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"plain", "what is R1?", "what is R1?"},
		{"user", "ask <@U123> about it", "ask @U123 about it"},
		{"user with label", "ask <@U123|ann>", "ask @ann"},
		{"channel", "in <#C1|general>", "in #general"},
		{"specials", "<!here> <!channel> <!everyone>", "@here @channel @everyone"},
		{"subteam", "<!subteam^S1> and <!subteam^S2|@admins>", "@S1 and @admins"},
		{"date", "<!date^1392734382^{date}|Feb 18, 2014>", "Feb 18, 2014"},
		{"link", "see <https://example.com/a?b=1|the site> and <https://x.y>", "see the site and https://x.y"},
		{"mailto", "<mailto:a@b.c>", "a@b.c"},
		{"entities", "a &lt; b &amp;&amp; c &gt; d", "a < b && c > d"},
		{"typed markup stays text", "&lt;!here&gt;", "<!here>"},
		{"unclosed", "a <b", "a <b"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := plainText(tt.in); got != tt.want {
				t.Errorf("plainText(%q) = %q; want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestStripMention(t *testing.T) {
	tests := []struct{ name, in, bot, want string }{
		{"leading", "<@UBOT> what is R1?", "UBOT", "what is R1?"},
		{"with label and colon", "<@UBOT|bot>: what is R1?", "UBOT", "what is R1?"},
		{"middle", "hey <@UBOT>, what is R1?", "UBOT", "hey what is R1?"},
		{"other users stay", "<@UBOT> ask <@U9>", "UBOT", "ask <@U9>"},
		{"longer id that starts like ours", "<@UBOT2> hi", "UBOT", "<@UBOT2> hi"},
		{"unknown bot id: leading only", "<@UX1> what about <@U9>", "", "what about <@U9>"},
		{"no mention", "what is R1?", "UBOT", "what is R1?"},
		{"unclosed", "<@UBOT what", "UBOT", "<@UBOT what"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := stripMention(tt.in, tt.bot); got != tt.want {
				t.Errorf("stripMention(%q, %q) = %q; want %q", tt.in, tt.bot, got, tt.want)
			}
		})
	}
}

func TestClip(t *testing.T) {
	tests := []struct {
		name string
		in   string
		max  int
		want string
	}{
		{"fits", "abc", 3, "abc"},
		{"cut", "abcdef", 5, "ab…"},
		{"never inside an entity", "ab&amp;cd", 7, "ab…"},
		{"entity whole", "ab&amp;cd", 10, "ab&amp;cd"},
		{"never inside a rune", "ééééé", 6, "é…"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := clip(tt.in, tt.max)
			if got != tt.want || len(got) > tt.max || !utf8.ValidString(got) {
				t.Errorf("clip(%q, %d) = %q; want %q", tt.in, tt.max, got, tt.want)
			}
		})
	}
}

func TestRenderAbstentionShowsSuggestionsWithoutVotes(t *testing.T) {
	r := answer.Reply{Question: "who is the CEO of Microsoft?", Intent: answer.IntentAbstain,
		Text: "I don't know that from the story.", Suggestions: []string{"A?", "B?", "C?", "D?"}}
	msg := renderReply(r, target{channel: "C1", thread: "1.0", conversation: "slack:C1:1.0"})
	var types []string
	var buttons []string
	for _, b := range msg.blocks {
		types = append(types, string(b.BlockType()))
		if ab, ok := b.(*slack.ActionBlock); ok {
			for _, e := range ab.Elements.ElementSet {
				buttons = append(buttons, e.(*slack.ButtonBlockElement).ActionID)
			}
		}
	}
	if got := strings.Join(types, ","); got != "section,actions" {
		t.Errorf("abstention blocks = %s; want section,actions (no source, no votes)", got)
	}
	if got := strings.Join(buttons, ","); got != "followup_0,followup_1,followup_2" {
		t.Errorf("buttons = %s; want three follow-ups", got)
	}
	if msg.text != "I don't know that from the story." {
		t.Errorf("fallback = %q; want the text", msg.text)
	}
}

func TestRenderReplyStaysWithinLimits(t *testing.T) {
	long := strings.Repeat("<&> é ", 2000)
	r := answer.Reply{Question: long, Intent: answer.IntentAnswer, Answered: true, Text: long,
		Suggestions: []string{long, long, long, long}}
	msg := renderReply(r, target{channel: "C1", asker: "U1", question: long, conversation: "c"})
	if len(msg.text) > maxFallbackText {
		t.Errorf("fallback is %d bytes; want at most %d", len(msg.text), maxFallbackText)
	}
	b, err := json.Marshal(msg.blocks)
	if err != nil {
		t.Fatal(err)
	}
	var blocks []map[string]any
	_ = json.Unmarshal(b, &blocks)
	for _, bl := range blocks {
		if txt, ok := bl["text"].(map[string]any); ok && len(txt["text"].(string)) > maxSectionText {
			t.Errorf("section text is %d bytes; want at most %d", len(txt["text"].(string)), maxSectionText)
		}
		els, _ := bl["elements"].([]any)
		for _, e := range els {
			el := e.(map[string]any)
			if v, ok := el["value"].(string); ok && len(v) > maxButtonValue {
				t.Errorf("button value is %d bytes; want at most %d", len(v), maxButtonValue)
			}
			if txt, ok := el["text"].(map[string]any); ok && el["type"] == "button" && utf8.RuneCountInString(txt["text"].(string)) > maxButtonText {
				t.Errorf("button text %q is over %d characters", txt["text"], maxButtonText)
			}
			if txt, ok := el["text"].(string); ok && len(txt) > maxContextText {
				t.Errorf("context text is %d bytes; want at most %d", len(txt), maxContextText)
			}
		}
	}
	if strings.Contains(string(b), `\u003c\u0026\u003e`) {
		t.Error("blocks contain an unescaped <&>")
	}
}

func TestRenderDigestStaysWithinLimits(t *testing.T) {
	var sections []digest.Section
	for range 80 {
		sec := digest.Section{Heading: "Heading <!channel>"}
		for range 30 {
			sec.Items = append(sec.Items, digest.Item{Text: strings.Repeat("word ", 40), Source: "From the story, paragraph 9 · fact x"})
		}
		sections = append(sections, sec)
	}
	d := digest.Digest{Title: strings.Repeat("Title ", 60), Summary: strings.Repeat("summary ", 1000), Sections: sections}
	msg := renderDigest(d, "")
	if len(msg.blocks) > maxBlocks {
		t.Errorf("%d blocks; want at most %d", len(msg.blocks), maxBlocks)
	}
	if len(msg.text) == 0 || len(msg.text) > maxFallbackText {
		t.Errorf("fallback is %d bytes; want 1..%d", len(msg.text), maxFallbackText)
	}
	for i, b := range msg.blocks {
		switch b := b.(type) {
		case *slack.SectionBlock:
			if n := len(b.Text.Text); n > maxSectionText || n == 0 {
				t.Errorf("block %d: section text is %d bytes; want 1..%d", i, n, maxSectionText)
			}
			if strings.Contains(b.Text.Text, "<!channel>") {
				t.Errorf("block %d: unescaped <!channel>", i)
			}
		case *slack.HeaderBlock:
			if n := utf8.RuneCountInString(b.Text.Text); n > maxHeaderText {
				t.Errorf("header is %d characters; want at most %d", n, maxHeaderText)
			}
		}
	}
	last, ok := msg.blocks[len(msg.blocks)-1].(*slack.ContextBlock)
	if !ok || !strings.Contains(last.ContextElements.Elements[0].(*slack.TextBlockObject).Text, "cut to fit") {
		t.Errorf("last block = %#v; want the note that the digest was cut", msg.blocks[len(msg.blocks)-1])
	}
}

func BenchmarkVerifySignature(b *testing.B) {
	body := eventBody(b, "Ev1", mention("C1", "U1", "what is R1? what did the market do on the day?", "1700000100.000100", ""))
	now := time.Now()
	req := signedRequest(b, "http://x", "/slack/events", "application/json", body, now)
	secret := []byte(testSecret)
	sigs := newSigPool(secret)
	b.SetBytes(int64(len(body)))
	b.ReportAllocs()
	for b.Loop() {
		if err := sigs.verify(secret, req.Header, body, now); err != nil {
			b.Fatal(err)
		}
	}
}
