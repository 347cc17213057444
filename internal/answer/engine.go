package answer

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"math"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"time"
	"unicode/utf8"

	"github.com/deepseek-story/bot/internal/knowledge"
	"github.com/deepseek-story/bot/internal/ttlcache"
)

// MaxQuestionRunes caps how much of a question is read.
const MaxQuestionRunes = 1000

// Default thresholds for answering. A fact is given only when the
// question's topic words are mostly covered by it (idf-weighted) and it
// scores well enough; otherwise the engine abstains.
const (
	DefaultMinCoverage = 0.62
	DefaultMinScore    = 1.0
)

// Options tune an Engine.
type Options struct {
	// Summarizer condenses facts with an LLM; nil means facts only.
	Summarizer Summarizer
	// Conversations is how many conversations keep follow-up context
	// (default 10,000), and ConversationTTL for how long (default 30
	// minutes). Memory is bounded by Conversations alone.
	Conversations   int
	ConversationTTL time.Duration
	// MinCoverage and MinScore override the answering thresholds
	// (DefaultMinCoverage, DefaultMinScore) when positive.
	MinCoverage, MinScore float64
}

// Engine answers questions from a fact base. It is safe for concurrent
// use; Swap replaces the fact base atomically (hot reload).
type Engine struct {
	kb      atomic.Pointer[knowledge.Base]
	sum     Summarizer
	convos  *ttlcache.Cache[string, convState]
	bufs    sync.Pool // of *scratch
	answers sync.Pool // of *answerBuffers
	// perFact holds the reply parts of the fact base's single facts.
	perFact atomic.Pointer[factTable]

	minCoverage, minScore float64
}

// convState is what a conversation remembers for follow-ups.
type convState struct {
	person string // entity id of the last person talked about
	thing  string // entity id of the last non-person subject
	event  string // entity id of the last event or place ("there")
	facts  []string
	terms  []knowledge.Term // the terms of the last question answered
	// trace, when set (bot ask --explain), receives how each match was
	// judged: the question's slots, the finalists and the verdict.
	trace *strings.Builder
}

// New returns an Engine over kb.
func New(kb *knowledge.Base, opts Options) *Engine {
	if opts.Conversations <= 0 {
		opts.Conversations = 10_000
	}
	if opts.ConversationTTL <= 0 {
		opts.ConversationTTL = 30 * time.Minute
	}
	e := &Engine{
		sum:         opts.Summarizer,
		convos:      ttlcache.New[string, convState](opts.Conversations, opts.ConversationTTL),
		minCoverage: cmp.Or(opts.MinCoverage, DefaultMinCoverage),
		minScore:    cmp.Or(opts.MinScore, DefaultMinScore),
	}
	e.kb.Store(kb)
	return e
}

// Knowledge returns the fact base in use.
func (e *Engine) Knowledge() *knowledge.Base { return e.kb.Load() }

// Swap replaces the fact base; answers in flight finish on the old one.
func (e *Engine) Swap(kb *knowledge.Base) { e.kb.Store(kb) }

// Answer answers q. The error is non-nil only when ctx ends first; every
// other trouble (an LLM failure, say) falls back to the facts.
func (e *Engine) Answer(ctx context.Context, q Question) (Reply, error) {
	if err := ctx.Err(); err != nil {
		return Reply{}, fmt.Errorf("answer: %w", err)
	}
	kb := e.kb.Load()
	r := e.answerFacts(kb, q)
	if r.Intent != IntentAnswer || e.sum == nil {
		return r, nil
	}
	summary, err := e.sum.Summarize(ctx, SummaryRequest{Question: q, Facts: r.Facts, KBVersion: kb.Version})
	switch {
	case err == nil && strings.TrimSpace(summary) != "":
		r.Text, r.Summarized = summary, true
	case err == nil:
		r.FallbackReason = "empty"
	default:
		if ctx.Err() != nil && !errors.Is(err, context.DeadlineExceeded) {
			return r, nil // the caller is gone; the facts are still the answer
		}
		var fr FallbackReasoner
		if errors.As(err, &fr) {
			r.FallbackReason = fr.FallbackReason()
		} else {
			r.FallbackReason = "error"
		}
	}
	return r, nil
}

