// Command bot answers questions about the story "How DeepSeek Cost The US
// Stock Market $1 Trillion" in the console, on the command line, over HTTP
// and in Slack and Discord. Run "bot help" for the commands.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	err := run(ctx, os.Args[1:], os.Getenv, os.Stdin, os.Stdout)
	stop()
	if err != nil {
		os.Exit(report(os.Stderr, err))
	}
}

// Exit codes of the contract: 0 ok, 1 a check failed, 2 bad usage or
// unreadable input.
const (
	exitCheck = 1
	exitUsage = 2
)

// exitError carries an exit code; its message (if any) is printed.
type exitError struct {
	code int
	err  error
}

func (e *exitError) Error() string { return e.err.Error() }
func (e *exitError) Unwrap() error { return e.err }

func usageError(format string, args ...any) error {
	return &exitError{code: exitUsage, err: fmt.Errorf(format, args...)}
}

func checkFailed(err error) error { return &exitError{code: exitCheck, err: err} }

// report prints err for a person and returns the exit code.
func report(w io.Writer, err error) int {
	var ee *exitError
	if errors.As(err, &ee) {
		if ee.err.Error() != "" {
			fmt.Fprintln(w, "bot:", ee.err)
		}
		return ee.code
	}
	fmt.Fprintln(w, "bot:", err)
	return exitCheck
}

const usage = `bot answers questions about the story "How DeepSeek Cost The US Stock Market $1 Trillion".

Usage:
  bot chat                     talk to the bot in the console (no tokens, no network)
  bot ask [--json] QUESTION    answer one question; "bot ask --json -" reads one question a line
  bot validate                 check the knowledge file; every problem as FILE:LINE:COL: message
  bot eval FILE                run a question set and print the figures
  bot digest [--print|--post]  print the digest that would be posted now, or post it now
  bot gaps                     what people asked that the story cannot answer, as fact stubs
  bot serve [--check]          run every configured adapter, the HTTP API and the digest scheduler
  bot discord invite-url       print the URL that adds the bot to a Discord server
  bot healthcheck              ask the local server's /healthz (for container health checks)
  bot help                     this text

Every command takes --kb FILE (default: $BOT_KNOWLEDGE, else knowledge.yaml,
else the knowledge built into the binary).
`

// run is the whole program, driven by main and by the end-to-end tests.
func run(ctx context.Context, args []string, getenv func(string) string, stdin io.Reader, stdout io.Writer) error {
	if len(args) == 0 {
		fmt.Fprint(stdout, usage)
		return usageError("no command given")
	}
	e := &env{getenv: getenv, stdin: stdin, stdout: stdout}
	cmd, rest := args[0], args[1:]
	switch cmd {
	case "chat":
		return cmdChat(ctx, e, rest)
	case "ask":
		return cmdAsk(ctx, e, rest)
	case "validate":
		return cmdValidate(ctx, e, rest)
	case "eval":
		return cmdEval(ctx, e, rest)
	case "serve":
		return cmdServe(ctx, e, rest)
	case "digest":
		return cmdDigest(ctx, e, rest)
	case "gaps":
		return cmdGaps(ctx, e, rest)
	case "discord":
		return cmdDiscord(ctx, e, rest)
	case "healthcheck":
		return cmdHealthcheck(ctx, e, rest)
	case "help", "-h", "--help":
		fmt.Fprint(stdout, usage)
		return nil
	default:
		fmt.Fprint(stdout, usage)
		return usageError("unknown command %q", cmd)
	}
}

// env is what commands get from the outside world.
type env struct {
	getenv func(string) string
	stdin  io.Reader
	stdout io.Writer
}
