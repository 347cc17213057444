// Command loadgen measures bot serve under load, on loopback only: it
// runs a fake Slack Web API, starts replicas of the bot binary sharing a
// Redis, sends them signed Slack events at a fixed rate (each event to
// every replica at once, as Slack retries reaching different replicas
// do), and reports events a second, ack latency (p50, p99), lost and
// duplicated replies, and each replica's resident memory before and after.
//
//	go build -o /tmp/bot ./cmd/bot
//	go run ./cmd/loadgen -bot /tmp/bot -redis redis://127.0.0.1:6379/0 -rate 200 -duration 5m
package main

import (
	"bytes"
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

const secret = "loadgen-secret"

func main() {
	botBin := flag.String("bot", "", "the bot binary (go build -o /tmp/bot ./cmd/bot)")
	redisURL := flag.String("redis", "", "Redis URL the replicas share")
	replicas := flag.Int("replicas", 2, "how many bot serve processes")
	rate := flag.Int("rate", 200, "events a second")
	duration := flag.Duration("duration", 30*time.Second, "how long to send (measured)")
	warmup := flag.Duration("warmup", 30*time.Second, "how long to send before the first memory reading")
	flag.Parse()
	if *botBin == "" || *redisURL == "" {
		fmt.Fprintln(os.Stderr, "loadgen: -bot and -redis are required")
		os.Exit(2)
	}
	if err := run(*botBin, *redisURL, *replicas, *rate, *warmup, *duration); err != nil {
		fmt.Fprintln(os.Stderr, "loadgen:", err)
		os.Exit(1)
	}
}

type fakeSlack struct {
	mu      sync.Mutex
	replies map[string]int // thread ts -> replies posted
}

func (f *fakeSlack) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	_ = r.ParseForm()
	w.Header().Set("Content-Type", "application/json")
	switch strings.TrimPrefix(r.URL.Path, "/") {
	case "auth.test":
		fmt.Fprint(w, `{"ok":true,"user_id":"UBOT","bot_id":"BBOT","team_id":"T1"}`)
	case "chat.postMessage":
		f.mu.Lock()
		f.replies[r.PostForm.Get("thread_ts")]++
		f.mu.Unlock()
		fmt.Fprint(w, `{"ok":true,"channel":"C1","ts":"1.1"}`)
	default:
		fmt.Fprint(w, `{"ok":true}`)
	}
}

func freeAddr() (string, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return "", err
	}
	defer ln.Close()
	return ln.Addr().String(), nil
}

