// Package answer is the bot's core: it takes a question as people type it
// in chat and answers it from the curated fact base, with the fact's
// attribution and source, or says plainly that the story does not cover
// it. It keeps follow-up context per conversation and, when given a
// Summarizer, lets an LLM condense the matched facts, falling back to the
// facts alone on any failure.
package answer

import (
	"context"
	"time"

	"github.com/deepseek-story/bot/internal/knowledge"
)

// Question is one question from any surface.
type Question struct {
	// Text is the question as the user typed it, markup and all.
	Text string
	// Conversation groups questions for follow-ups (a thread, a DM, a
	// console session); empty means no follow-up context.
	Conversation string
	// User identifies the asker (opaque; used for budgets, never shown).
	User string
	// Platform is where the question came from: slack, discord, console, http.
	Platform string
	// Channel is the platform's channel id, when there is one.
	Channel string
	// Progress, when set, receives partial answer text while an LLM
	// summary streams, so adapters can show progress.
	Progress func(partial string) `json:"-"`
}

// Intent says what kind of reply a Reply is.
type Intent string

// Intents of a reply.
const (
	IntentAnswer  Intent = "answer"  // answered from facts
	IntentAbstain Intent = "abstain" // the story does not cover it
	IntentHelp    Intent = "help"    // help, greetings, "what can you answer?"
	IntentEmpty   Intent = "empty"   // nothing was asked
)

// Citation points at the fact an answer rests on and its source.
type Citation struct {
	Fact       string `json:"fact"`
	Source     string `json:"source"`
	Paragraphs []int  `json:"paragraphs"`
}

// Reply is the core's answer; its JSON form is the answer object of the
// contract (bot ask --json, POST /v1/ask).
type Reply struct {
	Question       string     `json:"question"`
	Answered       bool       `json:"answered"`
	Text           string     `json:"text"`
	Confidence     float64    `json:"confidence"`
	Citations      []Citation `json:"citations"`
	Suggestions    []string   `json:"suggestions"`
	Intent         Intent     `json:"intent"`
	Summarized     bool       `json:"summarized"`
	FallbackReason string     `json:"fallback_reason,omitempty"`
	KBVersion      string     `json:"kb_version"`

	// Facts are the facts the reply rests on, best first.
	Facts []*knowledge.Fact `json:"-"`
	// FactsText is the facts-only answer text, also when Text is an LLM summary.
	FactsText string `json:"-"`

	// rendered, when set, holds the JSON of a text and suggestions the
	// reply was made with (AppendJSON uses it while they are the reply's).
	rendered *rendered
}

// FactIDs returns the ids of the reply's facts.
func (r Reply) FactIDs() []string {
	ids := make([]string, len(r.Facts))
	for i, f := range r.Facts {
		ids[i] = f.ID
	}
	return ids
}

// Source renders the reply's provenance for people, such as "From the
// story, paragraph 17 · fact r1-release"; empty when it rests on no fact.
func (r Reply) Source() string {
	if len(r.Facts) == 0 {
		return ""
	}
	s := r.Facts[0].Cite()
	for _, f := range r.Facts[1:] {
		s += "; " + f.Cite()
	}
	return s
}

// SummaryRequest is what a Summarizer gets: the question and the facts
// the core matched, never anything else.
type SummaryRequest struct {
	Question  Question
	Facts     []*knowledge.Fact
	KBVersion string
}

// Summarizer condenses matched facts into one answer to the question. It
// must return an error, never a weaker answer, when it cannot keep the
// summary true to the facts; the engine then sends the facts alone.
type Summarizer interface {
	Summarize(ctx context.Context, req SummaryRequest) (string, error)
}

// FallbackReasoner is implemented by Summarizer errors that name why the
// summary was not used (timeout, rate_limited, ungrounded_number...).
type FallbackReasoner interface {
	FallbackReason() string
}

// Vote is a 👍 (+1) or 👎 (-1) on an answer.
type Vote int

// Votes.
const (
	VoteUp   Vote = 1
	VoteDown Vote = -1
)

// Feedback is a vote a user clicked on an answer, with what was asked
// and the facts answered with.
type Feedback struct {
	Time     time.Time
	Platform string
	Channel  string
	User     string
	Question string
	FactIDs  []string
	Vote     Vote
}
