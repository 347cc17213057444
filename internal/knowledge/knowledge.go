// Package knowledge holds the curated fact base the bot answers from: its
// types, strict loading and validation with file positions, text
// normalisation, and the search index over the facts. It is pure: no
// network, no logging.
package knowledge

import (
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"
)

// Kinds of fact, used to attribute an answer.
const (
	KindFact      = "fact"      // reported by the story as fact
	KindClaim     = "claim"     // someone's claim, reported by the story
	KindOpinion   = "opinion"   // an opinion (the author's or someone else's)
	KindQuotation = "quotation" // a quotation of someone in the story
	// KindUnstated is what the story does not say, though readers ask it
	// ("who wrote the article?"). A question it matches is declined with
	// its answer ("The article does not name its author."): the bot knows
	// it does not know.
	KindUnstated = "unstated"
)

// Answer types: what kind of question a fact answers.
const (
	TypeDate       = "date"
	TypePerson     = "person"
	TypeFigure     = "figure"
	TypePlace      = "place"
	TypeReason     = "reason"
	TypeDefinition = "definition"
)

var (
	validKinds       = []string{KindFact, KindClaim, KindOpinion, KindQuotation, KindUnstated}
	validAnswerTypes = []string{TypeDate, TypePerson, TypeFigure, TypePlace, TypeReason, TypeDefinition, "organisation", "event", "opinion", "quote", "list"}
	validEntityTypes = []string{"person", "organisation", "product", "place", "group", "event", "concept"}
)

// Base is a loaded, validated fact base with its search index.
type Base struct {
	Version  string     `yaml:"version"`
	Story    Story      `yaml:"story"`
	Synonyms [][]string `yaml:"synonyms"`
	Entities []Entity   `yaml:"entities"`
	Facts    []Fact     `yaml:"facts"`

	// File is where the base was loaded from ("embedded" for the built-in one).
	File string `yaml:"-"`

	facts    map[string]*Fact
	entities map[string]*Entity
	index    *Index
	narrator string // entity id of the story's narrator, or ""
}

// Story describes the article the facts are about.
type Story struct {
	Title      string `yaml:"title"`
	Written    string `yaml:"written"`
	Paragraphs int    `yaml:"paragraphs"`
	Numbering  string `yaml:"numbering"`
	URL        string `yaml:"url"`
}

// Entity is a person, organisation, product or concept the story names,
// with the aliases people type for it.
type Entity struct {
	ID      string   `yaml:"id"`
	Name    string   `yaml:"name"`
	Type    string   `yaml:"type"`
	Aliases []string `yaml:"aliases"`
}

// IsPerson reports whether the entity is a person.
func (e *Entity) IsPerson() bool { return e.Type == "person" }

// Fact is one curated answer with its provenance.
type Fact struct {
	ID         string   `yaml:"id"`
	Kind       string   `yaml:"kind"`
	By         string   `yaml:"by"`
	Answer     string   `yaml:"answer"`
	Answers    []string `yaml:"answers"`
	Questions  []string `yaml:"questions"`
	Keywords   []string `yaml:"keywords"`
	Entities   []string `yaml:"entities"`
	Paragraphs []int    `yaml:"paragraphs"`
	Related    []string `yaml:"related"`
	Source     *Source  `yaml:"source"`

	traits answerTraits // what the answer text gives (set when indexed)
	quotes []string     // entities whose words the answer reports ("Liang Wenfeng said"; set when indexed)
	types  AnswerTypes  // Answers as a set (set when indexed)
	// speaker is the entity id its By names (Base.Speaker), read when the
	// base is loaded: questions ask it again and again.
	speaker string
}

var (
	monthWords  = setOf("january february march april may june july august september october november december")
	numberWords = setOf(`one two three four five six seven eight nine ten twenty hundred hundreds thousand thousands
		million millions billion billions trillion half double twice dozen`)
)

// weekdays names the day of the week of each full date in answer ("27
// January 2025", "January 27, 2025"), space-separated, in lower case.
func weekdays(answer string) string {
	var days []string
	for _, t := range fullDates(answer) {
		if d := strings.ToLower(t.Weekday().String()); !slices.Contains(days, d) {
			days = append(days, d)
		}
	}
	return strings.Join(days, " ")
}

// fullDates returns the full dates in answer ("27 January 2025", "January
// 27, 2025"), in order.
func fullDates(answer string) []time.Time {
	words := Words(Normalize(answer))
	var dates []time.Time
	for i := 0; i+2 < len(words); i++ {
		day, month, year := words[i], words[i+1], words[i+2]
		if monthWords[day] { // January 27, 2025
			day, month = month, day
		}
		if !monthWords[month] {
			continue
		}
		if t, err := time.Parse("2 January 2006", day+" "+month+" "+year); err == nil {
			dates = append(dates, t)
		}
	}
	return dates
}

