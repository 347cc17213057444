package discord

import (
	"fmt"
	"regexp"
	"strings"
	"sync"
	"unicode"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/bwmarrin/discordgo"

	"github.com/deepseek-story/bot/internal/answer"
	"github.com/deepseek-story/bot/internal/digest"
)

// Discord's limits, in characters.
const (
	maxQuestionLen = 500 // /ask's max_length, and the longest question read from a mention
	maxTitle       = 256
	maxDescription = 4096
	maxFooter      = 2048
	maxFieldName   = 256
	maxFieldValue  = 1024
	maxFields      = 25
	maxEmbedTotal  = 6000 // across all embeds of a message
	maxContent     = 2000
	maxButtonLabel = 80
	maxCustomID    = 100
	maxChoices     = 25
	maxChoiceLen   = 100
	maxFollowUps   = 3
)

// embedColor is the accent of the bot's embeds.
const embedColor = 0x4D6BFE

// Custom id prefixes of the bot's buttons.
const (
	askPrefix      = "ask:"
	voteUpPrefix   = "vote:up:"
	voteDownPrefix = "vote:down:"
)

// textLen counts s as Discord's limits do, conservatively: in UTF-16
// code units, which is never fewer than characters.
func textLen(s string) int {
	n := 0
	for _, r := range s {
		n += max(utf16.RuneLen(r), 1)
	}
	return n
}

// prefixWithin is the longest prefix of s with textLen at most limit.
func prefixWithin(s string, limit int) string {
	n := 0
	for i, r := range s {
		n += max(utf16.RuneLen(r), 1)
		if n > limit {
			return s[:i]
		}
	}
	return s
}

// trimText shortens s to at most limit characters: at the last sentence
// end that fits, else at a word with "…", else mid-word with "…". It
// never fails and never returns more than limit.
func trimText(s string, limit int) string {
	s = strings.TrimSpace(strings.ToValidUTF8(s, ""))
	if textLen(s) <= limit {
		return s
	}
	if limit <= 0 {
		return ""
	}
	if limit == 1 {
		return "…"
	}
	cut := prefixWithin(s, limit-1)
	rest := s[len(cut):]
	if end := lastSentenceEnd(cut, rest); end >= len(cut)/3 && end > 0 {
		return strings.TrimSpace(cut[:end])
	}
	if i := strings.LastIndexFunc(cut, unicode.IsSpace); i >= len(cut)/3 && i > 0 {
		return strings.TrimRightFunc(cut[:i], func(r rune) bool { return unicode.IsSpace(r) || unicode.IsPunct(r) }) + "…"
	}
	return cut + "…"
}

// lastSentenceEnd is the byte offset just after the last sentence end in
// cut (punctuation followed by a space, or a line break); rest is what
// follows cut in the full text. -1 when there is none.
func lastSentenceEnd(cut, rest string) int {
	end := -1
	for i, r := range cut {
		switch r {
		case '\n':
			end = i
		case '.', '!', '?', '…', '。', '！', '？':
			after := i + utf8.RuneLen(r)
			next := rest
			if after < len(cut) {
				next = cut[after:]
			}
			if nr, _ := utf8.DecodeRuneInString(next); next == "" || unicode.IsSpace(nr) || r == '。' || r == '！' || r == '？' {
				end = after
			}
		}
	}
	return end
}

// mentionMarkup matches Discord's user, role and channel mention markup.
var mentionMarkup = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`<(?:@[!&]?|#)\d+>`) })

// cleanQuestion is the question as people read it: without mention
// markup, spaces collapsed, valid UTF-8.
func cleanQuestion(s string) string {
	s = strings.ToValidUTF8(s, "")
	s = mentionMarkup().ReplaceAllString(s, " ")
	return strings.Join(strings.Fields(s), " ")
}

// embedSize is what an embed counts toward the 6000 across a message.
func embedSize(e *discordgo.MessageEmbed) int {
	n := textLen(e.Title) + textLen(e.Description)
	if e.Footer != nil {
		n += textLen(e.Footer.Text)
	}
	if e.Author != nil {
		n += textLen(e.Author.Name)
	}
	for _, f := range e.Fields {
		n += textLen(f.Name) + textLen(f.Value)
	}
	return n
}

// answerEmbed renders a reply: the question as title, the answer as
// description and its source as footer, within every limit.
func answerEmbed(question string, r answer.Reply) *discordgo.MessageEmbed {
	e := &discordgo.MessageEmbed{Type: discordgo.EmbedTypeRich, Color: embedColor}
	e.Title = trimText(question, maxTitle)
	footer := trimText(r.Source(), maxFooter)
	if footer != "" {
		e.Footer = &discordgo.MessageEmbedFooter{Text: footer}
	}
	e.Description = trimText(r.Text, min(maxDescription, maxEmbedTotal-textLen(e.Title)-textLen(footer)))
	return e
}

// partialEmbed renders an answer still being written.
func partialEmbed(question, partial string) *discordgo.MessageEmbed {
	title := trimText(question, maxTitle)
	desc := "…"
	if p := trimText(partial, min(maxDescription, maxEmbedTotal-textLen(title))-2); p != "" {
		desc = p + " …"
	}
	return &discordgo.MessageEmbed{Type: discordgo.EmbedTypeRich, Color: embedColor, Title: title, Description: desc}
}

