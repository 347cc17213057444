package main

import (
	"bufio"
	"context"
	"fmt"
	"strings"

	"github.com/deepseek-story/bot/internal/answer"
)

// cmdChat is a console conversation: one question a line, follow-ups
// remembered, until EOF or "quit".
func cmdChat(ctx context.Context, e *env, args []string) error {
	fs := newFlags("chat", e.stdout)
	kb := kbFlag(fs, e)
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	engine, base, release, err := newEngine(e, kb)
	if err != nil {
		return err
	}
	defer release()
	fmt.Fprintf(e.stdout, "Ask me about %q. Type \"help\" for ideas, \"quit\" to leave.\n> ", base.Story.Title)
	sc := bufio.NewScanner(e.stdin)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		switch strings.ToLower(line) {
		case "":
			fmt.Fprint(e.stdout, "> ")
			continue
		case "quit", "exit", "/quit", "/exit", "bye":
			return nil
		}
		r, err := engine.Answer(ctx, answer.Question{Text: line, Conversation: "console", Platform: "console"})
		if err != nil {
			return err
		}
		printReply(e.stdout, r)
		fmt.Fprint(e.stdout, "> ")
	}
	fmt.Fprintln(e.stdout)
	return nil
}
