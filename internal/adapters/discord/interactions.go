package discord

import (
	"context"
	"fmt"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/bwmarrin/discordgo"

	"github.com/deepseek-story/bot/internal/answer"
)

// What users read when something is off.
const (
	msgMissingQuestion = "Please add a question, for example `/ask question: who founded DeepSeek?`"
	msgTooLong         = "That question is %d characters long; please keep it under %d."
	msgRateLimited     = "You're asking faster than I can keep up. Please wait a minute before the next question."
	msgFailed          = "Sorry, I couldn't answer that just now. Please try again in a moment."
	msgNoDigest        = "There's no digest to show right now."
	msgUnreadable      = "Sorry, I couldn't read that request."
	msgUnknownCommand  = "I don't know that command. Try /ask or /digest."
	msgStaleButton     = "That button no longer works. Ask with /ask instead."
	msgThanks          = "Thanks for the feedback!"
	msgFeedbackFailed  = "Sorry, I couldn't record your feedback. Please try again later."
)

// onInteraction takes an INTERACTION_CREATE on the gateway's read
// goroutine and hands it to tracked work at once.
func (a *Adapter) onInteraction(ctx context.Context, i *discordgo.Interaction) {
	received := time.Now()
	if i.ID == "" || i.Token == "" {
		a.log.Warn("ignoring an interaction without id or token")
		return
	}
	a.spawn(func() {
		if a.claim(ctx, "interaction:"+i.ID) {
			a.handleInteraction(ctx, i, received)
		}
	})
}

func (a *Adapter) handleInteraction(ctx context.Context, i *discordgo.Interaction, received time.Time) {
	switch i.Type {
	case discordgo.InteractionApplicationCommand:
		data, ok := i.Data.(discordgo.ApplicationCommandInteractionData)
		if !ok {
			a.ephemeral(ctx, i, received, msgUnreadable)
			return
		}
		switch data.Name {
		case "ask":
			a.handleAsk(ctx, i, data, received)
		case "digest":
			a.handleDigest(ctx, i, received)
		default:
			a.ephemeral(ctx, i, received, msgUnknownCommand)
		}
	case discordgo.InteractionApplicationCommandAutocomplete:
		a.handleAutocomplete(ctx, i, received)
	case discordgo.InteractionMessageComponent:
		a.handleComponent(ctx, i, received)
	default:
		a.log.Debug("ignoring interaction", "type", int(i.Type))
	}
}

// interactionUser is the id of the user who triggered i.
func interactionUser(i *discordgo.Interaction) string {
	if i.Member != nil && i.Member.User != nil {
		return i.Member.User.ID
	}
	if i.User != nil {
		return i.User.ID
	}
	return ""
}

// questionOption reads /ask's question option; problem is what to tell
// the user when it is missing or too long.
func questionOption(data discordgo.ApplicationCommandInteractionData) (raw, problem string) {
	opt := data.GetOption("question")
	if opt == nil {
		return "", msgMissingQuestion
	}
	raw, ok := opt.Value.(string)
	if !ok || cleanQuestion(raw) == "" {
		return "", msgMissingQuestion
	}
	if n := utf8.RuneCountInString(raw); n > maxQuestionLen {
		return "", fmt.Sprintf(msgTooLong, n, maxQuestionLen)
	}
	return raw, ""
}

func (a *Adapter) handleAsk(ctx context.Context, i *discordgo.Interaction, data discordgo.ApplicationCommandInteractionData, received time.Time) {
	raw, problem := questionOption(data)
	if problem != "" {
		a.ephemeral(ctx, i, received, problem)
		return
	}
	user := interactionUser(i)
	if !a.allow(ctx, user) {
		a.ephemeral(ctx, i, received, msgRateLimited)
		return
	}
	q := answer.Question{Text: raw, Conversation: a.interactionConversation(i, user), User: user, Platform: platform, Channel: i.ChannelID}
	a.answerInteraction(ctx, i, received, q)
}

// interactionConversation is the conversation of a slash command: the
// DM, the thread, or the user's own in a channel.
func (a *Adapter) interactionConversation(i *discordgo.Interaction, user string) string {
	switch {
	case i.GuildID == "":
		return "discord:dm:" + i.ChannelID
	case a.isThread(i.ChannelID):
		return "discord:thread:" + i.ChannelID
	default:
		return "discord:ask:" + i.ChannelID + ":" + user
	}
}

