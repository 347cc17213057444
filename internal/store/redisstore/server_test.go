package redisstore

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"github.com/redis/go-redis/v9"
)

// shared is the Redis the tests share: REDIS_URL when it is set (it must
// answer), else a redis-server this package starts on a Unix socket.
var shared struct {
	url string
	err error
}

func TestMain(m *testing.M) {
	os.Exit(runTests(m))
}

func runTests(m *testing.M) int {
	SetClientLogger(slog.New(slog.DiscardHandler))
	if u := os.Getenv("REDIS_URL"); u != "" {
		if err := waitForRedis(u, 10*time.Second); err != nil {
			shared.err = fmt.Errorf("REDIS_URL is set but Redis does not answer: %w", err)
		} else {
			shared.url = u
		}
		return m.Run()
	}
	srv, err := startRedis()
	if err != nil {
		shared.err = err
		return m.Run()
	}
	defer srv.stop()
	shared.url = srv.url()
	return m.Run()
}

// sharedRedisURL is the shared Redis, or fails the test when there is none.
func sharedRedisURL(tb testing.TB) string {
	tb.Helper()
	if shared.err != nil {
		tb.Fatal(shared.err)
	}
	return shared.url
}

// redisServer is a redis-server process on a Unix socket of its own,
// without persistence, which tests can kill, freeze and restart. A socket
// in the test's own directory, unlike a TCP port, cannot be taken by
// another test's server while this one is down.
type redisServer struct {
	dir    string
	sock   string
	cmd    *exec.Cmd
	exited chan struct{}
}

// newRedisServer prepares a server's directory and socket path; start
// runs it.
func newRedisServer() (*redisServer, error) {
	dir, err := os.MkdirTemp("", "redisstore-test-")
	if err != nil {
		return nil, fmt.Errorf("make redis dir: %w", err)
	}
	return &redisServer{dir: dir, sock: filepath.Join(dir, "redis.sock")}, nil
}

// startRedis starts a redis-server and waits until it answers PING.
func startRedis() (*redisServer, error) {
	s, err := newRedisServer()
	if err != nil {
		return nil, err
	}
	if err := s.start(); err != nil {
		_ = os.RemoveAll(s.dir)
		return nil, err
	}
	return s, nil
}

func (s *redisServer) start() error {
	bin, err := exec.LookPath("redis-server")
	if err != nil {
		return errors.New("redis-server is not installed; the redisstore tests need it: apt-get install -y redis-server")
	}
	s.cmd = exec.Command(bin,
		"--port", "0", "--unixsocket", s.sock, "--unixsocketperm", "700",
		"--save", "", "--appendonly", "no", "--daemonize", "no",
		"--dir", s.dir, "--loglevel", "warning")
	out, err := os.OpenFile(filepath.Join(s.dir, "redis.log"), os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o600)
	if err != nil {
		return fmt.Errorf("open redis-server log: %w", err)
	}
	defer out.Close()
	s.cmd.Stdout = out
	s.cmd.Stderr = out
	if err := s.cmd.Start(); err != nil {
		return fmt.Errorf("start redis-server: %w", err)
	}
	s.exited = make(chan struct{})
	go func() {
		_ = s.cmd.Wait()
		close(s.exited)
	}()
	if err := waitForRedis(s.url(), 10*time.Second); err != nil {
		s.kill()
		return fmt.Errorf("redis-server on %s: %w", s.sock, err)
	}
	return nil
}

func (s *redisServer) url() string { return "unix://" + s.sock + "?db=0" }

// kill stops the server at once (SIGKILL) and waits for it to exit.
func (s *redisServer) kill() {
	_ = s.cmd.Process.Kill()
	<-s.exited
}

// restart starts the server again on the same socket.
func (s *redisServer) restart() error { return s.start() }

// freeze and thaw make the server hang (SIGSTOP) and go on (SIGCONT):
// connections are accepted by the kernel but nothing is answered.
func (s *redisServer) freeze() error { return s.cmd.Process.Signal(syscall.SIGSTOP) }
func (s *redisServer) thaw() error   { return s.cmd.Process.Signal(syscall.SIGCONT) }

func (s *redisServer) stop() {
	_ = s.thaw()
	s.kill()
	_ = os.RemoveAll(s.dir)
}

// ownRedis starts a redis-server for one test and stops it after.
func ownRedis(t *testing.T) *redisServer {
	t.Helper()
	srv, err := startRedis()
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(srv.stop)
	return srv
}

// waitForRedis pings the Redis at u until it answers or timeout passes.
func waitForRedis(u string, timeout time.Duration) error {
	opt, err := redis.ParseURL(u)
	if err != nil {
		return fmt.Errorf("parse %s: %w", redactedURL(u), err)
	}
	opt.MaxRetries = -1
	opt.DialTimeout = time.Second
	c := redis.NewClient(opt)
	defer c.Close()
	deadline := time.Now().Add(timeout)
	for {
		ctx, cancel := context.WithTimeout(context.Background(), time.Second)
		err = c.Ping(ctx).Err()
		cancel()
		if err == nil {
			return nil
		}
		if time.Now().After(deadline) {
			return fmt.Errorf("ping %s for %s: %w", redactedURL(u), timeout, err)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

func redactedURL(u string) string {
	p, err := url.Parse(u)
	if err != nil {
		return "(unparsable url)"
	}
	return p.Redacted()
}

// rawClient is a plain client on the shared Redis, to look at what a Store wrote.
func rawClient(t *testing.T, u string) *redis.Client {
	t.Helper()
	opt, err := redis.ParseURL(u)
	if err != nil {
		t.Fatalf("parse %s: %v", redactedURL(u), err)
	}
	c := redis.NewClient(opt)
	t.Cleanup(func() { _ = c.Close() })
	return c
}
