package store

import (
	"bytes"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus/testutil"

	"github.com/deepseek-story/bot/internal/answer"
	"github.com/deepseek-story/bot/internal/metrics"
)

// openTest opens a store in dir and closes it when the test ends.
func openTest(t *testing.T, dir string, opts SQLiteOptions) *SQLite {
	t.Helper()
	s, err := OpenSQLite(context.Background(), dir, opts)
	if err != nil {
		t.Fatalf("OpenSQLite(%q): %v", dir, err)
	}
	t.Cleanup(func() { _ = s.Close() })
	return s
}

func entriesOf(t *testing.T, s *SQLite, since time.Time) []Entry {
	t.Helper()
	got, err := s.Entries(context.Background(), since)
	if err != nil {
		t.Fatalf("Entries: %v", err)
	}
	return got
}

func TestSQLiteLogRoundTrip(t *testing.T) {
	dir := t.TempDir()
	s := openTest(t, dir, SQLiteOptions{})
	at := time.Date(2025, 1, 28, 9, 30, 0, 123456789, time.UTC)
	q := answer.Question{Text: "Who founded DeepSeek?", User: "U123", Platform: "slack", Channel: "C1"}
	r := answer.Reply{Intent: answer.IntentAnswer, Answered: true, Confidence: 0.91}
	want := NewEntry(at, q, r, s.Salt())
	want.FactIDs = []string{"liang-founder", "deepseek-age"}
	s.Log(context.Background(), want)
	if err := s.Close(); err != nil {
		t.Fatalf("Close: %v", err)
	}

	s = openTest(t, dir, SQLiteOptions{Now: func() time.Time { return at.Add(time.Hour) }})
	got := entriesOf(t, s, time.Time{})
	if len(got) != 1 {
		t.Fatalf("Entries after reopen = %d entries; want 1", len(got))
	}
	g := got[0]
	if !g.Time.Equal(want.Time) || g.Platform != "slack" || g.Channel != "C1" || g.UserHash != want.UserHash ||
		g.Question != want.Question || g.Intent != answer.IntentAnswer || !g.Answered || g.Confidence != 0.91 ||
		!slices.Equal(g.FactIDs, want.FactIDs) || g.Vote != 0 {
		t.Errorf("Entries()[0] = %+v; want %+v", g, want)
	}
	if g.UserHash == "" || g.UserHash == "U123" {
		t.Errorf("UserHash = %q; want a salted hash of the user", g.UserHash)
	}
	if later := entriesOf(t, s, at.Add(time.Second)); len(later) != 0 {
		t.Errorf("Entries(since after the entry) = %d entries; want 0", len(later))
	}
}

func TestSQLiteConcurrentWriters(t *testing.T) {
	const writers, each = 8, 500
	dir := t.TempDir()
	m := metrics.New()
	s, err := OpenSQLite(context.Background(), dir, SQLiteOptions{QueueSize: writers * each, Metrics: m})
	if err != nil {
		t.Fatalf("OpenSQLite: %v", err)
	}
	base := time.Now().Add(-time.Hour)
	var wg sync.WaitGroup
	for w := range writers {
		wg.Go(func() {
			for i := range each {
				s.Log(context.Background(), Entry{
					Time: base.Add(time.Duration(i) * time.Millisecond), Platform: "discord", Channel: fmt.Sprint(w),
					Question: fmt.Sprintf("question %d from writer %d", i, w), Intent: answer.IntentAnswer, Answered: true,
				})
			}
		})
	}
	wg.Wait()
	if err := s.Close(); err != nil {
		t.Fatalf("Close: %v", err)
	}
	if d := testutil.ToFloat64(m.LogDropped); d != 0 {
		t.Fatalf("LogDropped = %v; want 0 with a queue as large as the load", d)
	}

	s = openTest(t, dir, SQLiteOptions{})
	got := entriesOf(t, s, time.Time{})
	if len(got) != writers*each {
		t.Fatalf("Entries after Close = %d; want %d", len(got), writers*each)
	}
	seen := map[string]bool{}
	for _, e := range got {
		key := e.Channel + "/" + e.Question
		if seen[key] {
			t.Errorf("entry %q logged twice", key)
		}
		seen[key] = true
	}
	for w := range writers {
		for i := range each {
			if key := fmt.Sprintf("%d/question %d from writer %d", w, i, w); !seen[key] {
				t.Fatalf("entry %q missing", key)
			}
		}
	}
	for i := 1; i < len(got); i++ {
		if got[i].Time.Before(got[i-1].Time) {
			t.Fatalf("Entries not oldest first at %d: %v after %v", i, got[i].Time, got[i-1].Time)
		}
	}
}

