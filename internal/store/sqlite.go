package store

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"math"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	sqlite "modernc.org/sqlite"

	"github.com/deepseek-story/bot/internal/answer"
	"github.com/deepseek-story/bot/internal/knowledge"
	"github.com/deepseek-story/bot/internal/metrics"
)

// SQLiteFile is the name of the embedded database in the data directory.
const SQLiteFile = "bot.db"

// Defaults of SQLiteOptions.
const (
	DefaultRetention = 90 * 24 * time.Hour
	DefaultQueueSize = 1024
)

const (
	// maxBatch is how many queued writes one transaction takes.
	maxBatch = 256
	// purgeEvery is how often old entries and expired claims are deleted.
	purgeEvery = 24 * time.Hour
	// busyTimeoutMillis is how long a statement waits for another
	// connection's (or process's) write lock.
	busyTimeoutMillis = 5000
	// feedbackWindow is how far back a vote looks for the question it is on.
	feedbackWindow = 24 * time.Hour
	// feedbackSkew allows an entry logged a little after the vote's time
	// (clocks of different processes).
	feedbackSkew = time.Minute
	// dropWarnEvery spaces out the warnings about a full queue.
	dropWarnEvery = time.Minute
)

// SQLiteOptions tune the embedded store. The zero value is usable.
type SQLiteOptions struct {
	// Retention is how long question log entries are kept (default 90
	// days); a negative value keeps them forever.
	Retention time.Duration
	// QueueSize bounds the writes waiting for the writer (default 1024);
	// Log drops entries when it is full.
	QueueSize int
	// Logger gets the store's own log lines (default: discarded).
	Logger *slog.Logger
	// Metrics, when set, counts dropped entries (LogDropped).
	Metrics *metrics.Metrics
	// Now is the clock for retention and claim expiry (default time.Now).
	Now func() time.Time
}

// SQLite is the embedded store in BOT_DATA_DIR: the question log with its
// votes, once-only claims (digest slots) and digest rotation state, in one
// SQLite database (pure Go, no cgo) in WAL mode. Log never blocks: entries
// go through a bounded queue to one writer goroutine that writes them in
// batches. It is safe for concurrent use; Close it once.
type SQLite struct {
	db      *sql.DB
	path    string
	salt    string
	opts    SQLiteOptions
	log     *slog.Logger
	metrics *metrics.Metrics

	queue      chan writeOp
	quit       chan struct{} // closed by Close: drain and stop
	writerDone chan struct{} // closed when the writer has written its last batch
	closed     atomic.Bool
	closeOnce  sync.Once
	closeErr   error
	lastWarn   atomic.Int64 // unix seconds of the last "queue full" warning

	// beforeWrite, when set (tests), runs in the writer before each batch.
	beforeWrite func()
}

// writeOp is one queued write: a question log entry, a vote, or (neither)
// a barrier that reports once everything queued before it is written.
type writeOp struct {
	entry    *Entry
	feedback *feedbackRow
	done     chan error // buffered; nil for entries
}

// feedbackRow is a vote ready for the database: the user already hashed.
type feedbackRow struct {
	time     time.Time
	platform string
	channel  string
	userHash string
	question string
	key      string
	factIDs  []string
	vote     answer.Vote
}

// ErrClosed is returned by the store's methods after Close.
var ErrClosed = errors.New("store: closed")

// migration is one step of the schema; the schema_version table records
// how many have been applied. Append new steps; never edit applied ones.
type migration struct {
	name string
	sql  string
}

