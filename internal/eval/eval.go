// Package eval runs a question set against the answer engine and reports
// how well it answers in scope and how reliably it abstains out of scope.
package eval

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/deepseek-story/bot/internal/answer"
)

// Categories of questions in a set.
const (
	CategoryNear = "near" // shares the story's words, but the story does not say
	CategoryFar  = "far"  // unrelated to the story
)

var categories = []string{"paraphrase", "keyword", "typo", "followup", CategoryNear, CategoryFar, ""}

// Set is a question set (the format of contracts.md).
type Set struct {
	Questions []Case `yaml:"questions"`
}

// Case is one question with what the answer must contain, or that it
// must abstain.
type Case struct {
	Q             string     `yaml:"q"`
	Expect        [][]string `yaml:"expect"`
	ExpectAbstain bool       `yaml:"expect_abstain"`
	Category      string     `yaml:"category"`
	Conversation  string     `yaml:"conversation"`
	line          int
}

// Load reads a question set from path.
func Load(path string) (*Set, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read question set: %w", err)
	}
	return Parse(path, data)
}

// Parse decodes a question set strictly: unknown fields and cases that
// expect nothing are errors, reported with their position.
func Parse(name string, data []byte) (*Set, error) {
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	var set Set
	if err := dec.Decode(&set); err != nil && !errors.Is(err, io.EOF) {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	var root yaml.Node
	_ = yaml.Unmarshal(data, &root)
	var problems []string
	for i := range set.Questions {
		c := &set.Questions[i]
		c.line = caseLine(&root, i)
		switch {
		case strings.TrimSpace(c.Q) == "":
			problems = append(problems, fmt.Sprintf("%s:%d: empty q", name, c.line))
		case len(c.Expect) == 0 && !c.ExpectAbstain:
			problems = append(problems, fmt.Sprintf("%s:%d: %q expects nothing: give expect or expect_abstain", name, c.line, c.Q))
		case !slices.Contains(categories, c.Category):
			problems = append(problems, fmt.Sprintf("%s:%d: unknown category %q", name, c.line, c.Category))
		}
	}
	if len(set.Questions) == 0 {
		problems = append(problems, name+":1: no questions")
	}
	if len(problems) > 0 {
		return nil, errors.New(strings.Join(problems, "\n"))
	}
	return &set, nil
}

func caseLine(root *yaml.Node, i int) int {
	if len(root.Content) == 0 {
		return 0
	}
	doc := root.Content[0]
	for j := 0; j+1 < len(doc.Content); j += 2 {
		if doc.Content[j].Value == "questions" && i < len(doc.Content[j+1].Content) {
			return doc.Content[j+1].Content[i].Line
		}
	}
	return 0
}

// Miss is a question the engine got wrong.
type Miss struct {
	Case  Case
	Reply answer.Reply
	Why   string
}

// Result holds the figures of one run.
type Result struct {
	InScope, InScopeRight int
	Near, NearAbstained   int
	Far, FarAbstained     int
	Misses                []Miss
	// Answers are the questions the engine answered, with whether the
	// answer was right (an answer to a question it should have abstained
	// on is wrong), for calibration.
	Answers []Answered
}

// Answered is one answer given: its confidence and whether it was right.
type Answered struct {
	Confidence float64
	Right      bool
}

// Band is the answers whose confidence is in [Low, High).
type Band struct {
	Low, High      float64
	Answers, Right int
	MeanConfidence float64
}

// Calibration groups the answers given by confidence: in a calibrated
// engine each band's share of right answers is close to its mean
// confidence (or above it: confidence is a floor to trust, not a bet).
func (r Result) Calibration() []Band {
	bands := []Band{{Low: 0, High: 0.75}, {Low: 0.75, High: 0.9}, {Low: 0.9, High: 1.01}}
	for _, a := range r.Answers {
		for i := range bands {
			if b := &bands[i]; a.Confidence >= b.Low && a.Confidence < b.High {
				b.Answers++
				if a.Right {
					b.Right++
				}
				b.MeanConfidence += a.Confidence
			}
		}
	}
	for i := range bands {
		if bands[i].Answers > 0 {
			bands[i].MeanConfidence /= float64(bands[i].Answers)
		}
	}
	return bands
}

// InScopeAccuracy is the share of answerable questions answered right.
func (r Result) InScopeAccuracy() float64 { return ratio(r.InScopeRight, r.InScope) }

// NearAbstention is the share of near misses the engine abstained on.
func (r Result) NearAbstention() float64 { return ratio(r.NearAbstained, r.Near) }

// FarAbstention is the share of unrelated questions abstained on.
func (r Result) FarAbstention() float64 { return ratio(r.FarAbstained, r.Far) }

func ratio(a, b int) float64 {
	if b == 0 {
		return 1
	}
	return float64(a) / float64(b)
}

// Answerer is what Run needs of the engine.
type Answerer interface {
	Answer(ctx context.Context, q answer.Question) (answer.Reply, error)
}

// Run asks every question of set, in order; questions sharing a
// conversation key are asked in one conversation (prefixed by runID so
// runs do not share context).
func Run(ctx context.Context, a Answerer, set *Set, runID string) (Result, error) {
	var res Result
	for _, c := range set.Questions {
		conv := ""
		if c.Conversation != "" {
			conv = runID + "/" + c.Conversation
		}
		r, err := a.Answer(ctx, answer.Question{Text: c.Q, Conversation: conv, Platform: "eval"})
		if err != nil {
			return res, fmt.Errorf("eval %q: %w", c.Q, err)
		}
		if c.ExpectAbstain {
			abstained := !r.Answered
			if c.Category == CategoryFar {
				res.Far++
				if abstained {
					res.FarAbstained++
				}
			} else {
				res.Near++
				if abstained {
					res.NearAbstained++
				}
			}
			if !abstained {
				res.Misses = append(res.Misses, Miss{Case: c, Reply: r, Why: "answered; want abstain"})
				res.Answers = append(res.Answers, Answered{Confidence: r.Confidence})
			}
			continue
		}
		res.InScope++
		why := check(c, r)
		if r.Answered {
			res.Answers = append(res.Answers, Answered{Confidence: r.Confidence, Right: why == ""})
		}
		if why != "" {
			res.Misses = append(res.Misses, Miss{Case: c, Reply: r, Why: why})
			continue
		}
		res.InScopeRight++
	}
	return res, nil
}

// check says what is wrong with r as an answer to c, or "".
func check(c Case, r answer.Reply) string {
	if !r.Answered {
		return "abstained; want an answer"
	}
	text := strings.ToLower(r.Text)
	for _, group := range c.Expect {
		found := false
		for _, alt := range group {
			if strings.Contains(text, strings.ToLower(alt)) {
				found = true
				break
			}
		}
		if !found {
			return fmt.Sprintf("answer lacks one of %q", group)
		}
	}
	return ""
}

// Report writes the figures and the misses.
func (r Result) Report(w io.Writer) {
	fmt.Fprintf(w, "in-scope accuracy:  %5.1f%% (%d/%d)\n", 100*r.InScopeAccuracy(), r.InScopeRight, r.InScope)
	fmt.Fprintf(w, "near-miss abstain:  %5.1f%% (%d/%d)\n", 100*r.NearAbstention(), r.NearAbstained, r.Near)
	fmt.Fprintf(w, "far abstain:        %5.1f%% (%d/%d)\n", 100*r.FarAbstention(), r.FarAbstained, r.Far)
	fmt.Fprintf(w, "calibration (answers given, by confidence):\n")
	for _, b := range r.Calibration() {
		if b.Answers == 0 {
			continue
		}
		fmt.Fprintf(w, "  [%.2f, %.2f): %3d answers, %5.1f%% right, mean confidence %.2f\n",
			b.Low, min(b.High, 1), b.Answers, 100*ratio(b.Right, b.Answers), b.MeanConfidence)
	}
	if len(r.Misses) > 0 {
		fmt.Fprintf(w, "misses (%d):\n", len(r.Misses))
	}
	for _, m := range r.Misses {
		got := strings.Join(m.Reply.FactIDs(), ",")
		if got == "" {
			got = "-"
		}
		fmt.Fprintf(w, "  line %d [%s] %q: %s (got %s, confidence %.2f)\n", m.Case.line, m.Case.Category, m.Case.Q, m.Why, got, m.Reply.Confidence)
	}
}
