package store

import (
	"crypto/sha256"
	"encoding/hex"
	"time"

	"github.com/deepseek-story/bot/internal/answer"
)

// Entry is one question in the question log. The user is kept only as a
// salted hash, never as the raw id or name.
type Entry struct {
	Time       time.Time
	Platform   string
	Channel    string
	UserHash   string
	Question   string
	Intent     answer.Intent
	Answered   bool
	Confidence float64
	FactIDs    []string
	// Vote is the feedback clicked on this answer, 0 when none.
	Vote answer.Vote
}

// NewEntry makes the log entry for a question and its reply.
func NewEntry(now time.Time, q answer.Question, r answer.Reply, salt string) Entry {
	return Entry{
		Time:       now.UTC(),
		Platform:   q.Platform,
		Channel:    q.Channel,
		UserHash:   HashUser(salt, q.Platform, q.User),
		Question:   q.Text,
		Intent:     r.Intent,
		Answered:   r.Answered,
		Confidence: r.Confidence,
		FactIDs:    r.FactIDs(),
	}
}

// HashUser hashes a platform user id with a salt; "" stays "".
func HashUser(salt, platform, user string) string {
	if user == "" {
		return ""
	}
	sum := sha256.Sum256([]byte(salt + "\x00" + platform + "\x00" + user))
	return hex.EncodeToString(sum[:12])
}