// sqliteMigrations is the ordered schema history of bot.db.
var sqliteMigrations = []migration{
	{name: "question log", sql: `
CREATE TABLE entries (
	id            INTEGER PRIMARY KEY,
	time          INTEGER NOT NULL,            -- unix nanoseconds, UTC
	platform      TEXT    NOT NULL DEFAULT '',
	channel       TEXT    NOT NULL DEFAULT '',
	user_hash     TEXT    NOT NULL DEFAULT '', -- salted hash, never the raw id
	question      TEXT    NOT NULL DEFAULT '',
	question_key  TEXT    NOT NULL DEFAULT '', -- normalised question, to match votes
	intent        TEXT    NOT NULL DEFAULT '',
	answered      INTEGER NOT NULL DEFAULT 0,
	confidence    REAL    NOT NULL DEFAULT 0,
	fact_ids      TEXT    NOT NULL DEFAULT '[]',
	vote          INTEGER NOT NULL DEFAULT 0,
	feedback_only INTEGER NOT NULL DEFAULT 0   -- a vote whose question was not found
);
CREATE INDEX entries_time ON entries(time);
CREATE INDEX entries_asker ON entries(platform, channel, user_hash, question_key, time);
`},
	{name: "claims, digest rotation, settings", sql: `
CREATE TABLE claims (
	key     TEXT PRIMARY KEY,
	expires INTEGER NOT NULL                   -- unix nanoseconds
) WITHOUT ROWID;
CREATE INDEX claims_expires ON claims(expires);
CREATE TABLE shown_facts (
	key      TEXT PRIMARY KEY,
	fact_ids TEXT NOT NULL,
	updated  INTEGER NOT NULL
) WITHOUT ROWID;
CREATE TABLE settings (
	name  TEXT PRIMARY KEY,
	value TEXT NOT NULL
) WITHOUT ROWID;
`},
}

// OpenSQLite opens (creating it and dir if needed) dir/bot.db, brings its
// schema up to date, purges entries past retention and starts the
// writer. A database that is corrupt, not a database, written by a newer
// bot, or not writable is an error naming the file.
func OpenSQLite(ctx context.Context, dir string, opts SQLiteOptions) (*SQLite, error) {
	if opts.Retention == 0 {
		opts.Retention = DefaultRetention
	}
	if opts.QueueSize <= 0 {
		opts.QueueSize = DefaultQueueSize
	}
	if opts.Now == nil {
		opts.Now = time.Now
	}
	logger := opts.Logger
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	if dir == "" {
		dir = "."
	}
	if abs, err := filepath.Abs(dir); err == nil {
		dir = abs
	}
	path := filepath.Join(dir, SQLiteFile)
	if err := os.MkdirAll(dir, 0o750); err != nil {
		return nil, fmt.Errorf("open store %s: create data directory: %w", path, err)
	}
	if info, err := os.Stat(path); err == nil && !info.Mode().IsRegular() {
		return nil, fmt.Errorf("open store %s: not a regular file", path)
	}

	db, err := sql.Open("sqlite", sqliteDSN(path))
	if err != nil {
		return nil, fmt.Errorf("open store %s: %w", path, err)
	}
	db.SetMaxOpenConns(4)
	db.SetMaxIdleConns(4)
	s := &SQLite{
		db: db, path: path, opts: opts, metrics: opts.Metrics,
		log:        logger.With("component", "store", "file", path),
		queue:      make(chan writeOp, opts.QueueSize),
		quit:       make(chan struct{}),
		writerDone: make(chan struct{}),
	}
	if err := s.prepare(ctx); err != nil {
		_ = db.Close()
		return nil, describeOpenError(path, err)
	}
	go s.writer()
	return s, nil
}

// sqliteDSN is the driver's name for path: WAL, a busy timeout, and
// write transactions that take the write lock at BEGIN (no upgrade
// deadlocks between connections).
func sqliteDSN(path string) string {
	q := url.Values{}
	q.Set("_busy_timeout", fmt.Sprint(busyTimeoutMillis))
	q.Set("_journal_mode", "WAL")
	q.Set("_synchronous", "NORMAL")
	q.Set("_txlock", "immediate")
	return "file:" + (&url.URL{Path: filepath.ToSlash(path)}).EscapedPath() + "?" + q.Encode()
}

