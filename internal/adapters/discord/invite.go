package discord

import (
	"encoding/base64"
	"errors"
	"net/url"
	"strconv"
	"strings"

	"github.com/bwmarrin/discordgo"
)

// Permissions is what the bot needs and no more: View Channels (1<<10),
// Send Messages (1<<11), Embed Links (1<<14), Read Message History
// (1<<16, to reply to a message) and Send Messages in Threads (1<<38);
// 274877991936 in all.
const Permissions int64 = discordgo.PermissionViewChannel |
	discordgo.PermissionSendMessages |
	discordgo.PermissionEmbedLinks |
	discordgo.PermissionReadMessageHistory |
	discordgo.PermissionSendMessagesInThreads

// InviteURL is the OAuth2 URL that adds the bot with application appID to
// a server, with the bot and applications.commands scopes and Permissions.
func InviteURL(appID string) string {
	q := url.Values{}
	q.Set("client_id", appID)
	q.Set("scope", "bot applications.commands")
	q.Set("permissions", strconv.FormatInt(Permissions, 10))
	return "https://discord.com/oauth2/authorize?" + q.Encode()
}

// AppIDFromToken reads the application (bot user) id from a bot token:
// its first dot-separated segment is that id in base64. The error never
// contains the token.
func AppIDFromToken(token string) (string, error) {
	token = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(token), "Bot "))
	first, _, found := strings.Cut(token, ".")
	if !found || first == "" {
		return "", errors.New("bot token is not three dot-separated parts")
	}
	for _, enc := range []*base64.Encoding{base64.RawStdEncoding, base64.StdEncoding, base64.RawURLEncoding, base64.URLEncoding} {
		raw, err := enc.DecodeString(first)
		if err != nil {
			continue
		}
		id := string(raw)
		if _, err := strconv.ParseUint(id, 10, 64); err == nil {
			return id, nil
		}
	}
	return "", errors.New("bot token does not start with a base64 application id")
}
