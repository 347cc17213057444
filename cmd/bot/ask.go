package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"runtime"
	"runtime/debug"
	"strings"
	"sync"

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
	// One question or a stream, ask is a short-lived process: loading the
	// fact base and its languages allocates a few megabytes that stay
	// alive, and collecting while they are built is wasted work.
	defer batchGC(e.getenv)()
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

// askStream answers one question a line, writing the answers in input
// order. Lines are answered in parallel, in batches (they are
// independent: no conversation), and output is flushed whenever the bot
// is about to wait for more input, once every answer to the lines before
// has been written: someone who types a question sees its answer at once,
// and a piped batch is written in large chunks instead of one write per
// line.
func askStream(ctx context.Context, engine *answer.Engine, in io.Reader, out io.Writer, asJSON bool) error {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	// Twice as many workers as processors: a worker that waits (for its
	// next batch, for a lock) leaves another to run, not an idle
	// processor. (Measured: 4,000 lines about 8% sooner on two cores.)
	workers := 2 * runtime.GOMAXPROCS(0)
	jobs := make(chan *streamItem, 2*workers)
	// order holds the batches read and flush marks, in input order; it
	// bounds how far reading runs ahead of writing.
	order := make(chan *streamItem, 8*workers)
	var wg sync.WaitGroup
	for range workers {
		wg.Go(func() {
			for it := range jobs {
				it.out = outBufs.Get().(*bytes.Buffer)
				for _, line := range it.lines {
					if it.err = renderAnswer(ctx, it.out, engine, line, asJSON); it.err != nil {
						break
					}
				}
				close(it.done)
			}
		})
	}
	written := make(chan error, 1)
	go func() { written <- writeInOrder(order, out, cancel) }()

	send := func(it *streamItem, ch chan<- *streamItem) bool {
		select {
		case ch <- it:
			return true
		case <-ctx.Done():
			return false
		}
	}
	var batch *streamItem // lines read, not yet handed to the workers
	dispatch := func() bool {
		it := batch
		batch = nil
		// To the workers first: a batch the writer waits for is always
		// answered.
		return it == nil || send(it, jobs) && send(it, order)
	}
	// The scanner reads from in only when it holds no whole line: then
	// everything read so far gets answered and written out before it may
	// block.
	sc := bufio.NewScanner(readerFunc(func(p []byte) (int, error) {
		if !dispatch() || !send(&streamItem{flush: true}, order) {
			return 0, ctx.Err()
		}
		return in.Read(p)
	}))
	sc.Buffer(make([]byte, 64*1024), 1024*1024)
	for sc.Scan() {
		line := sc.Text()
		if strings.TrimSpace(line) == "" {
			continue
		}
		if batch == nil {
			batch = &streamItem{lines: make([]string, 0, streamBatch), done: make(chan struct{})}
		}
		batch.lines = append(batch.lines, line)
		if len(batch.lines) == streamBatch && !dispatch() {
			break
		}
	}
	dispatch()
	close(jobs)
	close(order)
	werr := <-written
	wg.Wait()
	switch {
	case werr != nil:
		return werr
	case ctx.Err() != nil:
		return fmt.Errorf("answer: %w", ctx.Err())
	case sc.Err() != nil:
		return usageError("read questions: %v", sc.Err())
	}
	return nil
}

// streamBatch is how many lines a worker takes at a time: handing over
// costs more than answering when done line by line.
const streamBatch = 16

// streamItem is a batch of lines to answer and, once done is closed,
// their rendered answers; or, with flush set, a mark to flush what was
// written before it.
type streamItem struct {
	lines []string
	flush bool
	done  chan struct{}
	out   *bytes.Buffer // from outBufs; back to it once written
	err   error
}

// outBufs holds the buffers answers are rendered into.
var outBufs = sync.Pool{New: func() any { return new(bytes.Buffer) }}

// writeInOrder writes the answers of the items from order as each is
// ready, flushing at each flush mark and at the end; on an error it
// cancels the stream and returns it.
func writeInOrder(order <-chan *streamItem, out io.Writer, cancel func()) error {
	w := bufio.NewWriterSize(out, 64*1024)
	for it := range order {
		var err error
		if it.flush {
			err = w.Flush()
		} else {
			<-it.done
			if it.err != nil {
				cancel()
				return it.err
			}
			_, err = w.Write(it.out.Bytes())
			it.out.Reset()
			outBufs.Put(it.out)
		}
		if err != nil {
			cancel()
			return fmt.Errorf("write answer: %w", err)
		}
	}
	if err := w.Flush(); err != nil {
		return fmt.Errorf("write answer: %w", err)
	}
	return nil
}

// renderAnswer answers one line and renders it into buf as askStream
// writes it.
func renderAnswer(ctx context.Context, buf *bytes.Buffer, engine *answer.Engine, line string, asJSON bool) error {
	r, err := engine.Answer(ctx, answer.Question{Text: line, Platform: "cli"})
	if err != nil {
		return err
	}
	if asJSON {
		return appendReplyJSON(buf, r)
	}
	printReply(buf, r)
	return nil
}

// appendReplyJSON writes r to buf as writeJSON does, without the
// encoder's reflection (answer.Reply.AppendJSON).
func appendReplyJSON(buf *bytes.Buffer, r answer.Reply) error {
	b, err := r.AppendJSON(buf.AvailableBuffer())
	if err != nil {
		return writeJSON(buf, r) // and its error
	}
	buf.Write(b)
	return nil
}

// batchMemoryLimit is the heap a stream of questions may grow to before
// the garbage collector runs.
const batchMemoryLimit = 64 << 20

// batchGC tunes the garbage collector for bot ask, unless GOGC or
// GOMEMLIMIT says otherwise: loading builds tables that stay alive, and a
// stream of questions keeps little alive but allocates steadily; the
// default (collect whenever the small heap doubles) spends a third of the
// CPU collecting. It collects instead when the heap reaches
// batchMemoryLimit. The returned function restores the settings.
func batchGC(getenv func(string) string) (restore func()) {
	if getenv("GOGC") != "" || getenv("GOMEMLIMIT") != "" {
		return func() {}
	}
	percent := debug.SetGCPercent(-1)
	limit := debug.SetMemoryLimit(batchMemoryLimit)
	return func() {
		debug.SetGCPercent(percent)
		debug.SetMemoryLimit(limit)
	}
}

// readerFunc is an io.Reader made of a function.
type readerFunc func(p []byte) (int, error)

func (f readerFunc) Read(p []byte) (int, error) { return f(p) }

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