// describeOpenError names the file and says what to do about the usual
// failures.
func describeOpenError(path string, err error) error {
	var serr *sqlite.Error
	if errors.As(err, &serr) {
		switch serr.Code() & 0xff {
		case 11, 26: // SQLITE_CORRUPT, SQLITE_NOTADB
			return fmt.Errorf("open store %s: the file is corrupt or not a SQLite database (move it aside to start afresh): %w", path, err)
		case 8, 14, 23: // SQLITE_READONLY, SQLITE_CANTOPEN, SQLITE_AUTH
			return fmt.Errorf("open store %s: cannot write the database (check the directory and file permissions): %w", path, err)
		}
	}
	return fmt.Errorf("open store %s: %w", path, err)
}

// prepare checks the file, migrates the schema, loads the salt and
// purges old rows; every step needs to read and write the file, so a
// bad one fails here rather than mid-conversation.
func (s *SQLite) prepare(ctx context.Context) error {
	if err := s.db.PingContext(ctx); err != nil {
		return err
	}
	if err := s.quickCheck(ctx); err != nil {
		return err
	}
	if err := s.migrate(ctx); err != nil {
		return err
	}
	salt, err := s.loadSalt(ctx)
	if err != nil {
		return err
	}
	s.salt = salt
	return s.purge(ctx)
}

// quickCheck runs SQLite's integrity check (without the slow index
// comparison).
func (s *SQLite) quickCheck(ctx context.Context) error {
	rows, err := s.db.QueryContext(ctx, "PRAGMA quick_check(3)")
	if err != nil {
		return err
	}
	defer rows.Close()
	var problems []string
	for rows.Next() {
		var line string
		if err := rows.Scan(&line); err != nil {
			return err
		}
		for l := range strings.Lines(line) {
			if l = strings.TrimSpace(l); l != "ok" && l != "" && !strings.HasPrefix(l, "***") {
				problems = append(problems, l)
			}
		}
	}
	if err := rows.Err(); err != nil {
		return err
	}
	if len(problems) > 0 {
		if len(problems) > 3 {
			problems = append(problems[:3], "...")
		}
		return fmt.Errorf("the file is corrupt (move it aside to start afresh): integrity check: %s", strings.Join(problems, "; "))
	}
	return nil
}

