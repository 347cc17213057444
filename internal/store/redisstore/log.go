package redisstore

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"sync"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/deepseek-story/bot/internal/answer"
	"github.com/deepseek-story/bot/internal/store"
)

// Kinds of log records.
const (
	kindQuestion = "q"
	kindFeedback = "f"
)

const (
	// streamField is the one field of each stream message: the record as JSON.
	streamField = "r"
	// readPage is how many stream messages one XRANGE reads.
	readPage = 1000
	// flushBatch is how many records one pipelined write sends.
	flushBatch = 256
	// clockSkew is how far before `since` Entries starts reading the
	// stream: stream ids carry Redis's clock, entries their replica's.
	clockSkew = time.Minute
)

// record is one message of the question log stream: a question (an Entry)
// or a feedback vote on one. Users are only ever kept as salted hashes.
type record struct {
	ID         string    `json:"id"`
	Kind       string    `json:"kind"`
	Time       time.Time `json:"time"`
	Platform   string    `json:"platform,omitempty"`
	Channel    string    `json:"channel,omitempty"`
	UserHash   string    `json:"user_hash,omitempty"`
	Question   string    `json:"question,omitempty"`
	Intent     string    `json:"intent,omitempty"`
	Answered   bool      `json:"answered,omitempty"`
	Confidence float64   `json:"confidence,omitempty"`
	FactIDs    []string  `json:"fact_ids,omitempty"`
	Vote       int       `json:"vote,omitempty"`
}

func (r record) entry() store.Entry {
	return store.Entry{
		Time: r.Time, Platform: r.Platform, Channel: r.Channel, UserHash: r.UserHash,
		Question: r.Question, Intent: answer.Intent(r.Intent), Answered: r.Answered,
		Confidence: r.Confidence, FactIDs: r.FactIDs, Vote: answer.Vote(r.Vote),
	}
}

// localRecord is a record this process logged, with whether it is in Redis yet.
type localRecord struct {
	rec        record
	flushed    bool
	failedOver bool // counted once in RedisErrors{op="log"}
}

// questionLog writes log records to the Redis stream from one goroutine,
// in order, and keeps this process's recent records: the unwritten ones
// until Redis takes them, and the last LocalLog ones to answer Entries
// while Redis is away.
type questionLog struct {
	s     *Store
	queue chan *localRecord
	wakeC chan struct{}

	mu      sync.Mutex
	recent  []*localRecord // ring of the last LocalLog records
	next    int            // where the ring writes next
	pending []*localRecord // not yet in Redis, oldest first
}

func newQuestionLog(s *Store) *questionLog {
	return &questionLog{
		s:     s,
		queue: make(chan *localRecord, s.opts.LogQueue),
		wakeC: make(chan struct{}, 1),
	}
}

// Log adds e to the shared question log (a Redis stream capped at about
// 100,000 entries). It never waits on Redis: the entry is queued and
// written in the background; when the queue is full the entry is dropped
// and counted (Metrics.LogDropped). It fails only after Close.
func (s *Store) Log(_ context.Context, e store.Entry) error {
	id, err := randomHex(8)
	if err != nil {
		return fmt.Errorf("log question: %w", err)
	}
	if e.Time.IsZero() {
		e.Time = time.Now()
	}
	return s.qlog.enqueue(record{
		ID: id, Kind: kindQuestion, Time: e.Time.UTC(), Platform: e.Platform, Channel: e.Channel,
		UserHash: e.UserHash, Question: e.Question, Intent: string(e.Intent), Answered: e.Answered,
		Confidence: e.Confidence, FactIDs: slices.Clone(e.FactIDs), Vote: int(e.Vote),
	})
}

// RecordFeedback adds a vote to the question log; Entries applies it to
// the entry it was cast on. The user is kept only as a hash (Salt). Like
// Log it never waits on Redis.
func (s *Store) RecordFeedback(_ context.Context, fb answer.Feedback) error {
	id, err := randomHex(8)
	if err != nil {
		return fmt.Errorf("record feedback: %w", err)
	}
	if fb.Time.IsZero() {
		fb.Time = time.Now()
	}
	return s.qlog.enqueue(record{
		ID: id, Kind: kindFeedback, Time: fb.Time.UTC(), Platform: fb.Platform, Channel: fb.Channel,
		UserHash: store.HashUser(s.Salt(), fb.Platform, fb.User), Question: fb.Question,
		FactIDs: slices.Clone(fb.FactIDs), Vote: int(fb.Vote),
	})
}

// errClosed is returned by Log and RecordFeedback after Close.
var errClosed = errors.New("question log: store closed")

