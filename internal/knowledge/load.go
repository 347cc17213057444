package knowledge

import (
	"errors"
	"fmt"
	"os"
	"reflect"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"

	"gopkg.in/yaml.v3"
)

// Problem is one thing wrong with a knowledge file, with its position.
type Problem struct {
	File string
	Line int
	Col  int
	Msg  string
}

func (p Problem) String() string {
	return fmt.Sprintf("%s:%d:%d: %s", p.File, p.Line, p.Col, p.Msg)
}

// Problems is every problem found in a knowledge file; it is the error
// Load and Parse return when the file is not valid.
type Problems []Problem

func (ps Problems) Error() string {
	lines := make([]string, len(ps))
	for i, p := range ps {
		lines[i] = p.String()
	}
	return strings.Join(lines, "\n")
}

// Load reads, validates and indexes the knowledge file at path. A file
// that is not valid yields Problems, every one with its position.
func Load(path string) (*Base, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read knowledge file: %w", err)
	}
	return Parse(path, data)
}

// Parse validates and indexes knowledge from data; name is the file name
// used in problem positions.
func Parse(name string, data []byte) (*Base, error) {
	c := &checker{file: name}
	var root yaml.Node
	if err := yaml.Unmarshal(data, &root); err != nil {
		c.yamlError(err)
		return nil, c.problems
	}
	if root.Kind != yaml.DocumentNode || len(root.Content) == 0 {
		c.add(&root, "the file is empty: want a mapping with version, story, entities and facts")
		return nil, c.problems
	}
	doc := root.Content[0]
	c.checkKeys(doc, reflect.TypeFor[Base]())
	b := &Base{File: name}
	if err := doc.Decode(b); err != nil {
		c.yamlError(err)
		c.locate(doc)
		return nil, c.sorted()
	}
	c.validate(doc, b)
	if len(c.problems) > 0 {
		return nil, c.sorted()
	}
	b.index = buildIndex(b)
	b.narrator = b.findNarrator()
	return b, nil
}

type checker struct {
	file     string
	problems Problems
}

func (c *checker) add(n *yaml.Node, format string, args ...any) {
	line, col := 1, 1
	if n != nil && n.Line > 0 {
		line, col = n.Line, n.Column
	}
	c.problems = append(c.problems, Problem{File: c.file, Line: line, Col: col, Msg: fmt.Sprintf(format, args...)})
}

func (c *checker) sorted() Problems {
	sort.SliceStable(c.problems, func(i, j int) bool {
		a, b := c.problems[i], c.problems[j]
		if a.Line != b.Line {
			return a.Line < b.Line
		}
		return a.Col < b.Col
	})
	return c.problems
}

// The regular expressions of loading are compiled when first needed: a
// process that restores the built-in snapshot never loads a file.
var yamlLineRE = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`^(?:yaml: )?line (\d+)(?::(\d+))?: (.*)$`)
})

// yamlError turns a yaml.v3 error into positioned problems.
func (c *checker) yamlError(err error) {
	var te *yaml.TypeError
	msgs := []string{err.Error()}
	if errors.As(err, &te) {
		msgs = te.Errors
	}
	for _, m := range msgs {
		m = strings.TrimPrefix(m, "yaml: ")
		p := Problem{File: c.file, Line: 1, Col: 1, Msg: m}
		if g := yamlLineRE().FindStringSubmatch(m); g != nil {
			p.Line, _ = strconv.Atoi(g[1])
			if g[2] != "" {
				p.Col, _ = strconv.Atoi(g[2])
			}
			p.Msg = g[3]
		}
		c.problems = append(c.problems, p)
	}
}

var unmarshalRE = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile("cannot unmarshal !!\\w+ `([^`]*)`") })

// locate gives decoder problems, which know only their line, the column
// of the value they complain about.
func (c *checker) locate(doc *yaml.Node) {
	for i, p := range c.problems {
		g := unmarshalRE().FindStringSubmatch(p.Msg)
		if g == nil || p.Col != 1 {
			continue
		}
		if n := findScalar(doc, p.Line, g[1]); n != nil {
			c.problems[i].Col = n.Column
		}
	}
}

