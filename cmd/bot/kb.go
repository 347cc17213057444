package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"

	bot "github.com/deepseek-story/bot"
	"github.com/deepseek-story/bot/internal/answer"
	"github.com/deepseek-story/bot/internal/knowledge"
	"github.com/deepseek-story/bot/internal/llm"
	"github.com/deepseek-story/bot/internal/metrics"
)

// embeddedName names the built-in knowledge in messages.
const embeddedName = "embedded:knowledge.yaml"

// kbFlag adds --kb to fs; the returned func resolves it.
func kbFlag(fs *flag.FlagSet, e *env) func() (*knowledge.Base, error) {
	path := fs.String("kb", "", "knowledge file (default: $BOT_KNOWLEDGE, else knowledge.yaml, else the built-in one)")
	return func() (*knowledge.Base, error) { return loadKnowledge(e, *path) }
}

// knowledgePath resolves the knowledge file: the flag, $BOT_KNOWLEDGE, or
// knowledge.yaml; explicit says whether it was asked for (a missing
// default file falls back to the embedded knowledge).
func knowledgePath(e *env, flagPath string) (path string, explicit bool) {
	switch {
	case flagPath != "":
		return flagPath, true
	case e.getenv("BOT_KNOWLEDGE") != "":
		return e.getenv("BOT_KNOWLEDGE"), true
	default:
		return "knowledge.yaml", false
	}
}

func loadKnowledge(e *env, flagPath string) (*knowledge.Base, error) {
	path, explicit := knowledgePath(e, flagPath)
	name := path
	data, err := os.ReadFile(path)
	if err != nil && !explicit && errors.Is(err, os.ErrNotExist) {
		name, data, err = embeddedName, bot.DefaultKnowledge, nil
	}
	if err != nil {
		return nil, &exitError{code: exitUsage, err: fmt.Errorf("read knowledge file: %w", err)}
	}
	kb, err := parseKnowledge(name, data)
	if err != nil {
		var ps knowledge.Problems
		if errors.As(err, &ps) {
			return nil, &exitError{code: exitUsage, err: fmt.Errorf("knowledge file is not valid:\n%w", ps)}
		}
		return nil, &exitError{code: exitUsage, err: err}
	}
	return kb, nil
}

// parseKnowledge validates and indexes data, the content of the knowledge
// file name. Content identical to the built-in knowledge, which was
// validated and indexed when the binary was built, is restored from the
// built-in snapshot instead (FromSnapshot checks it was made from exactly
// this content); anything else is parsed and validated in full.
func parseKnowledge(name string, data []byte) (*knowledge.Base, error) {
	if bytes.Equal(data, bot.DefaultKnowledge) {
		if kb, err := knowledge.FromSnapshot(name, data, bot.DefaultSnapshot); err == nil {
			return kb, nil
		}
		// A snapshot that does not match (never in a tested build) only
		// costs the time parsing takes.
	}
	return knowledge.Parse(name, data)
}

// newFlags returns a flag set that reports errors instead of exiting.
func newFlags(name string, out io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(out)
	return fs
}

func parseFlags(fs *flag.FlagSet, args []string) error {
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return &exitError{code: 0, err: errors.New("")}
		}
		return usageError("%s: %v", fs.Name(), err)
	}
	return nil
}

// newLLM builds the LLM client when the environment configures one
// (OPENAI_API_KEY or OPENAI_BASE_URL, and BOT_LLM not "off"); nil when it
// does not.
func newLLM(getenv func(string) string, deps llm.Deps, log *slog.Logger, m *metrics.Metrics) (*llm.Client, error) {
	cfg, on := llm.ConfigFromEnv(getenv)
	if !on {
		return nil, nil
	}
	if err := cfg.Validate(); err != nil {
		return nil, usageError("LLM configuration: %v", err)
	}
	cfg.Logger, cfg.Metrics = log, m
	return llm.New(cfg, deps), nil
}

// engineOptions turns the LLM on for the console commands when the
// environment configures one; the returned func releases it.
func engineOptions(e *env) (answer.Options, func(), error) {
	client, err := newLLM(e.getenv, llm.Deps{}, nil, nil)
	if err != nil || client == nil {
		return answer.Options{}, func() {}, err
	}
	return answer.Options{Summarizer: client}, client.Close, nil
}

// newEngine loads the knowledge (kb from kbFlag) and builds the engine with
// the LLM when configured; release frees the LLM client.
func newEngine(e *env, kb func() (*knowledge.Base, error)) (engine *answer.Engine, base *knowledge.Base, release func(), err error) {
	base, err = kb()
	if err != nil {
		return nil, nil, nil, err
	}
	opts, release, err := engineOptions(e)
	if err != nil {
		return nil, nil, nil, err
	}
	return answer.New(base, opts), base, release, nil
}