func TestSQLiteFullQueueDrops(t *testing.T) {
	const queue, extra = 4, 3
	dir := t.TempDir()
	m := metrics.New()
	s, err := OpenSQLite(context.Background(), dir, SQLiteOptions{QueueSize: queue, Metrics: m})
	if err != nil {
		t.Fatalf("OpenSQLite: %v", err)
	}
	// Hold the writer inside its first batch so the queue fills up.
	entered, release := make(chan struct{}, 1), make(chan struct{})
	var once sync.Once
	s.beforeWrite = func() {
		once.Do(func() {
			entered <- struct{}{}
			<-release
		})
	}
	log := func(i int) {
		s.Log(context.Background(), Entry{Time: time.Now(), Question: fmt.Sprint("q", i), Intent: answer.IntentAnswer})
	}
	log(0)
	select {
	case <-entered:
	case <-time.After(10 * time.Second):
		t.Fatal("writer never took the first entry")
	}
	start := time.Now()
	for i := 1; i <= queue+extra; i++ {
		log(i) // must return at once even though nothing is being written
	}
	if d := time.Since(start); d > 5*time.Second {
		t.Errorf("Log with a full queue took %v; want no waiting", d)
	}
	if d := testutil.ToFloat64(m.LogDropped); d != extra {
		t.Errorf("LogDropped = %v; want %d", d, extra)
	}
	close(release)
	if err := s.Close(); err != nil {
		t.Fatalf("Close: %v", err)
	}
	s = openTest(t, dir, SQLiteOptions{})
	got := entriesOf(t, s, time.Time{})
	if len(got) != 1+queue {
		t.Errorf("Entries = %d; want %d (the first one and a full queue)", len(got), 1+queue)
	}
}

