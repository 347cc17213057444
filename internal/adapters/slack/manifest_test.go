package slack

import (
	"os"
	"slices"
	"testing"

	"gopkg.in/yaml.v3"
)

// TestManifestMatchesTheAdapter checks that deploy/slack/manifest.yaml
// asks for what the adapter handles: the scopes, the events, the
// commands, interactivity and Socket Mode.
func TestManifestMatchesTheAdapter(t *testing.T) {
	raw, err := os.ReadFile("../../../deploy/slack/manifest.yaml")
	if err != nil {
		t.Fatalf("read manifest: %v", err)
	}
	var m struct {
		Features struct {
			AppHome struct {
				MessagesTabEnabled bool `yaml:"messages_tab_enabled"`
			} `yaml:"app_home"`
			SlashCommands []struct {
				Command string `yaml:"command"`
			} `yaml:"slash_commands"`
		} `yaml:"features"`
		OAuthConfig struct {
			Scopes struct {
				Bot []string `yaml:"bot"`
			} `yaml:"scopes"`
		} `yaml:"oauth_config"`
		Settings struct {
			EventSubscriptions struct {
				BotEvents []string `yaml:"bot_events"`
			} `yaml:"event_subscriptions"`
			Interactivity struct {
				IsEnabled bool `yaml:"is_enabled"`
			} `yaml:"interactivity"`
			SocketModeEnabled bool `yaml:"socket_mode_enabled"`
		} `yaml:"settings"`
	}
	if err := yaml.Unmarshal(raw, &m); err != nil {
		t.Fatalf("parse manifest: %v", err)
	}
	scopes := m.OAuthConfig.Scopes.Bot
	for _, want := range []string{"app_mentions:read", "chat:write", "im:history", "im:read", "im:write", "commands", "reactions:write"} {
		if !slices.Contains(scopes, want) {
			t.Errorf("manifest scopes %v lack %s", scopes, want)
		}
	}
	events := m.Settings.EventSubscriptions.BotEvents
	for _, want := range []string{"app_mention", "message.im"} {
		if !slices.Contains(events, want) {
			t.Errorf("manifest bot events %v lack %s", events, want)
		}
	}
	var commands []string
	for _, c := range m.Features.SlashCommands {
		commands = append(commands, c.Command)
	}
	if !slices.Equal(commands, []string{"/ask", "/digest"}) {
		t.Errorf("manifest commands = %v; want [/ask /digest]", commands)
	}
	if !m.Settings.Interactivity.IsEnabled || !m.Settings.SocketModeEnabled || !m.Features.AppHome.MessagesTabEnabled {
		t.Errorf("interactivity %v, socket mode %v, messages tab %v; want all on",
			m.Settings.Interactivity.IsEnabled, m.Settings.SocketModeEnabled, m.Features.AppHome.MessagesTabEnabled)
	}
}
