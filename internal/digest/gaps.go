package digest

import (
	"cmp"
	"fmt"
	"io"
	"slices"
	"strings"
	"time"

	"gopkg.in/yaml.v3"

	"github.com/deepseek-story/bot/internal/answer"
	"github.com/deepseek-story/bot/internal/knowledge"
	"github.com/deepseek-story/bot/internal/store"
)

// DefaultLowConfidence is the confidence under which an answer counts as
// a gap (the engine answers from about 0.5).
const DefaultLowConfidence = 0.6

// GapSimilarity is the Jaccard index over the stems of two questions'
// topic words at or above which they are one gap.
const GapSimilarity = 0.5

// maxStubQuestions is how many wordings a fact stub lists (the knowledge
// format asks for three to six).
const maxStubQuestions = 6

// Gap is a group of similar questions the fact base did not serve well:
// the bot abstained, answered with low confidence, or got a 👎.
type Gap struct {
	// Questions are the group's distinct wordings, most asked first.
	Questions []string
	// Count is how many times the group was asked (entries).
	Count int
	// Abstained, LowConfidence and VotedDown count the reasons (an entry
	// may have two).
	Abstained, LowConfidence, VotedDown int
	// FactIDs are the facts the bot answered with, most used first.
	FactIDs []string
	// Last is when the group was last asked.
	Last time.Time
}

// Gaps returns the questions the bot abstained on, answered with a
// confidence under lowConfidence, or got 👎 on, grouped by similarity
// (GapSimilarity over stemmed topic words), most frequent first.
func Gaps(entries []store.Entry, lowConfidence float64) []Gap {
	type wording struct {
		key   string
		stems map[string]bool
		texts map[string]int
		count int
		last  time.Time
		gap   Gap // reasons and facts of this wording
		facts map[string]int
	}
	byKey := map[string]*wording{}
	for _, e := range entries {
		abstained := e.Intent == answer.IntentAbstain
		low := e.Intent == answer.IntentAnswer && e.Answered && e.Confidence < lowConfidence
		down := e.Vote == answer.VoteDown
		if !abstained && !low && !down {
			continue
		}
		text := cleanQuestion(e.Question)
		tokens := knowledge.Tokens(text)
		if len(tokens) == 0 {
			continue
		}
		key := strings.Join(tokens, " ")
		w := byKey[key]
		if w == nil {
			w = &wording{key: key, stems: topicStems(tokens), texts: map[string]int{}, facts: map[string]int{}}
			byKey[key] = w
		}
		w.count++
		w.texts[text]++
		if e.Time.After(w.last) {
			w.last = e.Time
		}
		if abstained {
			w.gap.Abstained++
		}
		if low {
			w.gap.LowConfidence++
		}
		if down {
			w.gap.VotedDown++
		}
		if !abstained {
			for _, id := range e.FactIDs {
				w.facts[id]++
			}
		}
	}
	words := make([]*wording, 0, len(byKey))
	for _, w := range byKey {
		words = append(words, w)
	}
	slices.SortFunc(words, func(a, b *wording) int {
		return cmp.Or(cmp.Compare(b.count, a.count), b.last.Compare(a.last), cmp.Compare(a.key, b.key))
	})

	// Greedy grouping: each wording joins the most similar group whose
	// first (most asked) wording it resembles enough, else starts one.
	type group struct {
		seed    map[string]bool
		members []*wording
	}
	var groups []*group
	for _, w := range words {
		var best *group
		bestScore := 0.0
		for _, g := range groups {
			if s := jaccard(g.seed, w.stems); s >= GapSimilarity && s > bestScore {
				best, bestScore = g, s
			}
		}
		if best == nil {
			best = &group{seed: w.stems}
			groups = append(groups, best)
		}
		best.members = append(best.members, w)
	}

	gaps := make([]Gap, 0, len(groups))
	for _, g := range groups {
		var gap Gap
		texts, facts := map[string]int{}, map[string]int{}
		for _, w := range g.members {
			gap.Count += w.count
			gap.Abstained += w.gap.Abstained
			gap.LowConfidence += w.gap.LowConfidence
			gap.VotedDown += w.gap.VotedDown
			if w.last.After(gap.Last) {
				gap.Last = w.last
			}
			for t, n := range w.texts {
				texts[t] += n
			}
			for id, n := range w.facts {
				facts[id] += n
			}
		}
		gap.Questions = byCount(texts)
		gap.FactIDs = byCount(facts)
		gaps = append(gaps, gap)
	}
	slices.SortStableFunc(gaps, func(a, b Gap) int {
		return cmp.Or(cmp.Compare(b.Count, a.Count), b.Last.Compare(a.Last))
	})
	return gaps
}

// topicStems are the stems of a question's topic words (its stopwords
// dropped, unless that leaves nothing).
func topicStems(tokens []string) map[string]bool {
	stems := map[string]bool{}
	for _, t := range tokens {
		if !knowledge.IsStopword(t) {
			stems[knowledge.Stem(t)] = true
		}
	}
	if len(stems) == 0 {
		for _, t := range tokens {
			stems[knowledge.Stem(t)] = true
		}
	}
	return stems
}

