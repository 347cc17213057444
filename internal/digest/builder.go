package digest

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"slices"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/deepseek-story/bot/internal/answer"
	"github.com/deepseek-story/bot/internal/knowledge"
	"github.com/deepseek-story/bot/internal/store"
)

// Limits that keep a digest within every platform's size limits (a Slack
// section, a Discord embed field) and readable.
const (
	MaxFacts        = 5    // facts in "The story in brief"
	MaxTopAsked     = 5    // most asked questions listed
	MaxUnanswered   = 5    // unanswered questions listed
	MaxItemRunes    = 300  // an item's text, and its source
	MaxSummaryRunes = 1000 // the LLM summary
	maxTitleRunes   = 200
)

// Section headings of a digest.
const (
	HeadingBrief      = "The story in brief"
	HeadingWeek       = "This week's questions"
	HeadingMostAsked  = "Most asked this week"
	HeadingUnanswered = "Not answered yet (for curators)"
)

// Week is the period "This week's questions" covers.
const Week = 7 * 24 * time.Hour

// DefaultRotationKey is the key of the digest's fact rotation state. The
// rotation is global: every digest, to any channel, moves it on, and the
// scheduler builds one digest per slot for all its channels.
const DefaultRotationKey = "digest:facts"

// QuestionLog is where the builder reads what people asked
// (*store.SQLite and the Redis store implement it).
type QuestionLog interface {
	Entries(ctx context.Context, since time.Time) ([]store.Entry, error)
}

// RotationState keeps which facts the digests have shown, so consecutive
// digests do not repeat a fact until all have been shown.
type RotationState interface {
	ShownFacts(ctx context.Context, key string) ([]string, error)
	SetShownFacts(ctx context.Context, key string, ids []string) error
}

// Summarizer writes a short summary of the digest's facts (the LLM
// client implements it, held to its grounding guard).
type Summarizer interface {
	SummarizeDigest(ctx context.Context, facts []*knowledge.Fact) (string, error)
}

// BuilderConfig is what a Builder reads from.
type BuilderConfig struct {
	// Knowledge returns the knowledge in use (it may be reloaded).
	Knowledge func() *knowledge.Base
	// Log is the question log; nil leaves out the questions sections.
	Log QuestionLog
	// Rotation keeps the fact rotation across restarts; nil keeps it in
	// memory for this Builder.
	Rotation RotationState
	// RotationKey is the rotation's key (default DefaultRotationKey).
	RotationKey string
	// Summarizer adds a summary; nil means none.
	Summarizer Summarizer
	// Logger gets warnings about parts left out (default: discarded).
	Logger *slog.Logger
	// Location is the time zone of on-demand digests (Digest), DIGEST_TZ
	// (default UTC).
	Location *time.Location
	// Now is the clock of on-demand digests (default time.Now).
	Now func() time.Time
}

// Builder builds digests. It is safe for concurrent use.
type Builder struct {
	cfg BuilderConfig
	log *slog.Logger
	mu  sync.Mutex // one rotation step at a time
}

// NewBuilder returns a Builder over cfg.
func NewBuilder(cfg BuilderConfig) *Builder {
	if cfg.RotationKey == "" {
		cfg.RotationKey = DefaultRotationKey
	}
	if cfg.Rotation == nil {
		cfg.Rotation = &memoryRotation{}
	}
	if cfg.Location == nil {
		cfg.Location = time.UTC
	}
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	logger := cfg.Logger
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	return &Builder{cfg: cfg, log: logger.With("component", "digest")}
}

// Digest builds the digest on demand (/digest in Slack and Discord): Build
// at the current time in the builder's Location. It moves the rotation on
// like a scheduled digest.
func (b *Builder) Digest(ctx context.Context) (Digest, error) {
	return b.Build(ctx, b.cfg.Now().In(b.cfg.Location))
}

// PreviewNow is Preview at the current time in the builder's Location
// (bot digest --print).
func (b *Builder) PreviewNow(ctx context.Context) (Digest, error) {
	return b.Preview(ctx, b.cfg.Now().In(b.cfg.Location))
}

// Build builds the digest for now and moves the fact rotation on: the
// next digest shows the next facts. It fails only without knowledge; a
// question log or rotation state that cannot be read leaves its part out
// (or starts the rotation afresh) with a warning.
func (b *Builder) Build(ctx context.Context, now time.Time) (Digest, error) {
	return b.build(ctx, now, true)
}

// Preview builds the digest Build would build now without moving the
// rotation on (bot digest --print).
func (b *Builder) Preview(ctx context.Context, now time.Time) (Digest, error) {
	return b.build(ctx, now, false)
}

