package main

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
)

const article = "Title\n\n0\n36\n\nNvidia shares fell 17% to $118.58.\n\nLiang Wenfeng founded DeepSeek.\n\nLEAVE A REPLY\n\nPlease enter your comment!\n"

func TestStream(t *testing.T) {
	paras := paragraphs(article)
	if len(paras) != 2 {
		t.Fatalf("paragraphs = %q; want 2", paras)
	}
	var out bytes.Buffer
	if err := stream(strings.NewReader("who founded deepseek\n\nhow far did nvidia fall\n"), &out, newIndex(paras)); err != nil {
		t.Fatal(err)
	}
	var got []result
	dec := json.NewDecoder(&out)
	for dec.More() {
		var r result
		if err := dec.Decode(&r); err != nil {
			t.Fatal(err)
		}
		got = append(got, r)
	}
	if len(got) != 2 || got[0].Paragraph != 2 || got[1].Paragraph != 1 {
		t.Errorf("stream = %+v; want paragraphs 2 then 1", got)
	}
}
