package discord

import (
	"encoding/json"
	"fmt"
	"net/url"
	"slices"
	"strings"
	"testing"

	"github.com/deepseek-story/bot/internal/answer"
	"github.com/deepseek-story/bot/internal/digest"
	"github.com/deepseek-story/bot/internal/knowledge"
)

func TestTrimText(t *testing.T) {
	tests := []struct {
		name  string
		in    string
		limit int
		want  string
	}{
		{"fits", "Short answer.", 100, "Short answer."},
		{"sentence boundary", "Nvidia fell 17%. It lost close to $600 billion. Analysts were stunned.", 50, "Nvidia fell 17%. It lost close to $600 billion."},
		{"question mark", "Who? Nobody knows what happened next in the market that day.", 30, "Who? Nobody knows what…"},
		{"word boundary", "DeepSeek released its R1 reasoning model in January", 30, "DeepSeek released its R1…"},
		{"one long word", strings.Repeat("x", 50), 10, strings.Repeat("x", 9) + "…"},
		{"limit one", "abc", 1, "…"},
		{"limit zero", "abc", 0, ""},
		{"emoji count twice", strings.Repeat("👍", 10), 6, "👍👍…"},
		{"invalid utf-8", "ok\xff\xfe.", 10, "ok."},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := trimText(tc.in, tc.limit)
			if got != tc.want {
				t.Errorf("trimText(%q, %d) = %q; want %q", tc.in, tc.limit, got, tc.want)
			}
			if textLen(got) > max(tc.limit, 0) {
				t.Errorf("trimText(%q, %d) is %d long", tc.in, tc.limit, textLen(got))
			}
		})
	}
}

func TestTrimTextNeverExceeds(t *testing.T) {
	texts := []string{
		strings.Repeat("A sentence. ", 500),
		strings.Repeat("word ", 2000),
		strings.Repeat("日本語の文。", 1000),
		strings.Repeat("🙂 ", 3000),
		"",
	}
	for _, s := range texts {
		for _, limit := range []int{1, 2, 3, 10, 100, 256, 1024, 2000, 4096} {
			got := trimText(s, limit)
			if textLen(got) > limit {
				t.Errorf("trimText(%.20q…, %d) is %d long", s, limit, textLen(got))
			}
			if trimmed := strings.TrimSuffix(got, "…"); !strings.HasPrefix(strings.TrimSpace(s), trimmed) {
				t.Errorf("trimText(%.20q…, %d) = %.40q… is not a prefix", s, limit, got)
			}
		}
	}
}

func TestAnswerEmbedWithinLimits(t *testing.T) {
	var facts []*knowledge.Fact
	for i := range 60 {
		facts = append(facts, &knowledge.Fact{ID: fmt.Sprintf("a-very-long-fact-identifier-number-%d", i), Paragraphs: []int{1, 2, 3}})
	}
	r := answer.Reply{
		Answered: true, Text: strings.Repeat("DeepSeek shook the market. ", 400), Facts: facts,
		Suggestions: []string{strings.Repeat("Why ", 60) + "?", "Who founded DeepSeek?", "Who founded DeepSeek?", "What is R1?", "When?"},
	}
	e := answerEmbed(strings.Repeat("question ", 100), r)
	if n := textLen(e.Title); n > maxTitle {
		t.Errorf("title is %d long; want ≤ %d", n, maxTitle)
	}
	if n := textLen(e.Description); n > maxDescription {
		t.Errorf("description is %d long; want ≤ %d", n, maxDescription)
	}
	if n := textLen(e.Footer.Text); n > maxFooter {
		t.Errorf("footer is %d long; want ≤ %d", n, maxFooter)
	}
	if n := embedSize(e); n > maxEmbedTotal {
		t.Errorf("embed is %d long; want ≤ %d", n, maxEmbedTotal)
	}
	if !strings.HasSuffix(e.Description, ".") {
		t.Errorf("description ends %q; want it cut at a sentence", e.Description[len(e.Description)-20:])
	}

	rows := answerComponents(r)
	if len(rows) != 2 {
		t.Fatalf("rows = %d; want follow-ups and votes", len(rows))
	}
	raw, _ := json.Marshal(rows[0])
	if strings.Count(string(raw), `"custom_id"`) != maxFollowUps {
		t.Errorf("follow-up row %s; want %d distinct buttons", raw, maxFollowUps)
	}
	votes, _ := json.Marshal(rows[1])
	for _, id := range []string{askCustomID(r.Suggestions[0]), voteCustomID(answer.VoteUp, r.FactIDs())} {
		if textLen(id) > maxCustomID {
			t.Errorf("custom id %q is %d long; want ≤ %d", id, textLen(id), maxCustomID)
		}
	}
	if !strings.Contains(string(votes), `"vote:up:a-very-long-fact-identifier-number-0,`) {
		t.Errorf("vote row %s; want the fact ids that fit", votes)
	}
}

func TestNoVoteButtonsWithoutFacts(t *testing.T) {
	rows := answerComponents(answer.Reply{Intent: answer.IntentAbstain, Suggestions: []string{"Who founded DeepSeek?"}})
	if len(rows) != 1 {
		t.Errorf("abstain rows = %d; want only the follow-ups", len(rows))
	}
	if rows := answerComponents(answer.Reply{Intent: answer.IntentHelp}); len(rows) != 0 {
		t.Errorf("rows without suggestions or facts = %d; want none", len(rows))
	}
}

