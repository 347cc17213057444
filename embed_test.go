package bot

import (
	"testing"

	"github.com/deepseek-story/bot/internal/knowledge"
)

// The built-in snapshot must be the one today's code makes from today's
// knowledge.yaml: a stale one would answer from old facts or an old index.
func TestDefaultSnapshotIsFresh(t *testing.T) {
	snap, err := knowledge.Snapshot("knowledge.yaml", DefaultKnowledge)
	if err != nil {
		t.Fatalf("knowledge.yaml: %v", err)
	}
	if string(snap) != DefaultSnapshot {
		t.Fatal("knowledge.snap is stale (knowledge.yaml or the indexing code changed): run go generate . and commit knowledge.snap")
	}
	if _, err := knowledge.FromSnapshot("knowledge.yaml", DefaultKnowledge, DefaultSnapshot); err != nil {
		t.Fatalf("FromSnapshot(built-in): %v", err)
	}
}