// answerComponents are the buttons under a reply: up to three follow-up
// questions, and 👍/👎 when it answered from facts.
func answerComponents(r answer.Reply) []discordgo.MessageComponent {
	var rows []discordgo.MessageComponent
	var follow []discordgo.MessageComponent
	seen := map[string]bool{}
	for _, s := range r.Suggestions {
		if len(follow) == maxFollowUps {
			break
		}
		s = cleanQuestion(s)
		id := askCustomID(s)
		if s == "" || seen[id] {
			continue
		}
		seen[id] = true
		follow = append(follow, discordgo.Button{Label: trimText(s, maxButtonLabel), Style: discordgo.SecondaryButton, CustomID: id})
	}
	if len(follow) > 0 {
		rows = append(rows, discordgo.ActionsRow{Components: follow})
	}
	if r.Answered && len(r.Facts) > 0 {
		ids := r.FactIDs()
		rows = append(rows, discordgo.ActionsRow{Components: []discordgo.MessageComponent{
			discordgo.Button{Label: "Helpful", Emoji: &discordgo.ComponentEmoji{Name: "👍"}, Style: discordgo.SecondaryButton, CustomID: voteCustomID(answer.VoteUp, ids)},
			discordgo.Button{Label: "Not helpful", Emoji: &discordgo.ComponentEmoji{Name: "👎"}, Style: discordgo.SecondaryButton, CustomID: voteCustomID(answer.VoteDown, ids)},
		}})
	}
	return rows
}

// askCustomID is the custom id of a follow-up button: the question itself
// (cut to fit), so a click works on any replica and after restarts.
func askCustomID(question string) string {
	return askPrefix + prefixWithin(question, maxCustomID-len(askPrefix))
}

// voteCustomID carries the vote and as many fact ids as fit.
func voteCustomID(v answer.Vote, factIDs []string) string {
	id := voteUpPrefix
	if v == answer.VoteDown {
		id = voteDownPrefix
	}
	for i, f := range factIDs {
		sep := ""
		if i > 0 {
			sep = ","
		}
		if textLen(id)+len(sep)+textLen(f) > maxCustomID {
			break
		}
		id += sep + f
	}
	return id
}

// parseVoteID reads a vote button's custom id.
func parseVoteID(id string) (answer.Vote, []string, bool) {
	var v answer.Vote
	var rest string
	switch {
	case strings.HasPrefix(id, voteUpPrefix):
		v, rest = answer.VoteUp, strings.TrimPrefix(id, voteUpPrefix)
	case strings.HasPrefix(id, voteDownPrefix):
		v, rest = answer.VoteDown, strings.TrimPrefix(id, voteDownPrefix)
	default:
		return 0, nil, false
	}
	var ids []string
	for _, f := range strings.Split(rest, ",") {
		if f = strings.TrimSpace(f); f != "" {
			ids = append(ids, f)
		}
	}
	return v, ids, true
}

// choice is an autocomplete choice for question s (name and value at most
// 100 characters).
func choice(s string) *discordgo.ApplicationCommandOptionChoice {
	return &discordgo.ApplicationCommandOptionChoice{Name: trimText(s, maxChoiceLen), Value: prefixWithin(s, maxChoiceLen)}
}

// digestEmbed renders a digest as one embed: the title, the summary, a
// field per section with its items and sources, trimmed to every limit
// (sections and items that do not fit are counted, not sent).
func digestEmbed(d digest.Digest) *discordgo.MessageEmbed {
	e := &discordgo.MessageEmbed{Type: discordgo.EmbedTypeRich, Color: embedColor}
	e.Title = trimText(d.Title, maxTitle)
	budget := maxEmbedTotal - textLen(e.Title)
	descLimit := min(maxDescription, budget)
	if len(d.Sections) > 0 {
		descLimit = min(descLimit, budget/3) // leave most of the room to the sections
	}
	e.Description = trimText(d.Summary, descLimit)
	budget -= textLen(e.Description)
	for si, s := range d.Sections {
		const reserve = 40 // room for a closing "…and N more sections" field
		if len(e.Fields) == maxFields-1 && si < len(d.Sections)-1 || budget < 2*reserve {
			e.Fields = append(e.Fields, &discordgo.MessageEmbedField{Name: "More", Value: fmt.Sprintf("…and %d more sections", len(d.Sections)-si)})
			break
		}
		name := trimText(s.Heading, maxFieldName)
		if name == "" {
			name = "\u200b" // a field needs a name
		}
		value := sectionValue(s.Items, min(maxFieldValue, budget-textLen(name)-reserve))
		if value == "" {
			continue
		}
		e.Fields = append(e.Fields, &discordgo.MessageEmbedField{Name: name, Value: value})
		budget -= textLen(name) + textLen(value)
	}
	return e
}

// sectionValue lists items, one a line with their source, within limit.
func sectionValue(items []digest.Item, limit int) string {
	var b strings.Builder
	for i, it := range items {
		line := "• " + strings.TrimSpace(it.Text)
		if it.Source != "" {
			line += " — *" + strings.TrimSpace(it.Source) + "*"
		}
		if b.Len() > 0 {
			line = "\n" + line
		}
		more := fmt.Sprintf("\n…and %d more", len(items)-i)
		if textLen(b.String())+textLen(line)+textLen(more) > limit {
			if b.Len() == 0 { // not even one line fits whole: trim it
				return trimText(strings.TrimPrefix(line, "\n"), limit)
			}
			b.WriteString(more)
			return b.String()
		}
		b.WriteString(line)
	}
	return b.String()
}

// textMessage is a plain text message, cut to Discord's content limit.
func textMessage(s string) *discordgo.MessageSend {
	return &discordgo.MessageSend{Content: trimText(s, maxContent)}
}