func TestVoteCustomIDRoundTrip(t *testing.T) {
	tests := []struct {
		name string
		vote answer.Vote
		ids  []string
	}{
		{"up", answer.VoteUp, []string{"deepseek-founder"}},
		{"down, two facts", answer.VoteDown, []string{"nvidia-fell", "market-wipe"}},
		{"no facts", answer.VoteUp, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			v, ids, ok := parseVoteID(voteCustomID(tc.vote, tc.ids))
			if !ok || v != tc.vote || !slices.Equal(ids, tc.ids) {
				t.Errorf("parseVoteID(voteCustomID(%v, %q)) = %v, %q, %v", tc.vote, tc.ids, v, ids, ok)
			}
		})
	}
	if _, _, ok := parseVoteID("vote:sideways:x"); ok {
		t.Errorf("parseVoteID(vote:sideways:x) ok; want rejected")
	}
}

func TestCleanQuestion(t *testing.T) {
	tests := []struct{ in, want string }{
		{"<@999> who founded DeepSeek?", "who founded DeepSeek?"},
		{"<@!999>   what is <#123> <@&456> R1", "what is R1"},
		{"@everyone hi", "@everyone hi"},
		{"<@999>", ""},
		{"bad\xffbytes", "badbytes"},
	}
	for _, tc := range tests {
		if got := cleanQuestion(tc.in); got != tc.want {
			t.Errorf("cleanQuestion(%q) = %q; want %q", tc.in, got, tc.want)
		}
	}
}

func TestDigestEmbedWithinLimits(t *testing.T) {
	var sections []digest.Section
	for s := range 40 {
		var items []digest.Item
		for i := range 50 {
			items = append(items, digest.Item{Text: fmt.Sprintf("Item %d of section %d says something fairly long about the story.", i, s),
				Source: fmt.Sprintf("From the story, paragraph %d · fact f-%d", i%23+1, i)})
		}
		sections = append(sections, digest.Section{Heading: fmt.Sprintf("Section %d", s), Items: items})
	}
	tests := []struct {
		name string
		d    digest.Digest
	}{
		{"huge", digest.Digest{Title: strings.Repeat("Title ", 100), Summary: strings.Repeat("Summary sentence. ", 500), Sections: sections}},
		{"small", digest.Digest{Title: "DeepSeek", Summary: "In brief.", Sections: sections[:1]}},
		{"empty", digest.Digest{}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			e := digestEmbed(tc.d)
			if n := embedSize(e); n > maxEmbedTotal {
				t.Errorf("embed is %d long; want ≤ %d", n, maxEmbedTotal)
			}
			if len(e.Fields) > maxFields {
				t.Errorf("fields = %d; want ≤ %d", len(e.Fields), maxFields)
			}
			if textLen(e.Title) > maxTitle || textLen(e.Description) > maxDescription {
				t.Errorf("title %d, description %d long; want within limits", textLen(e.Title), textLen(e.Description))
			}
			for _, f := range e.Fields {
				if f.Name == "" || textLen(f.Name) > maxFieldName || f.Value == "" || textLen(f.Value) > maxFieldValue {
					t.Errorf("field %q (%d) = %d long; want a name and a value within limits", f.Name, textLen(f.Name), textLen(f.Value))
				}
			}
		})
	}
	e := digestEmbed(tests[0].d)
	if last := e.Fields[len(e.Fields)-1]; !strings.Contains(last.Value, "more sections") {
		t.Errorf("last field of a digest that does not fit = %q; want a count of the sections left out", last.Value)
	}
	if !strings.Contains(e.Fields[0].Value, "…and ") || !strings.Contains(e.Fields[0].Value, "fact f-0") {
		t.Errorf("first field = %q; want items with sources and a count of those left out", e.Fields[0].Value)
	}
}

func TestInviteURL(t *testing.T) {
	if Permissions != 274877991936 {
		t.Errorf("Permissions = %d; want 274877991936 (view channels, send messages, send in threads, embed links, read history)", Permissions)
	}
	u, err := url.Parse(InviteURL("555"))
	if err != nil {
		t.Fatalf("InviteURL: %v", err)
	}
	q := u.Query()
	if u.Host != "discord.com" || u.Path != "/oauth2/authorize" || q.Get("client_id") != "555" ||
		q.Get("scope") != "bot applications.commands" || q.Get("permissions") != "274877991936" {
		t.Errorf("InviteURL(555) = %s", u)
	}
}

func TestAppIDFromToken(t *testing.T) {
	tests := []struct {
		name, token, want string
		wantErr           bool
	}{
		{"plain", "NTU1.GxYzAb.c2VjcmV0", "555", false},
		{"with Bot prefix", "Bot NTU1.GxYzAb.c2VjcmV0", "555", false},
		{"snowflake", "MTIzNDU2Nzg5MDEyMzQ1Njc4.Gabcde.xyz", "123456789012345678", false},
		{"padded", "MTIzNDU2Nzg5MDEyMzQ1Njc4OQ==.x.y", "1234567890123456789", false},
		{"no dots", "NTU1", "", true},
		{"not base64", "!!!.x.y", "", true},
		{"not an id", "aGVsbG8.x.y", "", true},
		{"empty", "", "", true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := AppIDFromToken(tc.token)
			if (err != nil) != tc.wantErr || got != tc.want {
				t.Errorf("AppIDFromToken(%q) = %q, %v; want %q (error %v)", tc.token, got, err, tc.want, tc.wantErr)
			}
			if err != nil && tc.token != "" && strings.Contains(err.Error(), tc.token) {
				t.Errorf("error %q contains the token", err)
			}
		})
	}
}