func findScalar(n *yaml.Node, line int, value string) *yaml.Node {
	if n.Kind == yaml.ScalarNode && n.Line == line && n.Value == value {
		return n
	}
	for _, child := range n.Content {
		if found := findScalar(child, line, value); found != nil {
			return found
		}
	}
	return nil
}

// checkKeys reports unknown and duplicate keys in n against the yaml tags
// of t, recursing into nested structs and slices of them.
func (c *checker) checkKeys(n *yaml.Node, t reflect.Type) {
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	switch t.Kind() {
	case reflect.Slice:
		if n.Kind == yaml.SequenceNode {
			for _, item := range n.Content {
				c.checkKeys(item, t.Elem())
			}
		}
		return
	case reflect.Struct:
	default:
		return
	}
	if n.Kind != yaml.MappingNode {
		return // the decoder reports the type mismatch
	}
	fields := map[string]reflect.Type{}
	for f := range t.Fields() {
		tag := strings.Split(f.Tag.Get("yaml"), ",")[0]
		if tag != "" && tag != "-" {
			fields[tag] = f.Type
		}
	}
	seen := map[string]bool{}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		if seen[k.Value] {
			c.add(k, "duplicate key %q", k.Value)
			continue
		}
		seen[k.Value] = true
		ft, ok := fields[k.Value]
		if !ok {
			c.add(k, "unknown field %q (known: %s)", k.Value, strings.Join(sortedKeys(fields), ", "))
			continue
		}
		c.checkKeys(v, ft)
	}
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// field returns the value node of key in mapping n, or n itself.
func field(n *yaml.Node, key string) *yaml.Node {
	if n == nil || n.Kind != yaml.MappingNode {
		return n
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		if n.Content[i].Value == key {
			return n.Content[i+1]
		}
	}
	return n
}

// item returns the i-th element of sequence n, or n itself.
func item(n *yaml.Node, i int) *yaml.Node {
	if n != nil && n.Kind == yaml.SequenceNode && i < len(n.Content) {
		return n.Content[i]
	}
	return n
}

