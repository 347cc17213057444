// Command loadgen measures bot serve under load, on loopback only: it
// runs a fake Slack Web API, starts replicas of the bot binary sharing a
// Redis, sends them signed Slack events at a fixed rate (each event to
// every replica at once, as Slack retries reaching different replicas
// do), and reports events a second, ack latency (p50, p99), lost and
// duplicated replies, and each replica's memory at start, after the
// warm-up and after the measured soak: resident set (RSS, from /proc), Go
// heap in use and live heap after the last GC (from the replica's
// /metrics), so that RSS growth can be told from heap growth.
//
//	go build -o /tmp/bot ./cmd/bot
//	go run ./cmd/loadgen -bot /tmp/bot -redis redis://127.0.0.1:6379/0 -rate 200 -warmup 3m -duration 5m
//
// The warm-up must last until the replicas' bounded caches are full (see
// the README); -every prints the memory every interval, to see the
// plateau, and -profiles writes each replica's heap profile after the
// warm-up and after the soak (go tool pprof -base).
package main

import (
	"bytes"
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
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
	every := flag.Duration("every", 0, "also print each replica's memory at this interval (0: never)")
	profiles := flag.String("profiles", "", "directory for each replica's heap profiles after the warm-up and after the soak")
	maxGrowth := flag.Float64("max-rss-growth", 0, "fail when a replica's RSS grows more than this many percent over the soak (0: no check)")
	flag.Parse()
	if *botBin == "" || *redisURL == "" {
		fmt.Fprintln(os.Stderr, "loadgen: -bot and -redis are required")
		os.Exit(2)
	}
	opts := options{replicas: *replicas, rate: *rate, warmup: *warmup, duration: *duration,
		every: *every, profiles: *profiles, maxGrowth: *maxGrowth}
	if err := run(*botBin, *redisURL, opts); err != nil {
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

// options are the flags beside the binary and the Redis URL.
type options struct {
	replicas, rate   int
	warmup, duration time.Duration
	every            time.Duration
	profiles         string
	maxGrowth        float64
}

func run(botBin, redisURL string, o options) error {
	n, rate, warmup, duration := o.replicas, o.rate, o.warmup, o.duration
	if o.profiles != "" {
		if err := os.MkdirAll(o.profiles, 0o755); err != nil {
			return fmt.Errorf("profiles directory: %w", err)
		}
	}
	slack := &fakeSlack{replies: map[string]int{}}
	srv := httptest.NewServer(slack)
	defer srv.Close()

	var addrs, debugAddrs []string
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
		if o.profiles != "" {
			dbg, err := freeAddr()
			if err != nil {
				return err
			}
			cmd.Env = append(cmd.Env, "BOT_DEBUG_ADDR="+dbg)
			debugAddrs = append(debugAddrs, dbg)
		}
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
	memStart := readMemory(procs, addrs)
	begun := time.Now()
	if o.every > 0 {
		stop := make(chan struct{})
		defer close(stop)
		go func() {
			t := time.NewTicker(o.every)
			defer t.Stop()
			for {
				select {
				case <-stop:
					return
				case <-t.C:
					for i, m := range readMemory(procs, addrs) {
						fmt.Fprintf(os.Stderr, "%s replica %d: %s\n", time.Since(begun).Round(time.Second), i, m)
					}
				}
			}
		}()
	}
	client := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: 256}, Timeout: 10 * time.Second}
	var mu sync.Mutex
	var lat []time.Duration
	var ackErrors atomic.Int64
	var wg sync.WaitGroup
	tick := time.NewTicker(time.Second / time.Duration(rate))
	defer tick.Stop()
	sent := 0
	var memWarm []memory
	warmEnd := time.Now().Add(warmup)
	deadline := warmEnd.Add(duration)
	start := time.Now()
	for time.Now().Before(deadline) {
		if memWarm == nil && time.Now().After(warmEnd) {
			memWarm = readMemory(procs, addrs)
			if err := saveProfiles(o.profiles, debugAddrs, "warm"); err != nil {
				return err
			}
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
	memEnd := readMemory(procs, addrs)
	if memWarm == nil { // no warm-up
		memWarm = memStart
	}
	if err := saveProfiles(o.profiles, debugAddrs, "end"); err != nil {
		return err
	}

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
	if fill := cacheFill(rate, n); warmup < fill {
		fmt.Printf("note: the warm-up is shorter than the replicas' caches take to fill at this rate (about %s); memory growth includes that filling\n", fill.Round(time.Second))
	}
	fmt.Printf("ack latency p50 %s, p99 %s, max %s; ack errors %d\n", pct(0.5), pct(0.99), lat[len(lat)-1], ackErrors.Load())
	fmt.Printf("replies: lost %d, duplicated %d\n", lost, dup)
	var tooMuch []string
	for i := range procs {
		s, w, e := memStart[i], memWarm[i], memEnd[i]
		growth := pctGrowth(float64(w.rssKiB), float64(e.rssKiB))
		fmt.Printf("replica %d resident memory: %d KiB before, %d KiB after (%+.1f%%); %d KiB at start\n", i, w.rssKiB, e.rssKiB, growth, s.rssKiB)
		fmt.Printf("replica %d Go heap in use: %s at start, %s before, %s after (%+.1f%%); live after GC: %s, %s, %s (%+.1f%%)\n", i,
			mib(s.heapInuse), mib(w.heapInuse), mib(e.heapInuse), pctGrowth(w.heapInuse, e.heapInuse),
			mib(s.heapLive), mib(w.heapLive), mib(e.heapLive), pctGrowth(w.heapLive, e.heapLive))
		if o.maxGrowth > 0 && growth > o.maxGrowth {
			tooMuch = append(tooMuch, fmt.Sprintf("replica %d RSS %+.1f%%", i, growth))
		}
	}
	if o.profiles != "" {
		fmt.Printf("heap profiles in %s: go tool pprof -base replica0-warm.heap replica0-end.heap\n", o.profiles)
	}
	var problems []string
	if lost > 0 || dup > 0 {
		problems = append(problems, fmt.Sprintf("%d lost and %d duplicated replies", lost, dup))
	}
	if len(tooMuch) > 0 {
		problems = append(problems, fmt.Sprintf("memory grew more than %g%% over the soak: %s", o.maxGrowth, strings.Join(tooMuch, ", ")))
	}
	if len(problems) > 0 {
		return errors.New(strings.Join(problems, "; "))
	}
	return nil
}

// cacheFill is about how long a replica's bounded caches take to fill at
// rate events a second shared by n replicas: the local claim mirror
// (20,000 keys, two per event, every replica sees every event), the
// conversations (10,000, one per event answered: rate/n a second) and the
// local question log (10,000 records, likewise), with half again for the
// GC's heap goal to settle.
func cacheFill(rate, n int) time.Duration {
	claims := 20_000 / float64(2*rate)
	answered := 10_000 / (float64(rate) / float64(max(n, 1)))
	return time.Duration(1.5 * max(claims, answered) * float64(time.Second))
}

func pctGrowth(before, after float64) float64 {
	return 100 * (after - before) / max(before, 1)
}

func mib(b float64) string { return fmt.Sprintf("%.1f MiB", b/(1<<20)) }

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

// memory is one replica's memory at one time.
type memory struct {
	rssKiB int64 // resident set, from /proc
	// From the replica's /metrics: the Go heap's spans in use (live and
	// not yet collected objects), and what the last GC found live.
	heapInuse, heapLive float64
}

func (m memory) String() string {
	return fmt.Sprintf("RSS %d KiB, Go heap in use %s, live after GC %s", m.rssKiB, mib(m.heapInuse), mib(m.heapLive))
}

// readMemory reads each replica's memory; a reading that fails is 0.
func readMemory(procs []*exec.Cmd, addrs []string) []memory {
	out := make([]memory, len(procs))
	for i, p := range procs {
		out[i].rssKiB = rss(p.Process.Pid)
		m, err := scrape(addrs[i], "go_memstats_heap_inuse_bytes", "go_gc_heap_live_bytes")
		if err != nil {
			fmt.Fprintln(os.Stderr, "loadgen:", err)
			continue
		}
		out[i].heapInuse, out[i].heapLive = m[0], m[1]
	}
	return out
}

// rss reads a process's resident set size (KiB) from /proc.
func rss(pid int) int64 {
	data, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(data), "\n") {
		if v, ok := strings.CutPrefix(line, "VmRSS:"); ok {
			n, _ := strconv.ParseInt(strings.TrimSuffix(strings.TrimSpace(v), " kB"), 10, 64)
			return n
		}
	}
	return 0
}

// scrape reads unlabelled gauges from a replica's /metrics, in the order
// named (0 for one it does not export).
func scrape(addr string, names ...string) ([]float64, error) {
	resp, err := http.Get("http://" + addr + "/metrics")
	if err != nil {
		return nil, fmt.Errorf("read metrics of %s: %w", addr, err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		return nil, fmt.Errorf("read metrics of %s: %w", addr, err)
	}
	out := make([]float64, len(names))
	for _, line := range strings.Split(string(body), "\n") {
		name, value, ok := strings.Cut(line, " ")
		if !ok {
			continue
		}
		if i := slices.Index(names, name); i >= 0 {
			out[i], _ = strconv.ParseFloat(strings.TrimSpace(value), 64)
		}
	}
	return out, nil
}

// saveProfiles writes each replica's heap profile to dir as
// replicaN-<when>.heap (nothing when dir is "").
func saveProfiles(dir string, debugAddrs []string, when string) error {
	if dir == "" {
		return nil
	}
	for i, a := range debugAddrs {
		resp, err := http.Get("http://" + a + "/debug/pprof/heap")
		if err != nil {
			return fmt.Errorf("heap profile of replica %d: %w", i, err)
		}
		data, err := io.ReadAll(resp.Body)
		resp.Body.Close()
		if err != nil {
			return fmt.Errorf("heap profile of replica %d: %w", i, err)
		}
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("replica%d-%s.heap", i, when)), data, 0o644); err != nil {
			return fmt.Errorf("save heap profile: %w", err)
		}
	}
	return nil
}