func jaccard(a, b map[string]bool) float64 {
	if len(a) == 0 && len(b) == 0 {
		return 1
	}
	inter := 0
	for s := range a {
		if b[s] {
			inter++
		}
	}
	return float64(inter) / float64(len(a)+len(b)-inter)
}

// byCount returns the keys of m, most counted first (ties alphabetical).
func byCount(m map[string]int) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(a, b string) int { return cmp.Or(cmp.Compare(m[b], m[a]), cmp.Compare(a, b)) })
	return keys
}

// WriteGapsYAML writes each gap as a fact stub for knowledge.yaml: an
// id suggestion, kind fact, the group's questions, and an empty answer
// and paragraphs with a TODO for the curator. The stubs are a YAML list
// to paste under `facts:`; they do not validate until a person has
// written the answer and cited the paragraphs.
func WriteGapsYAML(w io.Writer, gaps []Gap) error {
	doc := &yaml.Node{Kind: yaml.DocumentNode}
	list := &yaml.Node{Kind: yaml.SequenceNode}
	doc.Content = []*yaml.Node{list}
	doc.HeadComment = fmt.Sprintf("Questions the story's fact base does not answer well yet (bot gaps), most asked first: %d group(s).\n"+
		"For each stub: write the answer from the story, cite its paragraphs, fix the id, then paste it under facts: in knowledge.yaml\n"+
		"and run bot validate.", len(gaps))
	used := map[string]int{}
	for _, g := range gaps {
		list.Content = append(list.Content, stubNode(g, uniqueID(suggestID(g), used)))
	}
	if len(gaps) == 0 {
		list.Style = yaml.FlowStyle
	}
	enc := yaml.NewEncoder(w)
	enc.SetIndent(2)
	if err := enc.Encode(doc); err != nil {
		return fmt.Errorf("write gaps: %w", err)
	}
	if err := enc.Close(); err != nil {
		return fmt.Errorf("write gaps: %w", err)
	}
	return nil
}

// stubNode is one gap as a fact stub.
func stubNode(g Gap, id string) *yaml.Node {
	str := func(s string) *yaml.Node { return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: s} }
	empty := func() *yaml.Node { return &yaml.Node{Kind: yaml.SequenceNode, Style: yaml.FlowStyle} }
	questions := &yaml.Node{Kind: yaml.SequenceNode}
	for _, q := range g.Questions[:min(maxStubQuestions, len(g.Questions))] {
		questions.Content = append(questions.Content, str(q))
	}
	answerNode := &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: "", Style: yaml.DoubleQuotedStyle,
		LineComment: "TODO: one to three sentences from the story that name their subject"}
	paragraphs := empty()
	paragraphs.LineComment = "TODO: the story paragraphs the answer rests on"

	var why []string
	if g.Abstained > 0 {
		why = append(why, fmt.Sprintf("%d not answered", g.Abstained))
	}
	if g.LowConfidence > 0 {
		why = append(why, fmt.Sprintf("%d answered with low confidence", g.LowConfidence))
	}
	if g.VotedDown > 0 {
		why = append(why, fmt.Sprintf("%d voted 👎", g.VotedDown))
	}
	head := fmt.Sprintf("Asked %s (%s), last on %s.", timesText(g.Count), strings.Join(why, ", "), g.Last.UTC().Format("2 January 2006"))
	if n := len(g.Questions) - maxStubQuestions; n > 0 {
		head += fmt.Sprintf("\nThe stub lists the %d most asked wordings; %d more were asked.", maxStubQuestions, n)
	}
	if len(g.FactIDs) > 0 {
		head += "\nThe bot answered with: " + strings.Join(g.FactIDs, ", ") + " (maybe those facts need better questions or keywords instead)."
	}
	m := &yaml.Node{Kind: yaml.MappingNode, HeadComment: head}
	add := func(k string, v *yaml.Node) { m.Content = append(m.Content, str(k), v) }
	add("id", str(id))
	add("kind", str(knowledge.KindFact))
	add("answer", answerNode)
	add("answers", empty())
	add("questions", questions)
	add("keywords", empty())
	add("entities", empty())
	add("paragraphs", paragraphs)
	add("related", empty())
	return m
}

func timesText(n int) string {
	if n == 1 {
		return "once"
	}
	return fmt.Sprintf("%d times", n)
}

// suggestID makes a kebab-case id from the gap's first question's topic
// words ("Who is the CEO of Microsoft?" -> "ceo-microsoft").
func suggestID(g Gap) string {
	if len(g.Questions) == 0 {
		return "gap"
	}
	var parts []string
	for _, t := range knowledge.Tokens(g.Questions[0]) {
		if knowledge.IsStopword(t) {
			continue
		}
		t = strings.Map(func(r rune) rune {
			if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' {
				return r
			}
			return -1
		}, t)
		if t != "" {
			parts = append(parts, t)
		}
		if len(parts) == 4 {
			break
		}
	}
	if len(parts) == 0 {
		return "gap"
	}
	return strings.Join(parts, "-")
}

// uniqueID returns id, or id-2, id-3... when already used.
func uniqueID(id string, used map[string]int) string {
	used[id]++
	if n := used[id]; n > 1 {
		return fmt.Sprintf("%s-%d", id, n)
	}
	return id
}