func TestSQLiteRecordFeedback(t *testing.T) {
	now := time.Date(2025, 2, 3, 12, 0, 0, 0, time.UTC)
	ask := func(s *SQLite, at time.Time, user, text string, facts ...string) Entry {
		e := NewEntry(at, answer.Question{Text: text, User: user, Platform: "slack", Channel: "C1"},
			answer.Reply{Intent: answer.IntentAnswer, Answered: true, Confidence: 0.8}, s.Salt())
		e.FactIDs = facts
		return e
	}
	vote := func(user, text string, v answer.Vote, facts ...string) answer.Feedback {
		return answer.Feedback{Time: now, Platform: "slack", Channel: "C1", User: user, Question: text, FactIDs: facts, Vote: v}
	}
	tests := []struct {
		name     string
		log      func(s *SQLite) []Entry
		fb       answer.Feedback
		wantVote []answer.Vote // per entry, in time order, after the vote
		wantRows int           // entries after the vote (a feedback-only row adds one)
	}{
		{
			name: "same question attaches",
			log: func(s *SQLite) []Entry {
				return []Entry{ask(s, now.Add(-time.Minute), "U1", "Who founded DeepSeek?", "liang-founder")}
			},
			fb:       vote("U1", "Who founded DeepSeek?", answer.VoteUp, "liang-founder"),
			wantVote: []answer.Vote{answer.VoteUp}, wantRows: 1,
		},
		{
			name: "normalised question attaches",
			log: func(s *SQLite) []Entry {
				return []Entry{ask(s, now.Add(-time.Minute), "U1", "<@UBOT> who FOUNDED deepseek")}
			},
			fb:       vote("U1", "Who founded DeepSeek?", answer.VoteDown),
			wantVote: []answer.Vote{answer.VoteDown}, wantRows: 1,
		},
		{
			name: "most recent of two",
			log: func(s *SQLite) []Entry {
				return []Entry{
					ask(s, now.Add(-2*time.Hour), "U1", "What is R1?"),
					ask(s, now.Add(-time.Minute), "U1", "What is R1?"),
				}
			},
			fb:       vote("U1", "What is R1?", answer.VoteDown),
			wantVote: []answer.Vote{0, answer.VoteDown}, wantRows: 2,
		},
		{
			name: "another user's question is not theirs",
			log: func(s *SQLite) []Entry {
				return []Entry{ask(s, now.Add(-time.Minute), "U2", "What is R1?")}
			},
			fb:       vote("U1", "What is R1?", answer.VoteUp),
			wantVote: []answer.Vote{0, answer.VoteUp}, wantRows: 2,
		},
		{
			name: "older than a day keeps a feedback-only row",
			log: func(s *SQLite) []Entry {
				return []Entry{ask(s, now.Add(-25*time.Hour), "U1", "What is R1?")}
			},
			fb:       vote("U1", "What is R1?", answer.VoteDown),
			wantVote: []answer.Vote{0, answer.VoteDown}, wantRows: 2,
		},
		{
			name: "truncated title matches on the facts",
			log: func(s *SQLite) []Entry {
				return []Entry{ask(s, now.Add(-time.Minute), "U1", "How much did Nvidia lose on 27 January 2025 when DeepSeek...", "nvidia-fell")}
			},
			fb:       vote("U1", "How much did Nvidia lose on 27 Jan…", answer.VoteUp, "nvidia-fell"),
			wantVote: []answer.Vote{answer.VoteUp}, wantRows: 1,
		},
		{
			name:     "nothing logged keeps a feedback-only row",
			log:      func(*SQLite) []Entry { return nil },
			fb:       vote("U1", "Who is the CEO of Microsoft?", answer.VoteDown),
			wantVote: []answer.Vote{answer.VoteDown}, wantRows: 1,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := openTest(t, t.TempDir(), SQLiteOptions{Now: func() time.Time { return now }})
			for _, e := range tt.log(s) {
				s.Log(context.Background(), e) // queued: RecordFeedback must still see it
			}
			if err := s.RecordFeedback(context.Background(), tt.fb); err != nil {
				t.Fatalf("RecordFeedback: %v", err)
			}
			got := entriesOf(t, s, time.Time{})
			if len(got) != tt.wantRows {
				t.Fatalf("Entries = %d rows; want %d: %+v", len(got), tt.wantRows, got)
			}
			var votes []answer.Vote
			for _, e := range got {
				votes = append(votes, e.Vote)
			}
			if !slices.Equal(votes, tt.wantVote) {
				t.Errorf("votes = %v; want %v", votes, tt.wantVote)
			}
			for _, e := range got {
				if e.Intent == "" { // the feedback-only row
					if want := HashUser(s.Salt(), "slack", tt.fb.User); e.UserHash != want {
						t.Errorf("feedback-only UserHash = %q; want %q", e.UserHash, want)
					}
					if e.Question != tt.fb.Question || e.Answered {
						t.Errorf("feedback-only entry = %+v; want the vote's question, not answered", e)
					}
				}
			}
		})
	}
}

func TestSQLiteNeverStoresRawUser(t *testing.T) {
	dir := t.TempDir()
	s, err := OpenSQLite(context.Background(), dir, SQLiteOptions{})
	if err != nil {
		t.Fatalf("OpenSQLite: %v", err)
	}
	const raw = "U0RAWUSERID42"
	q := answer.Question{Text: "What is R1?", User: raw, Platform: "slack", Channel: "C1"}
	s.Log(context.Background(), NewEntry(time.Now(), q, answer.Reply{Intent: answer.IntentAnswer}, s.Salt()))
	if err := s.RecordFeedback(context.Background(), answer.Feedback{Platform: "slack", Channel: "C2", User: raw, Question: "x", Vote: answer.VoteDown}); err != nil {
		t.Fatalf("RecordFeedback: %v", err)
	}
	if err := s.Close(); err != nil {
		t.Fatalf("Close: %v", err)
	}
	files, _ := filepath.Glob(filepath.Join(dir, "*"))
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if bytes.Contains(data, []byte(raw)) {
			t.Errorf("%s contains the raw user id %q", filepath.Base(f), raw)
		}
	}
}

