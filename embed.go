// Package bot embeds the project's default knowledge file and dev question
// set, so the binary answers with no files beside it.
package bot

import _ "embed"

// DefaultKnowledge is knowledge.yaml as built into the binary.
//
//go:embed knowledge.yaml
var DefaultKnowledge []byte

// DevQuestions is testdata/questions.yaml, the dev question set that
// guards hot reloads.
//
//go:embed testdata/questions.yaml
var DevQuestions []byte
