package main

import (
	"errors"
	"fmt"
	"log/slog"
	"net"
	"strconv"
	"strings"
	"time"
)

// config is bot serve's configuration, from the environment (12-factor).
// Secrets are never logged: LogValue redacts them.
type config struct {
	Addr         string
	DebugAddr    string
	DataDir      string
	LogLevel     slog.Level
	LogFormat    string
	APIToken     string
	APIRate      int
	ShutdownWait time.Duration

	SlackBotToken, SlackAppToken, SlackSigningSecret, SlackAPIURL string
	SlackRate                                                     int

	DiscordToken, DiscordAPIURL, DiscordGuildID string
	DiscordShardID, DiscordShardCount           int
	DiscordRate                                 int

	RedisURL     string
	RedisTimeout time.Duration

	DigestCron, DigestTZ                      string
	DigestSlackChannels, DigestDiscordChannel []string
}

// loadConfig reads the environment; every problem is reported at once.
func loadConfig(getenv func(string) string) (config, error) {
	var problems []string
	intVar := func(name string, def int) int {
		v := getenv(name)
		if v == "" {
			return def
		}
		n, err := strconv.Atoi(v)
		if err != nil || n < 0 {
			problems = append(problems, fmt.Sprintf("%s=%q: want a whole number >= 0", name, v))
			return def
		}
		return n
	}
	str := func(name, def string) string {
		if v := strings.TrimSpace(getenv(name)); v != "" {
			return v
		}
		return def
	}
	c := config{
		Addr:               str("BOT_ADDR", ":8080"),
		DebugAddr:          getenv("BOT_DEBUG_ADDR"),
		DataDir:            str("BOT_DATA_DIR", "./data"),
		LogFormat:          str("BOT_LOG_FORMAT", "text"),
		APIToken:           getenv("BOT_API_TOKEN"),
		APIRate:            intVar("BOT_API_RATE", 600),
		SlackBotToken:      getenv("SLACK_BOT_TOKEN"),
		SlackAppToken:      getenv("SLACK_APP_TOKEN"),
		SlackSigningSecret: getenv("SLACK_SIGNING_SECRET"),
		SlackAPIURL:        str("SLACK_API_URL", "https://slack.com/api/"),
		SlackRate:          intVar("BOT_SLACK_RATE", 10),
		DiscordToken:       getenv("DISCORD_BOT_TOKEN"),
		DiscordAPIURL:      str("DISCORD_API_URL", "https://discord.com/api/v9/"),
		DiscordGuildID:     getenv("DISCORD_GUILD_ID"),
		DiscordShardID:     intVar("DISCORD_SHARD_ID", 0),
		DiscordShardCount:  intVar("DISCORD_SHARD_COUNT", 1),
		DiscordRate:        intVar("BOT_DISCORD_RATE", 10),
		RedisURL:           getenv("REDIS_URL"),
		DigestCron:         getenv("DIGEST_CRON"),
		DigestTZ:           str("DIGEST_TZ", "UTC"),
	}
	c.DigestSlackChannels = splitList(getenv("DIGEST_SLACK_CHANNELS"))
	c.DigestDiscordChannel = splitList(getenv("DIGEST_DISCORD_CHANNELS"))
	if err := c.LogLevel.UnmarshalText([]byte(str("BOT_LOG_LEVEL", "info"))); err != nil {
		problems = append(problems, fmt.Sprintf("BOT_LOG_LEVEL=%q: want debug, info, warn or error", getenv("BOT_LOG_LEVEL")))
	}
	if c.LogFormat != "text" && c.LogFormat != "json" {
		problems = append(problems, fmt.Sprintf("BOT_LOG_FORMAT=%q: want text or json", c.LogFormat))
	}
	wait, err := time.ParseDuration(str("BOT_SHUTDOWN_TIMEOUT", "20s"))
	if err != nil || wait <= 0 {
		problems = append(problems, fmt.Sprintf("BOT_SHUTDOWN_TIMEOUT=%q: want a duration like 20s", getenv("BOT_SHUTDOWN_TIMEOUT")))
		wait = 20 * time.Second
	}
	c.ShutdownWait = wait
	redisTimeout, err := time.ParseDuration(str("BOT_REDIS_TIMEOUT", "250ms"))
	if err != nil || redisTimeout <= 0 {
		problems = append(problems, fmt.Sprintf("BOT_REDIS_TIMEOUT=%q: want a duration like 250ms", getenv("BOT_REDIS_TIMEOUT")))
		redisTimeout = 250 * time.Millisecond
	}
	c.RedisTimeout = redisTimeout
	if _, _, err := net.SplitHostPort(c.Addr); err != nil {
		problems = append(problems, fmt.Sprintf("BOT_ADDR=%q: want host:port, like :8080", c.Addr))
	}
	if c.SlackBotToken != "" && c.SlackAppToken == "" && c.SlackSigningSecret == "" {
		problems = append(problems, "SLACK_BOT_TOKEN is set but neither SLACK_APP_TOKEN (Socket Mode) nor SLACK_SIGNING_SECRET (HTTP events) is")
	}
	if c.SlackBotToken == "" && (c.SlackAppToken != "" || c.SlackSigningSecret != "") {
		problems = append(problems, "SLACK_APP_TOKEN or SLACK_SIGNING_SECRET is set but SLACK_BOT_TOKEN is not")
	}
	for name, u := range map[string]string{"SLACK_API_URL": c.SlackAPIURL, "DISCORD_API_URL": c.DiscordAPIURL} {
		if !strings.HasSuffix(u, "/") {
			problems = append(problems, fmt.Sprintf("%s=%q: must end with /", name, u))
		}
	}
	if c.DiscordShardCount < 1 || c.DiscordShardID >= c.DiscordShardCount {
		problems = append(problems, fmt.Sprintf("DISCORD_SHARD_ID=%d, DISCORD_SHARD_COUNT=%d: want 0 <= id < count", c.DiscordShardID, c.DiscordShardCount))
	}
	if c.RedisURL != "" && !strings.HasPrefix(c.RedisURL, "redis://") && !strings.HasPrefix(c.RedisURL, "rediss://") {
		problems = append(problems, "REDIS_URL: want redis://[:password@]host:port/db")
	}
	if c.DigestCron == "" && (len(c.DigestSlackChannels) > 0 || len(c.DigestDiscordChannel) > 0) {
		problems = append(problems, "DIGEST_*_CHANNELS are set but DIGEST_CRON is not: digests would never be posted")
	}
	if len(problems) > 0 {
		return c, errors.New("configuration:\n  " + strings.Join(problems, "\n  "))
	}
	return c, nil
}

func splitList(s string) []string {
	var out []string
	for _, p := range strings.Split(s, ",") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// LogValue describes the configuration without its secrets.
func (c config) LogValue() slog.Value {
	set := func(s string) string {
		if s == "" {
			return "unset"
		}
		return "set"
	}
	return slog.GroupValue(
		slog.String("addr", c.Addr),
		slog.String("data_dir", c.DataDir),
		slog.String("slack_bot_token", set(c.SlackBotToken)),
		slog.String("slack_app_token", set(c.SlackAppToken)),
		slog.String("slack_signing_secret", set(c.SlackSigningSecret)),
		slog.String("discord_bot_token", set(c.DiscordToken)),
		slog.String("api_token", set(c.APIToken)),
		slog.String("redis", set(c.RedisURL)),
		slog.String("digest_cron", c.DigestCron),
	)
}

// newLogger builds the one logger the program passes down.
func newLogger(c config, w interface{ Write([]byte) (int, error) }) *slog.Logger {
	opts := &slog.HandlerOptions{Level: c.LogLevel}
	if c.LogFormat == "json" {
		return slog.New(slog.NewJSONHandler(w, opts))
	}
	return slog.New(slog.NewTextHandler(w, opts))
}