// FullDates returns the full dates the answer gives, in order.
func (f *Fact) FullDates() []time.Time { return fullDates(f.Answer) }

// answerTraits are what a fact's answer text gives, read once when the
// fact is indexed.
type answerTraits uint8

const (
	traitDate   answerTraits = 1 << iota // a year or a month
	traitFigure                          // any number
	traitCount                           // a number that is not money, a percentage or a year
	traitFuture                          // what will or may happen
	traitMoney                           // an amount of money ($149.43, 12 billion dollars)
)

var (
	// countWords are number words that count things.
	countWords = setOf(`two three four five six seven eight nine ten twenty hundred hundreds thousand thousands dozen`)
	// moneyWords name a currency.
	moneyWords = setOf(`dollar dollars usd yuan rmb euro euros`)
	// futureWords speak of what will or may happen.
	futureWords = setOf(`will would could might may future going need needed needs can cannot whether possibility
		expect expects likely never endgame`)
)

// IsSpeechWord reports whether w says that someone said or thinks
// something ("say", "claimed", "believes"). Nouns ("quote", "view") are
// left out: "Cassius quote" asks for the quotation about Cassius, not by
// him. (A switch, not a set: it is asked of every word of questions.)
func IsSpeechWord(w string) bool {
	switch w {
	case "say", "says", "said", "saying", "tell", "tells", "told", "think", "thinks", "thought",
		"believe", "believes", "believed", "argue", "argues", "argued", "claim", "claims", "claimed",
		"quoted", "warn", "warned", "commented", "remark", "remarks", "remarked", "reckon", "reckons", "talk", "talks", "talked":
		return true
	}
	return false
}

// numberRE finds numbers with what marks them as money or a share: "$12
// billion", "17%", "10,000". It is compiled when first needed: a process
// that restores a snapshot never reads an answer.
var numberRE = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`(\$?)(\d[\d,]*(?:\.\d+)?)(\s*(?:%|percent|per cent))?`)
})

// besideMonth reports whether the text just before start or just after end
// in s is a month's name.
func besideMonth(s string, start, end int) bool {
	after := Words(Normalize(s[end:min(len(s), end+12)]))
	before := Words(Normalize(s[max(0, start-12):start]))
	return len(after) > 0 && monthWords[after[0]] || len(before) > 0 && monthWords[before[len(before)-1]]
}

// readAnswer reads the traits of answer text.
func readAnswer(answer string) answerTraits {
	var t answerTraits
	for _, w := range Words(Normalize(answer)) {
		if w[0] >= '0' && w[0] <= '9' {
			t |= traitFigure
			if len(w) == 4 && (w[:2] == "18" || w[:2] == "19" || w[:2] == "20") {
				t |= traitDate
			}
		}
		if monthWords[w] {
			t |= traitDate
		}
		if numberWords[w] {
			t |= traitFigure
		}
		if countWords[w] {
			t |= traitCount
		}
		if futureWords[w] {
			t |= traitFuture
		}
		if moneyWords[w] {
			t |= traitMoney
		}
	}
	for _, loc := range numberRE().FindAllStringSubmatchIndex(answer, -1) {
		m := func(g int) string {
			if loc[2*g] < 0 {
				return ""
			}
			return answer[loc[2*g]:loc[2*g+1]]
		}
		money, num, pct := m(1), m(2), m(3)
		if besideMonth(answer, loc[0], loc[1]) {
			continue // a day of the month: "27 January", "January 27"
		}
		if money != "" {
			t |= traitMoney
		}
		if money != "" || pct != "" {
			continue
		}
		if n, err := strconv.Atoi(num); err == nil && len(num) == 4 && n >= 1900 && n <= 2099 {
			continue // a year
		}
		t |= traitCount
	}
	return t
}

// IsUnstated reports whether f records what the story does not say.
func (f *Fact) IsUnstated() bool { return f.Kind == KindUnstated }

// Answerable reports whether f can be the story's answer to a question:
// neither a record of what the story does not say nor a fact from outside
// it (those are offered only after "I don't know that from the story").
func (f *Fact) Answerable() bool { return !f.IsUnstated() && f.Source == nil }

// StatesDate reports whether the answer gives a year or a month.
func (f *Fact) StatesDate() bool { return f.traits&traitDate != 0 }

// StatesMoney reports whether the answer gives an amount of money.
func (f *Fact) StatesMoney() bool { return f.traits&traitMoney != 0 }

// StatesFigure reports whether the answer gives a number.
func (f *Fact) StatesFigure() bool { return f.traits&traitFigure != 0 }

