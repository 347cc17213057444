// Package reload keeps the knowledge file in use up to date: it reloads on
// a change on disk (written in place or renamed over) and on SIGHUP, and
// swaps in the new fact base only when it loads, validates and passes its
// gate (the dev question set); otherwise the last good one keeps serving.
package reload

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"time"

	"github.com/fsnotify/fsnotify"

	"github.com/deepseek-story/bot/internal/knowledge"
	"github.com/deepseek-story/bot/internal/metrics"
)

// Watcher reloads one knowledge file.
type Watcher struct {
	// Path is the knowledge file.
	Path string
	// Gate checks a loaded base before it is used (nil: none).
	Gate func(ctx context.Context, kb *knowledge.Base) error
	// Swap puts a new base in use.
	Swap func(kb *knowledge.Base)
	// Signals delivers reload requests (SIGHUP); may be nil.
	Signals <-chan os.Signal
	// Debounce waits for writes to settle (default 250 ms).
	Debounce time.Duration
	Logger   *slog.Logger
	Metrics  *metrics.Metrics
}

// Reload loads, validates and gates the file, and swaps it in if all pass.
// Every problem is logged with its position.
func (w *Watcher) Reload(ctx context.Context) error {
	log := w.logger()
	kb, err := knowledge.Load(w.Path)
	if err == nil && w.Gate != nil {
		if gerr := w.Gate(ctx, kb); gerr != nil {
			err = fmt.Errorf("the new knowledge fails its dev question set: %w", gerr)
		}
	}
	if err != nil {
		w.count("rejected")
		var ps knowledge.Problems
		if errors.As(err, &ps) {
			for _, p := range ps {
				log.Error("knowledge reload rejected; keeping the last good file", "problem", p.String())
			}
		} else {
			log.Error("knowledge reload rejected; keeping the last good file", "err", err)
		}
		return fmt.Errorf("reload %s: %w", w.Path, err)
	}
	w.Swap(kb)
	w.count("ok")
	if w.Metrics != nil {
		w.Metrics.KnowledgeFacts.Set(float64(len(kb.Facts)))
	}
	log.Info("knowledge reloaded", "file", w.Path, "version", kb.Version, "facts", len(kb.Facts))
	return nil
}

// Run watches the file and the signals until ctx ends.
func (w *Watcher) Run(ctx context.Context) error {
	fw, err := fsnotify.NewWatcher()
	if err != nil {
		return fmt.Errorf("watch knowledge: %w", err)
	}
	defer fw.Close()
	// Watch the directory: editors and deploys replace the file by rename.
	dir := filepath.Dir(w.Path)
	if err := fw.Add(dir); err != nil {
		return fmt.Errorf("watch knowledge directory %s: %w", dir, err)
	}
	debounce := w.Debounce
	if debounce <= 0 {
		debounce = 250 * time.Millisecond
	}
	name := filepath.Clean(w.Path)
	timer := time.NewTimer(time.Hour)
	timer.Stop()
	defer timer.Stop()
	for {
		select {
		case <-ctx.Done():
			return nil
		case ev, ok := <-fw.Events:
			if !ok {
				return nil
			}
			if filepath.Clean(ev.Name) == name && ev.Op&(fsnotify.Write|fsnotify.Create|fsnotify.Rename) != 0 {
				timer.Reset(debounce)
			}
		case err, ok := <-fw.Errors:
			if !ok {
				return nil
			}
			w.logger().Warn("knowledge watch error", "err", err)
		case <-w.Signals:
			_ = w.Reload(ctx)
		case <-timer.C:
			if _, err := os.Stat(w.Path); err != nil {
				continue // mid-rename; the Create that follows reloads
			}
			_ = w.Reload(ctx)
		}
	}
}

func (w *Watcher) count(result string) {
	if w.Metrics != nil {
		w.Metrics.Reloads.WithLabelValues(result).Inc()
	}
}

func (w *Watcher) logger() *slog.Logger {
	if w.Logger == nil {
		return slog.New(slog.DiscardHandler)
	}
	return w.Logger.With("component", "reload")
}
