package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"runtime/debug"
	"strings"
	"testing"
	"time"

	bot "github.com/deepseek-story/bot"
	"github.com/deepseek-story/bot/internal/answer"
	"github.com/deepseek-story/bot/internal/eval"
	"github.com/deepseek-story/bot/internal/knowledge"
)

func testEngine(t *testing.T) *answer.Engine {
	t.Helper()
	kb, err := knowledge.Parse(embeddedName, bot.DefaultKnowledge)
	if err != nil {
		t.Fatal(err)
	}
	return answer.New(kb, answer.Options{})
}

// Answers come out in input order however the workers finish.
func TestAskStreamKeepsOrder(t *testing.T) {
	qs := []string{"who founded deepseek", "what is DeepSeek R1", "Who is the CEO of Microsoft?", "help",
		"how much did nvidia lose", "wen was r1 released", "what is the stargate project"}
	var in strings.Builder
	var want []string
	for i := range 700 {
		q := fmt.Sprintf("%s %d", qs[i%len(qs)], i)
		want = append(want, q)
		in.WriteString(q + "\n")
		if i%50 == 0 {
			in.WriteString("\n  \n") // blank lines are skipped
		}
	}
	var out strings.Builder
	if err := askStream(context.Background(), testEngine(t), strings.NewReader(in.String()), &out, true); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSuffix(out.String(), "\n"), "\n")
	if len(lines) != len(want) {
		t.Fatalf("got %d answer lines; want %d", len(lines), len(want))
	}
	for i, l := range lines {
		var r answer.Reply
		if err := json.Unmarshal([]byte(l), &r); err != nil {
			t.Fatalf("line %d %q: %v", i, l, err)
		}
		if r.Question != want[i] {
			t.Fatalf("answer %d is to %q; want %q (out of order)", i, r.Question, want[i])
		}
	}
}

// Someone who writes a question and waits gets its answer before writing
// the next: the stream flushes before it waits for input.
func TestAskStreamAnswersBeforeWaitingForInput(t *testing.T) {
	inR, inW := io.Pipe()
	outR, outW := io.Pipe()
	done := make(chan error, 1)
	go func() {
		done <- askStream(context.Background(), testEngine(t), inR, outW, true)
		_ = outW.Close()
	}()
	answers := bufio.NewScanner(outR)
	lines := make(chan string)
	go func() {
		for answers.Scan() {
			lines <- answers.Text()
		}
		close(lines)
	}()
	for _, q := range []string{"who founded deepseek", "Who is the CEO of Microsoft?", "when was liang wenfeng born"} {
		if _, err := io.WriteString(inW, q+"\n"); err != nil {
			t.Fatal(err)
		}
		select {
		case l := <-lines:
			var r answer.Reply
			if err := json.Unmarshal([]byte(l), &r); err != nil || r.Question != q {
				t.Fatalf("answer %q (%v); want one to %q", l, err, q)
			}
		case <-time.After(10 * time.Second):
			t.Fatalf("no answer to %q while the stream waits for input: not flushed", q)
		}
	}
	_ = inW.Close()
	if err := <-done; err != nil {
		t.Fatalf("askStream: %v", err)
	}
	if l, ok := <-lines; ok {
		t.Errorf("extra output %q", l)
	}
}

type failingWriter struct{}

func (failingWriter) Write([]byte) (int, error) { return 0, errors.New("disk full") }

func TestAskStreamReportsErrors(t *testing.T) {
	in := strings.Repeat("who founded deepseek\n", 200)
	err := askStream(context.Background(), testEngine(t), strings.NewReader(in), failingWriter{}, true)
	if err == nil || !strings.Contains(err.Error(), "write answer: disk full") {
		t.Errorf("askStream to a failing writer = %v; want the write error", err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	var out strings.Builder
	err = askStream(ctx, testEngine(t), strings.NewReader(in), &out, true)
	if !errors.Is(err, context.Canceled) {
		t.Errorf("askStream with a cancelled context = %v; want context.Canceled", err)
	}
	long := strings.Repeat("x", 2<<20) + "\n"
	_, code := runBot(t, nil, "who founded deepseek\n"+long, "ask", "--json", "-")
	if code != exitUsage {
		t.Errorf("bot ask --json - with a 2 MB line exit = %d; want %d", code, exitUsage)
	}
}

// BenchmarkAskStream answers 4,000 lines through bot ask --json -, each
// time from the built-in knowledge restored afresh, with a fresh engine,
// as each bot process has them (the garbage collector set as for a
// stream): "distinct" is every question of the test sets, once each (then
// repeated up to 4,000 lines); "repeated" the dev and held-out questions,
// repeated.
func BenchmarkAskStream(b *testing.B) {
	all, err := filepath.Glob("../../testdata/*.yaml")
	if err != nil {
		b.Fatal(err)
	}
	for _, bc := range []struct {
		name  string
		files []string
	}{
		{"distinct", all},
		{"repeated", []string{"../../testdata/questions.yaml", "../../testdata/holdout.yaml"}},
	} {
		b.Run(bc.name, func(b *testing.B) {
			var qs []string
			for _, file := range bc.files {
				set, err := eval.Load(file)
				if err != nil {
					b.Fatal(err)
				}
				for _, c := range set.Questions {
					qs = append(qs, strings.ReplaceAll(c.Q, "\n", " "))
				}
			}
			var in strings.Builder
			for i := range 4000 {
				in.WriteString(qs[i%len(qs)] + "\n")
			}
			defer batchGC(func(string) string { return "" })()
			b.ReportAllocs()
			for b.Loop() {
				kb, err := knowledge.FromSnapshot(embeddedName, bot.DefaultKnowledge, bot.DefaultSnapshot)
				if err != nil {
					b.Fatal(err)
				}
				engine := answer.New(kb, answer.Options{})
				if err := askStream(context.Background(), engine, strings.NewReader(in.String()), io.Discard, true); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func TestBatchGC(t *testing.T) {
	before := debug.SetGCPercent(100)
	defer debug.SetGCPercent(before)
	restore := batchGC(func(string) string { return "" })
	if got := debug.SetGCPercent(-1); got != -1 {
		t.Errorf("during a stream GC percent = %d; want -1 (collect at the memory limit)", got)
	}
	if got := debug.SetMemoryLimit(-1); got != batchMemoryLimit {
		t.Errorf("during a stream memory limit = %d; want %d", got, batchMemoryLimit)
	}
	restore()
	if got := debug.SetGCPercent(100); got != 100 {
		t.Errorf("after a stream GC percent = %d; want 100 restored", got)
	}
	batchGC(func(k string) string { return map[string]string{"GOGC": "50"}[k] })()
	if got := debug.SetGCPercent(100); got != 100 {
		t.Errorf("with GOGC set, GC percent = %d; want it left alone", got)
	}
}
