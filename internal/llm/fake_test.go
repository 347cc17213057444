package llm

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"regexp"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	openai "github.com/sashabaranov/go-openai"
)

// fakeLLM is an OpenAI-compatible chat completions server on 127.0.0.1.
// It records every request; handle decides the reply.
type fakeLLM struct {
	srv      *httptest.Server
	requests atomic.Int32

	mu     sync.Mutex
	bodies []openai.ChatCompletionRequest
	raws   []map[string]any
	auth   []string
	handle func(w http.ResponseWriter, r *http.Request, req openai.ChatCompletionRequest)
}

func newFakeLLM(t testing.TB, handle func(w http.ResponseWriter, r *http.Request, req openai.ChatCompletionRequest)) *fakeLLM {
	t.Helper()
	f := &fakeLLM{handle: handle}
	f.srv = httptest.NewServer(http.HandlerFunc(f.serve))
	t.Cleanup(f.srv.Close)
	return f
}

// baseURL is what OPENAI_BASE_URL would be: the server plus /v1.
func (f *fakeLLM) baseURL() string { return f.srv.URL + "/v1" }

func (f *fakeLLM) serve(w http.ResponseWriter, r *http.Request) {
	f.requests.Add(1)
	if r.Method != http.MethodPost || r.URL.Path != "/v1/chat/completions" {
		http.Error(w, `{"error":{"message":"no such route","type":"invalid_request_error"}}`, http.StatusNotFound)
		return
	}
	body, _ := io.ReadAll(r.Body)
	var req openai.ChatCompletionRequest
	if err := json.Unmarshal(body, &req); err != nil {
		http.Error(w, `{"error":{"message":"bad json","type":"invalid_request_error"}}`, http.StatusBadRequest)
		return
	}
	var raw map[string]any
	_ = json.Unmarshal(body, &raw)
	f.mu.Lock()
	f.bodies = append(f.bodies, req)
	f.raws = append(f.raws, raw)
	f.auth = append(f.auth, r.Header.Get("Authorization"))
	handle := f.handle
	f.mu.Unlock()
	handle(w, r, req)
}

func (f *fakeLLM) setHandler(h func(w http.ResponseWriter, r *http.Request, req openai.ChatCompletionRequest)) {
	f.mu.Lock()
	f.handle = h
	f.mu.Unlock()
}

func (f *fakeLLM) lastRequest(t testing.TB) (openai.ChatCompletionRequest, string) {
	t.Helper()
	f.mu.Lock()
	defer f.mu.Unlock()
	if len(f.bodies) == 0 {
		t.Fatal("the fake LLM got no request")
	}
	return f.bodies[len(f.bodies)-1], f.auth[len(f.auth)-1]
}

// lastRaw returns the JSON fields of the last request.
func (f *fakeLLM) lastRaw(t testing.TB) map[string]any {
	t.Helper()
	f.mu.Lock()
	defer f.mu.Unlock()
	if len(f.raws) == 0 {
		t.Fatal("the fake LLM got no request")
	}
	return f.raws[len(f.raws)-1]
}

// completion writes a non-streaming reply.
func completion(w http.ResponseWriter, content, finish string) {
	w.Header().Set("Content-Type", "application/json")
	resp := map[string]any{
		"id": "c1", "object": "chat.completion", "created": 1, "model": "m",
		"choices": []any{map[string]any{
			"index":         0,
			"message":       map[string]any{"role": "assistant", "content": content},
			"finish_reason": finish,
		}},
		"usage": map[string]any{"prompt_tokens": 120, "completion_tokens": 30, "total_tokens": 150},
	}
	_ = json.NewEncoder(w).Encode(resp)
}

func replyWith(content string) func(http.ResponseWriter, *http.Request, openai.ChatCompletionRequest) {
	return func(w http.ResponseWriter, _ *http.Request, _ openai.ChatCompletionRequest) {
		completion(w, content, "stop")
	}
}

func replyRaw(status int, contentType, body string) func(http.ResponseWriter, *http.Request, openai.ChatCompletionRequest) {
	return func(w http.ResponseWriter, _ *http.Request, _ openai.ChatCompletionRequest) {
		w.Header().Set("Content-Type", contentType)
		w.WriteHeader(status)
		_, _ = io.WriteString(w, body)
	}
}

// streamChunk is one server-sent event of a chat completion stream.
func streamChunk(content, finish string) string {
	choice := map[string]any{"index": 0, "delta": map[string]any{"content": content}, "finish_reason": nil}
	if finish != "" {
		choice["finish_reason"] = finish
	}
	b, _ := json.Marshal(map[string]any{
		"id": "c1", "object": "chat.completion.chunk", "created": 1, "model": "m", "choices": []any{choice},
	})
	return "data: " + string(b) + "\n\n"
}

const usageChunk = `data: {"id":"c1","object":"chat.completion.chunk","created":1,"model":"m","choices":[],"usage":{"prompt_tokens":120,"completion_tokens":30,"total_tokens":150}}` + "\n\n"

// streamReply sends contents as chunks, then finish (if any), the usage
// chunk and [DONE] (if done). A handler that returns early is a stream
// the server closed.
func streamReply(contents []string, finish string, done bool) func(http.ResponseWriter, *http.Request, openai.ChatCompletionRequest) {
	return func(w http.ResponseWriter, _ *http.Request, req openai.ChatCompletionRequest) {
		w.Header().Set("Content-Type", "text/event-stream")
		fl := w.(http.Flusher)
		for _, c := range contents {
			_, _ = io.WriteString(w, streamChunk(c, ""))
			fl.Flush()
		}
		if finish != "" {
			_, _ = io.WriteString(w, streamChunk("", finish))
		}
		if req.StreamOptions != nil && req.StreamOptions.IncludeUsage && finish != "" {
			_, _ = io.WriteString(w, usageChunk)
		}
		if done {
			_, _ = io.WriteString(w, "data: [DONE]\n\n")
		}
		fl.Flush()
	}
}

// hang answers nothing until the client gives up (or a minute passes).
func hang(w http.ResponseWriter, r *http.Request, _ openai.ChatCompletionRequest) {
	select {
	case <-r.Context().Done():
	case <-time.After(time.Minute):
	}
}

var factLine = regexp.MustCompile(`(?m)^\[([a-z0-9-]+)\] \([^)]*\) (.*)$`)

// echoFirstFact answers with the first fact of the prompt, cited: a
// grounded summary whatever the facts are.
func echoFirstFact(w http.ResponseWriter, _ *http.Request, req openai.ChatCompletionRequest) {
	user := req.Messages[len(req.Messages)-1].Content
	m := factLine.FindStringSubmatch(user)
	if m == nil {
		completion(w, "no facts", "stop")
		return
	}
	answer := strings.TrimSuffix(m[2], ".")
	completion(w, fmt.Sprintf("%s [%s].", answer, m[1]), "stop")
}