// ask asks the answerer and counts the outcome.
func (a *Adapter) ask(ctx context.Context, q answer.Question) (answer.Reply, error) {
	start := time.Now()
	r, err := a.deps.Answerer.Answer(ctx, q)
	took := time.Since(start)
	a.m.AnswerSeconds.WithLabelValues(platform).Observe(took.Seconds())
	outcome := string(r.Intent)
	if err != nil {
		outcome = "error"
		a.log.Warn("answering failed", "err", err, "took", took)
	} else if outcome == "" {
		outcome = "unknown"
	}
	a.m.Questions.WithLabelValues(platform, outcome).Inc()
	a.log.Debug("answered", "question", q.Text, "conversation", q.Conversation, "intent", r.Intent, "took", took)
	return r, err
}

// answerInteraction answers q as the response to interaction i.
func (a *Adapter) answerInteraction(ctx context.Context, i *discordgo.Interaction, received time.Time, q answer.Question) {
	a.links.Add("i:"+i.ID, q.Conversation)
	title := cleanQuestion(q.Text)
	var prog *progress
	if a.cfg.Progress {
		prog = newProgress()
		q.Progress = prog.set
	}
	a.deliver(ctx, i, received, prog, func(ctx context.Context) (outgoing, error) {
		r, err := a.ask(ctx, q)
		if err != nil {
			return outgoing{}, err
		}
		return outgoing{embeds: []*discordgo.MessageEmbed{answerEmbed(title, r)}, components: answerComponents(r)}, nil
	}, func(partial string) outgoing {
		return outgoing{embeds: []*discordgo.MessageEmbed{partialEmbed(title, partial)}}
	})
}

func (a *Adapter) handleDigest(ctx context.Context, i *discordgo.Interaction, received time.Time) {
	if a.deps.Digester == nil {
		a.ephemeral(ctx, i, received, msgNoDigest)
		return
	}
	if !a.allow(ctx, interactionUser(i)) {
		a.ephemeral(ctx, i, received, msgRateLimited)
		return
	}
	a.deliver(ctx, i, received, nil, func(ctx context.Context) (outgoing, error) {
		d, err := a.deps.Digester.Digest(ctx)
		if err != nil {
			return outgoing{}, fmt.Errorf("build digest: %w", err)
		}
		return outgoing{embeds: []*discordgo.MessageEmbed{digestEmbed(d)}}, nil
	}, nil)
}

// autocompleteResponse is a type 8 response; choices is always an array.
type autocompleteResponse struct {
	Type discordgo.InteractionResponseType `json:"type"`
	Data autocompleteData                  `json:"data"`
}

type autocompleteData struct {
	Choices         []*discordgo.ApplicationCommandOptionChoice `json:"choices"`
	AllowedMentions *discordgo.MessageAllowedMentions           `json:"allowed_mentions"`
}

func (a *Adapter) handleAutocomplete(ctx context.Context, i *discordgo.Interaction, received time.Time) {
	resp := autocompleteResponse{
		Type: discordgo.InteractionApplicationCommandAutocompleteResult,
		Data: autocompleteData{Choices: []*discordgo.ApplicationCommandOptionChoice{}, AllowedMentions: noMentions()},
	}
	data, ok := i.Data.(discordgo.ApplicationCommandInteractionData)
	if ok && data.Name == "ask" && a.deps.Suggester != nil {
		typed := ""
		for _, o := range data.Options {
			if o == nil || !o.Focused {
				continue
			}
			if s, isString := o.Value.(string); isString {
				typed = s
			}
		}
		typed = prefixWithin(cleanQuestion(typed), maxQuestionLen)
		seen := map[string]bool{}
		for _, s := range a.deps.Suggester.Suggest(typed, maxChoices) {
			c := choice(cleanQuestion(s))
			if c.Name == "" || seen[c.Name] {
				continue
			}
			seen[c.Name] = true
			resp.Data.Choices = append(resp.Data.Choices, c)
			if len(resp.Data.Choices) == maxChoices {
				break
			}
		}
	}
	ackCtx, cancel := context.WithDeadline(ctx, received.Add(a.ackWindow))
	defer cancel()
	if err := a.do(ackCtx, "autocomplete", 3, func(ctx context.Context) error { return a.callback(ctx, i, resp) }); err != nil {
		a.log.Debug("autocomplete response failed", "err", err)
	}
}

