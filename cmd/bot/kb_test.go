package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	bot "github.com/deepseek-story/bot"
	"github.com/deepseek-story/bot/internal/answer"
	"github.com/deepseek-story/bot/internal/eval"
	"github.com/deepseek-story/bot/internal/knowledge"
)

// The built-in knowledge is restored from the snapshot, which answers
// exactly as the parsed knowledge does, on every question of the dev and
// held-out sets (follow-ups included). (That a restored base is the parsed
// one, field for field, but for what only a snapshot holds, the knowledge
// package's tests check.)
func TestSnapshotAnswersAsParsed(t *testing.T) {
	fresh, err := knowledge.Parse(embeddedName, bot.DefaultKnowledge)
	if err != nil {
		t.Fatal(err)
	}
	snap, err := knowledge.FromSnapshot(embeddedName, bot.DefaultKnowledge, bot.DefaultSnapshot)
	if err != nil {
		t.Fatalf("built-in snapshot: %v", err)
	}
	loaded, err := parseKnowledge(embeddedName, bot.DefaultKnowledge)
	if err != nil || !reflect.DeepEqual(loaded, snap) {
		t.Fatalf("parseKnowledge(built-in) differs from FromSnapshot (err %v)", err)
	}
	ctx := context.Background()
	want, got := answer.New(fresh, answer.Options{}), answer.New(snap, answer.Options{})
	n := 0
	for _, file := range []string{"../../testdata/questions.yaml", "../../testdata/holdout.yaml"} {
		set, err := eval.Load(file)
		if err != nil {
			t.Fatal(err)
		}
		for _, c := range set.Questions {
			q := answer.Question{Text: c.Q, Platform: "cli", Conversation: c.Conversation}
			w, err1 := want.Answer(ctx, q)
			g, err2 := got.Answer(ctx, q)
			if err1 != nil || err2 != nil {
				t.Fatalf("Answer(%q): %v, %v", c.Q, err1, err2)
			}
			if !reflect.DeepEqual(g, w) {
				t.Errorf("Answer(%q) from the snapshot = %+v; parsed = %+v", c.Q, g, w)
			}
			n++
		}
	}
	if n < 300 {
		t.Errorf("compared %d answers; want the whole dev and held-out sets (>= 300)", n)
	}
}

// A knowledge file that differs from the built-in one by a byte is parsed
// and validated in full, never taken from the snapshot.
func TestEditedKnowledgeIsParsed(t *testing.T) {
	dir := t.TempDir()
	edited := filepath.Join(dir, "knowledge.yaml")
	data := bytes.Replace(bot.DefaultKnowledge, []byte("born in 1985"), []byte("born in 1986"), -1)
	if bytes.Equal(data, bot.DefaultKnowledge) {
		t.Fatal(`knowledge.yaml no longer says "born in 1985"; pick another edit`)
	}
	if err := os.WriteFile(edited, data, 0o600); err != nil {
		t.Fatal(err)
	}
	out, code := runBot(t, nil, "", "ask", "--kb", edited, "when was liang wenfeng born")
	if code != 0 || !strings.Contains(out, "1986") {
		t.Errorf("bot ask --kb edited = %d, %q; want the edited year 1986", code, out)
	}
	bad := bytes.Replace(bot.DefaultKnowledge, []byte("\nfacts:"), []byte("\nfact:"), 1)
	if err := os.WriteFile(edited, bad, 0o600); err != nil {
		t.Fatal(err)
	}
	out, code = runBot(t, nil, "", "ask", "--kb", edited, "hi")
	if code != exitUsage || !strings.Contains(out, edited+":") || !strings.Contains(out, `unknown field "fact"`) {
		t.Errorf("bot ask --kb broken = %d, %q; want exit %d with FILE:LINE:COL problems", code, out, exitUsage)
	}
}
