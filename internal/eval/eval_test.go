package eval

import (
	"context"
	"strings"
	"testing"

	"github.com/deepseek-story/bot/internal/answer"
)

// scripted answers each question with a fixed reply.
type scripted map[string]answer.Reply

func (s scripted) Answer(_ context.Context, q answer.Question) (answer.Reply, error) {
	return s[q.Text], nil
}

const set = `questions:
  - q: "who founded acme"
    expect: [["Jane"]]
    category: paraphrase
  - q: "when was jane born"
    expect: [["1980"], ["born"]]
    category: paraphrase
  - q: "acme revenue"
    expect_abstain: true
    category: near
  - q: "acme ceo"
    expect_abstain: true
    category: near
  - q: "bake bread"
    expect_abstain: true
    category: far
`

func TestRunCountsAndCalibration(t *testing.T) {
	s, err := Parse("set.yaml", []byte(set))
	if err != nil {
		t.Fatal(err)
	}
	a := scripted{
		"who founded acme":   {Answered: true, Text: "Jane Doe founded Acme.", Confidence: 0.95},
		"when was jane born": {Answered: true, Text: "Jane was 1980.", Confidence: 0.8}, // lacks "born"
		"acme revenue":       {Answered: false, Confidence: 0.3},
		"acme ceo":           {Answered: true, Text: "Jane Doe founded Acme.", Confidence: 0.7},
		"bake bread":         {Answered: false},
	}
	res, err := Run(context.Background(), a, s, "t")
	if err != nil {
		t.Fatal(err)
	}
	if res.InScope != 2 || res.InScopeRight != 1 || res.Near != 2 || res.NearAbstained != 1 || res.Far != 1 || res.FarAbstained != 1 {
		t.Errorf("Run = in %d/%d near %d/%d far %d/%d; want in 1/2 near 1/2 far 1/1",
			res.InScopeRight, res.InScope, res.NearAbstained, res.Near, res.FarAbstained, res.Far)
	}
	bands := res.Calibration()
	want := []struct{ answers, right int }{{1, 0}, {1, 0}, {1, 1}} // 0.7 wrong, 0.8 wrong, 0.95 right
	for i, w := range want {
		if bands[i].Answers != w.answers || bands[i].Right != w.right {
			t.Errorf("band [%.2f,%.2f) = %d answers %d right; want %d, %d", bands[i].Low, bands[i].High, bands[i].Answers, bands[i].Right, w.answers, w.right)
		}
	}
	var out strings.Builder
	res.Report(&out)
	for _, line := range []string{"in-scope accuracy:   50.0% (1/2)", `line 5 [paraphrase] "when was jane born": answer lacks one of ["born"]`, `line 11 [near] "acme ceo": answered; want abstain`} {
		if !strings.Contains(out.String(), line) {
			t.Errorf("Report lacks %q:\n%s", line, out.String())
		}
	}
}

func TestParseRejectsBadCases(t *testing.T) {
	_, err := Parse("bad.yaml", []byte("questions:\n  - q: \"x\"\n    category: paraphrase\n  - q: \"y\"\n    expect_abstain: true\n    category: nope\n"))
	if err == nil {
		t.Fatal("Parse accepted a case that expects nothing and an unknown category")
	}
	for _, want := range []string{"bad.yaml:2:", "expects nothing", "bad.yaml:4:", `unknown category "nope"`} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("Parse error %q lacks %q", err, want)
		}
	}
}
