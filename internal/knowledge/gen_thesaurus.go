//go:build ignore

// gen_thesaurus builds thesaurus.txt from WordNet 3.0 (Debian's
// wordnet-base, /usr/share/wordnet): for each single English word, the
// single-word members of its two most frequent senses in each part of
// speech and of the more general synsets (hypernyms) of its most frequent
// sense, and for each irregular form (took, mice) its base form too. A
// word WordNet knows as no noun has its list marked with "!".
//
//	apt-get install -y wordnet-base && go generate ./internal/knowledge
//
// WordNet 3.0 Copyright 2006 by Princeton University; see THESAURUS-LICENSE.
package main

import (
	"bufio"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
)

const sensesPerPOS = 2

// nounlessMark starts the list of a word that is no noun (thesaurus.go).
const nounlessMark = "!"

func main() {
	dir := "/usr/share/wordnet"
	if len(os.Args) > 1 {
		dir = os.Args[1]
	}
	syn := map[string]map[string]bool{}
	add := func(w, s string) {
		if w == s || !plain(s) {
			return
		}
		if syn[w] == nil {
			syn[w] = map[string]bool{}
		}
		syn[w][s] = true
	}
	for _, pos := range []string{"noun", "verb", "adj", "adv"} {
		members, hyper := readData(filepath.Join(dir, "data."+pos))
		for _, line := range readLines(filepath.Join(dir, "index."+pos)) {
			if strings.HasPrefix(line, " ") {
				continue
			}
			f := strings.Fields(line)
			lemma := f[0]
			if !plain(lemma) {
				continue
			}
			senses, _ := strconv.Atoi(f[2])
			offsets := f[len(f)-senses:]
			for i, off := range offsets {
				if i == sensesPerPOS {
					break
				}
				for _, m := range members[off] {
					add(lemma, m)
				}
				if i == 0 {
					// The most frequent sense's more general words: plummet → fall.
					for _, h := range hyper[off] {
						for _, m := range members[h] {
							add(lemma, m)
						}
					}
				}
			}
		}
		for _, line := range readLines(filepath.Join(dir, pos+".exc")) {
			f := strings.Fields(line)
			if len(f) >= 2 && plain(f[0]) && plain(f[1]) {
				add(f[0], f[1])
			}
		}
	}
	// Irregular forms also get their base form's synonyms.
	for _, pos := range []string{"noun", "verb", "adj", "adv"} {
		for _, line := range readLines(filepath.Join(dir, pos+".exc")) {
			f := strings.Fields(line)
			if len(f) >= 2 && plain(f[0]) {
				for s := range syn[f[1]] {
					add(f[0], s)
				}
			}
		}
	}
	// Words WordNet knows as nouns (lemmas and irregular plurals): a word
	// that is none is marked, as it describes or does but names nothing.
	nouns := map[string]bool{}
	for _, line := range readLines(filepath.Join(dir, "index.noun")) {
		if !strings.HasPrefix(line, " ") {
			nouns[strings.Fields(line)[0]] = true
		}
	}
	for _, line := range readLines(filepath.Join(dir, "noun.exc")) {
		if f := strings.Fields(line); len(f) >= 2 {
			nouns[f[0]] = true
		}
	}
	words := make([]string, 0, len(syn))
	for w := range syn {
		words = append(words, w)
	}
	sort.Strings(words)
	out, err := os.Create("thesaurus.txt")
	if err != nil {
		log.Fatal(err)
	}
	w := bufio.NewWriter(out)
	for _, word := range words {
		list := make([]string, 0, len(syn[word]))
		for s := range syn[word] {
			list = append(list, s)
		}
		sort.Strings(list)
		mark := ""
		if !nouns[word] {
			mark = nounlessMark
		}
		fmt.Fprintf(w, "%s\t%s%s\n", word, mark, strings.Join(list, ","))
	}
	if err := w.Flush(); err != nil {
		log.Fatal(err)
	}
	if err := out.Close(); err != nil {
		log.Fatal(err)
	}
	log.Printf("thesaurus.txt: %d words", len(words))
}

// plain reports whether w is one lower-case word of letters.
func plain(w string) bool {
	if len(w) < 2 {
		return false
	}
	for _, r := range w {
		if r < 'a' || r > 'z' {
			return false
		}
	}
	return true
}

// readData maps synset offsets to their lower-case member words and to
// the offsets of their hypernyms (more general synsets).
func readData(path string) (map[string][]string, map[string][]string) {
	m := map[string][]string{}
	hyper := map[string][]string{}
	for _, line := range readLines(path) {
		if strings.HasPrefix(line, " ") {
			continue
		}
		f := strings.Fields(line)
		n, err := strconv.ParseInt(f[3], 16, 32)
		if err != nil {
			continue
		}
		for i := 0; i < int(n); i++ {
			word := strings.ToLower(f[4+2*i])
			if k := strings.IndexByte(word, '('); k >= 0 {
				word = word[:k] // adjective markers like (a)
			}
			m[f[0]] = append(m[f[0]], word)
		}
		p := 4 + 2*int(n)
		if p >= len(f) {
			continue
		}
		np, _ := strconv.Atoi(f[p])
		for i := 0; i < np && p+1+4*i+1 < len(f); i++ {
			if sym := f[p+1+4*i]; sym == "@" {
				hyper[f[0]] = append(hyper[f[0]], f[p+1+4*i+1])
			}
		}
	}
	return m, hyper
}

func readLines(path string) []string {
	data, err := os.ReadFile(path)
	if err != nil {
		log.Fatal(err)
	}
	return strings.Split(strings.TrimRight(string(data), "\n"), "\n")
}