// migrate applies the migrations the database has not seen, each in its
// own transaction with the version it brings.
func (s *SQLite) migrate(ctx context.Context) error {
	if _, err := s.db.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)`); err != nil {
		return fmt.Errorf("create schema_version: %w", err)
	}
	for {
		done, err := s.migrateOne(ctx)
		if err != nil {
			return err
		}
		if done {
			return nil
		}
	}
}

// migrateOne applies the next migration, if any; done reports there was
// none left.
func (s *SQLite) migrateOne(ctx context.Context) (done bool, err error) {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return false, fmt.Errorf("begin migration: %w", err)
	}
	defer func() { _ = tx.Rollback() }()
	var version int
	switch err := tx.QueryRowContext(ctx, `SELECT version FROM schema_version`).Scan(&version); {
	case errors.Is(err, sql.ErrNoRows):
		if _, err := tx.ExecContext(ctx, `INSERT INTO schema_version (version) VALUES (0)`); err != nil {
			return false, fmt.Errorf("initialise schema_version: %w", err)
		}
	case err != nil:
		return false, fmt.Errorf("read schema_version: %w", err)
	}
	switch {
	case version > len(sqliteMigrations):
		return false, fmt.Errorf("schema version %d is newer than this bot knows (%d): it was written by a newer bot", version, len(sqliteMigrations))
	case version == len(sqliteMigrations):
		return true, tx.Commit()
	}
	m := sqliteMigrations[version]
	if _, err := tx.ExecContext(ctx, m.sql); err != nil {
		return false, fmt.Errorf("migration %d (%s): %w", version+1, m.name, err)
	}
	if _, err := tx.ExecContext(ctx, `UPDATE schema_version SET version = ?`, version+1); err != nil {
		return false, fmt.Errorf("migration %d (%s): record version: %w", version+1, m.name, err)
	}
	if err := tx.Commit(); err != nil {
		return false, fmt.Errorf("migration %d (%s): commit: %w", version+1, m.name, err)
	}
	s.log.Info("store schema migrated", "version", version+1, "migration", m.name)
	return false, nil
}

// loadSalt returns the installation's salt, creating it on first open.
func (s *SQLite) loadSalt(ctx context.Context) (string, error) {
	var b [16]byte
	if _, err := rand.Read(b[:]); err != nil {
		return "", fmt.Errorf("create salt: %w", err)
	}
	if _, err := s.db.ExecContext(ctx, `INSERT OR IGNORE INTO settings (name, value) VALUES ('salt', ?)`, hex.EncodeToString(b[:])); err != nil {
		return "", fmt.Errorf("store salt: %w", err)
	}
	var salt string
	if err := s.db.QueryRowContext(ctx, `SELECT value FROM settings WHERE name = 'salt'`).Scan(&salt); err != nil {
		return "", fmt.Errorf("read salt: %w", err)
	}
	return salt, nil
}

// purge deletes entries older than the retention and expired claims.
func (s *SQLite) purge(ctx context.Context) error {
	now := s.opts.Now()
	var entries int64
	if s.opts.Retention > 0 {
		res, err := s.db.ExecContext(ctx, `DELETE FROM entries WHERE time < ?`, now.Add(-s.opts.Retention).UnixNano())
		if err != nil {
			return fmt.Errorf("purge old entries: %w", err)
		}
		entries, _ = res.RowsAffected()
	}
	res, err := s.db.ExecContext(ctx, `DELETE FROM claims WHERE expires <= ?`, now.UnixNano())
	if err != nil {
		return fmt.Errorf("purge expired claims: %w", err)
	}
	claims, _ := res.RowsAffected()
	s.log.Debug("store purged", "entries", entries, "claims", claims)
	return nil
}

// Path is the database file.
func (s *SQLite) Path() string { return s.path }

// Salt is this installation's random salt for hashing user ids
// (HashUser); it is created on first open and kept in the database.
func (s *SQLite) Salt() string { return s.salt }

// Log queues e for the question log and returns at once: it never waits
// on the database. When the queue is full the entry is dropped and
// counted (Metrics.LogDropped); after Close it is dropped.
func (s *SQLite) Log(_ context.Context, e Entry) {
	if s.closed.Load() {
		s.log.Debug("question log closed; entry dropped")
		return
	}
	if e.Time.IsZero() {
		e.Time = s.opts.Now()
	}
	e.FactIDs = slices.Clone(e.FactIDs)
	select {
	case s.queue <- writeOp{entry: &e}:
	default:
		s.dropped()
	}
}

// dropped counts an entry the full queue did not take, warning at most
// once a minute.
func (s *SQLite) dropped() {
	if s.metrics != nil {
		s.metrics.LogDropped.Inc()
	}
	now := time.Now().Unix()
	last := s.lastWarn.Load()
	if now-last >= int64(dropWarnEvery/time.Second) && s.lastWarn.CompareAndSwap(last, now) {
		s.log.Warn("question log queue full; entries dropped", "queue", cap(s.queue))
	}
}

// RecordFeedback attaches a vote to the most recent logged entry with the
// same platform, channel, user and question (compared normalised) within
// 24 hours; failing that, to the user's latest entry there answered with
// the same facts; failing that, it keeps the vote as a feedback-only
// entry (empty Intent) so it is not lost. The user is stored only as its
// salted hash. It waits for the write, after every entry queued before it.
func (s *SQLite) RecordFeedback(ctx context.Context, fb answer.Feedback) error {
	if fb.Vote != answer.VoteUp && fb.Vote != answer.VoteDown {
		return fmt.Errorf("record feedback: invalid vote %d", fb.Vote)
	}
	if fb.Time.IsZero() {
		fb.Time = s.opts.Now()
	}
	row := &feedbackRow{
		time: fb.Time, platform: fb.Platform, channel: fb.Channel,
		userHash: HashUser(s.salt, fb.Platform, fb.User),
		question: fb.Question, key: questionKey(fb.Question),
		factIDs: slices.Clone(fb.FactIDs), vote: fb.Vote,
	}
	if err := s.await(ctx, writeOp{feedback: row, done: make(chan error, 1)}); err != nil {
		return fmt.Errorf("record feedback: %w", err)
	}
	return nil
}

// Flush waits until everything queued before it is written.
func (s *SQLite) Flush(ctx context.Context) error {
	if err := s.await(ctx, writeOp{done: make(chan error, 1)}); err != nil {
		return fmt.Errorf("flush question log: %w", err)
	}
	return nil
}

// await queues op (waiting for room) and waits for the writer's result.
func (s *SQLite) await(ctx context.Context, op writeOp) error {
	if s.closed.Load() {
		return ErrClosed
	}
	select {
	case s.queue <- op:
	case <-ctx.Done():
		return ctx.Err()
	case <-s.writerDone:
		return ErrClosed
	}
	select {
	case err := <-op.done:
		return err
	case <-ctx.Done():
		return ctx.Err()
	case <-s.writerDone:
		// The writer may have written it on its way out.
		select {
		case err := <-op.done:
			return err
		default:
			return ErrClosed
		}
	}
}

// Entries returns the question log from since on, oldest first, each with
// the vote cast on it. Votes whose question was not found come as entries
// with an empty Intent. Entries still queued are written first.
func (s *SQLite) Entries(ctx context.Context, since time.Time) ([]Entry, error) {
	if s.closed.Load() {
		return nil, fmt.Errorf("read question log: %w", ErrClosed)
	}
	if err := s.Flush(ctx); err != nil && !errors.Is(err, ErrClosed) {
		return nil, err
	}
	rows, err := s.db.QueryContext(ctx, `