var idRE = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`) })

func (c *checker) validate(doc *yaml.Node, b *Base) {
	if strings.TrimSpace(b.Version) == "" {
		c.add(field(doc, "version"), "version is empty")
	}
	story := field(doc, "story")
	if strings.TrimSpace(b.Story.Title) == "" {
		c.add(field(story, "title"), "story.title is empty")
	}
	if b.Story.Paragraphs <= 0 {
		c.add(field(story, "paragraphs"), "story.paragraphs must be the number of paragraphs in the story (> 0)")
	}
	synNode := field(doc, "synonyms")
	synSeen := map[string]bool{}
	for i, group := range b.Synonyms {
		gn := item(synNode, i)
		if len(group) < 2 {
			c.add(gn, "a synonym group needs at least two words")
		}
		for j, w := range group {
			key := strings.Join(Words(Normalize(w)), " ")
			if key == "" {
				c.add(item(gn, j), "empty synonym")
				continue
			}
			if synSeen[key] {
				c.add(item(gn, j), "synonym %q is already in another group", w)
			}
			synSeen[key] = true
		}
	}

	b.entities = make(map[string]*Entity, len(b.Entities))
	entNode := field(doc, "entities")
	for i := range b.Entities {
		e := &b.Entities[i]
		en := item(entNode, i)
		c.checkID(field(en, "id"), e.ID, "entity")
		if _, dup := b.entities[e.ID]; dup && e.ID != "" {
			c.add(field(en, "id"), "duplicate entity id %q", e.ID)
		}
		b.entities[e.ID] = e
		if strings.TrimSpace(e.Name) == "" {
			c.add(en, "entity %q has no name", e.ID)
		}
		if !slices.Contains(validEntityTypes, e.Type) {
			c.add(field(en, "type"), "entity %q: type %q is not one of %s", e.ID, e.Type, strings.Join(validEntityTypes, ", "))
		}
	}

	b.facts = make(map[string]*Fact, len(b.Facts))
	factNode := field(doc, "facts")
	if len(b.Facts) == 0 {
		c.add(factNode, "no facts")
	}
	for i := range b.Facts {
		f := &b.Facts[i]
		fn := item(factNode, i)
		c.checkID(field(fn, "id"), f.ID, "fact")
		if _, dup := b.facts[f.ID]; dup && f.ID != "" {
			c.add(field(fn, "id"), "duplicate fact id %q", f.ID)
		}
		b.facts[f.ID] = f
	}
	for i := range b.Facts {
		c.validateFact(item(factNode, i), &b.Facts[i], b)
	}
}

func (c *checker) checkID(n *yaml.Node, id, what string) {
	switch {
	case id == "":
		c.add(n, "%s has no id", what)
	case !idRE().MatchString(id):
		c.add(n, "%s id %q is not kebab-case (like r1-release)", what, id)
	}
}

func (c *checker) validateFact(fn *yaml.Node, f *Fact, b *Base) {
	if strings.TrimSpace(f.Answer) == "" {
		c.add(field(fn, "answer"), "fact %q has an empty answer", f.ID)
	}
	if !slices.Contains(validKinds, f.Kind) {
		c.add(field(fn, "kind"), "fact %q: kind %q is not one of %s", f.ID, f.Kind, strings.Join(validKinds, ", "))
	}
	if f.IsUnstated() && strings.TrimSpace(f.By) != "" {
		c.add(field(fn, "by"), "fact %q: kind unstated is what the story does not say; it has no by", f.ID)
	}
	if f.Kind != KindFact && !f.IsUnstated() && slices.Contains(validKinds, f.Kind) {
		switch {
		case strings.TrimSpace(f.By) == "":
			c.add(field(fn, "kind"), "fact %q (kind %s) must say who with by", f.ID, f.Kind)
		case !strings.Contains(strings.ToLower(f.Answer), strings.ToLower(strings.TrimSpace(f.By))):
			c.add(field(fn, "answer"), "fact %q: the answer must name who says it (%q) so it is attributed", f.ID, f.By)
		}
	}
	for i, t := range f.Answers {
		if !slices.Contains(validAnswerTypes, t) {
			c.add(item(field(fn, "answers"), i), "fact %q: answer type %q is not one of %s", f.ID, t, strings.Join(validAnswerTypes, ", "))
		}
	}
	if len(f.Questions) == 0 {
		c.add(fn, "fact %q has no questions", f.ID)
	}
	for i, q := range f.Questions {
		if strings.TrimSpace(q) == "" {
			c.add(item(field(fn, "questions"), i), "fact %q: empty question", f.ID)
		}
	}
	for i, id := range f.Entities {
		if b.entities[id] == nil {
			c.add(item(field(fn, "entities"), i), "fact %q: unknown entity %q", f.ID, id)
		}
	}
	if f.Source == nil && len(f.Paragraphs) == 0 {
		c.add(fn, "fact %q cites no paragraphs (a fact from outside the story needs a source)", f.ID)
	}
	if f.Source != nil && (strings.TrimSpace(f.Source.Title) == "" || strings.TrimSpace(f.Source.URL) == "") {
		c.add(field(fn, "source"), "fact %q: a source needs a title and a url", f.ID)
	}
	for i, p := range f.Paragraphs {
		if p < 1 || p > b.Story.Paragraphs {
			c.add(item(field(fn, "paragraphs"), i), "fact %q: paragraph %d is out of range 1..%d", f.ID, p, b.Story.Paragraphs)
		}
	}
	for i, id := range f.Related {
		switch {
		case id == f.ID:
			c.add(item(field(fn, "related"), i), "fact %q is related to itself", f.ID)
		case b.facts[id] == nil:
			c.add(item(field(fn, "related"), i), "fact %q: related fact %q does not exist", f.ID, id)
		}
	}
}
