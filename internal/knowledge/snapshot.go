package knowledge

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"fmt"
	"maps"
	"math"
	"slices"
)

// A snapshot is a validated, indexed fact base in a compact binary form,
// so a process can start answering without parsing YAML and building the
// index again. It names the content it was built from (sha256) and the
// format it is in: FromSnapshot refuses a snapshot of any other content
// or format, and the caller parses instead.
//
// Layout: magic, format (uvarint), sha256 of the source, then the base
// and the index; integers are uvarints, strings and slices are length
// prefixed (a slice's length is stored plus one, 0 meaning nil, so a
// restored base is identical to a parsed one), floats are their IEEE bits.

const snapshotMagic = "DSKBSNAP"

// snapshotFormat changes whenever the layout or what the index holds
// changes.
const snapshotFormat = 9

// Snapshot validates and indexes source like Parse and returns the
// snapshot FromSnapshot restores it from. A source that is not valid
// yields the Problems Parse reports.
func Snapshot(name string, source []byte) ([]byte, error) {
	b, err := Parse(name, source)
	if err != nil {
		return nil, err
	}
	sum := sha256.Sum256(source)
	w := &snapWriter{}
	w.buf = append(w.buf, snapshotMagic...)
	w.uint(snapshotFormat)
	w.buf = append(w.buf, sum[:]...)
	b.index.thesaurusTerms = b.index.findThesaurusTerms()
	w.base(b)
	w.index(b.index)
	return w.buf, nil
}

// FromSnapshot returns the base Parse(name, source) would, restored from
// snap, which Snapshot made from the same source. It fails, without
// parsing, when snap was made from other content, is in another format or
// is damaged.
//
// The restored base's strings are slices of the snapshot. Given as a
// string (as the built-in snapshot is embedded), it is read in place;
// given as bytes, it is copied first, since bytes may change.
func FromSnapshot[S ~string | ~[]byte](name string, source []byte, snap S) (*Base, error) {
	warmLanguages()
	r := &snapReader{s: string(snap)}
	if r.take(len(snapshotMagic)) != snapshotMagic {
		return nil, errors.New("knowledge snapshot: not a snapshot")
	}
	if f := r.uint(); f != snapshotFormat {
		return nil, fmt.Errorf("knowledge snapshot: format %d, want %d", f, snapshotFormat)
	}
	sum := sha256.Sum256(source)
	if !bytes.Equal([]byte(r.take(len(sum))), sum[:]) {
		return nil, errors.New("knowledge snapshot: made from other content")
	}
	b := r.base()
	b.File = name
	b.index = r.index(b)
	if r.err == nil {
		b.narrator = b.findNarrator()
	}
	if r.err == nil && r.off != len(r.s) {
		r.fail("trailing bytes")
	}
	if r.err != nil {
		return nil, fmt.Errorf("knowledge snapshot: %w", r.err)
	}
	return b, nil
}

type snapWriter struct{ buf []byte }

func (w *snapWriter) uint(n uint64) { w.buf = binary.AppendUvarint(w.buf, n) }
func (w *snapWriter) int(n int)     { w.buf = binary.AppendVarint(w.buf, int64(n)) }

func (w *snapWriter) bool(v bool) {
	if v {
		w.buf = append(w.buf, 1)
	} else {
		w.buf = append(w.buf, 0)
	}
}

func (w *snapWriter) str(s string) {
	w.uint(uint64(len(s)))
	w.buf = append(w.buf, s...)
}

func (w *snapWriter) float64(f float64) {
	w.buf = binary.LittleEndian.AppendUint64(w.buf, math.Float64bits(f))
}

// length writes a slice's length plus one; 0 stands for nil.
func (w *snapWriter) length(n int, isNil bool) {
	if isNil {
		w.uint(0)
		return
	}
	w.uint(uint64(n) + 1)
}

func (w *snapWriter) strs(ss []string) {
	w.length(len(ss), ss == nil)
	for _, s := range ss {
		w.str(s)
	}
}