SELECT time, platform, channel, user_hash, question, intent, answered, confidence, fact_ids, vote
FROM entries WHERE time >= ? ORDER BY time, id`, unixNano(since))
	if err != nil {
		return nil, fmt.Errorf("read question log: %w", err)
	}
	defer rows.Close()
	var out []Entry
	for rows.Next() {
		var (
			e        Entry
			t        int64
			intent   string
			answered bool
			facts    string
			vote     int
		)
		if err := rows.Scan(&t, &e.Platform, &e.Channel, &e.UserHash, &e.Question, &intent, &answered, &e.Confidence, &facts, &vote); err != nil {
			return nil, fmt.Errorf("read question log: %w", err)
		}
		e.Time = time.Unix(0, t).UTC()
		e.Intent = answer.Intent(intent)
		e.Answered = answered
		e.Vote = answer.Vote(vote)
		if err := json.Unmarshal([]byte(facts), &e.FactIDs); err != nil {
			s.log.Debug("unreadable fact ids in question log", "err", err)
		}
		out = append(out, e)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("read question log: %w", err)
	}
	return out, nil
}

// Claim claims key for ttl and reports whether it was free: true exactly
// once until the claim expires, across restarts and processes sharing the
// file. A ttl of zero or less never expires.
func (s *SQLite) Claim(ctx context.Context, key string, ttl time.Duration) (bool, error) {
	if s.closed.Load() {
		return false, fmt.Errorf("claim %q: %w", key, ErrClosed)
	}
	now := s.opts.Now().UnixNano()
	expires := int64(math.MaxInt64)
	if ttl > 0 {
		expires = now + int64(ttl)
	}
	res, err := s.db.ExecContext(ctx, `