func (a *Adapter) handleComponent(ctx context.Context, i *discordgo.Interaction, received time.Time) {
	data, ok := i.Data.(discordgo.MessageComponentInteractionData)
	if !ok {
		a.ephemeral(ctx, i, received, msgUnreadable)
		return
	}
	user := interactionUser(i)
	switch id := data.CustomID; {
	case strings.HasPrefix(id, askPrefix):
		question := cleanQuestion(strings.TrimPrefix(id, askPrefix))
		if question == "" {
			a.ephemeral(ctx, i, received, msgStaleButton)
			return
		}
		if !a.allow(ctx, user) {
			a.ephemeral(ctx, i, received, msgRateLimited)
			return
		}
		key, found := "", false
		if i.Message != nil {
			key, found = a.conversationOf(i.Message)
		}
		if !found {
			key = a.interactionConversation(i, user)
		}
		a.answerInteraction(ctx, i, received, answer.Question{Text: question, Conversation: key, User: user, Platform: platform, Channel: i.ChannelID})
	case strings.HasPrefix(id, "vote:"):
		vote, facts, ok := parseVoteID(id)
		if !ok {
			a.ephemeral(ctx, i, received, msgStaleButton)
			return
		}
		a.recordVote(ctx, i, received, user, vote, facts)
	default:
		a.ephemeral(ctx, i, received, msgStaleButton)
	}
}

// recordVote records a 👍/👎 with the question (the answer's title), the
// fact ids and the user, and thanks the user privately.
func (a *Adapter) recordVote(ctx context.Context, i *discordgo.Interaction, received time.Time, user string, vote answer.Vote, facts []string) {
	question := ""
	if i.Message != nil && len(i.Message.Embeds) > 0 && i.Message.Embeds[0] != nil {
		question = i.Message.Embeds[0].Title
	}
	text := msgThanks
	if a.deps.Feedback != nil {
		fb := answer.Feedback{Time: time.Now(), Platform: platform, Channel: i.ChannelID, User: user, Question: question, FactIDs: facts, Vote: vote}
		if err := a.deps.Feedback.RecordFeedback(ctx, fb); err != nil {
			a.log.Warn("recording feedback failed", "err", err)
			text = msgFeedbackFailed
		}
	}
	a.ephemeral(ctx, i, received, text)
}

// outgoing is a message to send as an interaction response.
type outgoing struct {
	content    string
	embeds     []*discordgo.MessageEmbed
	components []discordgo.MessageComponent
	ephemeral  bool
}

// ephemeral answers i with text only the user sees.
func (a *Adapter) ephemeral(ctx context.Context, i *discordgo.Interaction, received time.Time, text string) {
	if err := a.respondNow(ctx, i, received, outgoing{content: text, ephemeral: true}); err != nil {
		a.log.Warn("ephemeral reply failed", "err", err)
	}
}

// respondNow sends out as the first response (type 4), retrying within
// Discord's window.
func (a *Adapter) respondNow(ctx context.Context, i *discordgo.Interaction, received time.Time, out outgoing) error {
	data := &discordgo.InteractionResponseData{
		Content:         trimText(out.content, maxContent),
		Embeds:          out.embeds,
		Components:      out.components,
		AllowedMentions: noMentions(),
	}
	if out.ephemeral {
		data.Flags = discordgo.MessageFlagsEphemeral
	}
	resp := &discordgo.InteractionResponse{Type: discordgo.InteractionResponseChannelMessageWithSource, Data: data}
	ackCtx, cancel := context.WithDeadline(ctx, received.Add(a.ackWindow))
	defer cancel()
	return a.do(ackCtx, "interaction_callback", 5, func(ctx context.Context) error { return a.callback(ctx, i, resp) })
}

// respondDeferred acknowledges i with a deferred response (type 5): the
// user sees "thinking…" until the original response is edited.
func (a *Adapter) respondDeferred(ctx context.Context, i *discordgo.Interaction, received time.Time) error {
	resp := &discordgo.InteractionResponse{
		Type: discordgo.InteractionResponseDeferredChannelMessageWithSource,
		Data: &discordgo.InteractionResponseData{AllowedMentions: noMentions()},
	}
	ackCtx, cancel := context.WithDeadline(ctx, received.Add(a.ackWindow))
	defer cancel()
	return a.do(ackCtx, "interaction_defer", 5, func(ctx context.Context) error { return a.callback(ctx, i, resp) })
}