func TestSQLiteFeedbackRejectsBadVote(t *testing.T) {
	s := openTest(t, t.TempDir(), SQLiteOptions{})
	if err := s.RecordFeedback(context.Background(), answer.Feedback{Vote: 7}); err == nil {
		t.Error("RecordFeedback(vote 7) = nil; want an error")
	}
}

func TestSQLiteRetention(t *testing.T) {
	now := time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name      string
		retention time.Duration
		ages      []time.Duration
		wantKept  int
	}{
		{"default 90 days", 0, []time.Duration{100 * 24 * time.Hour, 91 * 24 * time.Hour, 89 * 24 * time.Hour, time.Hour}, 2},
		{"one hour", time.Hour, []time.Duration{2 * time.Hour, 30 * time.Minute}, 1},
		{"forever", -1, []time.Duration{3650 * 24 * time.Hour, time.Hour}, 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			opts := SQLiteOptions{Retention: tt.retention, Now: func() time.Time { return now }}
			s, err := OpenSQLite(context.Background(), dir, opts)
			if err != nil {
				t.Fatalf("OpenSQLite: %v", err)
			}
			for i, age := range tt.ages {
				s.Log(context.Background(), Entry{Time: now.Add(-age), Question: fmt.Sprint("q", i), Intent: answer.IntentAbstain})
			}
			if err := s.Close(); err != nil {
				t.Fatalf("Close: %v", err)
			}
			s = openTest(t, dir, opts) // purges on open
			got := entriesOf(t, s, time.Time{})
			if len(got) != tt.wantKept {
				t.Fatalf("entries kept = %d; want %d", len(got), tt.wantKept)
			}
			for _, e := range got {
				if tt.retention > 0 && now.Sub(e.Time) > tt.retention || tt.retention == 0 && now.Sub(e.Time) > DefaultRetention {
					t.Errorf("entry of %v kept past retention", e.Time)
				}
			}
		})
	}
}

func TestSQLiteMigrations(t *testing.T) {
	dir := t.TempDir()
	s, err := OpenSQLite(context.Background(), dir, SQLiteOptions{})
	if err != nil {
		t.Fatalf("OpenSQLite: %v", err)
	}
	s.Log(context.Background(), Entry{Time: time.Now(), Question: "kept?", Intent: answer.IntentAnswer})
	salt := s.Salt()
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}

	// A later bot adds a migration; reopening twice applies it once (a
	// second ALTER TABLE would fail with a duplicate column).
	saved := sqliteMigrations
	t.Cleanup(func() { sqliteMigrations = saved })
	sqliteMigrations = append(slices.Clone(saved), migration{name: "add note", sql: `ALTER TABLE entries ADD COLUMN note TEXT NOT NULL DEFAULT ''`})
	for i := range 2 {
		s, err := OpenSQLite(context.Background(), dir, SQLiteOptions{})
		if err != nil {
			t.Fatalf("reopen %d: %v", i+1, err)
		}
		var version, rows int
		if err := s.db.QueryRow(`SELECT version, (SELECT count(*) FROM schema_version) FROM schema_version`).Scan(&version, &rows); err != nil {
			t.Fatal(err)
		}
		if version != len(sqliteMigrations) || rows != 1 {
			t.Errorf("reopen %d: schema_version = %d (%d rows); want %d (1 row)", i+1, version, rows, len(sqliteMigrations))
		}
		var note string
		if err := s.db.QueryRow(`SELECT note FROM entries WHERE question = 'kept?'`).Scan(&note); err != nil {
			t.Errorf("reopen %d: the entry or the migrated column is missing: %v", i+1, err)
		}
		if s.Salt() != salt {
			t.Errorf("reopen %d: Salt() = %q; want the first open's %q", i+1, s.Salt(), salt)
		}
		var mode string
		if err := s.db.QueryRow(`PRAGMA journal_mode`).Scan(&mode); err != nil || mode != "wal" {
			t.Errorf("journal_mode = %q, %v; want wal", mode, err)
		}
		if err := s.Close(); err != nil {
			t.Fatal(err)
		}
	}

	// An older bot refuses a database from the future, naming the file.
	sqliteMigrations = saved
	_, err = OpenSQLite(context.Background(), dir, SQLiteOptions{})
	if err == nil || !strings.Contains(err.Error(), filepath.Join(dir, SQLiteFile)) || !strings.Contains(err.Error(), "newer") {
		t.Errorf("OpenSQLite of a newer schema = %v; want an error naming the file and the newer schema", err)
	}
}

