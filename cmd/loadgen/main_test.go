package main

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"
)

func TestScrape(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		fmt.Fprint(w, `# HELP go_memstats_heap_inuse_bytes Number of heap bytes that are in use.
# TYPE go_memstats_heap_inuse_bytes gauge
go_memstats_heap_inuse_bytes 2.2929408e+07
go_memstats_heap_inuse_bytes_total 1
go_gc_heap_live_bytes 1.2e+07
bot_questions_total{platform="slack",outcome="answer"} 5
`)
	}))
	defer srv.Close()
	got, err := scrape(strings.TrimPrefix(srv.URL, "http://"), "go_memstats_heap_inuse_bytes", "go_gc_heap_live_bytes", "absent")
	if err != nil {
		t.Fatal(err)
	}
	if want := []float64{22929408, 12e6, 0}; fmt.Sprint(got) != fmt.Sprint(want) {
		t.Fatalf("scrape = %v, want %v", got, want)
	}
	if _, err := scrape("127.0.0.1:1", "x"); err == nil {
		t.Fatal("scrape of a closed port did not fail")
	}
}

func TestPctGrowth(t *testing.T) {
	for _, tc := range []struct{ before, after, want float64 }{
		{100, 110, 10}, {200, 190, -5}, {0, 0, 0},
	} {
		if got := pctGrowth(tc.before, tc.after); got != tc.want {
			t.Errorf("pctGrowth(%v, %v) = %v, want %v", tc.before, tc.after, got, tc.want)
		}
	}
}

func TestCacheFill(t *testing.T) {
	// 200 events/s on two replicas: each answers 100 a second, so 10,000
	// conversations take 100 s; with the GC's margin, 150 s.
	if got := cacheFill(200, 2); got != 150*time.Second {
		t.Errorf("cacheFill(200, 2) = %s, want 2m30s", got)
	}
	if got := cacheFill(20, 1); got != 750*time.Second {
		t.Errorf("cacheFill(20, 1) = %s, want 12m30s", got)
	}
}