func (b *Builder) build(ctx context.Context, now time.Time, advance bool) (Digest, error) {
	var kb *knowledge.Base
	if b.cfg.Knowledge != nil {
		kb = b.cfg.Knowledge()
	}
	if kb == nil {
		return Digest{}, errors.New("build digest: no knowledge loaded")
	}
	facts := b.nextFacts(ctx, kb, advance)

	d := Digest{Title: clip(title(kb, now), maxTitleRunes)}
	brief := Section{Heading: HeadingBrief}
	for _, f := range facts {
		brief.Items = append(brief.Items, Item{Text: clip(oneLine(f.Answer), MaxItemRunes), Source: clip(f.Cite(), MaxItemRunes)})
	}
	if len(brief.Items) > 0 {
		d.Sections = append(d.Sections, brief)
	}
	if b.cfg.Log != nil {
		entries, err := b.cfg.Log.Entries(ctx, now.Add(-Week))
		if err != nil {
			b.log.Warn("digest without this week's questions: question log unreadable", "err", err)
		} else {
			d.Sections = append(d.Sections, weekSections(entries, now)...)
		}
	}
	if b.cfg.Summarizer != nil && len(facts) > 0 {
		summary, err := b.cfg.Summarizer.SummarizeDigest(ctx, facts)
		switch {
		case err != nil:
			b.log.Warn("digest without a summary", "err", err)
		default:
			d.Summary = clip(strings.TrimSpace(summary), MaxSummaryRunes)
		}
	}
	return d, nil
}

// title is the digest's title: the story and the day.
func title(kb *knowledge.Base, now time.Time) string {
	story := strings.TrimSpace(kb.Story.Title)
	if story == "" {
		story = "The story"
	}
	return fmt.Sprintf("%s: digest for %s", story, now.Format("Monday 2 January 2006"))
}

// nextFacts picks the digest's facts: the next MaxFacts in the knowledge's
// order that the rotation has not shown, starting over (without repeating
// within one digest) once every fact has been shown. Facts from the
// story come first; outside facts only when the story has too few.
func (b *Builder) nextFacts(ctx context.Context, kb *knowledge.Base, advance bool) []*knowledge.Fact {
	pool := storyFacts(kb)
	b.mu.Lock()
	defer b.mu.Unlock()
	shown, err := b.cfg.Rotation.ShownFacts(ctx, b.cfg.RotationKey)
	if err != nil {
		b.log.Warn("digest rotation unreadable; starting it afresh", "err", err)
		shown = nil
	}
	picked, nextShown := rotate(pool, shown, MaxFacts)
	if advance {
		if err := b.cfg.Rotation.SetShownFacts(ctx, b.cfg.RotationKey, nextShown); err != nil {
			b.log.Warn("digest rotation not saved; the next digest may repeat facts", "err", err)
		}
	}
	return picked
}

// storyFacts returns the facts a digest can show, in the knowledge's
// order (never a record of what the story does not say): the story's own facts, or every fact when there are fewer of
// them than a digest shows.
func storyFacts(kb *knowledge.Base) []*knowledge.Fact {
	var story, all []*knowledge.Fact
	for i := range kb.Facts {
		f := &kb.Facts[i]
		if strings.TrimSpace(f.Answer) == "" || f.IsUnstated() {
			continue // what the story does not say is no news
		}
		all = append(all, f)
		if f.Source == nil {
			story = append(story, f)
		}
	}
	if len(story) >= MaxFacts {
		return story
	}
	return all
}

// rotate picks up to n facts from pool that are not in shown (in pool's
// order) and returns them with the rotation state to keep. When fewer
// than n are left the cycle starts over: the rest come from the start of
// pool (never one already picked), and the new state holds only those.
func rotate(pool []*knowledge.Fact, shown []string, n int) (picked []*knowledge.Fact, nextShown []string) {
	inPool := make(map[string]bool, len(pool))
	for _, f := range pool {
		inPool[f.ID] = true
	}
	done := make(map[string]bool, len(shown))
	for _, id := range shown {
		if inPool[id] && !done[id] { // facts since removed from the knowledge drop out
			done[id] = true
			nextShown = append(nextShown, id)
		}
	}
	for _, f := range pool {
		if len(picked) == n {
			break
		}
		if !done[f.ID] {
			picked = append(picked, f)
			nextShown = append(nextShown, f.ID)
		}
	}
	if len(picked) == n || len(picked) == len(pool) {
		return picked, nextShown
	}
	nextShown = nil // every fact has been shown: a new cycle
	for _, f := range pool {
		if len(picked) == n {
			break
		}
		if !slices.Contains(picked, f) {
			picked = append(picked, f)
			nextShown = append(nextShown, f.ID)
		}
	}
	return picked, nextShown
}