// deliver runs work and responds to i with its result: directly when it
// is ready within directBudget of the interaction's arrival, else with a
// deferred response and then an edit of the original response, streaming
// prog's partial text (if any) into edits at most one per editInterval.
func (a *Adapter) deliver(ctx context.Context, i *discordgo.Interaction, received time.Time, prog *progress,
	work func(context.Context) (outgoing, error), partial func(string) outgoing) {
	workCtx, cancelWork := context.WithTimeout(ctx, a.answerTimeout)
	defer cancelWork()
	type result struct {
		out outgoing
		err error
	}
	done := make(chan result, 1)
	go func() {
		out, err := work(workCtx)
		done <- result{out, err}
	}()
	finished := false
	defer func() {
		if !finished { // the worker always ends before we return
			cancelWork()
			<-done
		}
	}()
	outcome := func(r result) outgoing {
		if r.err != nil {
			return outgoing{content: msgFailed}
		}
		return r.out
	}

	respondDirect := func(r result) {
		finished = true
		out := outcome(r)
		out.ephemeral = r.err != nil
		err := a.respondNow(ctx, i, received, out)
		switch _, code := apiCode(err); {
		case err == nil:
		case code == codeAlreadyAcked:
			// An earlier try got through but its response was lost.
			a.log.Warn("interaction already acknowledged (40060); editing the response instead")
			a.finalEdit(ctx, i, out, time.Time{})
		default:
			a.replyLost(err)
		}
	}
	direct := time.NewTimer(time.Until(received.Add(a.directBudget)))
	defer direct.Stop()
	select {
	case r := <-done:
		respondDirect(r)
		return
	case <-direct.C:
		select { // a result that is ready still goes out directly
		case r := <-done:
			respondDirect(r)
			return
		default:
		}
	}

	if err := a.respondDeferred(ctx, i, received); err != nil {
		if _, code := apiCode(err); code != codeAlreadyAcked {
			a.replyLost(err)
			return
		}
		a.log.Warn("interaction already acknowledged (40060); editing the response")
	}
	var progressed <-chan struct{}
	if prog != nil && partial != nil {
		progressed = prog.changed
	}
	var lastEdit time.Time
	throttle := time.NewTimer(0)
	<-throttle.C
	waiting := false // an edit is due when throttle fires
	for {
		select {
		case r := <-done:
			finished = true
			a.finalEdit(ctx, i, outcome(r), lastEdit)
			return
		case <-progressed:
			if waiting {
				continue
			}
			if d := time.Until(lastEdit.Add(a.editInterval)); d > 0 {
				throttle.Reset(d)
				waiting = true
				continue
			}
			lastEdit = a.partialEdit(ctx, i, partial(prog.get()))
		case <-throttle.C:
			waiting = false
			lastEdit = a.partialEdit(ctx, i, partial(prog.get()))
		}
	}
}

// partialEdit shows partial progress; failures are only logged.
func (a *Adapter) partialEdit(ctx context.Context, i *discordgo.Interaction, out outgoing) time.Time {
	ctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	if _, err := a.editOriginal(ctx, i, webhookEdit(out)); err != nil {
		a.log.Debug("progress edit failed", "err", safeErr(err))
	}
	return time.Now()
}

// finalEdit puts the final response in place of the deferred one, at
// least editInterval after lastEdit, with retries.
func (a *Adapter) finalEdit(ctx context.Context, i *discordgo.Interaction, out outgoing, lastEdit time.Time) {
	if d := time.Until(lastEdit.Add(a.editInterval)); d > 0 && !sleep(ctx, d) {
		a.replyLost(ctx.Err())
		return
	}
	ctx, cancel := context.WithTimeout(ctx, time.Minute)
	defer cancel()
	edit := webhookEdit(out)
	err := a.do(ctx, "interaction_edit", 6, func(ctx context.Context) error {
		_, err := a.editOriginal(ctx, i, edit)
		return err
	})
	if err != nil {
		a.replyLost(err)
	}
}

// webhookEdit is out as an edit that replaces content, embeds and buttons.
func webhookEdit(out outgoing) *discordgo.WebhookEdit {
	content := trimText(out.content, maxContent)
	embeds := out.embeds
	if embeds == nil {
		embeds = []*discordgo.MessageEmbed{}
	}
	components := out.components
	if components == nil {
		components = []discordgo.MessageComponent{}
	}
	return &discordgo.WebhookEdit{Content: &content, Embeds: &embeds, Components: &components, AllowedMentions: noMentions()}
}

// replyLost counts and logs an answer that could not be delivered.
func (a *Adapter) replyLost(err error) {
	a.m.RepliesLost.WithLabelValues(platform).Inc()
	switch _, code := apiCode(err); code {
	case codeUnknownInteraction:
		a.log.Warn("reply lost: the interaction expired before it was acknowledged (10062)")
	default:
		a.log.Error("reply lost", "err", safeErr(err))
	}
}

// progress holds the latest partial answer text and signals changes
// without ever blocking the answerer.
type progress struct {
	mu      sync.Mutex
	text    string
	changed chan struct{}
}

func newProgress() *progress { return &progress{changed: make(chan struct{}, 1)} }

func (p *progress) set(partial string) {
	p.mu.Lock()
	p.text = partial
	p.mu.Unlock()
	select {
	case p.changed <- struct{}{}:
	default:
	}
}

func (p *progress) get() string {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.text
}
