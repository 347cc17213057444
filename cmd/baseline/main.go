// Command baseline is the yardstick the bot is measured against: plain
// BM25 search over the article's paragraphs, with the same tokeniser and
// stemmer. It reads one question a line and prints the best paragraph as
// JSON, or, with -eval, scores a question set the way bot eval does (a
// question counts as answered when the best paragraph scores above
// -min-score).
//
//	go run ./cmd/baseline -story ../shared/story/000_e926eb8bcc38cb24.txt < questions.txt
//	go run ./cmd/baseline -story ... -eval testdata/questions.yaml
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"math"
	"os"
	"strings"

	"github.com/deepseek-story/bot/internal/eval"
	"github.com/deepseek-story/bot/internal/knowledge"
)

func main() {
	story := flag.String("story", "../shared/story/000_e926eb8bcc38cb24.txt", "the article, one paragraph a line")
	evalSet := flag.String("eval", "", "score this question set instead of reading stdin")
	minScore := flag.Float64("min-score", 2, "answer only above this BM25 score")
	flag.Parse()
	data, err := os.ReadFile(*story)
	if err != nil {
		fmt.Fprintln(os.Stderr, "baseline:", err)
		os.Exit(2)
	}
	ix := newIndex(paragraphs(string(data)))
	if *evalSet != "" {
		set, err := eval.Load(*evalSet)
		if err != nil {
			fmt.Fprintln(os.Stderr, "baseline:", err)
			os.Exit(2)
		}
		report(os.Stdout, ix, set, *minScore)
		return
	}
	if err := stream(os.Stdin, os.Stdout, ix); err != nil {
		fmt.Fprintln(os.Stderr, "baseline:", err)
		os.Exit(1)
	}
}

// paragraphs returns the article's body paragraphs: non-empty lines after
// the title and byline, before the comment form.
func paragraphs(text string) []string {
	var out []string
	for i, line := range strings.Split(text, "\n") {
		line = strings.TrimSpace(line)
		if i < 4 || line == "" {
			continue
		}
		if strings.HasPrefix(line, "LEAVE A REPLY") {
			break
		}
		out = append(out, line)
	}
	return out
}

type index struct {
	paras []string
	tf    []map[string]float64
	lens  []float64
	avg   float64
	df    map[string]int
}

func terms(s string) []string {
	var out []string
	for _, w := range knowledge.Tokens(s) {
		if !knowledge.IsStopword(w) {
			out = append(out, knowledge.Stem(w))
		}
	}
	return out
}

func newIndex(paras []string) *index {
	ix := &index{paras: paras, df: map[string]int{}}
	var total float64
	for _, p := range paras {
		tf := map[string]float64{}
		ts := terms(p)
		for _, t := range ts {
			if tf[t] == 0 {
				ix.df[t]++
			}
			tf[t]++
		}
		ix.tf = append(ix.tf, tf)
		ix.lens = append(ix.lens, float64(len(ts)))
		total += float64(len(ts))
	}
	ix.avg = total / float64(len(paras))
	return ix
}

// best returns the best paragraph (1-based) and its BM25 score.
func (ix *index) best(q string) (int, float64) {
	const k1, b = 1.2, 0.75
	n := float64(len(ix.paras))
	best, bestScore := 0, 0.0
	qs := terms(q)
	for i, tf := range ix.tf {
		var s float64
		for _, t := range qs {
			f := tf[t]
			if f == 0 {
				continue
			}
			df := float64(ix.df[t])
			idf := math.Log(1 + (n-df+0.5)/(df+0.5))
			s += idf * f * (k1 + 1) / (f + k1*(1-b+b*ix.lens[i]/ix.avg))
		}
		if s > bestScore {
			best, bestScore = i+1, s
		}
	}
	return best, bestScore
}

type result struct {
	Question  string  `json:"question"`
	Paragraph int     `json:"paragraph"`
	Score     float64 `json:"score"`
	Text      string  `json:"text"`
}

func stream(in io.Reader, out io.Writer, ix *index) error {
	sc := bufio.NewScanner(in)
	w := bufio.NewWriter(out)
	enc := json.NewEncoder(w)
	for sc.Scan() {
		q := sc.Text()
		if strings.TrimSpace(q) == "" {
			continue
		}
		p, s := ix.best(q)
		r := result{Question: q, Paragraph: p, Score: s}
		if p > 0 {
			r.Text = ix.paras[p-1]
		}
		if err := enc.Encode(r); err != nil {
			return err
		}
		if err := w.Flush(); err != nil {
			return err
		}
	}
	return sc.Err()
}

func report(w io.Writer, ix *index, set *eval.Set, minScore float64) {
	var in, inRight, near, nearAbst, far, farAbst int
	for _, c := range set.Questions {
		p, s := ix.best(c.Q)
		answered := p > 0 && s >= minScore
		switch {
		case c.ExpectAbstain && c.Category == eval.CategoryFar:
			far++
			if !answered {
				farAbst++
			}
		case c.ExpectAbstain:
			near++
			if !answered {
				nearAbst++
			}
		default:
			in++
			if answered && contains(ix.paras[p-1], c.Expect) {
				inRight++
			}
		}
	}
	pct := func(a, b int) float64 { return 100 * float64(a) / math.Max(1, float64(b)) }
	fmt.Fprintf(w, "baseline BM25 over paragraphs (min score %.1f)\n", minScore)
	fmt.Fprintf(w, "in-scope accuracy:  %5.1f%% (%d/%d)\n", pct(inRight, in), inRight, in)
	fmt.Fprintf(w, "near-miss abstain:  %5.1f%% (%d/%d)\n", pct(nearAbst, near), nearAbst, near)
	fmt.Fprintf(w, "far abstain:        %5.1f%% (%d/%d)\n", pct(farAbst, far), farAbst, far)
}

func contains(text string, expect [][]string) bool {
	text = strings.ToLower(text)
	for _, group := range expect {
		ok := false
		for _, alt := range group {
			if strings.Contains(text, strings.ToLower(alt)) {
				ok = true
				break
			}
		}
		if !ok {
			return false
		}
	}
	return true
}
