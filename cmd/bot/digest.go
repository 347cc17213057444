package main

import (
	"context"
	"fmt"
	"log/slog"
	"time"

	"github.com/deepseek-story/bot/internal/digest"
)

// withServer builds the serve wiring (stores, engine, adapters; nothing
// started), runs fn, then closes what it opened.
func withServer(ctx context.Context, e *env, flagPath string, fn func(s *server) error) error {
	cfg, err := loadConfig(e.getenv)
	if err != nil {
		return checkFailed(err)
	}
	kb, err := loadKnowledge(e, flagPath)
	if err != nil {
		return err
	}
	// Logs go to stdout for serve; here stdout is the output, so only
	// warnings, on the same stream, prefixed by level.
	cfg.LogLevel = slog.LevelWarn
	s, err := newServer(ctx, cfg, e.getenv, kb, "", newLogger(cfg, e.stdout))
	if err != nil {
		return err
	}
	defer func() {
		for _, c := range s.closers {
			_ = c()
		}
	}()
	return fn(s)
}

// cmdDigest prints the digest that would be posted now (--print, the
// default), or posts it to every configured channel now (--post).
func cmdDigest(ctx context.Context, e *env, args []string) error {
	fs := newFlags("digest", e.stdout)
	flagPath := fs.String("kb", "", "knowledge file (default: $BOT_KNOWLEDGE, else knowledge.yaml)")
	fs.Bool("print", true, "print the digest as Markdown (the default)")
	post := fs.Bool("post", false, "post the digest to DIGEST_SLACK_CHANNELS and DIGEST_DISCORD_CHANNELS now")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	return withServer(ctx, e, *flagPath, func(s *server) error {
		if *post {
			if err := s.scheduler.PostNow(ctx); err != nil {
				return checkFailed(fmt.Errorf("post digest: %w", err))
			}
			fmt.Fprintln(e.stdout, "digest posted")
			return nil
		}
		d, err := s.digests.PreviewNow(ctx)
		if err != nil {
			return checkFailed(fmt.Errorf("build digest: %w", err))
		}
		fmt.Fprint(e.stdout, d.Markdown())
		return nil
	})
}

// cmdGaps prints what people asked that the story could not answer, as
// YAML fact stubs for curators.
func cmdGaps(ctx context.Context, e *env, args []string) error {
	fs := newFlags("gaps", e.stdout)
	flagPath := fs.String("kb", "", "knowledge file (default: $BOT_KNOWLEDGE, else knowledge.yaml)")
	since := fs.Duration("since", 30*24*time.Hour, "look at questions asked this long ago and since")
	low := fs.Float64("low-confidence", digest.DefaultLowConfidence, "answers under this confidence count as gaps too")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	return withServer(ctx, e, *flagPath, func(s *server) error {
		if s.state.log == nil {
			return checkFailed(fmt.Errorf("no question log"))
		}
		entries, err := s.state.log.Entries(ctx, time.Now().Add(-*since))
		if err != nil {
			return checkFailed(fmt.Errorf("read the question log: %w", err))
		}
		gaps := digest.Gaps(entries, *low)
		fmt.Fprintf(e.stdout, "# %d questions in the log since %s; %d gap groups, most asked first.\n",
			len(entries), time.Now().Add(-*since).Format(time.DateOnly), len(gaps))
		return digest.WriteGapsYAML(e.stdout, gaps)
	})
}
