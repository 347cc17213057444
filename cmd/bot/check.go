package main

import (
	"context"

	"errors"
	"fmt"
	bot "github.com/deepseek-story/bot"
	"os"

	"github.com/deepseek-story/bot/internal/answer"
	"github.com/deepseek-story/bot/internal/eval"
	"github.com/deepseek-story/bot/internal/knowledge"
)

// cmdValidate reports every problem of the knowledge file; exit 1 if any.
func cmdValidate(_ context.Context, e *env, args []string) error {
	fs := newFlags("validate", e.stdout)
	flagPath := fs.String("kb", "", "knowledge file (default: $BOT_KNOWLEDGE, else knowledge.yaml)")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	path, explicit := knowledgePath(e, *flagPath)
	kb, err := knowledge.Load(path)
	if err != nil && !explicit && errors.Is(err, os.ErrNotExist) {
		path = embeddedName
		kb, err = knowledge.Parse(path, bot.DefaultKnowledge)
	}
	var ps knowledge.Problems
	switch {
	case errors.As(err, &ps):
		for _, p := range ps {
			fmt.Fprintln(e.stdout, p)
		}
		return checkFailed(fmt.Errorf("%s: %d problem(s)", path, len(ps)))
	case errors.Is(err, os.ErrNotExist):
		return usageError("%v", err)
	case err != nil:
		return usageError("%v", err)
	}
	fmt.Fprintf(e.stdout, "%s: ok (%d facts, %d entities, version %s)\n", path, len(kb.Facts), len(kb.Entities), kb.Version)
	return nil
}

// cmdEval runs a question set and checks the figures against floors.
func cmdEval(ctx context.Context, e *env, args []string) error {
	fs := newFlags("eval", e.stdout)
	kb := kbFlag(fs, e)
	minInScope := fs.Float64("min-in-scope", 0, "fail under this in-scope accuracy (0..1)")
	minNear := fs.Float64("min-near", 0, "fail under this near-miss abstention (0..1)")
	minFar := fs.Float64("min-far", 0, "fail under this far abstention (0..1)")
	coverage := fs.Float64("coverage", 0, "answer only above this coverage (default: the engine's)")
	score := fs.Float64("score", 0, "answer only above this score (default: the engine's)")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		return usageError("eval: give one question set file")
	}
	set, err := eval.Load(fs.Arg(0))
	if err != nil {
		return usageError("%v", err)
	}
	base, err := kb()
	if err != nil {
		return err
	}
	res, err := eval.Run(ctx, answer.New(base, answer.Options{MinCoverage: *coverage, MinScore: *score}), set, "eval")
	if err != nil {
		return err
	}
	res.Report(e.stdout)
	var failed []string
	if res.InScopeAccuracy() < *minInScope {
		failed = append(failed, fmt.Sprintf("in-scope accuracy %.3f < %.3f", res.InScopeAccuracy(), *minInScope))
	}
	if res.NearAbstention() < *minNear {
		failed = append(failed, fmt.Sprintf("near-miss abstention %.3f < %.3f", res.NearAbstention(), *minNear))
	}
	if res.FarAbstention() < *minFar {
		failed = append(failed, fmt.Sprintf("far abstention %.3f < %.3f", res.FarAbstention(), *minFar))
	}
	if len(failed) > 0 {
		return checkFailed(fmt.Errorf("under the floors: %v", failed))
	}
	return nil
}