func TestOpenSQLiteBadFiles(t *testing.T) {
	type setup func(t *testing.T) (dir, file string)
	inDir := func(prepare func(t *testing.T, dir string)) setup {
		return func(t *testing.T) (string, string) {
			dir := t.TempDir()
			prepare(t, dir)
			return dir, filepath.Join(dir, SQLiteFile)
		}
	}
	tests := []struct {
		name  string
		setup setup
		want  string
	}{
		{
			name: "garbage bytes",
			setup: inDir(func(t *testing.T, dir string) {
				garbage := bytes.Repeat([]byte("this is not a database \x00\xff\x13"), 200)
				if err := os.WriteFile(filepath.Join(dir, SQLiteFile), garbage, 0o600); err != nil {
					t.Fatal(err)
				}
			}),
			want: "corrupt or not a SQLite database",
		},
		{
			name: "damaged pages",
			setup: inDir(func(t *testing.T, dir string) {
				s, err := OpenSQLite(context.Background(), dir, SQLiteOptions{})
				if err != nil {
					t.Fatal(err)
				}
				for i := range 2000 {
					s.Log(context.Background(), Entry{Time: time.Now(), Question: strings.Repeat(fmt.Sprint("question ", i), 10), Intent: answer.IntentAnswer})
				}
				if err := s.Close(); err != nil {
					t.Fatal(err)
				}
				path := filepath.Join(dir, SQLiteFile)
				data, err := os.ReadFile(path)
				if err != nil {
					t.Fatal(err)
				}
				if len(data) < 16*4096 {
					t.Fatalf("database only %d bytes; want a bigger one to damage", len(data))
				}
				for i := 4096; i < len(data)-4096; i += 4096 { // keep the header page, smash the rest
					copy(data[i+100:i+400], bytes.Repeat([]byte{0xde, 0xad, 0xbe, 0xef}, 75))
				}
				if err := os.WriteFile(path, data, 0o600); err != nil {
					t.Fatal(err)
				}
			}),
			want: "corrupt",
		},
		{
			name: "bot.db is a directory",
			setup: inDir(func(t *testing.T, dir string) {
				if err := os.Mkdir(filepath.Join(dir, SQLiteFile), 0o700); err != nil {
					t.Fatal(err)
				}
			}),
			want: "not a regular file",
		},
		{
			name: "data dir under a file",
			setup: func(t *testing.T) (string, string) {
				parent := filepath.Join(t.TempDir(), "plain-file")
				if err := os.WriteFile(parent, []byte("x"), 0o600); err != nil {
					t.Fatal(err)
				}
				dir := filepath.Join(parent, "data")
				return dir, filepath.Join(dir, SQLiteFile)
			},
			want: "create data directory",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir, file := tt.setup(t)
			s, err := OpenSQLite(context.Background(), dir, SQLiteOptions{})
			if err == nil {
				_ = s.Close()
				t.Fatalf("OpenSQLite(%s) = nil error; want one", tt.name)
			}
			if !strings.Contains(err.Error(), file) || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("OpenSQLite error = %q; want it to name %s and say %q", err, file, tt.want)
			}
			if testing.Verbose() {
				t.Logf("error: %v", err)
			}
		})
	}
}

