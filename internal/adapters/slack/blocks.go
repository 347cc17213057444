package slack

import (
	"encoding/json"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/slack-go/slack"

	"github.com/deepseek-story/bot/internal/answer"
	"github.com/deepseek-story/bot/internal/digest"
)

// Block Kit limits, in bytes (a safe bound on Slack's character counts).
const (
	maxSectionText  = 3000
	maxContextText  = 2000
	maxHeaderText   = 150
	maxButtonText   = 75
	maxButtonValue  = 2000
	maxBlocks       = 50
	maxFallbackText = 3000
	maxEchoQuestion = 300
	maxValueQuest   = 500
	maxFollowUps    = 3
)

// message is a rendered Slack message: the plain text fallback that
// notifications show, and the blocks. All user-derived text in both is
// escaped.
type message struct {
	text   string
	blocks []slack.Block
}

// options are the chat.postMessage / chat.update options of m: never
// escaped twice, links and media never unfurled.
func (m message) options() []slack.MsgOption {
	return []slack.MsgOption{
		slack.MsgOptionText(m.text, false),
		slack.MsgOptionBlocks(m.blocks...),
		slack.MsgOptionDisableLinkUnfurl(),
		slack.MsgOptionDisableMediaUnfurl(),
	}
}

// webhook is m as a response_url message, visible in the channel.
func (m message) webhook() *slack.WebhookMessage {
	off := false
	return &slack.WebhookMessage{
		Text: m.text, Blocks: &slack.Blocks{BlockSet: m.blocks}, ResponseType: "in_channel",
		UnfurlLinks: &off, UnfurlMedia: &off,
	}
}

// plainMessage is a message of the adapter's own words.
func plainMessage(s string) message {
	e := escClip(s, maxSectionText)
	return message{text: clip(e, maxFallbackText), blocks: []slack.Block{section(e)}}
}

// partialMessage shows a streaming answer in its placeholder.
func partialMessage(partial string) message {
	e := escClip(strings.TrimSpace(partial)+" …", maxSectionText)
	return message{text: clip(e, maxFallbackText), blocks: []slack.Block{section(e), contextLine(placeholderText)}}
}

// renderReply renders an answer: the asker (for /ask and button clicks),
// the text, its source, up to three follow-up buttons and, for answers,
// 👍/👎 buttons. Abstentions and help replies show their text and their
// suggestions as buttons.
func renderReply(r answer.Reply, t target) message {
	var blocks []slack.Block
	var head string
	if isUserID(t.asker) {
		line := "<@" + t.asker + "> asked"
		if q := strings.TrimSpace(t.question); q != "" {
			line += ": " + escClip(q, maxEchoQuestion)
		}
		blocks = append(blocks, contextLine(line))
		head = line + "\n"
	}
	text := strings.TrimSpace(r.Text)
	if text == "" {
		text = sorryMsg
	}
	blocks = append(blocks, section(escClip(text, maxSectionText)))
	if src := r.Source(); src != "" {
		blocks = append(blocks, contextLine(escClip(src, maxContextText)))
	}
	var buttons []slack.BlockElement
	for i, s := range r.Suggestions {
		if len(buttons) == maxFollowUps {
			break
		}
		s = strings.TrimSpace(s)
		if s == "" {
			continue
		}
		v, err := json.Marshal(followUp{Question: s, Conversation: t.conversation, Thread: t.thread, DM: t.dm})
		if err != nil || len(v) > maxButtonValue {
			continue
		}
		buttons = append(buttons, slack.NewButtonBlockElement(actionFollowUp+strconv.Itoa(i), string(v),
			slack.NewTextBlockObject(slack.PlainTextType, escClip(s, maxButtonText), true, false)))
	}
	if len(buttons) > 0 {
		blocks = append(blocks, slack.NewActionBlock("followups", buttons...))
	}
	if r.Intent == answer.IntentAnswer {
		q := r.Question
		if q == "" {
			q = t.question
		}
		if v, err := json.Marshal(voteValue{Question: clipRaw(q, maxValueQuest), FactIDs: r.FactIDs()}); err == nil && len(v) <= maxButtonValue {
			blocks = append(blocks, slack.NewActionBlock("feedback",
				slack.NewButtonBlockElement(actionVoteUp, string(v), slack.NewTextBlockObject(slack.PlainTextType, "👍 Helpful", true, false)),
				slack.NewButtonBlockElement(actionVoteDown, string(v), slack.NewTextBlockObject(slack.PlainTextType, "👎 Not helpful", true, false)),
			))
		}
	}
	return message{text: clip(head+escape(text), maxFallbackText), blocks: blocks}
}

