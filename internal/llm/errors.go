package llm

import (
	"context"
	"encoding/json"
	"errors"
	"net"
	"net/http"

	openai "github.com/sashabaranov/go-openai"

	"github.com/deepseek-story/bot/internal/answer"
)

// Reasons a summary falls back to the facts alone. They label the
// bot_llm_fallbacks_total metric and Reply.FallbackReason.
const (
	ReasonUngroundedID     = "ungrounded_id"     // cites an id that was not given
	ReasonUngroundedNumber = "ungrounded_number" // a number or date not in the cited facts
	ReasonUngroundedName   = "ungrounded_name"   // a proper name not in the cited facts
	ReasonNoCitation       = "no_citation"       // cites no fact at all
	ReasonEmpty            = "empty"             // nothing left to say
	ReasonTimeout          = "timeout"           // the API was too slow
	ReasonRateLimited      = "rate_limited"      // the API said 429
	ReasonServerError      = "server_error"      // the API said 5xx, or could not be reached
	ReasonClientError      = "client_error"      // the API refused the request (4xx: bad key, unknown model)
	ReasonBadResponse      = "bad_response"      // malformed or cut-off reply
	ReasonRefused          = "refused"           // the model refused (content filter, refusal)
	ReasonBudget           = "budget"            // the user's LLM budget is spent
	ReasonBusy             = "busy"              // every request slot stayed taken
	ReasonNoFacts          = "no_facts"          // nothing to summarise
	ReasonCanceled         = "canceled"          // the caller went away
)

// FallbackError says why a summary was not used; the answer engine then
// sends the facts alone. It implements answer.FallbackReasoner.
type FallbackError struct {
	Reason string
	Err    error
}

func (e *FallbackError) Error() string {
	if e.Err == nil {
		return "llm summary not used: " + e.Reason
	}
	return "llm summary not used (" + e.Reason + "): " + e.Err.Error()
}

// Unwrap returns the underlying error.
func (e *FallbackError) Unwrap() error { return e.Err }

// FallbackReason returns the reason, such as "timeout".
func (e *FallbackError) FallbackReason() string { return e.Reason }

func fallback(reason string, err error) *FallbackError {
	return &FallbackError{Reason: reason, Err: err}
}

// classify names the reason a request failed. HTTP status errors are
// looked at first: go-openai reports a non-OpenAI error body such as
// {"error":"model not found"} as a RequestError wrapping an empty APIError.
func classify(err error) string {
	var fr answer.FallbackReasoner
	if errors.As(err, &fr) {
		return fr.FallbackReason()
	}
	var reqErr *openai.RequestError
	if errors.As(err, &reqErr) {
		return statusReason(reqErr.HTTPStatusCode)
	}
	var apiErr *openai.APIError
	if errors.As(err, &apiErr) {
		if apiErr.HTTPStatusCode == 0 {
			return ReasonServerError // an error event inside a stream
		}
		return statusReason(apiErr.HTTPStatusCode)
	}
	if errors.Is(err, context.DeadlineExceeded) {
		return ReasonTimeout
	}
	var netErr net.Error
	if errors.As(err, &netErr) && netErr.Timeout() {
		return ReasonTimeout
	}
	if errors.Is(err, context.Canceled) {
		return ReasonCanceled
	}
	var opErr *net.OpError
	if errors.As(err, &opErr) {
		return ReasonServerError // refused, reset, unreachable
	}
	var syntaxErr *json.SyntaxError
	var typeErr *json.UnmarshalTypeError
	if errors.As(err, &syntaxErr) || errors.As(err, &typeErr) {
		return ReasonBadResponse
	}
	return ReasonBadResponse
}

func statusReason(code int) string {
	switch {
	case code == http.StatusTooManyRequests:
		return ReasonRateLimited
	case code == http.StatusRequestTimeout:
		return ReasonTimeout
	case code >= 500:
		return ReasonServerError
	case code >= 400:
		return ReasonClientError
	default:
		return ReasonBadResponse
	}
}

// statusOf returns the HTTP status of a failed request, or 0.
func statusOf(err error) int {
	var reqErr *openai.RequestError
	if errors.As(err, &reqErr) {
		return reqErr.HTTPStatusCode
	}
	var apiErr *openai.APIError
	if errors.As(err, &apiErr) {
		return apiErr.HTTPStatusCode
	}
	return 0
}
