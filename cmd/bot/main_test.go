package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/deepseek-story/bot/internal/answer"
)

// runBot runs the program as main would and returns its output and exit code.
func runBot(t *testing.T, env map[string]string, stdin string, args ...string) (string, int) {
	t.Helper()
	var out bytes.Buffer
	getenv := func(k string) string { return env[k] }
	err := run(context.Background(), args, getenv, strings.NewReader(stdin), &out)
	code := 0
	if err != nil {
		var errOut bytes.Buffer
		code = report(&errOut, err)
		out.WriteString(errOut.String())
	}
	return out.String(), code
}

func TestAsk(t *testing.T) {
	out, code := runBot(t, nil, "", "ask", "who", "founded", "DeepSeek?")
	if code != 0 || !strings.Contains(out, "Liang Wenfeng") || !strings.Contains(out, "From the story, paragraph") {
		t.Errorf("bot ask = %d, %q; want Liang Wenfeng with a source", code, out)
	}
}

func TestAskJSON(t *testing.T) {
	out, code := runBot(t, nil, "", "ask", "--json", "what is DeepSeek R1")
	if code != 0 {
		t.Fatalf("bot ask --json exit %d: %s", code, out)
	}
	var r map[string]any
	if err := json.Unmarshal([]byte(out), &r); err != nil {
		t.Fatalf("bot ask --json output %q is not JSON: %v", out, err)
	}
	for _, field := range []string{"question", "answered", "text", "confidence", "citations", "suggestions"} {
		if _, ok := r[field]; !ok {
			t.Errorf("answer object lacks %q: %s", field, out)
		}
	}
	if r["question"] != "what is DeepSeek R1" || r["answered"] != true {
		t.Errorf("answer object = %s; want the question echoed and answered", out)
	}
	cites, _ := r["citations"].([]any)
	if len(cites) == 0 {
		t.Fatalf("no citations: %s", out)
	}
	c := cites[0].(map[string]any)
	if c["source"] != "story" || c["fact"] == "" || len(c["paragraphs"].([]any)) == 0 {
		t.Errorf("citation = %v; want fact, source story, paragraphs", c)
	}
}

func TestAskJSONStream(t *testing.T) {
	in := "who founded deepseek\n\n   \nWho is the CEO of Microsoft?\n\nhelp\n"
	out, code := runBot(t, nil, in, "ask", "--json", "-")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, out)
	}
	sc := bufio.NewScanner(strings.NewReader(out))
	var replies []answer.Reply
	for sc.Scan() {
		var r answer.Reply
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			t.Fatalf("line %q: %v", sc.Text(), err)
		}
		replies = append(replies, r)
	}
	if len(replies) != 3 {
		t.Fatalf("got %d answers; want 3 (blank lines skipped): %s", len(replies), out)
	}
	want := []struct {
		q        string
		answered bool
	}{{"who founded deepseek", true}, {"Who is the CEO of Microsoft?", false}, {"help", false}}
	for i, w := range want {
		if replies[i].Question != w.q || replies[i].Answered != w.answered {
			t.Errorf("answer %d = %q answered %v; want %q answered %v", i, replies[i].Question, replies[i].Answered, w.q, w.answered)
		}
	}
}

func TestChatFollowUp(t *testing.T) {
	out, code := runBot(t, nil, "who founded deepseek?\nwhen was he born?\nquit\n", "chat")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, out)
	}
	if !strings.Contains(out, "1985") {
		t.Errorf("bot chat follow-up: %q; want 1985", out)
	}
}

func TestValidate(t *testing.T) {
	out, code := runBot(t, nil, "", "validate")
	if code != 0 || !strings.Contains(out, "ok") {
		t.Errorf("bot validate = %d, %q; want ok", code, out)
	}
	bad := "../../internal/knowledge/testdata/bad.yaml"
	out, code = runBot(t, nil, "", "validate", "--kb", bad)
	if code != exitCheck {
		t.Errorf("bot validate --kb bad.yaml exit = %d; want %d", code, exitCheck)
	}
	if n := strings.Count(out, bad+":"); n < 10 {
		t.Errorf("bot validate --kb bad.yaml printed %d positioned problems; want every one (>= 10):\n%s", n, out)
	}
	// BOT_KNOWLEDGE is the default.
	_, code = runBot(t, map[string]string{"BOT_KNOWLEDGE": bad}, "", "validate")
	if code != exitCheck {
		t.Errorf("BOT_KNOWLEDGE=bad.yaml bot validate exit = %d; want %d", code, exitCheck)
	}
}

func TestBadKnowledgeNeverCrashes(t *testing.T) {
	dir := t.TempDir()
	broken := filepath.Join(dir, "k.yaml")
	if err := os.WriteFile(broken, []byte("version: [\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{{"ask", "--kb", broken, "hi"}, {"chat", "--kb", broken}, {"eval", "--kb", broken, "../../testdata/questions.yaml"}} {
		out, code := runBot(t, nil, "", args...)
		if code != exitUsage || !strings.Contains(out, broken+":") {
			t.Errorf("bot %v = %d, %q; want exit %d with FILE:LINE:COL", args, code, out, exitUsage)
		}
	}
	out, code := runBot(t, nil, "", "ask", "--kb", filepath.Join(dir, "missing.yaml"), "hi")
	if code != exitUsage || !strings.Contains(out, "missing.yaml") {
		t.Errorf("bot ask --kb missing = %d, %q; want exit %d naming the file", code, out, exitUsage)
	}
}

func TestUsage(t *testing.T) {
	for _, args := range [][]string{nil, {"frobnicate"}, {"ask"}, {"eval"}, {"ask", "--nope", "x"}} {
		if _, code := runBot(t, nil, "", args...); code != exitUsage {
			t.Errorf("bot %v exit = %d; want %d", args, code, exitUsage)
		}
	}
	if out, code := runBot(t, nil, "", "help"); code != 0 || !strings.Contains(out, "bot chat") {
		t.Errorf("bot help = %d, %q", code, out)
	}
}

func TestEvalFloors(t *testing.T) {
	set := "../../testdata/questions.yaml"
	out, code := runBot(t, nil, "", "eval", set)
	if code != 0 || !strings.Contains(out, "in-scope accuracy") {
		t.Fatalf("bot eval = %d, %q", code, out)
	}
	if _, code := runBot(t, nil, "", "eval", "--min-in-scope", "1.01", set); code != exitCheck {
		t.Errorf("bot eval under its floor exit = %d; want %d", code, exitCheck)
	}
}

func TestEmbeddedDefault(t *testing.T) {
	// With no knowledge.yaml in the working directory and none asked for,
	// the built-in knowledge answers.
	wd, _ := os.Getwd()
	t.Chdir(t.TempDir())
	defer func() { _ = os.Chdir(wd) }()
	out, code := runBot(t, nil, "", "ask", "who founded deepseek")
	if code != 0 || !strings.Contains(out, "Liang") {
		t.Errorf("bot ask with embedded knowledge = %d, %q", code, out)
	}
	_, code = runBot(t, map[string]string{"BOT_KNOWLEDGE": "nope.yaml"}, "", "ask", "hi")
	if code != exitUsage {
		t.Errorf("explicit missing BOT_KNOWLEDGE exit = %d; want %d", code, exitUsage)
	}
}