// answerFacts is the deterministic, facts-only answer.
func (e *Engine) answerFacts(kb *knowledge.Base, q Question) Reply {
	text := q.Text
	// (No more bytes than the cap: no more runes either, and no need to
	// count them.)
	if len(text) > MaxQuestionRunes && utf8.RuneCountInString(text) > MaxQuestionRunes {
		text = string([]rune(text)[:MaxQuestionRunes])
	}
	r := Reply{Question: q.Text, KBVersion: kb.Version, Citations: []Citation{}, Suggestions: []string{}}
	b := e.answerBufs()
	defer e.answers.Put(b)
	words := knowledge.TokensInto(b.words, text)
	b.words = words
	if len(words) == 0 {
		r.Intent = IntentEmpty
		r.Text = "Ask me a question about the story \u201c" + kb.Story.Title + "\u201d."
		r.Suggestions = e.defaultSuggestions(kb, nil, 3)
		return r
	}
	var ctx convState
	if q.Conversation != "" {
		ctx, _ = e.convos.Get(q.Conversation)
	}
	// "What can you do?" is help, but "who did that" inside a
	// conversation is a follow-up.
	if isHelp(words) && (len(ctx.terms) == 0 || slices.ContainsFunc(words, knowledge.IsCommandWord) || !e.match(kb, words, ctx, b).ok) {
		return e.help(kb, r)
	}
	// At most two parts, and their matches, on the stack.
	var matchBuf, focusBuf [2]match
	var matches []match
	var ctxAfter convState
	question, asideOnly := splitFocus(text)
	if asideOnly {
		focus := knowledge.Tokens(question)
		// "Hello, I'm new here and trying this out. Who founded DeepSeek?":
		// the question, before what surrounds it.
		if m, c := e.matchParts(matchBuf[:0], kb, focus, ctx, b); m[0].ok {
			matches, ctxAfter = m, c
		}
		question = "" // tried: it would not answer below either
	}
	if matches == nil {
		matches, ctxAfter = e.matchParts(matchBuf[:0], kb, words, ctx, b)
	}
	if !matches[0].ok {
		// "Good evening all. I run a shop in Aba - what is R1 exactly?":
		// the question without what surrounds it.
		// "someone pasted 'arrogant assumption of having all the
		// information', what's that about": the words quoted.
		// "how old is deepseek, like can it legally drink yet": the
		// question before a last clause that names nothing the base knows.
		// "Regarding Nvidia's product roadmap, which chip family did it
		// unveil on 6 January?": the question after the topic it opens with.
		// "how does the writer describe liang's looks? like some Gibson
		// hacker?": the question before a simile tacked on.
		// "what year was Liang born, just need it for our board pack":
		// the question before the asides tacked on.
		// "I am compiling a list for a careers talk and would be grateful
		// if you could tell me who founded DeepSeek": the question after
		// what the asker says of themselves.
		// Each part is found only when the ones before it did not answer.
		parts := [...]func() string{
			func() string { return question },
			func() string {
				if quote := quotedSpan(text); quote != "" && !asksBeyondQuote(kb.Index(), text, quote) {
					return quote
				}
				return ""
			},
			func() string { return headBeforeIdleClause(kb.Index(), text) },
			func() string { return questionAfterLeadIn(text) },
			func() string { return headBeforeSimile(text) },
			func() string { return headBeforeAsides(kb.Index(), text) },
			func() string { return headBeforeAsides(kb.Index(), question) },
			func() string { return questionAfterPreamble(kb.Index(), text) },
		}
		var tried [len(parts)]string // parts already matched: two ways often find the same
		for k, findPart := range parts {
			part := findPart()
			if part == "" || slices.Contains(tried[:k], part) {
				continue
			}
			tried[k] = part
			focus := knowledge.Tokens(part)
			if len(focus) == 0 || slices.Equal(focus, words) {
				continue
			}
			if m, c := e.matchParts(focusBuf[:0], kb, focus, ctx, b); m[0].ok {
				matches, ctxAfter = m, c
				break
			}
		}
	}
	ctx = ctxAfter
	best := matches[0]
	if !best.ok {
		r.Intent = IntentAbstain
		r.Confidence = round2(best.confidence)
		r.Text = abstainText
		var near []*knowledge.Fact
		if best.fact != nil && best.coverage >= e.minCoverage/2 {
			near = append(near, best.fact)
		}
		r.Suggestions = e.defaultSuggestions(kb, near, 3)
		r.rendered = e.facts(kb).of(first(near)).abstained
		return r
	}
	// A known unknown ("who wrote the article?") is declined, saying what
	// the story leaves out; so is a question only a fact from outside the
	// story answers ("which companies are in the Mag 7"), with that fact
	// and its source. The other part of a two-part question is still
	// answered.
	matches = slices.DeleteFunc(matches, func(m match) bool { return !m.fact.Answerable() })
	if len(matches) == 0 { // best is a copy, still the declined fact
		r.Intent = IntentAbstain
		r.Confidence = round2(best.confidence)
		r.Text = "I don't know that from the story. " + best.fact.Answer
		if src := best.fact.Source; src != nil {
			r.Text += " (Source: " + src.Title + ", " + src.URL + ")"
		}
		r.Suggestions = e.related(kb, []*knowledge.Fact{best.fact}, 3)
		if len(r.Suggestions) == 0 {
			r.Suggestions = e.defaultSuggestions(kb, nil, 3)
		}
		return r
	}
	r.Intent = IntentAnswer
	r.Answered = true
	var texts []string
	conf := 1.0
	for _, m := range matches {
		if slices.Contains(r.Facts, m.fact) {
			continue
		}
		if r.Facts == nil {
			// The first fact (most answers have one): its parts are shared.
			p := e.facts(kb).of(m.fact)
			r.Facts, r.Citations = p.alone, p.citations
		} else {
			r.Facts = append(r.Facts, m.fact) // copies the shared ones: they are full
			r.Citations = append(r.Citations, citation(m.fact))
		}
		texts = append(texts, m.fact.Answer)
		conf = math.Min(conf, m.confidence)
	}
	r.Confidence = round2(conf)
	r.Text = strings.Join(texts, " ")
	r.FactsText = r.Text
	r.Suggestions = e.related(kb, r.Facts, 3)
	if len(r.Facts) == 1 {
		r.rendered = e.facts(kb).of(r.Facts[0]).answered
	}
	if q.Conversation != "" {
		for _, m := range matches {
			ctx = remember(kb, ctx, m)
		}
		e.convos.Add(q.Conversation, ctx)
	}
	return r
}

