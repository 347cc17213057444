package discord

import (
	"context"
	"fmt"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/bwmarrin/discordgo"

	"github.com/deepseek-story/bot/internal/answer"
	"github.com/deepseek-story/bot/internal/digest"
)

// onMessage takes a MESSAGE_CREATE on the gateway's read goroutine: a DM
// or a message that mentions the bot becomes tracked work; anything else
// (our own messages, other bots, webhooks, system messages) is dropped.
func (a *Adapter) onMessage(ctx context.Context, m *discordgo.Message) {
	if !a.wantMessage(m) {
		return
	}
	a.spawn(func() {
		if a.claim(ctx, "message:"+m.ID) {
			a.handleMessage(ctx, m)
		}
	})
}

func (a *Adapter) wantMessage(m *discordgo.Message) bool {
	if m.ID == "" || m.ChannelID == "" || m.Author == nil || m.Author.Bot || m.WebhookID != "" {
		return false
	}
	bot := a.botUserID()
	if bot == "" || m.Author.ID == bot {
		return false
	}
	if m.Type != discordgo.MessageTypeDefault && m.Type != discordgo.MessageTypeReply {
		return false
	}
	return m.GuildID == "" || mentions(m, bot)
}

// mentions reports whether m mentions user id bot.
func mentions(m *discordgo.Message, bot string) bool {
	for _, u := range m.Mentions {
		if u != nil && u.ID == bot {
			return true
		}
	}
	return strings.Contains(m.Content, "<@"+bot+">") || strings.Contains(m.Content, "<@!"+bot+">")
}

func (a *Adapter) handleMessage(ctx context.Context, m *discordgo.Message) {
	user := m.Author.ID
	if !a.allow(ctx, user) {
		a.tellRateLimited(ctx, m)
		return
	}
	question := cleanQuestion(m.Content)
	if n := utf8.RuneCountInString(question); n > maxQuestionLen {
		a.reply(ctx, m, "", textMessage(fmt.Sprintf(msgTooLong, n, maxQuestionLen)))
		return
	}
	key := a.messageConversation(m)
	askCtx, cancel := context.WithTimeout(ctx, a.answerTimeout)
	r, err := a.ask(askCtx, answer.Question{Text: m.Content, Conversation: key, User: user, Platform: platform, Channel: m.ChannelID})
	cancel()
	msg := textMessage(msgFailed)
	if err == nil {
		msg = &discordgo.MessageSend{Embeds: []*discordgo.MessageEmbed{answerEmbed(question, r)}, Components: answerComponents(r)}
	}
	a.reply(ctx, m, key, msg)
}

// tellRateLimited says so once a minute per user; further messages are dropped.
func (a *Adapter) tellRateLimited(ctx context.Context, m *discordgo.Message) {
	if !a.told.AddIfAbsent(m.Author.ID, struct{}{}, 0) {
		return
	}
	a.reply(ctx, m, "", textMessage(msgRateLimited))
}

// reply answers m: as a reply (message reference) in a guild channel, as
// a plain message in a DM. Our reply and m join conversation key, so
// replies to either continue it.
func (a *Adapter) reply(ctx context.Context, m *discordgo.Message, key string, msg *discordgo.MessageSend) {
	if m.GuildID != "" {
		failIfGone := false
		msg.Reference = &discordgo.MessageReference{MessageID: m.ID, ChannelID: m.ChannelID, GuildID: m.GuildID, FailIfNotExists: &failIfGone}
	}
	ctx, cancel := context.WithTimeout(ctx, time.Minute)
	defer cancel()
	sent, err := a.send(ctx, m.ChannelID, m.ID, msg)
	if err != nil {
		a.replyLost(err)
		return
	}
	if key != "" {
		a.links.Add("m:"+m.ID, key)
		if sent.ID != "" {
			a.links.Add("m:"+sent.ID, key)
		}
	}
}

// messageConversation is the conversation a message belongs to: its DM,
// its thread, the reply chain it continues, or a new chain rooted at it.
func (a *Adapter) messageConversation(m *discordgo.Message) string {
	switch {
	case m.GuildID == "":
		return "discord:dm:" + m.ChannelID
	case a.isThread(m.ChannelID):
		return "discord:thread:" + m.ChannelID
	}
	if ref := m.MessageReference; ref != nil && ref.MessageID != "" {
		if key, ok := a.links.Get("m:" + ref.MessageID); ok {
			return key
		}
		if rm := m.ReferencedMessage; rm != nil {
			if key, ok := a.conversationOf(rm); ok {
				return key
			}
		}
		return "discord:msg:" + ref.MessageID
	}
	return "discord:msg:" + m.ID
}

// conversationOf finds the conversation of one of our messages: from
// what we remember, else (after a restart) from the message itself.
func (a *Adapter) conversationOf(msg *discordgo.Message) (string, bool) {
	if key, ok := a.links.Get("m:" + msg.ID); ok {
		return key, true
	}
	if md := msg.InteractionMetadata; md != nil {
		if key, ok := a.links.Get("i:" + md.ID); ok {
			return key, true
		}
	}
	if mi := msg.Interaction; mi != nil {
		if key, ok := a.links.Get("i:" + mi.ID); ok {
			return key, true
		}
	}
	bot := a.botUserID()
	if msg.Author != nil && bot != "" && msg.Author.ID == bot && msg.MessageReference != nil && msg.MessageReference.MessageID != "" {
		return "discord:msg:" + msg.MessageReference.MessageID, true
	}
	return "", false
}

// PostDigest posts d in channelID as one embed within Discord's limits.
func (a *Adapter) PostDigest(ctx context.Context, channelID string, d digest.Digest) error {
	if channelID == "" {
		return fmt.Errorf("post digest: no channel")
	}
	msg := &discordgo.MessageSend{Embeds: []*discordgo.MessageEmbed{digestEmbed(d)}}
	if _, err := a.send(ctx, channelID, nonce(), msg); err != nil {
		return fmt.Errorf("post digest: %w", err)
	}
	return nil
}