func (w *snapWriter) base(b *Base) {
	w.str(b.Version)
	w.str(b.Story.Title)
	w.str(b.Story.Written)
	w.int(b.Story.Paragraphs)
	w.str(b.Story.Numbering)
	w.str(b.Story.URL)
	w.length(len(b.Synonyms), b.Synonyms == nil)
	for _, g := range b.Synonyms {
		w.strs(g)
	}
	w.length(len(b.Entities), b.Entities == nil)
	for _, e := range b.Entities {
		w.str(e.ID)
		w.str(e.Name)
		w.str(e.Type)
		w.strs(e.Aliases)
	}
	w.length(len(b.Facts), b.Facts == nil)
	for i := range b.Facts {
		f := &b.Facts[i]
		w.str(f.ID)
		w.str(f.Kind)
		w.str(f.By)
		w.str(f.Answer)
		w.strs(f.Answers)
		w.strs(f.Questions)
		w.strs(f.Keywords)
		w.strs(f.Entities)
		w.length(len(f.Paragraphs), f.Paragraphs == nil)
		for _, p := range f.Paragraphs {
			w.int(p)
		}
		w.strs(f.Related)
		w.bool(f.Source != nil)
		if f.Source != nil {
			w.str(f.Source.Title)
			w.str(f.Source.URL)
		}
		w.uint(uint64(f.traits))
		w.strs(f.quotes)
	}
}

// stringMap writes a map of strings in key order.
func (w *snapWriter) stringMap(m map[string]string) {
	w.uint(uint64(len(m)))
	for _, k := range slices.Sorted(maps.Keys(m)) {
		w.str(k)
		w.str(m[k])
	}
}

func (w *snapWriter) index(ix *Index) {
	// Terms by id; the ids are the order of postings and idf.
	terms := make([]string, len(ix.postings))
	for t, id := range ix.terms {
		terms[id] = t
	}
	w.uint(uint64(len(terms)))
	total := 0
	for _, ps := range ix.postings {
		total += len(ps)
	}
	w.uint(uint64(total))
	for id, t := range terms {
		w.str(t)
		w.float64(ix.idf[id])
		w.uint(uint64(len(ix.postings[id])))
		for _, p := range ix.postings[id] {
			w.uint(uint64(p.fact))
			w.buf = binary.LittleEndian.AppendUint32(w.buf, math.Float32bits(p.weight))
			w.bool(p.curated)
		}
	}
	w.float64(ix.maxIDF)
	w.stringMap(ix.synonyms)
	w.uint(uint64(len(ix.byLen)))
	for _, l := range slices.Sorted(maps.Keys(ix.byLen)) {
		w.int(l)
		w.strs(ix.byLen[l])
	}
	w.uint(uint64(len(ix.words)))
	for _, word := range slices.Sorted(maps.Keys(ix.words)) {
		w.str(word)
		w.lexeme(ix.words[word])
	}
	w.stringMap(ix.thesaurusTerms)
}

// Flags of a lexeme in a snapshot.
const (
	lexHasTerm = 1 << iota
	lexIsAlias
	lexHasNear
	lexStop
	lexGeneral
	lexDiscourse
)

func (w *snapWriter) lexeme(lx *lexeme) {
	var flags uint64
	flag := func(set bool, bit uint64) {
		if set {
			flags |= bit
		}
	}
	flag(lx.hasTerm, lexHasTerm)
	flag(lx.isAlias, lexIsAlias)
	flag(lx.hasNear, lexHasNear)
	flag(lx.stop, lexStop)
	flag(lx.general, lexGeneral)
	flag(lx.discourse, lexDiscourse)
	w.uint(flags)
	if lx.hasTerm {
		w.str(lx.term)
		w.int(int(lx.termID))
	}
	if lx.isAlias {
		w.str(lx.alias)
		w.int(int(lx.aliasID))
	}
	w.int(lx.df)
	w.length(len(lx.phrases), lx.phrases == nil)
	for _, p := range lx.phrases {
		w.strs(p.words)
		w.str(p.term)
		w.bool(p.replace)
	}
	if lx.hasNear {
		// The ids of the terms only: the terms are the ids' names.
		w.length(len(lx.nearIDs), lx.nearIDs == nil)
		for _, id := range lx.nearIDs {
			w.int(int(id))
		}
	}
}

// snapReader reads a snapshot; the first problem sticks in err and every
// later read returns zero values. Strings are slices of s, which holds
// the whole snapshot.
type snapReader struct {
	s   string
	off int
	err error
	// strings backs the string slices read, a chunk at a time: a snapshot
	// holds thousands of short lists.
	strings []string
}