// matchParts matches the question's parts ("who backs Zhipu and why was
// it blacklisted"), or the question whole when a part cannot stand alone,
// and returns the conversation as the parts leave it. The matches are
// appended to matches.
func (e *Engine) matchParts(matches []match, kb *knowledge.Base, words []string, ctx convState, b *answerBuffers) ([]match, convState) {
	var partBuf [2][]string // at most two parts: on the stack
	parts := splitParts(partBuf[:0], words)
	for i, part := range parts {
		m := e.match(kb, part, ctx, b)
		if len(parts) > 1 && !m.ok {
			// A part that cannot stand alone: answer the question whole.
			return append(matches[:0], e.match(kb, words, ctx, b)), ctx
		}
		if i == 0 && len(parts) > 1 {
			ctx = remember(kb, ctx, m)
		}
		matches = append(matches, m)
	}
	return matches, ctx
}

// isEventOrPlace reports whether entity id is an event or a place.
func isEventOrPlace(kb *knowledge.Base, id string) bool {
	ent := kb.Entity(id)
	return ent != nil && (ent.Type == "event" || ent.Type == knowledge.TypePlace)
}

// answerBuffers hold the words and terms of one answer, kept for the
// next: nothing a reply or a conversation keeps points into them.
type answerBuffers struct {
	words []string
	terms []knowledge.Term
}

// answerBufs returns buffers for an answer, to give back to e.answers.
func (e *Engine) answerBufs() *answerBuffers {
	b, _ := e.answers.Get().(*answerBuffers)
	if b == nil {
		b = &answerBuffers{}
	}
	b.terms = b.terms[:0]
	return b
}