func (q *questionLog) enqueue(r record) error {
	q.s.closeMu.RLock()
	defer q.s.closeMu.RUnlock()
	if q.s.closed {
		return errClosed
	}
	select {
	case q.queue <- &localRecord{rec: r}:
	default:
		if m := q.s.opts.Metrics; m != nil {
			m.LogDropped.Inc()
		}
		q.s.warn.Do(func() { q.s.log.Warn("question log queue full; entry dropped") })
	}
	return nil
}

// wake asks the writer to write what is pending (Redis is back).
func (q *questionLog) wake() {
	select {
	case q.wakeC <- struct{}{}:
	default:
	}
}

// run is the writer. It returns after Close, once what was queued has been
// written (or given up on after FlushTimeout).
func (q *questionLog) run() {
	defer q.s.wg.Done()
	ticker := time.NewTicker(time.Second)
	defer ticker.Stop()
	for {
		select {
		case r := <-q.queue:
			q.add(r)
			q.drainQueue(flushBatch)
			q.flush()
		case <-q.wakeC:
			q.flush()
		case <-ticker.C:
			q.flush()
		case <-q.s.done:
			q.drainQueue(-1)
			q.flush()
			q.mu.Lock()
			lost := len(q.pending)
			q.mu.Unlock()
			if lost > 0 {
				q.s.log.Warn("question log records not written to redis at close", "records", lost)
			}
			return
		}
	}
}

// drainQueue adds up to n queued records without waiting (n < 0: all).
func (q *questionLog) drainQueue(n int) {
	for i := 0; n < 0 || i < n; i++ {
		select {
		case r := <-q.queue:
			q.add(r)
		default:
			return
		}
	}
}

// add keeps r locally, pending until it is written to Redis.
func (q *questionLog) add(r *localRecord) {
	if !q.s.Healthy() {
		r.failedOver = true
		q.s.countFallback("log", 1)
	}
	limit := q.s.opts.LocalLog
	q.mu.Lock()
	defer q.mu.Unlock()
	if len(q.recent) < limit {
		q.recent = append(q.recent, r)
	} else {
		q.recent[q.next] = r
	}
	q.next = (q.next + 1) % limit
	if len(q.pending) >= limit {
		// Redis has been away for a long time: drop the oldest.
		if m := q.s.opts.Metrics; m != nil {
			m.LogDropped.Inc()
		}
		q.pending[0] = nil
		q.pending = q.pending[1:]
	}
	q.pending = append(q.pending, r)
}

// flush writes the pending records to the stream, in order, while Redis
// is healthy and takes them.
func (q *questionLog) flush() {
	for q.s.Healthy() {
		q.mu.Lock()
		batch := slices.Clone(q.pending[:min(len(q.pending), flushBatch)])
		q.mu.Unlock()
		if len(batch) == 0 {
			return
		}
		if err := q.write(batch); err != nil {
			n := 0
			q.mu.Lock()
			for _, r := range batch {
				if !r.flushed && !r.failedOver {
					r.failedOver = true
					n++
				}
			}
			q.mu.Unlock()
			q.s.countFallback("log", n)
			q.s.log.Debug("question log write failed", "err", err)
			q.s.warn.Do(func() { q.s.log.Warn("writing the question log to redis failed; kept locally", "err", err) })
			q.s.markUnhealthy()
			return
		}
	}
}

// write sends batch in one pipeline and marks what Redis took as flushed.
func (q *questionLog) write(batch []*localRecord) error {
	ctx, cancel := context.WithTimeout(context.Background(), q.s.opts.FlushTimeout)
	defer cancel()
	stream := q.s.key("log")
	cmds := make([]*redis.StringCmd, len(batch))
	pipe := q.s.rdb.Pipeline()
	for i, r := range batch {
		raw, err := json.Marshal(r.rec)
		if err != nil {
			// Cannot happen for these field types; never retry it.
			q.s.log.Debug("unencodable log record dropped", "err", err)
			continue
		}
		cmds[i] = pipe.XAdd(ctx, &redis.XAddArgs{
			Stream: stream, MaxLen: StreamMaxLen, Approx: true,
			Values: []string{streamField, string(raw)},
		})
	}
	_, err := pipe.Exec(ctx)

	q.mu.Lock()
	defer q.mu.Unlock()
	written := 0
	for i, c := range cmds {
		if c == nil || c.Err() == nil {
			batch[i].flushed = true
			written++
		}
	}
	// Keep what Redis did not take, in order, for the next try.
	keep := q.pending[:0]
	for _, r := range q.pending {
		if !r.flushed {
			keep = append(keep, r)
		}
	}
	clear(q.pending[len(keep):])
	q.pending = keep
	if err != nil {
		return fmt.Errorf("write %d log records (%d taken): %w", len(batch), written, err)
	}
	return nil
}

