package discord

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"hash/fnv"
	"math/rand/v2"
	"net"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/bwmarrin/discordgo"
)

// Discord JSON error codes handled specially.
const (
	codeUnknownInteraction = 10062 // the 3-second window was missed
	codeAlreadyAcked       = 40060 // the interaction has already been acknowledged
)

// bucketSlots bounds the rate-limit buckets discordgo keeps for
// interaction routes. discordgo keys buckets by URL, which for interaction
// callbacks holds a fresh token every time (a map that only grows), and
// puts every webhook edit in one bucket whose lock is held during each
// request (edits of different answers wait for each other). Interaction
// routes are limited per interaction by Discord, so a fixed pool of
// buckets keeps memory bounded and answers independent.
const bucketSlots = 64

// bucket names the rate-limit bucket of an interaction route for key.
func bucket(route, key string) string {
	h := fnv.New32a()
	h.Write([]byte(key))
	return "interactions/" + route + "/" + strconv.Itoa(int(h.Sum32()%bucketSlots))
}

// noMentions lets nothing in a message ping anyone: it serialises as
// {"parse":[],"replied_user":false}.
func noMentions() *discordgo.MessageAllowedMentions {
	return &discordgo.MessageAllowedMentions{Parse: []discordgo.AllowedMentionType{}}
}

// apiCode returns the HTTP status and Discord JSON error code of err.
func apiCode(err error) (status, code int) {
	var re *discordgo.RESTError
	if errors.As(err, &re) {
		if re.Response != nil {
			status = re.Response.StatusCode
		}
		if re.Message != nil {
			code = re.Message.Code
		}
	}
	return status, code
}

// retryable says whether err is worth retrying, after how long (zero:
// use backoff) and why: rate_limited, server_error or network.
func retryable(ctx context.Context, err error) (wait time.Duration, reason string, ok bool) {
	if ctx.Err() != nil {
		return 0, "", false
	}
	var rl *discordgo.RateLimitError
	if errors.As(err, &rl) {
		wait = 100 * time.Millisecond
		if rl.TooManyRequests != nil && rl.RetryAfter > 0 {
			wait = rl.RetryAfter
		}
		return wait, "rate_limited", true
	}
	if status, _ := apiCode(err); status >= 500 {
		return 0, "server_error", true
	}
	// With MaxRestRetries 0 discordgo reports a 502 this way.
	if strings.HasPrefix(err.Error(), "Exceeded Max retries") {
		return 0, "server_error", true
	}
	var ne net.Error
	if errors.As(err, &ne) {
		return 0, "network", true
	}
	return 0, "", false
}

// do calls fn until it succeeds, fails for good, attempts run out or the
// next try would miss ctx's deadline. Rate limits wait retry_after; server
// and network errors back off from 250 ms.
func (a *Adapter) do(ctx context.Context, call string, attempts int, fn func(ctx context.Context) error) error {
	backoff := 250 * time.Millisecond
	for attempt := 1; ; attempt++ {
		err := fn(ctx)
		if err == nil {
			return nil
		}
		wait, reason, ok := retryable(ctx, err)
		if ok && wait == 0 {
			wait, backoff = backoff, 2*backoff
		}
		if dl, has := ctx.Deadline(); has && time.Now().Add(wait).After(dl) {
			ok = false
		}
		if !ok || attempt >= attempts {
			a.m.PlatformErrors.WithLabelValues(platform, call).Inc()
			return fmt.Errorf("%s: %w", call, safeErr(err))
		}
		a.m.PlatformRetries.WithLabelValues(platform, reason).Inc()
		a.log.Debug("retrying Discord call", "call", call, "reason", reason, "in", wait, "attempt", attempt)
		if !sleep(ctx, wait) {
			a.m.PlatformErrors.WithLabelValues(platform, call).Inc()
			return fmt.Errorf("%s: %w", call, ctx.Err())
		}
	}
}

// safeErr drops URLs from err: interaction and webhook URLs hold tokens.
func safeErr(err error) error {
	var rl *discordgo.RateLimitError
	if errors.As(err, &rl) {
		after := time.Duration(0)
		if rl.TooManyRequests != nil {
			after = rl.RetryAfter
		}
		return fmt.Errorf("rate limited, retry after %s", after)
	}
	var ue *url.Error
	if errors.As(err, &ue) {
		return fmt.Errorf("%s request: %w", ue.Op, ue.Err)
	}
	return err
}

// sleep waits d or until ctx ends; it reports whether d passed.
func sleep(ctx context.Context, d time.Duration) bool {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return true
	case <-ctx.Done():
		return false
	}
}

// callback sends the interaction response (POST /interactions/{id}/{token}/callback).
func (a *Adapter) callback(ctx context.Context, i *discordgo.Interaction, resp any) error {
	endpoint := discordgo.EndpointInteractionResponse(i.ID, i.Token)
	_, err := a.rest.RequestWithBucketID(http.MethodPost, endpoint, resp, bucket("callback", i.ID), discordgo.WithContext(ctx))
	return err
}

// editOriginal edits the interaction's first response
// (PATCH /webhooks/{app}/{token}/messages/@original) and returns the message.
func (a *Adapter) editOriginal(ctx context.Context, i *discordgo.Interaction, edit *discordgo.WebhookEdit) (*discordgo.Message, error) {
	appID := i.AppID
	if appID == "" {
		appID = a.applicationID()
	}
	endpoint := discordgo.EndpointWebhookMessage(appID, i.Token, "@original")
	body, err := a.rest.RequestWithBucketID(http.MethodPatch, endpoint, edit, bucket("original", i.Token), discordgo.WithContext(ctx))
	if err != nil {
		return nil, err
	}
	var msg discordgo.Message
	if err := json.Unmarshal(body, &msg); err != nil {
		return nil, nil // delivered; the echo is only used for its id
	}
	return &msg, nil
}

// messageCreate is a channel message with a nonce Discord enforces, so a
// retry after a lost response does not post twice.
type messageCreate struct {
	*discordgo.MessageSend
	Nonce        string `json:"nonce,omitempty"`
	EnforceNonce bool   `json:"enforce_nonce,omitempty"`
}

// send posts msg in channelID (POST /channels/{id}/messages) with retries;
// nonce (at most 25 characters) makes the retries idempotent.
func (a *Adapter) send(ctx context.Context, channelID, nonce string, msg *discordgo.MessageSend) (*discordgo.Message, error) {
	msg.AllowedMentions = noMentions()
	for _, e := range msg.Embeds {
		e.Type = discordgo.EmbedTypeRich
	}
	body := messageCreate{MessageSend: msg, Nonce: nonce, EnforceNonce: nonce != ""}
	endpoint := discordgo.EndpointChannelMessages(channelID)
	var out discordgo.Message
	err := a.do(ctx, "message_send", 5, func(ctx context.Context) error {
		resp, err := a.rest.RequestWithBucketID(http.MethodPost, endpoint, body, endpoint, discordgo.WithContext(ctx))
		if err != nil {
			return err
		}
		if err := json.Unmarshal(resp, &out); err != nil {
			out = discordgo.Message{} // delivered; the echo is only used for its id
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("post to channel %s: %w", channelID, err)
	}
	return &out, nil
}

// nonce is a fresh message nonce (at most 25 characters).
func nonce() string { return "d" + strconv.FormatUint(rand.Uint64(), 36) }