// analyze is knowledge.Index.Analyze, with the terms in the buffers.
func (b *answerBuffers) analyze(ix *knowledge.Index, words []string) []knowledge.Term {
	start := len(b.terms)
	b.terms = ix.AppendTerms(b.terms, words)
	if len(b.terms) == start {
		return nil
	}
	return b.terms[start:len(b.terms):len(b.terms)] // full: an append copies
}

// citation cites fact f, with a copy of its paragraphs.
func citation(f *knowledge.Fact) Citation {
	return Citation{Fact: f.ID, Source: f.Origin(), Paragraphs: slices.Clone(f.Paragraphs)}
}

// remember moves a conversation's subjects to those of fact f, answered
// for a question with terms.
func remember(kb *knowledge.Base, c convState, m match) convState {
	f, terms := m.fact, m.terms
	if f == nil {
		return c
	}
	c.terms = slices.Clone(terms) // kept: not in the answer's buffers
	// "there": the event or place the question named, else the answer's;
	// "it": the event the question named ("beijing symposium host" → what
	// was it about), else the answer's first thing.
	var event string
	c.event = ""
	for _, t := range terms {
		if id, ok := strings.CutPrefix(t.Term, "@"); ok && isEventOrPlace(kb, id) {
			if c.event == "" {
				c.event = id
			}
			if event == "" && kb.Entity(id).Type == "event" {
				event = id
			}
		}
	}
	if c.event == "" {
		if i := slices.IndexFunc(f.Entities, func(id string) bool { return isEventOrPlace(kb, id) }); i >= 0 {
			c.event = f.Entities[i]
		}
	}
	var person, thing bool
	if ent := kb.Entity(m.named); ent != nil {
		// "which firm did the US blacklist" → "who backs it": the firm.
		if ent.IsPerson() {
			c.person, person = m.named, true
		} else {
			c.thing, thing = m.named, true
		}
	}
	if event != "" && !thing {
		c.thing, thing = event, true
	}
	for _, id := range f.Entities {
		ent := kb.Entity(id)
		if ent == nil {
			continue
		}
		if ent.IsPerson() && !person {
			c.person, person = id, true
		} else if !ent.IsPerson() && !thing {
			c.thing, thing = id, true
		}
	}
	c.facts = append([]string{f.ID}, c.facts...)
	if len(c.facts) > 5 {
		c.facts = c.facts[:5]
	}
	return c
}

func (e *Engine) help(kb *knowledge.Base, r Reply) Reply {
	r.Intent = IntentHelp
	var topics []string
	for _, ent := range kb.Entities {
		if len(topics) == 12 {
			break
		}
		topics = append(topics, ent.Name)
	}
	r.Text = fmt.Sprintf("I answer questions about the story \u201c%s\u201d (written about %s), from curated facts with their sources. "+
		"Ask in plain words, for example \u201cwho founded DeepSeek?\u201d. Topics: %s.",
		kb.Story.Title, humanDate(kb.Story.Written), strings.Join(topics, ", "))
	r.Suggestions = e.defaultSuggestions(kb, nil, 3)
	return r
}

// related suggests follow-up questions from the facts' related facts.
func (e *Engine) related(kb *knowledge.Base, facts []*knowledge.Fact, n int) []string {
	if n == tableSuggestions && len(facts) == 1 {
		return e.facts(kb).of(facts[0]).related
	}
	return findRelated(kb, facts, n)
}

// findRelated works related's suggestions out.
func findRelated(kb *knowledge.Base, facts []*knowledge.Fact, n int) []string {
	out := make([]string, 0, n)
	// The facts seen: a few, so a list on the stack, not a map.
	var seenBuf [16]string
	seen := seenBuf[:0]
	for _, f := range facts {
		seen = append(seen, f.ID)
	}
	for _, f := range facts {
		for _, id := range f.Related {
			if slices.Contains(seen, id) {
				continue
			}
			rf := kb.Fact(id)
			if rf == nil || len(rf.Questions) == 0 || !rf.Answerable() {
				continue
			}
			seen = append(seen, id)
			out = append(out, rf.Questions[0])
			if len(out) == n {
				return out
			}
		}
	}
	return out
}