// StatesCount reports whether the answer gives a count: a number that is
// not money, a percentage or a year ("10,000 A100 chips", "20 months"),
// or a number word ("seven companies").
func (f *Fact) StatesCount() bool { return f.traits&traitCount != 0 }

// SpeaksOfFuture reports whether the answer speaks of what will or may
// happen ("will be needed", "whether export controls can hold").
func (f *Fact) SpeaksOfFuture() bool { return f.traits&traitFuture != 0 }

// Quotes reports whether the answer reports the words of entity id: a
// speech word ("said", "thinks") right after its name ("Liang Wenfeng said
// in July 2024 ...").
func (f *Fact) Quotes(id string) bool { return slices.Contains(f.quotes, id) }

// ReportsWords reports whether the answer reports anyone's words: a
// quotation, or a speech word after a name.
func (f *Fact) ReportsWords() bool { return f.Kind == KindQuotation || len(f.quotes) > 0 }

// Source names where a fact from outside the story comes from.
type Source struct {
	Title string `yaml:"title"`
	URL   string `yaml:"url"`
}

// Origin is "story" for facts from the article, else the outside source's URL.
func (f *Fact) Origin() string {
	if f.Source != nil {
		return f.Source.URL
	}
	return "story"
}

// Cite renders the fact's provenance for people: "From the story,
// paragraph 17 · fact r1-release".
func (f *Fact) Cite() string {
	if f.Source != nil {
		return fmt.Sprintf("From %s (%s) · fact %s", f.Source.Title, f.Source.URL, f.ID)
	}
	word := "paragraph"
	if len(f.Paragraphs) > 1 {
		word = "paragraphs"
	}
	nums := make([]string, len(f.Paragraphs))
	for i, p := range f.Paragraphs {
		nums[i] = fmt.Sprint(p)
	}
	return fmt.Sprintf("From the story, %s %s · fact %s", word, strings.Join(nums, ", "), f.ID)
}

// AnswersType reports whether the fact answers questions of type t.
func (f *Fact) AnswersType(t string) bool {
	for _, a := range f.Answers {
		if a == t {
			return true
		}
	}
	return false
}

// AnswerTypes is a set of answer types, for checking many facts against
// the same types: a bit test, where AnswersType compares strings.
type AnswerTypes uint16

// TypeSet returns the set of just answer type t (empty for a type that
// is not one).
func TypeSet(t string) AnswerTypes {
	if i := slices.Index(validAnswerTypes, t); i >= 0 {
		return 1 << i
	}
	return 0
}

// AnswersAny reports whether the fact answers questions of any type in ts.
func (f *Fact) AnswersAny(ts AnswerTypes) bool { return f.types&ts != 0 }

// typeSetOf returns the set of types (valid ones; a base's are) answers.
func typeSetOf(answers []string) AnswerTypes {
	var ts AnswerTypes
	for _, a := range answers {
		ts |= TypeSet(a)
	}
	return ts
}

// Fact returns the fact with the given id, or nil.
func (b *Base) Fact(id string) *Fact { return b.facts[id] }

// Entity returns the entity with the given id, or nil.
func (b *Base) Entity(id string) *Entity { return b.entities[id] }

// Speaker returns the id of the entity a fact is attributed to (its `by`
// read with the index's analyzer: "Donald Trump" → trump), or "" when the
// fact has no `by` or it names no entity ("The author", "Analysts").
func (b *Base) Speaker(f *Fact) string { return f.speaker }

// readSpeaker reads the entity id fact f's By names, for Speaker.
func (b *Base) readSpeaker(f *Fact) string {
	if f.By == "" {
		return ""
	}
	for _, t := range b.index.analyze(Words(Normalize(f.By))) {
		if id, ok := strings.CutPrefix(t.Term, entityPrefix); ok {
			return id
		}
	}
	return ""
}

// A speaker is the story's narrator when behind at least narratorShare of
// the facts and narratorMin of them.
const (
	narratorShare = 0.1
	narratorMin   = 5
)

// Narrator returns the entity id of the story's narrator (the author): the
// speaker of the most facts, when enough of them (narratorShare,
// narratorMin); "" when there is none.
func (b *Base) Narrator() string { return b.narrator }

// findNarrator also reads every fact's speaker.
func (b *Base) findNarrator() string {
	counts := map[string]int{}
	best := ""
	for i := range b.Facts {
		f := &b.Facts[i]
		f.speaker = b.readSpeaker(f)
		id := f.speaker
		if id == "" {
			continue
		}
		counts[id]++
		if counts[id] > counts[best] || counts[id] == counts[best] && id < best {
			best = id
		}
	}
	if best == "" || counts[best] < narratorMin || float64(counts[best]) < narratorShare*float64(len(b.Facts)) {
		return ""
	}
	return best
}

// Index returns the search index built over the facts.
func (b *Base) Index() *Index { return b.index }
