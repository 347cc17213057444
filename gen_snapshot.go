//go:build ignore

// gen_snapshot writes knowledge.snap, the compiled snapshot of
// knowledge.yaml built into the binary beside it, so bot commands start
// without parsing and indexing the default knowledge. Run it whenever
// knowledge.yaml or the indexing code changes (TestDefaultSnapshotIsFresh
// fails until you do):
//
//	go generate .
package main

import (
	"fmt"
	"os"

	"github.com/deepseek-story/bot/internal/knowledge"
)

func main() {
	src, err := os.ReadFile("knowledge.yaml")
	if err != nil {
		fmt.Fprintln(os.Stderr, "gen_snapshot:", err)
		os.Exit(1)
	}
	snap, err := knowledge.Snapshot("knowledge.yaml", src)
	if err != nil {
		fmt.Fprintf(os.Stderr, "gen_snapshot: knowledge.yaml is not valid:\n%v\n", err)
		os.Exit(1)
	}
	if err := os.WriteFile("knowledge.snap", snap, 0o644); err != nil {
		fmt.Fprintln(os.Stderr, "gen_snapshot:", err)
		os.Exit(1)
	}
}