// localRecords returns this process's records at or after since (minus the
// clock skew allowance): all it keeps, or only those not yet in Redis.
func (q *questionLog) localRecords(since time.Time, pendingOnly bool) []record {
	q.mu.Lock()
	defer q.mu.Unlock()
	from := q.recent
	if pendingOnly {
		from = q.pending
	}
	cut := since.Add(-clockSkew)
	var out []record
	for _, r := range from {
		if since.IsZero() || !r.rec.Time.Before(cut) {
			out = append(out, r.rec)
		}
	}
	return out
}

// Entries returns the questions logged since the given time by every
// replica, oldest first, each with the last vote cast on it. While Redis
// is unreachable it returns this process's recent questions. It reads the
// stream within Options.ScanTimeout and never fails: the error is always
// nil.
func (s *Store) Entries(ctx context.Context, since time.Time) ([]store.Entry, error) {
	if s.useRedis("entries") {
		// Local first: a record written between the two reads then shows
		// up twice (and is deduplicated), never not at all.
		local := s.qlog.localRecords(since, true)
		sctx, cancel := context.WithTimeout(ctx, s.opts.ScanTimeout)
		shared, err := s.readStream(sctx, since)
		cancel()
		if err == nil {
			s.succeeded()
			return assemble(append(shared, local...), since), nil
		}
		s.failed(ctx, "entries", err)
	}
	return assemble(s.qlog.localRecords(since, false), since), nil
}

// readStream reads the records from the stream, from since minus the
// clock skew allowance, page by page.
func (s *Store) readStream(ctx context.Context, since time.Time) ([]record, error) {
	stream := s.key("log")
	start := "-"
	if !since.IsZero() {
		start = strconv.FormatInt(max(0, since.Add(-clockSkew).UnixMilli()), 10) + "-0"
	}
	var out []record
	for {
		msgs, err := s.rdb.XRangeN(ctx, stream, start, "+", readPage).Result()
		if err != nil {
			return nil, fmt.Errorf("read question log from %s: %w", start, err)
		}
		for _, m := range msgs {
			raw, _ := m.Values[streamField].(string)
			var r record
			if err := json.Unmarshal([]byte(raw), &r); err != nil || r.ID == "" {
				s.log.Debug("unreadable question log record skipped", "id", m.ID)
				continue
			}
			out = append(out, r)
		}
		if len(msgs) < readPage {
			return out, nil
		}
		start = "(" + msgs[len(msgs)-1].ID
	}
}

// assemble turns records into entries at or after since, oldest first,
// with votes applied: a vote goes to the latest entry with the same
// platform, channel and question asked at or before it (by the voter if
// they asked it, else by anyone; else, clocks being skewed, the earliest
// one after it). Later votes replace earlier ones. Records seen twice
// count once.
func assemble(recs []record, since time.Time) []store.Entry {
	seen := make(map[string]bool, len(recs))
	var questions, votes []record
	for _, r := range recs {
		if seen[r.ID] {
			continue
		}
		seen[r.ID] = true
		switch r.Kind {
		case kindQuestion:
			if !r.Time.Before(since) {
				questions = append(questions, r)
			}
		case kindFeedback:
			votes = append(votes, r)
		}
	}
	byTime := func(a, b record) int { return a.Time.Compare(b.Time) }
	slices.SortStableFunc(questions, byTime)
	slices.SortStableFunc(votes, byTime)

	type target struct{ platform, channel, question string }
	asked := make(map[target][]int) // indexes into questions, oldest first
	for i, q := range questions {
		t := target{q.Platform, q.Channel, q.Question}
		asked[t] = append(asked[t], i)
	}
	for _, v := range votes {
		idx := asked[target{v.Platform, v.Channel, v.Question}]
		if len(idx) == 0 {
			continue
		}
		if i := votedOn(questions, idx, v); i >= 0 {
			questions[i].Vote = v.Vote
		}
	}

	out := make([]store.Entry, len(questions))
	for i, q := range questions {
		out[i] = q.entry()
	}
	return out
}

// votedOn picks the entry vote v was cast on among the candidates idx
// (oldest first): the voter's latest one before the vote, else anyone's
// latest before it, else the earliest after it.
func votedOn(questions []record, idx []int, v record) int {
	anyone := -1
	for _, i := range slices.Backward(idx) {
		q := questions[i]
		if q.Time.After(v.Time) {
			continue
		}
		if v.UserHash != "" && q.UserHash == v.UserHash {
			return i
		}
		if anyone < 0 {
			anyone = i
		}
	}
	if anyone >= 0 {
		return anyone
	}
	return idx[0]
}