func run(botBin, redisURL string, n, rate int, warmup, duration time.Duration) error {
	slack := &fakeSlack{replies: map[string]int{}}
	srv := httptest.NewServer(slack)
	defer srv.Close()

	var addrs []string
	var procs []*exec.Cmd
	defer func() {
		for _, p := range procs {
			_ = p.Process.Signal(os.Interrupt)
			_ = p.Wait()
		}
	}()
	for i := range n {
		addr, err := freeAddr()
		if err != nil {
			return err
		}
		cmd := exec.Command(botBin, "serve")
		cmd.Env = append(os.Environ(), "BOT_ADDR="+addr, "SLACK_BOT_TOKEN=xoxb-load", "SLACK_SIGNING_SECRET="+secret,
			"SLACK_API_URL="+srv.URL+"/", "REDIS_URL="+redisURL, "BOT_LOG_LEVEL=warn", "BOT_SLACK_RATE=1000000",
			"BOT_DATA_DIR="+os.TempDir()+"/loadgen-"+strconv.Itoa(i))
		cmd.Stdout, cmd.Stderr = io.Discard, os.Stderr
		if err := cmd.Start(); err != nil {
			return fmt.Errorf("start replica: %w", err)
		}
		procs = append(procs, cmd)
		addrs = append(addrs, addr)
	}
	for _, a := range addrs {
		if err := waitReady(a); err != nil {
			return err
		}
	}
	client := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: 256}, Timeout: 10 * time.Second}
	var mu sync.Mutex
	var lat []time.Duration
	var ackErrors atomic.Int64
	var wg sync.WaitGroup
	tick := time.NewTicker(time.Second / time.Duration(rate))
	defer tick.Stop()
	sent := 0
	var rssBefore []int
	warmEnd := time.Now().Add(warmup)
	deadline := warmEnd.Add(duration)
	start := time.Now()
	for time.Now().Before(deadline) {
		if rssBefore == nil && time.Now().After(warmEnd) {
			rssBefore = rss(procs)
			mu.Lock()
			lat = lat[:0]
			mu.Unlock()
			start = time.Now()
		}
		<-tick.C
		body := event(sent)
		sent++
		for _, a := range addrs {
			wg.Add(1)
			go func() {
				defer wg.Done()
				t0 := time.Now()
				resp, err := client.Do(signed(a, body))
				d := time.Since(t0)
				if err != nil || resp.StatusCode != http.StatusOK {
					ackErrors.Add(1)
				}
				if resp != nil {
					_, _ = io.Copy(io.Discard, resp.Body)
					resp.Body.Close()
				}
				mu.Lock()
				lat = append(lat, d)
				mu.Unlock()
			}()
		}
	}
	wg.Wait()
	elapsed := time.Since(start)
	// Let the last answers land.
	time.Sleep(2 * time.Second)
	rssAfter := rss(procs)

	slack.mu.Lock()
	lost, dup := 0, 0
	for i := range sent {
		switch c := slack.replies[ts(i)]; {
		case c == 0:
			lost++
		case c > 1:
			dup += c - 1
		}
	}
	slack.mu.Unlock()
	slices.Sort(lat)
	pct := func(p float64) time.Duration { return lat[int(float64(len(lat)-1)*p)] }
	fmt.Printf("replicas %d, events %d (each to every replica), %d events/s; measured %s after a %s warm-up\n", n, sent, rate, elapsed.Round(time.Second), warmup)
	fmt.Printf("ack latency p50 %s, p99 %s, max %s; ack errors %d\n", pct(0.5), pct(0.99), lat[len(lat)-1], ackErrors.Load())
	fmt.Printf("replies: lost %d, duplicated %d\n", lost, dup)
	for i := range procs {
		growth := 100 * float64(rssAfter[i]-rssBefore[i]) / float64(max(rssBefore[i], 1))
		fmt.Printf("replica %d resident memory: %d KiB before, %d KiB after (%+.1f%%)\n", i, rssBefore[i], rssAfter[i], growth)
	}
	if lost > 0 || dup > 0 {
		return fmt.Errorf("%d lost and %d duplicated replies", lost, dup)
	}
	return nil
}

// runID keeps this run's events apart from an earlier run's claims in
// the same Redis.
var runID = time.Now().Unix() % 1_000_000

func ts(i int) string { return fmt.Sprintf("%d.%07d", 1_700_000_000+runID, i) }

func event(i int) []byte {
	b, _ := json.Marshal(map[string]any{
		"type": "event_callback", "event_id": fmt.Sprintf("EvL%d-%07d", runID, i), "team_id": "T1", "api_app_id": "A1",
		"event": map[string]any{"type": "app_mention", "user": fmt.Sprintf("U%d", i%500), "channel": "C1",
			"text": "<@UBOT> who founded deepseek", "ts": ts(i), "event_ts": ts(i)},
	})
	return b
}

func signed(addr string, body []byte) *http.Request {
	now := strconv.FormatInt(time.Now().Unix(), 10)
	mac := hmac.New(sha256.New, []byte(secret))
	_, _ = io.WriteString(mac, "v0:"+now+":")
	mac.Write(body)
	req, _ := http.NewRequestWithContext(context.Background(), http.MethodPost, "http://"+addr+"/slack/events", bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("X-Slack-Request-Timestamp", now)
	req.Header.Set("X-Slack-Signature", "v0="+hex.EncodeToString(mac.Sum(nil)))
	return req
}

func waitReady(addr string) error {
	deadline := time.Now().Add(20 * time.Second)
	for time.Now().Before(deadline) {
		if resp, err := http.Get("http://" + addr + "/readyz"); err == nil {
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				return nil
			}
		}
		time.Sleep(50 * time.Millisecond)
	}
	return fmt.Errorf("replica %s not ready", addr)
}

// rss reads each process's resident set size (KiB) from /proc.
func rss(procs []*exec.Cmd) []int {
	out := make([]int, len(procs))
	for i, p := range procs {
		data, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", p.Process.Pid))
		if err != nil {
			continue
		}
		for _, line := range strings.Split(string(data), "\n") {
			if v, ok := strings.CutPrefix(line, "VmRSS:"); ok {
				out[i], _ = strconv.Atoi(strings.TrimSuffix(strings.TrimSpace(v), " kB"))
			}
		}
	}
	return out
}