// weekSections are "This week's questions" and its lists, from the
// entries of the week before now.
func weekSections(entries []store.Entry, now time.Time) []Section {
	from := now.Add(-Week)
	var asked, answered int
	var questions, unanswered []store.Entry
	for _, e := range entries {
		if e.Time.Before(from) || e.Time.After(now) {
			continue
		}
		if e.Intent != answer.IntentAnswer && e.Intent != answer.IntentAbstain {
			continue // help, greetings, empty, and votes without their question
		}
		asked++
		questions = append(questions, e)
		if e.Answered {
			answered++
		} else {
			unanswered = append(unanswered, e)
		}
	}
	week := Section{Heading: HeadingWeek}
	switch asked {
	case 0:
		week.Items = []Item{{Text: "No questions were asked in the last 7 days."}}
	default:
		week.Items = []Item{{Text: fmt.Sprintf("%s asked in the last 7 days, %d answered from the story (%d%%).",
			plural(asked, "question", "questions"), answered, answered*100/asked)}}
	}
	sections := []Section{week}
	if top := topQuestions(questions, MaxTopAsked); len(top) > 0 {
		sections = append(sections, Section{Heading: HeadingMostAsked, Items: top})
	}
	if top := topQuestions(unanswered, MaxUnanswered); len(top) > 0 {
		sections = append(sections, Section{Heading: HeadingUnanswered, Items: top})
	}
	return sections
}

// questionGroup is one question as asked, however it was typed.
type questionGroup struct {
	count    int
	last     time.Time
	variants map[string]int // the question as typed (cleaned) -> times
}

// topQuestions groups entries by normalised question text and lists the
// n most asked, each as the wording people used most, with a count.
func topQuestions(entries []store.Entry, n int) []Item {
	groups := map[string]*questionGroup{}
	type cleaned struct{ text, key string }
	seen := map[string]cleaned{} // the same questions come back often
	for _, e := range entries {
		c, ok := seen[e.Question]
		if !ok {
			c.text = cleanQuestion(e.Question)
			c.key = strings.Join(knowledge.Tokens(c.text), " ")
			seen[e.Question] = c
		}
		text, key := c.text, c.key
		if key == "" {
			continue
		}
		g := groups[key]
		if g == nil {
			g = &questionGroup{variants: map[string]int{}}
			groups[key] = g
		}
		g.count++
		g.variants[text]++
		if e.Time.After(g.last) {
			g.last = e.Time
		}
	}
	type ranked struct {
		text string
		g    *questionGroup
	}
	list := make([]ranked, 0, len(groups))
	for _, g := range groups {
		list = append(list, ranked{text: mostUsed(g.variants), g: g})
	}
	slices.SortFunc(list, func(a, b ranked) int {
		return cmp.Or(cmp.Compare(b.g.count, a.g.count), b.g.last.Compare(a.g.last), cmp.Compare(a.text, b.text))
	})
	var items []Item
	for _, r := range list[:min(n, len(list))] {
		suffix := " (asked once)"
		if r.g.count > 1 {
			suffix = fmt.Sprintf(" (asked %d times)", r.g.count)
		}
		quoted := "“" + clip(r.text, MaxItemRunes-utf8.RuneCountInString(suffix)-2) + "”"
		items = append(items, Item{Text: quoted + suffix})
	}
	return items
}

// mostUsed returns the wording used most; on a tie the best formed (a
// capital first, a question mark last), then the first alphabetically.
func mostUsed(variants map[string]int) string {
	best, n := "", 0
	for v, c := range variants {
		if c > n || c == n && cmp.Or(cmp.Compare(formed(v), formed(best)), cmp.Compare(best, v)) > 0 {
			best, n = v, c
		}
	}
	return best
}

func formed(s string) int {
	score := 0
	if r, _ := utf8.DecodeRuneInString(s); unicode.IsUpper(r) {
		score++
	}
	if strings.HasSuffix(s, "?") {
		score++
	}
	return score
}

// plural renders "1 question" or "5 questions".
func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}

// memoryRotation is the rotation state of a Builder without a store.
type memoryRotation struct {
	mu    sync.Mutex
	shown map[string][]string
}

func (m *memoryRotation) ShownFacts(_ context.Context, key string) ([]string, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	return slices.Clone(m.shown[key]), nil
}

func (m *memoryRotation) SetShownFacts(_ context.Context, key string, ids []string) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.shown == nil {
		m.shown = map[string][]string{}
	}
	m.shown[key] = slices.Clone(ids)
	return nil
}