INSERT INTO claims (key, expires) VALUES (?, ?)
ON CONFLICT (key) DO UPDATE SET expires = excluded.expires WHERE claims.expires <= ?`, key, expires, now)
	if err != nil {
		return false, fmt.Errorf("claim %q: %w", key, err)
	}
	n, err := res.RowsAffected()
	if err != nil {
		return false, fmt.Errorf("claim %q: %w", key, err)
	}
	return n == 1, nil
}

// ShownFacts returns the fact ids the digest rotation under key has shown
// (nil when none).
func (s *SQLite) ShownFacts(ctx context.Context, key string) ([]string, error) {
	if s.closed.Load() {
		return nil, fmt.Errorf("read digest rotation %q: %w", key, ErrClosed)
	}
	var raw string
	err := s.db.QueryRowContext(ctx, `SELECT fact_ids FROM shown_facts WHERE key = ?`, key).Scan(&raw)
	switch {
	case errors.Is(err, sql.ErrNoRows):
		return nil, nil
	case err != nil:
		return nil, fmt.Errorf("read digest rotation %q: %w", key, err)
	}
	var ids []string
	if err := json.Unmarshal([]byte(raw), &ids); err != nil {
		return nil, fmt.Errorf("read digest rotation %q: %w", key, err)
	}
	return ids, nil
}

// SetShownFacts records the fact ids the digest rotation under key has shown.
func (s *SQLite) SetShownFacts(ctx context.Context, key string, ids []string) error {
	if s.closed.Load() {
		return fmt.Errorf("save digest rotation %q: %w", key, ErrClosed)
	}
	if ids == nil {
		ids = []string{}
	}
	raw, err := json.Marshal(ids)
	if err != nil {
		return fmt.Errorf("save digest rotation %q: %w", key, err)
	}
	if _, err := s.db.ExecContext(ctx, `
INSERT INTO shown_facts (key, fact_ids, updated) VALUES (?, ?, ?)
ON CONFLICT (key) DO UPDATE SET fact_ids = excluded.fact_ids, updated = excluded.updated`,
		key, string(raw), s.opts.Now().UnixNano()); err != nil {
		return fmt.Errorf("save digest rotation %q: %w", key, err)
	}
	return nil
}

// Close stops taking entries, writes the queued ones and closes the
// database. Later calls return the first call's result.
func (s *SQLite) Close() error {
	s.closeOnce.Do(func() {
		s.closed.Store(true)
		close(s.quit)
		<-s.writerDone
		if err := s.db.Close(); err != nil {
			s.closeErr = fmt.Errorf("close store %s: %w", s.path, err)
		}
	})
	return s.closeErr
}

// writer is the one goroutine that writes queued entries and votes, in
// batches, and purges old rows daily. It ends after Close, once the
// queue is empty.
func (s *SQLite) writer() {
	defer close(s.writerDone)
	purge := time.NewTicker(purgeEvery)
	defer purge.Stop()
	batch := make([]writeOp, 0, maxBatch)
	for {
		select {
		case op := <-s.queue:
			batch = s.collect(append(batch[:0], op))
			s.write(batch)
		case <-purge.C:
			if err := s.purge(context.Background()); err != nil {
				s.log.Warn("store purge failed", "err", err)
			}
		case <-s.quit:
			for {
				batch = s.collect(batch[:0])
				if len(batch) == 0 {
					return
				}
				s.write(batch)
			}
		}
	}
}

// collect adds to batch what is waiting in the queue, up to maxBatch.
func (s *SQLite) collect(batch []writeOp) []writeOp {
	for len(batch) < maxBatch {
		select {
		case op := <-s.queue:
			batch = append(batch, op)
		default:
			return batch
		}
	}
	return batch
}

// write writes batch in one transaction; if that fails, each op alone,
// so one bad write does not lose the others.
func (s *SQLite) write(batch []writeOp) {
	if s.beforeWrite != nil {
		s.beforeWrite()
	}
	ctx := context.Background()
	err := s.writeTx(ctx, batch)
	if err != nil && len(batch) > 1 {
		for _, op := range batch {
			s.finish(op, s.writeTx(ctx, []writeOp{op}))
		}
		return
	}
	for _, op := range batch {
		s.finish(op, err)
	}
}

// finish reports op's result to whoever waits for it, or logs a lost entry.
func (s *SQLite) finish(op writeOp, err error) {
	if op.done != nil {
		op.done <- err
		return
	}
	if err != nil {
		s.log.Warn("question log entry not written", "err", err)
	}
}

// writeTx writes ops in one transaction.
func (s *SQLite) writeTx(ctx context.Context, ops []writeOp) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("begin write: %w", err)
	}
	defer func() { _ = tx.Rollback() }()
	var insert *sql.Stmt
	for _, op := range ops {
		switch {
		case op.entry != nil:
			if insert == nil {
				if insert, err = tx.PrepareContext(ctx, insertEntrySQL); err != nil {
					return fmt.Errorf("prepare entry insert: %w", err)
				}
				defer insert.Close()
			}
			e := op.entry
			if _, err := insert.ExecContext(ctx, unixNano(e.Time), e.Platform, e.Channel, e.UserHash, e.Question,
				questionKey(e.Question), string(e.Intent), e.Answered, e.Confidence, factsJSON(e.FactIDs), int(e.Vote), false); err != nil {
				return fmt.Errorf("insert entry: %w", err)
			}
		case op.feedback != nil:
			if err := attachVote(ctx, tx, op.feedback); err != nil {
				return err
			}
		}
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("commit: %w", err)
	}
	return nil
}

const insertEntrySQL = `
INSERT INTO entries (time, platform, channel, user_hash, question, question_key, intent, answered, confidence, fact_ids, vote, feedback_only)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`

// attachVote sets fb's vote on the entry it was cast on, or keeps it as
// a feedback-only entry.
func attachVote(ctx context.Context, tx *sql.Tx, fb *feedbackRow) error {
	from, to := unixNano(fb.time.Add(-feedbackWindow)), unixNano(fb.time.Add(feedbackSkew))
	var id int64
	err := tx.QueryRowContext(ctx, `