func TestSQLiteClaims(t *testing.T) {
	dir := t.TempDir()
	now := time.Date(2025, 3, 10, 13, 0, 0, 0, time.UTC)
	var mu sync.Mutex
	clock := func() time.Time { mu.Lock(); defer mu.Unlock(); return now }
	advance := func(d time.Duration) { mu.Lock(); now = now.Add(d); mu.Unlock() }
	ctx := context.Background()

	s, err := OpenSQLite(ctx, dir, SQLiteOptions{Now: clock})
	if err != nil {
		t.Fatal(err)
	}
	claim := func(s *SQLite, key string, ttl time.Duration) bool {
		t.Helper()
		ok, err := s.Claim(ctx, key, ttl)
		if err != nil {
			t.Fatalf("Claim(%q): %v", key, err)
		}
		return ok
	}
	// Concurrent claimers: exactly one wins.
	var wins sync.WaitGroup
	var won sync.Map
	for i := range 16 {
		wins.Go(func() {
			if ok, err := s.Claim(ctx, "digest:slack:C1:1741611600", time.Hour); err == nil && ok {
				won.Store(i, true)
			}
		})
	}
	wins.Wait()
	n := 0
	won.Range(func(any, any) bool { n++; return true })
	if n != 1 {
		t.Errorf("concurrent Claim winners = %d; want 1", n)
	}
	if !claim(s, "forever", 0) {
		t.Error("first Claim(forever) = false; want true")
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}

	s = openTest(t, dir, SQLiteOptions{Now: clock})
	if claim(s, "digest:slack:C1:1741611600", time.Hour) {
		t.Error("Claim after reopen = true; want false (claimed before the restart)")
	}
	advance(61 * time.Minute)
	if !claim(s, "digest:slack:C1:1741611600", time.Hour) {
		t.Error("Claim after expiry = false; want true")
	}
	if claim(s, "digest:slack:C1:1741611600", time.Hour) {
		t.Error("second Claim after expiry = true; want false")
	}
	advance(10 * 365 * 24 * time.Hour)
	if claim(s, "forever", 0) {
		t.Error("Claim(forever) ten years on = true; want false (a ttl of 0 never expires)")
	}
	if err := s.purge(ctx); err != nil {
		t.Fatal(err)
	}
	var left int
	if err := s.db.QueryRow(`SELECT count(*) FROM claims`).Scan(&left); err != nil {
		t.Fatal(err)
	}
	if left != 1 {
		t.Errorf("claims after purge = %d; want 1 (only the one that never expires)", left)
	}
}