func (r *snapReader) fail(msg string) {
	if r.err == nil {
		r.err = fmt.Errorf("damaged at byte %d: %s", r.off, msg)
	}
	r.off = len(r.s)
}

func (r *snapReader) take(n int) string {
	if n < 0 || n > len(r.s)-r.off {
		r.fail("truncated")
		return ""
	}
	s := r.s[r.off : r.off+n]
	r.off += n
	return s
}

func (r *snapReader) uint() uint64 {
	var n uint64
	for shift := 0; shift < 64; shift += 7 {
		if r.off >= len(r.s) {
			r.fail("truncated")
			return 0
		}
		c := r.s[r.off]
		r.off++
		n |= uint64(c&0x7f) << shift
		if c < 0x80 {
			return n
		}
	}
	r.fail("bad number")
	return 0
}

func (r *snapReader) int() int {
	u := r.uint()
	n := int64(u >> 1)
	if u&1 != 0 {
		n = ^n
	}
	return int(n)
}

func (r *snapReader) bool() bool {
	switch r.take(1) {
	case "\x00", "":
		return false
	case "\x01":
		return true
	}
	r.fail("bad bool")
	return false
}

func (r *snapReader) str() string { return r.take(r.count()) }

// count reads a count of items; each takes at least a byte, which bounds
// what a damaged snapshot can make us allocate.
func (r *snapReader) count() int {
	n := r.uint()
	if n > uint64(len(r.s)-r.off) {
		r.fail("count out of range")
		return 0
	}
	return int(n)
}

// length reads a slice length written by snapWriter.length: nil is -1.
func (r *snapReader) length() int {
	n := r.uint()
	if n == 0 {
		return -1
	}
	if n-1 > uint64(len(r.s)-r.off) {
		r.fail("length out of range")
		return -1
	}
	return int(n - 1)
}

func (r *snapReader) float64() float64 {
	s := r.take(8)
	if len(s) < 8 {
		return 0
	}
	return math.Float64frombits(binary.LittleEndian.Uint64([]byte(s)))
}

func (r *snapReader) float32() float32 {
	s := r.take(4)
	if len(s) < 4 {
		return 0
	}
	return math.Float32frombits(uint32(s[0]) | uint32(s[1])<<8 | uint32(s[2])<<16 | uint32(s[3])<<24)
}

func (r *snapReader) strs() []string {
	n := r.length()
	if n < 0 {
		return nil
	}
	ss := r.stringSlice(n)
	for i := range ss {
		ss[i] = r.str()
	}
	return ss
}

// stringSlice returns a slice of n strings to fill, from r.strings.
func (r *snapReader) stringSlice(n int) []string {
	if n > len(r.strings) {
		r.strings = make([]string, max(n, 1024))
	}
	ss := r.strings[:n:n] // full: an append to it copies
	r.strings = r.strings[n:]
	return ss
}

func (r *snapReader) base() *Base {
	b := &Base{Version: r.str()}
	b.Story = Story{Title: r.str(), Written: r.str(), Paragraphs: r.int(), Numbering: r.str(), URL: r.str()}
	if n := r.length(); n >= 0 {
		b.Synonyms = make([][]string, n)
		for i := range b.Synonyms {
			b.Synonyms[i] = r.strs()
		}
	}
	if n := r.length(); n >= 0 {
		b.Entities = make([]Entity, n)
		for i := range b.Entities {
			b.Entities[i] = Entity{ID: r.str(), Name: r.str(), Type: r.str(), Aliases: r.strs()}
		}
	}
	if n := r.length(); n >= 0 {
		b.Facts = make([]Fact, n)
		for i := range b.Facts {
			f := &b.Facts[i]
			f.ID, f.Kind, f.By, f.Answer = r.str(), r.str(), r.str(), r.str()
			f.Answers, f.Questions, f.Keywords, f.Entities = r.strs(), r.strs(), r.strs(), r.strs()
			if n := r.length(); n >= 0 {
				f.Paragraphs = make([]int, n)
				for j := range f.Paragraphs {
					f.Paragraphs[j] = r.int()
				}
			}
			f.Related = r.strs()
			if r.bool() {
				f.Source = &Source{Title: r.str(), URL: r.str()}
			}
			f.traits = answerTraits(r.uint())
			f.quotes = r.strs()
			f.types = typeSetOf(f.Answers)
		}
	}
	b.entities = make(map[string]*Entity, len(b.Entities))
	for i := range b.Entities {
		b.entities[b.Entities[i].ID] = &b.Entities[i]
	}
	b.facts = make(map[string]*Fact, len(b.Facts))
	for i := range b.Facts {
		b.facts[b.Facts[i].ID] = &b.Facts[i]
	}
	return b
}