SELECT id FROM entries
WHERE platform = ? AND channel = ? AND user_hash = ? AND question_key = ? AND time >= ? AND time <= ?
ORDER BY time DESC, id DESC LIMIT 1`, fb.platform, fb.channel, fb.userHash, fb.key, from, to).Scan(&id)
	if errors.Is(err, sql.ErrNoRows) && len(fb.factIDs) > 0 {
		err = tx.QueryRowContext(ctx, `
SELECT id FROM entries
WHERE platform = ? AND channel = ? AND user_hash = ? AND fact_ids = ? AND feedback_only = 0 AND time >= ? AND time <= ?
ORDER BY time DESC, id DESC LIMIT 1`, fb.platform, fb.channel, fb.userHash, factsJSON(fb.factIDs), from, to).Scan(&id)
	}
	switch {
	case err == nil:
		if _, err := tx.ExecContext(ctx, `UPDATE entries SET vote = ? WHERE id = ?`, int(fb.vote), id); err != nil {
			return fmt.Errorf("attach vote: %w", err)
		}
		return nil
	case errors.Is(err, sql.ErrNoRows):
		if _, err := tx.ExecContext(ctx, insertEntrySQL, unixNano(fb.time), fb.platform, fb.channel, fb.userHash, fb.question,
			fb.key, "", false, 0.0, factsJSON(fb.factIDs), int(fb.vote), true); err != nil {
			return fmt.Errorf("keep vote: %w", err)
		}
		return nil
	default:
		return fmt.Errorf("find voted entry: %w", err)
	}
}

// questionKey is the normalised form of a question that votes are
// matched on (markup, case and punctuation do not matter).
func questionKey(q string) string {
	return strings.Join(knowledge.Tokens(q), " ")
}

func factsJSON(ids []string) string {
	if len(ids) == 0 {
		return "[]"
	}
	raw, err := json.Marshal(ids)
	if err != nil {
		return "[]"
	}
	return string(raw)
}

// unixNano is t in unix nanoseconds; the zero time is the earliest.
func unixNano(t time.Time) int64 {
	if t.IsZero() {
		return math.MinInt64
	}
	return t.UnixNano()
}