func TestSQLiteShownFacts(t *testing.T) {
	dir := t.TempDir()
	ctx := context.Background()
	s, err := OpenSQLite(ctx, dir, SQLiteOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if got, err := s.ShownFacts(ctx, "digest:global"); err != nil || got != nil {
		t.Errorf("ShownFacts(unset) = %v, %v; want nil, nil", got, err)
	}
	want := []string{"a", "b", "c"}
	if err := s.SetShownFacts(ctx, "digest:global", want); err != nil {
		t.Fatal(err)
	}
	if err := s.SetShownFacts(ctx, "digest:other", []string{"z"}); err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	s = openTest(t, dir, SQLiteOptions{})
	if got, err := s.ShownFacts(ctx, "digest:global"); err != nil || !slices.Equal(got, want) {
		t.Errorf("ShownFacts after reopen = %v, %v; want %v", got, err, want)
	}
	if err := s.SetShownFacts(ctx, "digest:global", nil); err != nil {
		t.Fatal(err)
	}
	if got, err := s.ShownFacts(ctx, "digest:global"); err != nil || len(got) != 0 {
		t.Errorf("ShownFacts after reset = %v, %v; want empty", got, err)
	}
}

func TestSQLiteSaltPerInstallation(t *testing.T) {
	a := openTest(t, t.TempDir(), SQLiteOptions{})
	b := openTest(t, t.TempDir(), SQLiteOptions{})
	if len(a.Salt()) < 16 || a.Salt() == b.Salt() {
		t.Errorf("salts %q and %q; want long random salts that differ per installation", a.Salt(), b.Salt())
	}
}

func TestSQLiteAfterClose(t *testing.T) {
	s, err := OpenSQLite(context.Background(), t.TempDir(), SQLiteOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Errorf("second Close = %v; want nil", err)
	}
	ctx := context.Background()
	s.Log(ctx, Entry{Question: "late"}) // dropped, no panic
	checks := map[string]error{
		"RecordFeedback": s.RecordFeedback(ctx, answer.Feedback{Vote: answer.VoteUp}),
		"Flush":          s.Flush(ctx),
	}
	_, checks["Entries"] = s.Entries(ctx, time.Time{})
	_, checks["Claim"] = s.Claim(ctx, "k", time.Minute)
	_, checks["ShownFacts"] = s.ShownFacts(ctx, "k")
	checks["SetShownFacts"] = s.SetShownFacts(ctx, "k", nil)
	for name, err := range checks {
		if !errors.Is(err, ErrClosed) {
			t.Errorf("%s after Close = %v; want ErrClosed", name, err)
		}
	}
}

func TestSQLiteTwoProcessesShareTheFile(t *testing.T) {
	// Two stores on one file stand for two processes (bot serve and bot
	// digest --post): claims stay once-only, and the WAL lets both write.
	dir := t.TempDir()
	a := openTest(t, dir, SQLiteOptions{})
	b := openTest(t, dir, SQLiteOptions{})
	if a.Salt() != b.Salt() {
		t.Errorf("salts differ on one file: %q, %q", a.Salt(), b.Salt())
	}
	ctx := context.Background()
	okA, errA := a.Claim(ctx, "slot", time.Hour)
	okB, errB := b.Claim(ctx, "slot", time.Hour)
	if errA != nil || errB != nil || okA == okB {
		t.Errorf("Claim from two stores = (%v, %v), (%v, %v); want exactly one true", okA, errA, okB, errB)
	}
	a.Log(ctx, Entry{Time: time.Now(), Question: "from a", Intent: answer.IntentAnswer})
	b.Log(ctx, Entry{Time: time.Now(), Question: "from b", Intent: answer.IntentAnswer})
	if err := b.Flush(ctx); err != nil {
		t.Fatal(err)
	}
	if got := entriesOf(t, a, time.Time{}); len(got) != 2 {
		t.Errorf("Entries seen by a = %d; want 2", len(got))
	}
}

// rawDB opens the file directly, for tests that look underneath the store.
func rawDB(t *testing.T, path string) *sql.DB {
	t.Helper()
	db, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = db.Close() })
	return db
}

func TestSQLiteFutureSchemaNamesFile(t *testing.T) {
	dir := t.TempDir()
	s, err := OpenSQLite(context.Background(), dir, SQLiteOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	db := rawDB(t, filepath.Join(dir, SQLiteFile))
	if _, err := db.Exec(`UPDATE schema_version SET version = 99`); err != nil {
		t.Fatal(err)
	}
	_ = db.Close()
	_, err = OpenSQLite(context.Background(), dir, SQLiteOptions{})
	if err == nil || !strings.Contains(err.Error(), "schema version 99") || !strings.Contains(err.Error(), SQLiteFile) {
		t.Errorf("OpenSQLite(schema 99) = %v; want an error naming the file and the version", err)
	}
}

func BenchmarkSQLiteLog(b *testing.B) {
	s, err := OpenSQLite(context.Background(), b.TempDir(), SQLiteOptions{QueueSize: 1 << 16})
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	e := Entry{Time: time.Now(), Platform: "slack", Channel: "C1", UserHash: "abc", Question: "Who founded DeepSeek?",
		Intent: answer.IntentAnswer, Answered: true, Confidence: 0.9, FactIDs: []string{"liang-founder"}}
	b.ReportAllocs()
	for b.Loop() {
		s.Log(context.Background(), e)
	}
}

func BenchmarkSQLiteWriteThroughput(b *testing.B) {
	s, err := OpenSQLite(context.Background(), b.TempDir(), SQLiteOptions{QueueSize: 1 << 16})
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	e := Entry{Time: time.Now(), Platform: "slack", Channel: "C1", UserHash: "abc", Question: "Who founded DeepSeek?",
		Intent: answer.IntentAnswer, Answered: true, Confidence: 0.9, FactIDs: []string{"liang-founder"}}
	ctx := context.Background()
	b.ReportAllocs()
	for b.Loop() {
		for range 1000 {
			s.Log(ctx, e)
		}
		if err := s.Flush(ctx); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.N*1000)/b.Elapsed().Seconds(), "entries/s")
}
