// Package digest builds the digest of the story that the bot posts to team
// channels (the story in brief, and what people asked), renders it as
// Markdown, and schedules it. Platforms post it through small interfaces
// this package declares.
package digest

import (
	"fmt"
	"strings"
)

// Digest is a platform-neutral digest; adapters render it for their
// platform (Block Kit, a Discord embed) and Markdown() for the console.
type Digest struct {
	Title    string
	Summary  string // optional LLM summary, held to the grounding guard
	Sections []Section
}

// Section is a headed list of items.
type Section struct {
	Heading string
	Items   []Item
}

// Item is one line of a digest, with its source when it is a fact.
type Item struct {
	Text   string
	Source string // e.g. "From the story, paragraph 9 · fact nvidia-record-close"
}

// Markdown renders the digest as Markdown.
func (d Digest) Markdown() string {
	var b strings.Builder
	fmt.Fprintf(&b, "# %s\n\n", d.Title)
	if d.Summary != "" {
		fmt.Fprintf(&b, "%s\n\n", d.Summary)
	}
	for _, s := range d.Sections {
		fmt.Fprintf(&b, "## %s\n\n", s.Heading)
		for _, it := range s.Items {
			if it.Source != "" {
				fmt.Fprintf(&b, "- %s _(%s)_\n", it.Text, it.Source)
			} else {
				fmt.Fprintf(&b, "- %s\n", it.Text)
			}
		}
		b.WriteString("\n")
	}
	return strings.TrimRight(b.String(), "\n") + "\n"
}
