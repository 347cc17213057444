package slack

import (
	"regexp"
	"strings"
	"testing"
)

// isUserID accepts exactly what the pattern of a Slack user id matches.
func TestIsUserIDMatchesPattern(t *testing.T) {
	pattern := regexp.MustCompile(`^[UW][A-Z0-9]{1,30}$`)
	ids := []string{"", "U", "W", "U1", "W0ABC", "u1", "X1", "U1a", "U1 ", " U1", "U1\n", "UÜ", "U-1",
		"U" + strings.Repeat("A", 30), "U" + strings.Repeat("A", 31), "W" + strings.Repeat("9", 29)}
	for _, id := range ids {
		if got, want := isUserID(id), pattern.MatchString(id); got != want {
			t.Errorf("isUserID(%q) = %v; the pattern says %v", id, got, want)
		}
	}
}
