// Package bot embeds the project's default knowledge file and dev question
// set, so the binary answers with no files beside it.
package bot

import _ "embed"

//go:generate go run gen_snapshot.go

// DefaultKnowledge is knowledge.yaml as built into the binary.
//
//go:embed knowledge.yaml
var DefaultKnowledge []byte

// DefaultSnapshot is knowledge.yaml validated and indexed at build time
// (knowledge.snap, written by go generate): knowledge.FromSnapshot
// restores it in a fraction of the time parsing takes, and only for
// exactly the content of DefaultKnowledge. A string, so that it is
// restored from where it lies in the binary, without a copy.
//
//go:embed knowledge.snap
var DefaultSnapshot string

// DevQuestions is testdata/questions.yaml, the dev question set that
// guards hot reloads.
//
//go:embed testdata/questions.yaml
var DevQuestions []byte
