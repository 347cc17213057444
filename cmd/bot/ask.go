package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/deepseek-story/bot/internal/answer"
)

func cmdAsk(ctx context.Context, e *env, args []string) error {
	fs := newFlags("ask", e.stdout)
	asJSON := fs.Bool("json", false, "print the JSON answer object")
	explain := fs.Bool("explain", false, "also show how the question was read and ranked (for curators)")
	kb := kbFlag(fs, e)
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		return usageError("ask: give a question, or - to read one a line from stdin")
	}
	engine, _, release, err := newEngine(e, kb)
	if err != nil {
		return err
	}
	defer release()
	if fs.NArg() == 1 && fs.Arg(0) == "-" {
		return askStream(ctx, engine, e.stdin, e.stdout, *asJSON)
	}
	text := strings.Join(fs.Args(), " ")
	if *explain {
		fmt.Fprint(e.stdout, engine.Explain(text))
	}
	r, err := engine.Answer(ctx, answer.Question{Text: text, Platform: "cli"})
	if err != nil {
		return err
	}
	if *asJSON {
		return writeJSON(e.stdout, r)
	}
	printReply(e.stdout, r)
	return nil
}

// askStream answers one question a line, in order, flushing each answer.
func askStream(ctx context.Context, engine *answer.Engine, in io.Reader, out io.Writer, asJSON bool) error {
	sc := bufio.NewScanner(in)
	sc.Buffer(make([]byte, 64*1024), 1024*1024)
	w := bufio.NewWriter(out)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for sc.Scan() {
		line := sc.Text()
		if strings.TrimSpace(line) == "" {
			continue
		}
		r, err := engine.Answer(ctx, answer.Question{Text: line, Platform: "cli"})
		if err != nil {
			return err
		}
		if asJSON {
			if err := enc.Encode(r); err != nil {
				return fmt.Errorf("write answer: %w", err)
			}
		} else {
			printReply(w, r)
		}
		if err := w.Flush(); err != nil {
			return fmt.Errorf("write answer: %w", err)
		}
	}
	if err := sc.Err(); err != nil {
		return usageError("read questions: %v", err)
	}
	return nil
}

func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return fmt.Errorf("write answer: %w", err)
	}
	return nil
}

// printReply renders a reply for a terminal.
func printReply(w io.Writer, r answer.Reply) {
	fmt.Fprintln(w, r.Text)
	if src := r.Source(); src != "" {
		fmt.Fprintf(w, "  (%s; confidence %.2f)\n", src, r.Confidence)
	}
	if len(r.Suggestions) > 0 {
		label := "You could also ask"
		if !r.Answered {
			label = "Try asking"
		}
		fmt.Fprintf(w, "  %s: %s\n", label, strings.Join(r.Suggestions, " | "))
	}
}