// defaultSuggestions suggests the questions of near facts first, then the
// base's first facts (curators put the key facts first).
func (e *Engine) defaultSuggestions(kb *knowledge.Base, near []*knowledge.Fact, n int) []string {
	if n == tableSuggestions && len(near) <= 1 {
		return e.facts(kb).of(first(near)).defaults
	}
	return findDefaults(kb, near, n)
}

// findDefaults works defaultSuggestions' suggestions out.
func findDefaults(kb *knowledge.Base, near []*knowledge.Fact, n int) []string {
	out := make([]string, 0, n)
	var seenBuf [16]string // the facts suggested: a few, so a list, not a map
	seen := seenBuf[:0]
	add := func(f *knowledge.Fact) {
		if len(out) < n && !slices.Contains(seen, f.ID) && len(f.Questions) > 0 && f.Answerable() {
			seen = append(seen, f.ID)
			out = append(out, f.Questions[0])
		}
	}
	for _, f := range near {
		add(f)
	}
	for i := 0; i < len(kb.Facts) && len(out) < n; i++ {
		add(&kb.Facts[i])
	}
	return out
}

// humanDate renders 2025-01-28 as 28 January 2025; other text is kept.
func humanDate(s string) string {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		return s
	}
	return t.Format("2 January 2006")
}

func round2(x float64) float64 { return math.Round(x*100) / 100 }

// abstainText is what the bot says when the story does not answer.
const abstainText = "I don't know that from the story: it doesn't say. Here is what I can answer instead."

// first returns the first of facts, or nil.
func first(facts []*knowledge.Fact) *knowledge.Fact {
	if len(facts) == 0 {
		return nil
	}
	return facts[0]
}

// tableSuggestions is how many suggestions a factTable holds: as
// many as a reply makes.
const tableSuggestions = 3

// factTable holds the parts of a reply resting on single facts of a fact
// base, each fact's worked out when first needed: most replies rest on one
// fact, or on none, and would otherwise work the same parts out again and
// again.
type factTable struct {
	kb     *knowledge.Base
	none   *factParts // for no fact
	byFact sync.Map   // *knowledge.Fact → *factParts
}

// factParts are the parts of a reply resting on fact f alone (or, for
// none, only the suggestions and the declining reply's rendering). Its
// slices are full (an append copies them) and are never changed.
type factParts struct {
	alone     []*knowledge.Fact // {f}
	citations []Citation        // {citation(f)}
	related   []string          // related(kb, {f}, tableSuggestions)
	defaults  []string          // defaultSuggestions(kb, {f} or none, tableSuggestions)
	// The JSON of the text and suggestions of the reply that answers with
	// f alone, and of the reply that declines with f as the near fact.
	answered  *rendered
	abstained *rendered
}

// facts returns the fact table of fact base kb.
func (e *Engine) facts(kb *knowledge.Base) *factTable {
	if t := e.perFact.Load(); t != nil && t.kb == kb {
		return t
	}
	none := &factParts{defaults: slices.Clip(findDefaults(kb, nil, tableSuggestions))}
	none.abstained = render(abstainText, none.defaults)
	t := &factTable{kb: kb, none: none}
	e.perFact.Store(t) // two answers may both make one: either is right
	return t
}

// of returns the parts of fact f, or, for nil, of none.
func (t *factTable) of(f *knowledge.Fact) *factParts {
	if f == nil {
		return t.none
	}
	if p, ok := t.byFact.Load(f); ok {
		return p.(*factParts)
	}
	alone := []*knowledge.Fact{f}
	p := &factParts{alone: alone, citations: []Citation{citation(f)}}
	p.related = slices.Clip(findRelated(t.kb, alone, tableSuggestions))
	p.defaults = slices.Clip(findDefaults(t.kb, alone, tableSuggestions))
	p.answered = render(f.Answer, p.related)
	p.abstained = render(abstainText, p.defaults)
	actual, _ := t.byFact.LoadOrStore(f, p)
	return actual.(*factParts)
}