// renderDigest renders a digest within Block Kit's limits: a header, the
// summary, and each section as bulleted lines packed into section
// blocks; a digest too long for one message is cut with a note.
func renderDigest(d digest.Digest, requestedBy string) message {
	title := strings.TrimSpace(d.Title)
	if title == "" {
		title = "Digest"
	}
	blocks := []slack.Block{slack.NewHeaderBlock(slack.NewTextBlockObject(slack.PlainTextType, escClip(title, maxHeaderText), true, false))}
	if isUserID(requestedBy) {
		blocks = append(blocks, contextLine("Requested by <@"+requestedBy+">"))
	}
	var lines []string
	if s := strings.TrimSpace(d.Summary); s != "" {
		lines = append(lines, escape(s), "")
	}
	for _, sec := range d.Sections {
		if h := strings.TrimSpace(sec.Heading); h != "" {
			lines = append(lines, "*"+escape(h)+"*")
		}
		for _, it := range sec.Items {
			line := "• " + escape(strings.TrimSpace(it.Text))
			if it.Source != "" {
				line += " _(" + escape(it.Source) + ")_"
			}
			lines = append(lines, line)
		}
		lines = append(lines, "")
	}
	for _, chunk := range pack(lines, maxSectionText) {
		blocks = append(blocks, section(chunk))
	}
	if len(blocks) > maxBlocks {
		blocks = append(blocks[:maxBlocks-1], contextLine("…the digest was cut to fit in one message."))
	}
	fallback := escape(title)
	if s := strings.TrimSpace(d.Summary); s != "" {
		fallback += ": " + escape(s)
	}
	return message{text: clip(fallback, maxFallbackText), blocks: blocks}
}

// pack joins lines into chunks of at most max bytes, clipping a line
// that alone is longer; blank chunks are dropped.
func pack(lines []string, max int) []string {
	var chunks []string
	var b strings.Builder
	flush := func() {
		if s := strings.TrimSpace(b.String()); s != "" {
			chunks = append(chunks, s)
		}
		b.Reset()
	}
	for _, l := range lines {
		l = clip(l, max)
		if b.Len() > 0 && b.Len()+1+len(l) > max {
			flush()
		}
		if b.Len() > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(l)
	}
	flush()
	return chunks
}

// section is a mrkdwn section; verbatim, so Slack links nothing by itself.
func section(escaped string) slack.Block {
	return slack.NewSectionBlock(slack.NewTextBlockObject(slack.MarkdownType, escaped, false, true), nil, nil)
}

func contextLine(escaped string) slack.Block {
	return slack.NewContextBlock("", slack.NewTextBlockObject(slack.MarkdownType, escaped, false, true))
}

var escaper = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;")

// escape makes s inert Slack text: with & < > escaped, nothing in it can
// be a mention (<!channel>, <!here>, <@U…>, <!subteam^…>) or a link.
func escape(s string) string { return escaper.Replace(s) }

// escClip escapes s and clips it to max bytes.
func escClip(s string, max int) string { return clip(escape(s), max) }

