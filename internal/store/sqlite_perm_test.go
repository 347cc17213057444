//go:build linux

package store

import (
	"context"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// unprivilegedEnv marks the copy of the test binary that runs as nobody.
const unprivilegedEnv = "STORE_TEST_UNPRIVILEGED"

// TestOpenSQLiteUnwritable checks that a data directory or database the
// bot may not write is a clear error at start. File permissions do not
// stop root, so as root the test runs itself again as user nobody.
func TestOpenSQLiteUnwritable(t *testing.T) {
	if os.Geteuid() == 0 {
		rerunAsNobody(t, "^TestOpenSQLiteUnwritable$")
		return
	}
	tests := []struct {
		name    string
		prepare func(t *testing.T, dir string)
	}{
		{"read-only directory", func(t *testing.T, dir string) {
			if err := os.Chmod(dir, 0o500); err != nil {
				t.Fatal(err)
			}
			t.Cleanup(func() { _ = os.Chmod(dir, 0o700) })
		}},
		{"read-only file", func(t *testing.T, dir string) {
			s, err := OpenSQLite(context.Background(), dir, SQLiteOptions{})
			if err != nil {
				t.Fatal(err)
			}
			if err := s.Close(); err != nil {
				t.Fatal(err)
			}
			if err := os.Chmod(filepath.Join(dir, SQLiteFile), 0o400); err != nil {
				t.Fatal(err)
			}
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			tt.prepare(t, dir)
			s, err := OpenSQLite(context.Background(), dir, SQLiteOptions{})
			if err == nil {
				_ = s.Close()
				t.Fatalf("OpenSQLite(%s) = nil error; want one", tt.name)
			}
			file := filepath.Join(dir, SQLiteFile)
			if !strings.Contains(err.Error(), file) || !strings.Contains(err.Error(), "cannot write") {
				t.Errorf("OpenSQLite error = %q; want it to name %s and say it cannot write", err, file)
			}
		})
	}
}

// rerunAsNobody runs the tests matching pattern in a copy of this test
// binary as user nobody and fails when they fail.
func rerunAsNobody(t *testing.T, pattern string) {
	t.Helper()
	if os.Getenv(unprivilegedEnv) != "" {
		t.Fatal("still root after dropping privileges")
	}
	self, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	dir, err := os.MkdirTemp("", "store-unprivileged-")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = os.RemoveAll(dir) })
	if err := os.Chmod(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	bin := filepath.Join(dir, "store.test")
	if err := copyFile(self, bin, 0o755); err != nil {
		t.Fatal(err)
	}
	tmp := filepath.Join(dir, "tmp")
	if err := os.Mkdir(tmp, 0o777); err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(tmp, 0o777); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(bin, "-test.run", pattern, "-test.v", "-test.count=1")
	cmd.Dir = tmp
	cmd.Env = append(os.Environ(), unprivilegedEnv+"=1", "TMPDIR="+tmp, "HOME="+tmp)
	cmd.SysProcAttr = &syscall.SysProcAttr{Credential: &syscall.Credential{Uid: 65534, Gid: 65534}}
	out, err := cmd.CombinedOutput()
	if err != nil || !strings.Contains(string(out), "--- PASS") {
		t.Fatalf("the test as user nobody failed: %v\n%s", err, out)
	}
	t.Logf("as user nobody:\n%s", out)
}

func copyFile(from, to string, mode os.FileMode) error {
	in, err := os.Open(from)
	if err != nil {
		return err
	}
	defer in.Close()
	out, err := os.OpenFile(to, os.O_CREATE|os.O_WRONLY|os.O_TRUNC, mode)
	if err != nil {
		return err
	}
	if _, err := io.Copy(out, in); err != nil {
		_ = out.Close()
		return err
	}
	return out.Close()
}