func (r *snapReader) stringMap() map[string]string {
	n := r.count()
	m := make(map[string]string, n)
	for range n {
		k := r.str()
		m[k] = r.str()
	}
	return m
}

func (r *snapReader) index(b *Base) *Index {
	n := r.count()
	ix := &Index{
		terms:    make(map[string]int32, n),
		idf:      make([]float64, n),
		postings: make([][]posting, n),
		facts:    make([]*Fact, len(b.Facts)),
		fuzzy:    map[string]string{},
		alts:     map[string][]string{},
		unknown:  map[string]string{},
	}
	for i := range b.Facts {
		ix.facts[i] = &b.Facts[i]
	}
	// All the postings in one array: fewer allocations, and the postings a
	// question looks up lie close together in memory.
	all := make([]posting, r.count())
	names := make([]string, n) // the terms by id
	for id := range n {
		names[id] = r.str()
		ix.terms[names[id]] = int32(id)
		ix.idf[id] = r.float64()
		count := r.count()
		if count > len(all) {
			r.fail("more postings than counted")
			count = 0
		}
		ps := all[:count:count]
		all = all[count:]
		for j := range ps {
			fact := r.uint()
			if fact >= uint64(len(b.Facts)) {
				r.fail("posting of an unknown fact")
			}
			ps[j] = posting{fact: int32(fact), weight: r.float32(), curated: r.bool()}
		}
		ix.postings[id] = ps
	}
	if r.err == nil && len(ix.terms) != n {
		r.fail("duplicate term")
	}
	ix.maxIDF = r.float64()
	ix.synonyms = r.stringMap()
	nl := r.count()
	ix.byLen = make(map[int][]string, nl)
	for range nl {
		l := r.int()
		ix.byLen[l] = r.strs()
	}
	nw := r.count()
	ix.words = make(map[string]*lexeme, nw)
	lexemes := make([]lexeme, nw) // one allocation for all
	for i := range lexemes {
		ix.words[r.str()] = &lexemes[i]
		r.lexeme(&lexemes[i], names)
	}
	if r.err == nil && len(ix.words) != nw {
		r.fail("duplicate word")
	}
	ix.thesaurusTerms = r.stringMap()
	return ix
}

// lexeme reads a lexeme of an index whose terms, by id, are names.
func (r *snapReader) lexeme(lx *lexeme, names []string) {
	flags := r.uint()
	lx.hasTerm, lx.isAlias, lx.hasNear = flags&lexHasTerm != 0, flags&lexIsAlias != 0, flags&lexHasNear != 0
	lx.stop, lx.general, lx.discourse = flags&lexStop != 0, flags&lexGeneral != 0, flags&lexDiscourse != 0
	if lx.hasTerm {
		lx.term = r.str()
		lx.termID = r.termID(len(names))
	}
	if lx.isAlias {
		lx.alias = r.str()
		lx.aliasID = r.termID(len(names))
	}
	lx.df = r.int()
	if n := r.length(); n >= 0 {
		lx.phrases = make([]phrase, n)
		for j := range lx.phrases {
			lx.phrases[j] = phrase{words: r.strs(), term: r.str(), replace: r.bool()}
			if len(lx.phrases[j].words) == 0 {
				r.fail("empty phrase")
			}
		}
	}
	if lx.hasNear {
		if n := r.length(); n >= 0 {
			lx.nearIDs, lx.near = make([]int32, n), r.stringSlice(n)
			for i := range lx.nearIDs {
				id := r.termID(len(names))
				if id < 0 {
					r.fail("related term unknown")
					break
				}
				lx.nearIDs[i], lx.near[i] = id, names[id]
			}
		}
	}
}

// termID reads the id of a term of an index of n terms, or -1.
func (r *snapReader) termID(n int) int32 {
	id := r.int()
	if id < -1 || id >= n {
		r.fail("term id out of range")
		return -1
	}
	return int32(id)
}
