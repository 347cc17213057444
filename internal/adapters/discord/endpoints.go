package discord

import (
	"fmt"
	"net/url"
	"sync"

	"github.com/bwmarrin/discordgo"
)

var endpointsMu sync.Mutex

// setEndpoints points discordgo's REST endpoints at base (which ends with
// "/", such as "https://discord.com/api/v9/"). discordgo builds its
// endpoint strings by concatenation at init, so each one that derives
// from the API base is reassigned; the endpoint functions read these at
// call time. They are process-wide: the variables are only written when
// base changes, so sessions already running see no write.
func setEndpoints(base string) error {
	u, err := url.Parse(base)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return fmt.Errorf("API URL %q is not an absolute http(s) URL", base)
	}
	endpointsMu.Lock()
	defer endpointsMu.Unlock()
	if discordgo.EndpointAPI == base {
		return nil
	}
	discordgo.EndpointDiscord = u.Scheme + "://" + u.Host + "/"
	discordgo.EndpointAPI = base
	discordgo.EndpointGuilds = base + "guilds/"
	discordgo.EndpointChannels = base + "channels/"
	discordgo.EndpointUsers = base + "users/"
	discordgo.EndpointGateway = base + "gateway"
	discordgo.EndpointGatewayBot = discordgo.EndpointGateway + "/bot"
	discordgo.EndpointWebhooks = base + "webhooks/"
	discordgo.EndpointStickers = base + "stickers/"
	discordgo.EndpointStageInstances = base + "stage-instances"
	discordgo.EndpointSKUs = base + "skus"
	discordgo.EndpointVoice = base + "/voice/"
	discordgo.EndpointVoiceRegions = discordgo.EndpointVoice + "regions"
	discordgo.EndpointNitroStickersPacks = base + "/sticker-packs"
	discordgo.EndpointGuildCreate = base + "guilds"
	discordgo.EndpointApplications = base + "applications"
	discordgo.EndpointOAuth2 = base + "oauth2/"
	discordgo.EndpointOAuth2Applications = discordgo.EndpointOAuth2 + "applications"
	discordgo.EndpointOauth2 = discordgo.EndpointOAuth2
	discordgo.EndpointOauth2Applications = discordgo.EndpointOAuth2Applications
	return nil
}
