package knowledge

import (
	"bytes"
	"os"
	"reflect"
	"slices"
	"strings"
	"testing"
)

// A restored base is the parsed one, field for field (the index's
// unexported maps and postings included), but for the thesaurus terms
// only a snapshot holds; with them, the relatives of every word of the
// thesaurus are the terms the parsed index finds by stemming them.
func TestSnapshotRestoresTheParsedBase(t *testing.T) {
	for _, name := range []string{"../../knowledge.yaml", "testdata/good.yaml"} {
		t.Run(name, func(t *testing.T) {
			src, err := os.ReadFile(name)
			if err != nil {
				t.Fatal(err)
			}
			want, err := Parse(name, src)
			if err != nil {
				t.Fatal(err)
			}
			snap, err := Snapshot(name, src)
			if err != nil {
				t.Fatalf("Snapshot: %v", err)
			}
			got, err := FromSnapshot(name, src, snap)
			if err != nil {
				t.Fatalf("FromSnapshot: %v", err)
			}
			terms := got.index.thesaurusTerms
			if terms == nil {
				t.Fatal("restored index has no thesaurus terms")
			}
			got.index.thesaurusTerms = nil
			if !reflect.DeepEqual(got, want) {
				t.Error("FromSnapshot(Snapshot(src)) differs from Parse(src)")
			}
			got.index.thesaurusTerms = terms
			for text := thesaurus; text != ""; {
				var line string
				line, text, _ = strings.Cut(text, "\n")
				word, _, _ := strings.Cut(line, "\t")
				if g, w := got.index.lookupRelated(word), want.index.lookupRelated(word); !slices.Equal(g, w) {
					t.Fatalf("relatives of %q: restored %q, parsed %q", word, g, w)
				}
			}
			if got.Index().Facts()[0] != &got.Facts[0] || got.Fact(got.Facts[0].ID) != &got.Facts[0] {
				t.Error("restored index and lookups do not point at the base's facts")
			}
			// The same content gives the same bytes.
			again, err := Snapshot(name, src)
			if err != nil || !bytes.Equal(again, snap) {
				t.Errorf("Snapshot is not reproducible (err %v)", err)
			}
		})
	}
}

func TestSnapshotRefusesOtherContentAndDamage(t *testing.T) {
	src, err := os.ReadFile("testdata/good.yaml")
	if err != nil {
		t.Fatal(err)
	}
	snap, err := Snapshot("good.yaml", src)
	if err != nil {
		t.Fatal(err)
	}
	edited := bytes.Replace(src, []byte("Acme"), []byte("Acne"), 1)
	if _, err := FromSnapshot("good.yaml", edited, snap); err == nil || !strings.Contains(err.Error(), "other content") {
		t.Errorf("FromSnapshot(edited source) = %v; want an other-content error", err)
	}
	for n := range len(snap) {
		if _, err := FromSnapshot("good.yaml", src, snap[:n]); err == nil {
			t.Fatalf("FromSnapshot(snapshot cut to %d of %d bytes) = nil error", n, len(snap))
		}
	}
	if _, err := FromSnapshot("good.yaml", src, append(bytes.Clone(snap), 0)); err == nil {
		t.Error("FromSnapshot(snapshot with a trailing byte) = nil error")
	}
	old := bytes.Clone(snap)
	old[len(snapshotMagic)] = snapshotFormat + 1
	if _, err := FromSnapshot("good.yaml", src, old); err == nil || !strings.Contains(err.Error(), "format") {
		t.Errorf("FromSnapshot(other format) = %v; want a format error", err)
	}
}

func TestSnapshotOfABadFileReportsItsProblems(t *testing.T) {
	src, err := os.ReadFile("testdata/bad.yaml")
	if err != nil {
		t.Fatal(err)
	}
	_, want := Parse("bad.yaml", src)
	snap, err := Snapshot("bad.yaml", src)
	if snap != nil || err == nil || err.Error() != want.Error() {
		t.Errorf("Snapshot(bad.yaml) = %d bytes, %v; want the problems Parse reports:\n%v", len(snap), err, want)
	}
}

// A damaged snapshot is an error, never a panic.
func FuzzFromSnapshot(f *testing.F) {
	src, err := os.ReadFile("testdata/good.yaml")
	if err != nil {
		f.Fatal(err)
	}
	snap, err := Snapshot("good.yaml", src)
	if err != nil {
		f.Fatal(err)
	}
	f.Add(snap)
	f.Fuzz(func(t *testing.T, data []byte) {
		kb, err := FromSnapshot("good.yaml", src, data)
		if err == nil && kb.Index() == nil {
			t.Fatal("restored base without index")
		}
	})
}

// BenchmarkFromSnapshot measures restoring the project's fact base from
// its snapshot (compare BenchmarkParse).
func BenchmarkFromSnapshot(b *testing.B) {
	src, err := os.ReadFile("../../knowledge.yaml")
	if err != nil {
		b.Fatal(err)
	}
	snap, err := Snapshot("knowledge.yaml", src)
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := FromSnapshot("knowledge.yaml", src, snap); err != nil {
			b.Fatal(err)
		}
	}
}