// clip shortens escaped text to at most max bytes, marking the cut with
// "…"; it never splits a rune or an &entity;.
func clip(s string, max int) string {
	if len(s) <= max {
		return s
	}
	cut := max - len("…")
	for cut > 0 && !utf8.RuneStart(s[cut]) {
		cut--
	}
	if amp := strings.LastIndexByte(s[:cut], '&'); amp >= 0 && !strings.Contains(s[amp:cut], ";") {
		cut = amp
	}
	return s[:cut] + "…"
}

// clipRaw shortens unescaped text to at most max bytes on a rune boundary.
func clipRaw(s string, max int) string {
	if len(s) <= max {
		return s
	}
	cut := max
	for cut > 0 && !utf8.RuneStart(s[cut]) {
		cut--
	}
	return s[:cut]
}

// isUserID reports whether s is a Slack user id, safe inside <@…>: U or
// W, then 1 to 30 capital letters and digits. (Checked by hand: the
// regular expression took a millisecond to compile at every start.)
func isUserID(s string) bool {
	if len(s) < 2 || len(s) > 31 || s[0] != 'U' && s[0] != 'W' {
		return false
	}
	for i := 1; i < len(s); i++ {
		if (s[i] < 'A' || s[i] > 'Z') && (s[i] < '0' || s[i] > '9') {
			return false
		}
	}
	return true
}

// leadingMention is a mention at the start of a message (compiled when
// first needed, not at every start of the program).
var leadingMention = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`^\s*<@[UW][A-Z0-9]+(?:\|[^>]*)?>[\s,:]*`)
})

// stripMention removes the bot's mentions from a message; when the bot's
// id is not known yet, the leading mention (the one that addressed it).
func stripMention(text, botID string) string {
	if botID == "" {
		return leadingMention().ReplaceAllString(text, "")
	}
	open := "<@" + botID
	var b strings.Builder
	for {
		i := strings.Index(text, open)
		if i < 0 {
			break
		}
		rest := text[i+len(open):]
		end := strings.IndexByte(rest, '>')
		if rest == "" || (rest[0] != '>' && rest[0] != '|') || end < 0 {
			// Another user whose id starts with ours, or no closing '>'.
			b.WriteString(text[:i+len(open)])
			text = rest
			continue
		}
		b.WriteString(text[:i])
		text = strings.TrimLeft(rest[end+1:], " \t\n,:")
	}
	b.WriteString(text)
	return b.String()
}

var (
	markup      = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`<([^<>]*)>`) })
	unescaper   = strings.NewReplacer("&lt;", "<", "&gt;", ">", "&amp;", "&")
	specialName = map[string]bool{"here": true, "channel": true, "everyone": true}
)

// plainText turns Slack's message markup into the words a person sees:
// <@U1|ann> → @ann, <#C1|general> → #general, <!here> → @here,
// <!subteam^S1> → @S1, <https://x|label> → label; then &lt; &gt; &amp;
// become < > &. The result is for the answer core and is escaped again
// wherever it is echoed.
func plainText(s string) string {
	s = markup().ReplaceAllStringFunc(s, func(m string) string {
		ref, label, hasLabel := strings.Cut(m[1:len(m)-1], "|")
		switch {
		case strings.HasPrefix(ref, "@"):
			if hasLabel && label != "" {
				return "@" + strings.TrimPrefix(label, "@")
			}
			return ref
		case strings.HasPrefix(ref, "#"):
			if hasLabel && label != "" {
				return "#" + label
			}
			return ref
		case strings.HasPrefix(ref, "!"):
			if hasLabel && label != "" {
				return label
			}
			name, id, _ := strings.Cut(ref[1:], "^")
			if specialName[name] {
				return "@" + name
			}
			if name == "subteam" && id != "" {
				return "@" + id
			}
			return ""
		default:
			if hasLabel && label != "" {
				return label
			}
			return strings.TrimPrefix(ref, "mailto:")
		}
	})
	return unescaper.Replace(s)
}
